"""Exceptions the storage layer raises, each with a message fit to show a user."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class StorageError(Exception):
    """Base class: the history or settings could not be read or written."""


class DataDirError(StorageError):
    """The data folder cannot be created or written."""

    def __init__(self, folder: Path, error: OSError) -> None:
        self.folder = folder
        self.os_error = error
        reason = error.strerror or str(error)
        super().__init__(f"The data folder {folder} cannot be used: {reason}.")


class DatabaseUnavailableError(StorageError):
    """The history file exists (or should) but cannot be opened or written right now."""

    def __init__(self, path: Path, error: Exception) -> None:
        self.path = path
        self.error = error
        super().__init__(f"The history file {path} cannot be opened: {error}.")


class NewerDatabaseError(StorageError):
    """The history file was written by a newer version of the app; it is left untouched."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"The history file {path} was written by a newer Sciatica Coach (database version "
            f"{found}; this version reads up to {supported}). It has not been changed. "
            "Update the app to open it."
        )


class MigrationError(StorageError):
    """A schema migration failed; it was rolled back, so the file is as it was before it."""


class UnknownRecordError(StorageError, LookupError):
    """An update named a row that is not in the log (a bug in the caller, not a disk problem)."""

    def __init__(self, what: str, record_id: str) -> None:
        self.record_id = record_id
        super().__init__(f"no {what} with id {record_id!r} in the log")


class UnknownSessionError(UnknownRecordError):
    """An update named a session id that is not in the log."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__("session", session_id)
