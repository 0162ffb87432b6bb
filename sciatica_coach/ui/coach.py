"""The application's glue: routines in, sessions run, results shown. Built by ui.launch.

It owns the library, the log and the settings (all passed in or made here from paths passed
in), reacts to the window's signals and runs one SessionFlow at a time. Anything that decides
(what to suggest, which variant to start on) is in core; anything that draws is in a page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..core.clock import Clock
    from ..core.library import Library
    from ..core.models import Routine
    from ..storage.resilient import ResilientLog
    from ..storage.settings import Settings
    from .main_window import MainWindow
    from .player_page import PlayerPage
    from .session_flow import SessionFlow
    from .summary_page import SessionTally, SummaryPage
    from .theme import Colors

logger = logging.getLogger(__name__)

HISTORY_FILE = "history.db"
SCALE_STEP = 0.1
USER_ROUTINES = "routines"


@dataclass
class Options:
    """What the command line asked for (DESIGN.md §9)."""

    data_dir: Path
    routine: Path | None = None
    start: bool = False
    speed: float = 1.0
    demo: bool = False
    make_clock: Callable[[float], Clock] | None = None
    now: Callable[[], datetime] | None = None
    extra_paths: list[Path] = field(default_factory=list)


class _Loader(QObject):
    """Loads the routine library off the UI thread; `loaded` arrives on the UI thread."""

    loaded = Signal(object)

    def start(self, work: Callable[[], Any]) -> None:
        threading.Thread(
            target=lambda: self.loaded.emit(work()), daemon=True, name="library-loader"
        ).start()


class Coach(QObject):
    ready = Signal()  # the library is loaded and the home page filled
    sessionStarted = Signal(object)  # SessionFlow
    sessionFinished = Signal(object)  # SessionTally

    def __init__(
        self,
        window: MainWindow,
        options: Options,
        *,
        colors: Colors | None = None,
        scale: float = 1.0,
        theme_name: str = "system",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.options = options
        self.colors = colors
        self.scale = scale
        self.theme_name = theme_name
        self.settings: Settings | None = None
        self.settings_notice: str | None = None
        self.library: Library | None = None
        self.log: ResilientLog | None = None
        self.flow: SessionFlow | None = None
        self.last_flow: SessionFlow | None = None
        self._player: PlayerPage | None = None
        self._summary: SummaryPage | None = None
        self._loader = _Loader(self)
        self._loader.loaded.connect(self._library_loaded)
        self._wire_window()

    # -- start-up --------------------------------------------------------------------------

    def begin(self, *, background: bool = True) -> None:
        """Load routines and open the log after the first frame is on screen."""
        if background:
            self._loader.start(self._load_library)
        else:
            self._library_loaded(self._load_library())

    def _load_library(self) -> tuple[Library, Settings, str | None]:
        """Runs on the loader thread: pure Python, no Qt objects touched."""
        from ..core.library import load_library
        from ..core.shipped import load_shipped
        from ..storage.settings import Settings, load_settings

        if self.options.demo:
            settings, notice = Settings(first_run_seen=True), None
        else:
            loaded = load_settings(self.options.data_dir)
            settings, notice = loaded.settings, loaded.notice
        shipped = load_shipped()
        user = self.user_routines_dir()
        extra = [*self.options.extra_paths]
        if user is not None and user.is_dir():
            extra.append(user)
        library = load_library(extra, base=shipped) if extra else shipped
        return library, settings, notice

    def user_routines_dir(self) -> Path | None:
        return None if self.options.demo else self.options.data_dir / USER_ROUTINES

    def _library_loaded(self, loaded: tuple[Library, Settings, str | None]) -> None:
        self.library, self.settings, self.settings_notice = loaded
        self.open_log()
        for problem in self.library.problems:
            logger.warning("routine file problem: %s", problem)
        self.refresh_home()
        self.ready.emit()
        if self.options.routine is not None:
            routine_id = self.open_routine_file(self.options.routine, show_problems=True)
            if routine_id is not None and self.options.start:
                self.start_routine(routine_id, checkins=False)

    def open_log(self) -> None:
        from ..storage.resilient import ResilientLog

        if self.options.demo:
            self.log = ResilientLog(":memory:")
        else:
            self.log = ResilientLog(self.options.data_dir / HISTORY_FILE)
        notices = [n for n in (self.log.notice, self.log.error) if n]
        if self.settings_notice:
            notices.append(self.settings_notice)
        self.window.home.show_notice("\n".join(notices))

    def refresh_home(self) -> None:
        from ..core.overview import routine_cards

        assert self.library is not None
        last: dict[str, str] = {}
        if self.log is not None:
            for routine_id, session in self.log.last_session_per_routine().items():
                when = datetime.fromisoformat(session.started_at).astimezone()
                last[routine_id] = when.strftime("%a %d %b, %H:%M")
        self.window.home.set_cards(routine_cards(self.library, last))

    # -- routines --------------------------------------------------------------------------

    def open_routine_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open a routine file", str(Path.home()), "Routine files (*.yaml *.yml)"
        )
        if path:
            self.open_routine_file(Path(path), show_problems=True)

    def open_routine_file(self, path: Path, *, show_problems: bool = True) -> str | None:
        """Load a routine file; on success add its card (and keep a copy); else show why."""
        from ..core.shipped import load_routine_file

        if self.library is None:
            return None
        lib, routine = load_routine_file(path, base=self.library)
        if routine is None:
            if show_problems:
                from .dialogs.problems import ProblemsDialog

                dialog = ProblemsDialog(path.name, lib.problems, self.window)
                dialog.setObjectName("problemsDialog")
                dialog.open()
            return None
        self.library = lib
        self._keep_copy(path)
        self.refresh_home()
        return routine.id

    def _keep_copy(self, path: Path) -> None:
        from .. import paths

        folder = self.user_routines_dir()
        if folder is None:
            return
        here = path.resolve().parent
        if here in {folder.resolve(), paths.routines_dir().resolve()}:
            return  # already one of ours: shipped, or kept earlier
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / path.name
            if path.resolve() != target.resolve():
                shutil.copyfile(path, target)
        except OSError as exc:
            logger.warning("could not keep a copy of %s: %s", path, exc)

    def routine(self, routine_id: str) -> Routine:
        assert self.library is not None
        return self.library.routine(routine_id)

    def routine_hash(self, routine: Routine) -> str:
        canonical = json.dumps(routine.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()

    # -- sessions --------------------------------------------------------------------------

    def start_routine(
        self,
        routine_id: str,
        *,
        checkins: bool = True,
        start_step: int = 0,
        resumed_from: str | None = None,
    ) -> None:
        if self.flow is not None or self.library is None:
            return
        if not checkins:
            self._run(routine_id, None, start_step, resumed_from)
            return
        from .dialogs.checkin import CheckinDialog

        dialog = CheckinDialog("before", self.window)
        dialog.setObjectName("checkinBefore")
        dialog.finished.connect(
            lambda _r: self._run(routine_id, dialog.answers, start_step, resumed_from)
        )
        dialog.open()

    def _run(self, routine_id: str, before: Any, start_step: int, resumed_from: str | None) -> None:
        from ..core.clock import RealClock, ScaledClock
        from ..core.plan import build_plan
        from ..core.progress import Level, start_variants
        from .session_flow import SessionFlow

        assert self.library is not None
        assert self.log is not None
        routine = self.routine(routine_id)
        levels = {
            base: Level(base, lv.level_id, lv.reason) for base, lv in self.log.levels().items()
        }
        variants = start_variants(routine, self.library.catalogue, levels)
        plan = build_plan(routine, self.library.catalogue, variants)
        speed = self.options.speed
        if self.options.make_clock is not None:
            clock = self.options.make_clock(speed)
        else:
            clock = RealClock() if speed == 1 else ScaledClock(speed)
        player = self.player_page()
        kwargs: dict[str, Any] = {} if self.options.now is None else {"now": self.options.now}
        flow = SessionFlow(
            plan=plan,
            catalogue=self.library.catalogue,
            log=self.log,
            player=player,
            clock=clock,
            routine_hash=self.routine_hash(routine),
            speed=speed,
            start_step=start_step,
            resumed_from=resumed_from,
            baseline_reach=None if before is None else before.reach,
            parent=self,
            **kwargs,
        )
        if before is not None:
            flow.add_checkin("before", before.back_pain, before.leg_pain, before.reach)
        flow.finished.connect(self._session_finished)
        self.flow = flow
        self.window.show_page(player)
        flow.start()
        self.sessionStarted.emit(flow)

    def player_page(self) -> PlayerPage:
        if self._player is None:
            from .player_page import PlayerPage

            self._player = PlayerPage()
            if self.colors is not None:
                self._player.set_colors(self.colors)
            self.window.set_player(self._player)
        return self._player

    def summary_page(self) -> SummaryPage:
        if self._summary is None:
            from .summary_page import SummaryPage

            self._summary = SummaryPage()
            self._summary.homeClicked.connect(self.go_home)
            self._summary.againClicked.connect(self._again)
            self.window.add_page(self._summary)
        return self._summary

    def _session_finished(self, tally: SessionTally) -> None:
        flow = self.flow
        assert flow is not None
        flow.close()
        self.flow = None
        self.last_flow = flow
        summary = self.summary_page()
        summary.show_tally(tally)
        if flow.red_flag:
            summary.headline.setText(flow.red_flag_advice)
        self.window.show_page(summary)
        self.refresh_home()
        self.sessionFinished.emit(tally)
        if self.options.start or flow.red_flag:
            return
        from .dialogs.checkin import CheckinDialog

        dialog = CheckinDialog("after", self.window)
        dialog.setObjectName("checkinAfter")

        def save(_result: int) -> None:
            a = dialog.answers
            if a is not None:
                flow.add_checkin("after", a.back_pain, a.leg_pain, a.reach)

        dialog.finished.connect(save)
        dialog.open()

    def _again(self) -> None:
        if self.last_flow is not None:
            self.start_routine(self.last_flow.plan.routine_id)

    def go_home(self) -> None:
        if self.flow is not None:
            answer = QMessageBox.question(
                self.window,
                "Leave the session?",
                "The session is still running. End it and go back to the routines?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.flow.end()
        self.window.show_page(self.window.home)

    # -- the window's signals --------------------------------------------------------------

    def _wire_window(self) -> None:
        w = self.window
        w.home.startRoutine.connect(lambda rid: self.start_routine(rid))
        w.home.previewRoutine.connect(self.preview)
        w.home.openFile.connect(self.open_routine_dialog)
        w.fileDropped.connect(lambda p: self.open_routine_file(Path(p)))
        w.on("open", self.open_routine_dialog)
        w.on("home", self.go_home)
        w.on("quit", w.close)

        def driver_call(name: str) -> Callable[[], None]:
            def call() -> None:
                if self.flow is not None and self.flow.hurt_dialog is None:
                    getattr(self.flow.driver, name)()

            return call

        for action, method in (
            ("pause", "toggle_pause"),
            ("skip", "skip"),
            ("back", "back"),
            ("rep", "confirm_rep"),
            ("restart", "restart_set"),
            ("more", "add_time"),
        ):
            w.on(action, driver_call(method))
        w.on("hurt", lambda: self.flow.hurt() if self.flow is not None else None)
        w.on("end", lambda: self.flow.end() if self.flow is not None else None)
        w.actions_by_name["self_paced"].toggled.connect(self._self_paced)
        w.on("bigger", lambda: self.set_scale(self.scale + SCALE_STEP))
        w.on("smaller", lambda: self.set_scale(self.scale - SCALE_STEP))
        w.on("reset_size", lambda: self.set_scale(1.0))
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda *_: self.set_theme(self.theme_name))

    # -- look ------------------------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        from . import theme

        self.scale = theme.clamp_scale(round(scale, 2))
        self._apply_look()
        if self.settings is not None and not self.options.demo:
            self.settings.font_scale = self.scale
            self._save_settings()

    def set_theme(self, name: str) -> None:
        from . import theme

        self.theme_name = name
        self.colors = theme.colors_for(name)
        self._apply_look()

    def _apply_look(self) -> None:
        from . import theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.colors or theme.colors_for(self.theme_name), self.scale)
        if self._player is not None and self.colors is not None:
            self._player.set_colors(self.colors)

    def _save_settings(self) -> None:
        from ..storage.settings import save_settings

        if self.settings is not None and not save_settings(self.options.data_dir, self.settings):
            logger.warning("settings were not saved in %s", self.options.data_dir)

    def _self_paced(self, on: bool) -> None:
        if self._player is not None:
            self._player.self_paced_button.setChecked(on)

    def preview(self, routine_id: str) -> None:
        from ..core.plan import build_plan, format_timeline
        from .dialogs.preview import PreviewDialog

        assert self.library is not None
        routine = self.routine(routine_id)
        plan = build_plan(routine, self.library.catalogue)
        dialog = PreviewDialog(routine, plan, format_timeline(plan), self.window)
        dialog.setObjectName("previewDialog")
        dialog.startClicked.connect(lambda: self.start_routine(routine_id))
        dialog.open()

    def shutdown(self) -> None:
        if self.flow is not None:
            self.flow.close()
        if self.log is not None:
            self.log.flush()
            self.log.close()
