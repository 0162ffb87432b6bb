"""storage/ must import and work where Qt is absent (STYLE.md: the Qt boundary)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

BLOCK_QT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"}:
                raise ImportError(f"storage imported {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    import sciatica_coach.storage as storage
    for module in pkgutil.iter_modules(storage.__path__):
        importlib.import_module(f"sciatica_coach.storage.{module.name}")
    from sciatica_coach.storage.log import SessionLog
    SessionLog.open(":memory:").close()
    print(sorted(m.name for m in pkgutil.iter_modules(storage.__path__)))
    """
)


def test_storage_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "'log'" in done.stdout
