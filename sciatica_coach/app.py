"""Entry point: parse the command line, then run a sub-command or build and start the window.

All wiring lives here: the services (settings, the log, the library, the coach) are built once,
then handed to the window's parts, each getting only what it uses. Qt is imported only when the
window is wanted, so sub-commands start fast and run on machines without a display.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli
from .core.lazy_log import LazyLogger

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from datetime import datetime

    from .audio.player import CuePlayer
    from .core.clock import Clock
    from .core.library import Library
    from .services.settings_store import SettingsStore
    from .storage.profiles import Profile
    from .ui.look import Look
    from .ui.main_window import MainWindow
    from .ui.profiles import ProfileActions
    from .ui.shell import Shell

LOG_ENV = "SCIATICA_COACH_LOG"
"""Set to a level name (INFO, DEBUG) to log to stderr: what was committed, sound problems..."""
HISTORY_FILE = "history.db"
SELF_CHECK_ROUTINE = "quick-tour"
SELF_CHECK_SPEED = 50.0
SELF_CHECK_TIMEOUT_MS = 120_000
SWITCH_PROFILE = 75
"""run_window's code for "open the window again, on the profile now in args.profile"."""

logger = LazyLogger(__name__)


@dataclass
class Options:
    """What the command line asked for (DESIGN.md §9), plus injection points for tests."""

    data_dir: Path
    routine: Path | None = None
    start: bool = False
    speed: float = 1.0
    demo: bool = False
    fullscreen: bool = False
    self_check: bool = False
    make_clock: Callable[[float], Clock] | None = None
    now: Callable[[], datetime] | None = None
    make_player: Callable[[], CuePlayer] | None = None
    extra_paths: list[Path] = field(default_factory=list)
    root: Path | None = None
    """The data folder the profiles are in, when data_dir is one of them."""
    profile: Profile | None = None
    """The profile opened, when the computer has several (or --profile named one)."""

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Options:
        if args.data_dir is not None:
            data_dir = Path(args.data_dir)
        else:
            from .storage.datadir import default_data_dir

            data_dir = default_data_dir()
        return cls(
            data_dir=data_dir,
            routine=args.routine,
            start=args.start,
            speed=SELF_CHECK_SPEED if args.self_check else args.speed,
            demo=args.demo or args.self_check,
            fullscreen=args.fullscreen,
            self_check=args.self_check,
        )


@dataclass
class Loaded:
    """What is read off the UI thread: the routines and the settings (no Qt, no database)."""

    library: Library
    settings: SettingsStore


def load(options: Options) -> Loaded:
    """Runs on the loader thread: pure Python, nothing of Qt touched."""
    from .services.routine_files import load_all, user_folder
    from .services.settings_store import SettingsStore

    settings = SettingsStore.load(options.data_dir, demo=options.demo)
    library = load_all(options.extra_paths, user_folder(options.data_dir, demo=options.demo))
    for problem in library.problems:
        logger.warning("routine file problem: %s", problem)
    return Loaded(library, settings)


def wire(window: MainWindow, options: Options, loaded: Loaded, look: Look) -> Shell:
    """Build the services once and hand each part of the window what it uses (UI thread)."""
    from .core.clock import RealClock, ScaledClock
    from .core.timestamps import utc_now
    from .services.coach import CoachService, StartOptions
    from .services.routine_files import user_folder
    from .storage.resilient import ResilientLog
    from .ui.prompts import QtPrompts
    from .ui.shell import Shell
    from .ui.sound import SoundCues, default_player

    log = ResilientLog(":memory:" if options.demo else options.data_dir / HISTORY_FILE)
    now = options.now or utc_now

    def clock_for(speed: float) -> Clock:
        if options.make_clock is not None:
            return options.make_clock(speed)
        return RealClock() if speed == 1 else ScaledClock(speed)

    names: list[Callable[[str], str]] = []
    prompts = QtPrompts(window, lambda i: names[0](i), now)
    service = CoachService(
        library=loaded.library,
        log=log,
        prompts=prompts,
        settings=loaded.settings,
        clock_for=clock_for,
        now=now,
        options=StartOptions(start=options.start, demo=options.demo, speed=options.speed),
        keep_routines_in=user_folder(options.data_dir, demo=options.demo),
    )
    names.append(service.name)
    look.settings = loaded.settings
    sound = SoundCues(options.make_player or default_player, loaded.settings.settings)
    shell = Shell(
        window,
        service,
        log,
        loaded.settings,
        prompts,
        look,
        sound,
        data_dir=None if options.demo else options.data_dir,
    )
    sound.setParent(shell)
    shell.ready.connect(sound.warm_up_soon)
    if options.profile is not None:  # several people on this computer: whose window this is
        from .storage.profiles import label

        named = label(options.profile)
        log.profile = named  # exports and the physio report name it
        # Shown as "Mrs Jones — Sciatica Coach" (the window system adds the app's name).
        window.setWindowTitle(named)
    return shell


def choose_profile(options: Options, args: argparse.Namespace) -> Options | int:
    """Whose data the window opens: the data folder as always (one profile, or --demo), the
    profile --profile names, or the one chosen at start when there are several. An int is the
    exit code when there is none to open."""
    from .storage.profiles import find_profile, several

    wanted = getattr(args, "profile", None)
    root = options.data_dir
    if wanted is None and (options.demo or not several(root)):
        return options
    if wanted is not None:
        profile = find_profile(root, wanted)
        if profile is None:
            sys.stderr.write(f"sciatica-coach: no profile called {wanted!r} in {root}\n")
            return cli.EXIT_USAGE
    else:
        from .ui.profiles import choose_at_start

        profile = choose_at_start(root)
        if profile is None:
            return 0
    folder = root if profile.folder is None else profile.folder
    return replace(options, data_dir=folder, demo=options.demo or profile.demo, root=root,
                   profile=profile)  # fmt: skip


def _profile_menu(
    window: MainWindow, shell: Shell, options: Options, switch: Callable[[Profile], None]
) -> None:
    """File > Switch profile and New profile. Their dialogs (`ui/profiles.py`) are made at the
    first use of either, not on the way to the home page."""
    made: list[ProfileActions] = []

    def actions() -> ProfileActions:
        if not made:
            from .storage.profiles import demo_profile, main_profile
            from .ui.profiles import ProfileActions

            root = options.root or options.data_dir
            current = options.profile or (demo_profile() if options.demo else main_profile(root))
            made.append(ProfileActions(window, root, current, switch, parent=shell))
        return made[0]

    window.on("switch_profile", lambda: actions().choose())
    window.on("new_profile", lambda: actions().new())


def run_window(args: argparse.Namespace, argv: list[str]) -> int:
    from .ui.import_hook import lighten

    lighten()  # before the window's modules are imported: each is checked by it
    from .ui import launch, translation
    from .ui.look import Look

    options = Options.from_args(args)
    app = launch.make_app(argv)
    chosen = choose_profile(options, args)
    if isinstance(chosen, int):
        return chosen
    options = chosen
    held = True if options.demo else launch.lock_data_folder(options.data_dir)
    if held is False:  # one window per history: a second start says the first is open
        sys.stderr.write(f"sciatica-coach: already open with {options.data_dir}\n")
        launch.say_already_open(options.data_dir)
        return 0
    raw = launch.read_settings_cheaply(options.data_dir)
    translation.use_language(raw)  # before any page is built: every word is made in it
    theme_name, scale = launch.appearance(raw)
    window = launch.build_window(theme_name, scale)
    launch.place(window, raw.get("window"))
    if options.fullscreen:
        window.set_full_screen(True)
    else:
        window.show()
    look = Look(theme_name, scale, parent=window)
    shells: list[Shell] = []
    switching: list[Profile] = []

    def switch(profile: Profile) -> None:
        """File > Switch profile: close this window as Quit does, then open the other
        profile's. A running session or a routine being written is finished first."""
        from .core.i18n import _

        shell = shells[0]
        editor = shell.editing.page
        if shell.sessions.run is not None or (editor is not None and editor.modified):
            shell.prompts.choose(
                _("Switch profile"),
                _("End the session, or save the routine you are writing, then switch."),
                [_("OK")],
                lambda _i: None,
            )
            return
        switching[:] = [profile]
        shell.quit()
        if window.isVisible():  # kept open (history not written yet: the person chose)
            switching.clear()
        else:
            app.quit()

    def loaded(result: object) -> None:
        assert isinstance(result, Loaded)
        shell = wire(window, options, result, look)
        shells.append(shell)
        _profile_menu(window, shell, options, switch)
        if options.self_check:
            _self_check(shell)
        shell.ready.connect(lambda: launch.release_memory_later(window))
        shell.begin(options.routine, start=options.start)

    launch.after_first_frame(window, lambda: load(options), loaded)
    code = app.exec()
    for shell in shells:
        shell.remember_geometry()
        shell.shutdown()
    if not isinstance(held, bool):
        held.unlock()
    if switching:
        args.profile, args.demo, args.routine, args.start = switching[0].key, False, None, False
        return SWITCH_PROFILE
    return code


def _self_check(shell: Shell) -> None:
    """For a built bundle: every routine loads, the window opens, a short routine runs."""
    from PySide6.QtCore import QTimer, qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None

    def ready() -> None:
        lib = shell.service.library
        if lib.problems or SELF_CHECK_ROUTINE not in lib.routines:
            found = "found" if SELF_CHECK_ROUTINE in lib.routines else "missing"
            _say(f"FAILED: {len(lib.problems)} problem(s) in the shipped routines; {found}: "
                 f"{SELF_CHECK_ROUTINE}")  # fmt: skip
            app.exit(1)
            return
        shell.sessions.start(SELF_CHECK_ROUTINE, checkins=False)

    def finished(_run: object) -> None:
        count = len(shell.service.library.routines)
        platform = QApplication.platformName()
        _say(f"ok: {count} routines loaded, {SELF_CHECK_ROUTINE} ran to the end "
             f"(Qt {qVersion()}, {platform} platform)")  # fmt: skip
        app.exit(0)

    def timeout() -> None:
        _say(f"FAILED: {SELF_CHECK_ROUTINE} did not end in {SELF_CHECK_TIMEOUT_MS // 1000} s")
        app.exit(1)

    shell.ready.connect(ready)
    shell.sessions.sessionFinished.connect(finished)
    QTimer.singleShot(SELF_CHECK_TIMEOUT_MS, timeout)


def _say(text: str) -> None:
    """The self-check's one line on stdout; `print` skips it where there is none (windowed .exe)."""
    print(f"self-check: {text}", flush=True)  # noqa: T201


def routine_as_option(argv: list[str]) -> list[str]:
    """`sciatica-coach FILE.yaml` (how a desktop opens a file) means `--routine FILE.yaml`."""
    if not argv or any(a in cli.SUBCOMMANDS for a in argv):
        return argv
    last = argv[-1]
    named = len(argv) > 1 and argv[-2] == "--routine"
    if last.lower().endswith((".yaml", ".yml")) and not last.startswith("-") and not named:
        return [*argv[:-1], "--routine", last]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    level = os.environ.get(LOG_ENV)
    if level:
        import logging

        logging.basicConfig(
            level=level.upper(),
            stream=sys.stderr,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    words = routine_as_option(list(sys.argv[1:] if argv is None else argv))
    args = cli.build_parser(words).parse_args(words)
    if args.command is not None:
        return cli.run(args)
    code = run_window(args, sys.argv[:1])
    while code == SWITCH_PROFILE:  # File > Switch profile: the window again, on that profile
        code = run_window(args, sys.argv[:1])
    return code
