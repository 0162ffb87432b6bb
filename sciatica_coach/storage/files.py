"""Writing a file so that it is either all there or not changed at all.

Used for everything the app writes outside the database: settings, exports, reports and copies
of routine files. A crash, a kill or a full disk leaves the old file (or none), never half a file.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: a temporary file beside it, flushed to disk, then renamed.

    Raises OSError (a full disk, a read-only folder, a folder that is not there); the old file is
    then untouched and no temporary file is left behind."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open a folder for this)."""
    if os.name == "nt":  # pragma: no cover - tests run on POSIX
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
