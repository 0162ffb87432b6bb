"""Writing a file so that it is either all there or not changed at all.

Used for everything the app writes outside the database: settings, exports, reports and copies
of routine files. A crash, a kill or a full disk leaves the old file (or none), never half a file.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


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


def write_through(path: Path, draw: Callable[[Path], object]) -> Path:
    """Replace `path` with what `draw` writes to the file name it is given (for writers that
    open the file themselves, as Qt's PDF writer does): a temporary file beside `path`, renamed
    over it only when something was written. The old file is otherwise untouched.

    Raises FileNotFoundError for a folder that is not there, and OSError when nothing could be
    written (a full disk) or `draw` fails; no temporary file is left behind."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "no such folder", str(path.parent))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        draw(tmp)
        if tmp.stat().st_size == 0:
            raise OSError(28, "nothing could be written (is the disk full?)", str(path))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open a folder for this)."""
    if os.name == "nt":  # pragma: no cover - tests run on POSIX
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
