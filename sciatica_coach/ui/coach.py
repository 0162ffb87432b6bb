"""The application's glue: routines in, sessions run, results shown. Built by ui.launch.

It owns the library, the log and the settings (made from paths passed in), reacts to the
window's signals, and hands the rest to small helpers: RoutineFiles (opening and previewing),
Sessions (starting and finishing), StartupPrompts, MenuActions. Anything that decides (what to
suggest, which variant to start on) is in core; anything that draws is in a page.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..core.timestamps import stamp, utc_now
from .menu_actions import MenuActions
from .routine_files import RoutineFiles
from .sessions import Sessions
from .startup import StartupPrompts

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..audio.player import CuePlayer
    from ..core.clock import Clock
    from ..core.library import Library
    from ..storage.resilient import ResilientLog
    from ..storage.settings import Settings
    from .main_window import MainWindow
    from .player_page import PlayerPage
    from .session_flow import SessionFlow
    from .sound import SoundCues
    from .summary_page import SummaryPage
    from .theme import Colors

logger = logging.getLogger(__name__)

HISTORY_FILE = "history.db"


@dataclass
class Options:
    """What the command line asked for (DESIGN.md §9), plus injection points for tests."""

    data_dir: Path
    routine: Path | None = None
    start: bool = False
    speed: float = 1.0
    demo: bool = False
    make_clock: Callable[[float], Clock] | None = None
    now: Callable[[], datetime] | None = None
    make_player: Callable[[], CuePlayer] | None = None
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
        self.library: Library | None = None
        self.log: ResilientLog | None = None
        self.sound: SoundCues | None = None
        self._notices: list[str] = []
        self._loader = _Loader(self)
        self._loader.loaded.connect(self._loaded)
        self.files = RoutineFiles(self)
        self.sessions = Sessions(self)
        self.menus = MenuActions(self)
        self.prompts = StartupPrompts(self)
        self._wire_window()

    def now(self) -> datetime:
        return (self.options.now or utc_now)()

    # -- start-up --------------------------------------------------------------------------

    def begin(self, *, background: bool = True) -> None:
        """Load routines, settings and the log after the first frame is on screen."""
        if background:
            self._loader.start(self._load)
        else:
            self._loaded(self._load())

    def _load(self) -> tuple[Library, Settings, str | None]:
        """Runs on the loader thread: pure Python, no Qt objects touched."""
        from ..core.library import load_library
        from ..core.shipped import load_shipped
        from ..storage.settings import Settings, load_settings

        if self.options.demo:
            settings, notice = Settings(first_run_seen=True), None
        else:
            loaded = load_settings(self.options.data_dir)
            settings, notice = loaded.settings, loaded.notice
        extra = [*self.options.extra_paths]
        user = self.files.user_dir()
        if user is not None and user.is_dir():
            extra.append(user)
        shipped = load_shipped()
        return (load_library(extra, base=shipped) if extra else shipped), settings, notice

    def _loaded(self, loaded: tuple[Library, Settings, str | None]) -> None:
        self.library, self.settings, settings_notice = loaded
        for problem in self.library.problems:
            logger.warning("routine file problem: %s", problem)
        self.open_log()
        self._notices += [settings_notice] if settings_notice else []
        from .sound import SoundCues, default_player

        self.sound = SoundCues(
            (self.options.make_player or default_player)(), self.settings, parent=self
        )
        self.refresh_home()
        self.show_notices()
        self.ready.emit()
        self.prompts.run(self.now())
        if self.options.routine is not None:
            routine_id = self.files.open(self.options.routine)
            if routine_id is not None and self.options.start:
                self.start_routine(routine_id, checkins=False)

    def open_log(self) -> None:
        from ..storage.resilient import ResilientLog

        if self.options.demo:
            self.log = ResilientLog(":memory:")
        else:
            self.log = ResilientLog(self.options.data_dir / HISTORY_FILE)
        self._notices = [n for n in (self.log.notice, self.log.error) if n]

    # -- the home page ---------------------------------------------------------------------

    def refresh_home(self) -> None:
        from ..core.overview import routine_cards

        assert self.library is not None
        last: dict[str, str] = {}
        if self.log is not None:
            for routine_id, session in self.log.last_session_per_routine().items():
                when = datetime.fromisoformat(session.started_at).astimezone()
                last[routine_id] = when.strftime("%a %d %b, %H:%M")
        self.window.home.set_cards(routine_cards(self.library, last))

    def show_notices(self) -> None:
        """A damaged file set aside, an unwritable folder, and next-time advice."""
        from ..core.progress import physio_notices
        from ..storage import outcomes

        notices = list(self._notices)
        if self.log is not None and self.log.error:
            notices.append(self.log.error)
        if self.log is not None and self.library is not None:
            names = {i: e.name for i, e in self.library.catalogue.exercises.items()}
            notices += physio_notices(
                outcomes.morning_after_answers(self.log),
                outcomes.stops(self.log),
                names,
                self.now(),
            )
        self.window.home.show_notice("\n".join(dict.fromkeys(notices)))

    # -- shared services -------------------------------------------------------------------

    def record_checkin(
        self,
        session_id: str | None,
        moment: str,
        back: int | None = None,
        leg: int | None = None,
        reach: str | None = None,
        morning: str | None = None,
    ) -> None:
        from ..storage.records import CheckIn

        assert self.log is not None
        self.log.add_checkin(
            CheckIn.model_validate(
                {
                    "session_id": session_id,
                    "moment": moment,
                    "at": stamp(self.now()),
                    "back_pain": back,
                    "leg_pain": leg,
                    "reach": reach,
                    "morning": morning,
                }
            )
        )

    def save_settings(self) -> None:
        from ..storage.errors import DataDirError
        from ..storage.settings import save_settings

        if self.settings is None or self.options.demo:
            return
        try:
            if not save_settings(self.options.data_dir, self.settings):
                logger.warning("settings were not saved in %s", self.options.data_dir)
        except DataDirError as exc:
            logger.warning("settings were not saved: %s", exc)

    def recolor(self, colors: Colors) -> None:
        player = self.sessions.player
        if player is not None:
            player.set_colors(colors)

    # -- delegates (the window's signals, and tests, call these) ---------------------------

    def start_routine(
        self,
        routine_id: str,
        *,
        checkins: bool = True,
        start_step: int = 0,
        resumed_from: str | None = None,
    ) -> None:
        self.sessions.start(
            routine_id, checkins=checkins, start_step=start_step, resumed_from=resumed_from
        )

    def open_routine_file(self, path: Path, *, show_problems: bool = True) -> str | None:
        return self.files.open(path, show_problems=show_problems)

    @property
    def flow(self) -> SessionFlow | None:
        return self.sessions.flow

    @property
    def last_flow(self) -> SessionFlow | None:
        return self.sessions.last_flow

    def player_page(self) -> PlayerPage:
        return self.sessions.player_page()

    def summary_page(self) -> SummaryPage:
        return self.sessions.summary_page()

    def _wire_window(self) -> None:
        w = self.window
        w.home.startRoutine.connect(lambda rid: self.start_routine(rid))
        w.home.previewRoutine.connect(self.files.preview)
        w.home.openFile.connect(self.files.open_dialog)
        w.fileDropped.connect(lambda p: self.files.open(Path(p)))
        w.on("open", self.files.open_dialog)
        w.on("home", self.sessions.go_home)
        w.on("quit", w.close)

        def driver_call(name: str) -> Callable[[], None]:
            def call() -> None:
                flow = self.flow
                if flow is not None and flow.hurt_dialog is None:
                    getattr(flow.driver, name)()

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

    def _self_paced(self, on: bool) -> None:
        player = self.sessions.player
        if player is not None:
            player.self_paced_button.setChecked(on)

    def shutdown(self) -> None:
        if self.flow is not None:
            self.flow.close()
        if self.sound is not None:
            self.sound.close()
        if self.log is not None:
            self.log.flush()
            self.log.close()
