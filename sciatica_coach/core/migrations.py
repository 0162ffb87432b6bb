"""Bring an older routine or exercise file up to the current `schema_version` before validation.

Each migration is a pure function from the mapping of version N to the mapping of version N + 1,
registered in `MIGRATIONS[N]`. Version 1 is the first format, so the table is empty for now; the
hook exists so that a physio's file written for version 1 keeps loading when version 2 lands.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

from .models import SCHEMA_VERSION

Migration = Callable[[MutableMapping[str, Any]], MutableMapping[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""`MIGRATIONS[n]` turns a version-n mapping into a version-(n + 1) mapping."""


class VersionError(ValueError):
    """The file's schema_version is missing, malformed, or newer than this app."""


def migrate(
    data: MutableMapping[str, Any],
    migrations: dict[int, Migration] | None = None,
    current: int = SCHEMA_VERSION,
) -> MutableMapping[str, Any]:
    """Return `data` migrated to `current`, or raise VersionError saying why it cannot be."""
    table = MIGRATIONS if migrations is None else migrations
    if "schema_version" not in data:
        raise VersionError(f"missing; add 'schema_version: {current}' at the top of the file")
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise VersionError(f"must be a whole number such as {current}, not {version!r}")
    if version > current:
        raise VersionError(
            f"the file was written for a newer Sciatica Coach (schema_version {version}); "
            f"this version reads up to {current}. Update the app to open it"
        )
    if version < 1:
        raise VersionError(f"must be 1 or more, not {version}")
    while version < current:
        step = table.get(version)
        if step is None:
            raise VersionError(f"no migration from schema_version {version}")
        data = step(data)
        version += 1
        data["schema_version"] = version
    return data
