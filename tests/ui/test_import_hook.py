"""import_hook: PySide6's question about each new module gets the same answer, cheaper."""

from __future__ import annotations

import inspect
import linecache
import sys

from sciatica_coach.ui import import_hook


def _pyside_answer(module):
    """PySide6's own check (shibokensupport.feature._mod_uses_pyside), as it reads."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_every_loaded_module_gets_the_answer_pyside_s_own_check_gives():
    import sciatica_coach.app  # our modules, with and without Qt
    import sciatica_coach.ui.main_window  # noqa: F401

    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 100
    differ = [m.__name__ for m in modules if import_hook.uses_pyside(m) != _pyside_answer(m)]
    assert differ == []
    assert import_hook.uses_pyside(sys.modules["sciatica_coach.ui.main_window"])
    assert not import_hook.uses_pyside(sys.modules["sciatica_coach.core.models"])
    assert not import_hook.uses_pyside(sys)  # builtin: no source


def test_a_module_imported_after_it_is_sorted_and_its_text_not_kept(tmp_path, monkeypatch):
    assert import_hook.lighten()
    feature = sys.modules[import_hook.FEATURE_MODULE]
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt_here", "plain_here"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # the import statement's way, which PySide6 hooks
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # PySide's "uses PySide6"
    assert feature.pyside_feature_dict["plain_here"] == -1  # and "ignore this module"
    assert not [p for p in linecache.cache if str(tmp_path) in p]
    assert import_hook.lighten()  # twice is harmless: still installed
    assert getattr(feature, import_hook.CHECK) is import_hook.uses_pyside


def test_while_the_library_loads_the_ui_thread_gets_python_s_lock_sooner(qtbot):
    """The loader thread hands Python's lock over every half millisecond, not every 5 ms, so
    the first frame's paint does not wait behind it; afterwards the usual interval is back."""
    from PySide6.QtWidgets import QWidget

    from sciatica_coach.ui import launch

    usual = sys.getswitchinterval()
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[float] = []
    results: list[object] = []
    launch.after_first_frame(window, lambda: seen.append(sys.getswitchinterval()) or "lib",
                             results.append)  # fmt: skip
    qtbot.waitUntil(lambda: results == ["lib"])
    assert seen == [launch.LOADING_SWITCH_S]
    assert sys.getswitchinterval() == usual
