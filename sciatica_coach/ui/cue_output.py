"""The Qt face of the cue path: takes the session driver's signals, gives captions and flashes.

Thin on purpose: deciding what to sound, say and show is `audio.cue_router`, and carrying it to
the player and voice is `audio.dispatch.CueDispatcher.feed`, which this calls with each of the
driver's events (so the path the tests drive without Qt is the path the window uses). The
player reports a failure from its own thread; a queued signal brings it to the GUI thread, where
`soundProblem` is emitted once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..audio.dispatch import CueDispatcher

if TYPE_CHECKING:
    from ..audio.cue_router import CueSettings
    from ..audio.dispatch import Speaker
    from ..audio.player import CuePlayer
    from ..core.events import Event
    from .session_driver import SessionDriver


class CueOutput(QObject):
    caption = Signal(str)
    """Text for the screen: every sound has one."""
    flash = Signal()
    """Flash the screen (only when the screen_flash setting is on)."""
    soundProblem = Signal(str)
    """Emitted once, with a calm sentence, when sound turns out not to work here."""
    _problemFromPlayer = Signal(str)

    def __init__(
        self,
        player: CuePlayer,
        settings: CueSettings,
        voice: Speaker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dispatcher = CueDispatcher(player, settings, voice)
        self._driver: SessionDriver | None = None
        self._problem_said = False
        self._problemFromPlayer.connect(self._on_problem, Qt.ConnectionType.QueuedConnection)
        player.on_problem(self._problemFromPlayer.emit)

    @property
    def paused(self) -> bool:
        return self._dispatcher.paused

    def set_settings(self, settings: CueSettings) -> None:
        self._dispatcher.settings = settings

    def attach(self, driver: SessionDriver) -> None:
        """Follow a new session's driver (one CueOutput serves every session)."""
        self.detach()
        self._driver = driver
        driver.happened.connect(self.on_event)
        self._dispatcher.set_paused(driver.machine.paused)

    def detach(self) -> None:
        """Let go of the session: stop talking, and start the next one unpaused."""
        driver, self._driver = self._driver, None
        if driver is None:
            return
        driver.happened.disconnect(self.on_event)
        self._dispatcher.set_paused(True)  # silences the voice
        self._dispatcher.set_paused(False)

    @Slot(object)
    def on_event(self, event: Event) -> None:
        """Every session event, in order: the same `CueDispatcher.feed` the unit tests drive."""
        for routed in self._dispatcher.feed([event]):
            if routed.caption:
                self.caption.emit(routed.caption)
            if routed.flash:
                self.flash.emit()

    @Slot(str)
    def _on_problem(self, message: str) -> None:
        if not self._problem_said:
            self._problem_said = True
            self.soundProblem.emit(message)
