"""A module's logger that imports `logging` only when something is logged.

`logging` (with `traceback`, `threading`, `string`...) is the largest standard library import
on the command line's path: `sciatica-coach plan FILE` logs nothing when all goes well, so the
modules on that path (the loader, the catalogue cache, the folder walk) log through this."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging


class LazyLogger:
    """`logging.getLogger(name)`, made on the first message; records name the caller's line."""

    __slots__ = ("_logger", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._logger: logging.Logger | None = None

    def _get(self) -> logging.Logger:
        if self._logger is None:
            import logging

            self._logger = logging.getLogger(self.name)
        return self._logger

    def debug(self, msg: str, *args: object) -> None:
        self._get().debug(msg, *args, stacklevel=2)

    def warning(self, msg: str, *args: object) -> None:
        self._get().warning(msg, *args, stacklevel=2)
