"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 replaces `__import__` to support `from __feature__ import snake_case`: after every
import it asks whether the new module uses PySide6, by `inspect.getsource(module)` and a search
for "PySide6" in the text. `inspect` tokenises nothing here, but it reads each file through
`linecache`, which then keeps every line of every module imported after PySide6 for the rest
of the run: on our start-up path about 120 files, 5 MB resident and some 35 ms (measured with
`bench/startup.py` and `/proc/self/status`). The app never uses `__feature__`.

`lighten()` swaps that one check for the same search in the file's bytes, read once and let
go: the same answer for every module (a source file that names PySide6: yes; a builtin, an
extension or a module without source: no), without the copy in `linecache`. PySide's check is
private, so where it is not found (another PySide6 version) nothing is changed.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

logger = logging.getLogger(__name__)

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"
replaced: list[Any] = []
"""PySide's own check, once `lighten()` has swapped it (kept for the tests to compare)."""


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source file names PySide6 (PySide's own test, without linecache)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # builtin, extension, bytecode only: PySide's check finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Install `uses_pyside` as PySide's check; True when it was installed."""
    import PySide6.QtCore  # noqa: F401  (loads the feature module)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if original is uses_pyside:
        return True
    if feature is None or not callable(original):
        logger.debug("PySide6's import check not found: left as it is")
        return False
    replaced.append(original)
    setattr(feature, CHECK, uses_pyside)
    return True
