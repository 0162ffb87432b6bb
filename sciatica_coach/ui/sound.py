"""The sound and voice for sessions: one player and one voice per app, attached per session."""

from __future__ import annotations

import logging
import shutil
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ..core.i18n import _

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..audio.player import CuePlayer
    from ..storage.settings import Settings
    from .cue_output import CueOutput
    from .player_page import PlayerPage
    from .session_driver import SessionDriver
    from .voice import Voice

logger = logging.getLogger(__name__)


def default_player() -> CuePlayer:
    """playsound3, on ALSA where aplay exists: its exit status tells us when there is no
    device, which GStreamer's fake sink would hide (DESIGN.md §8)."""
    from ..audio.player import PlaysoundPlayer

    backend = "alsa" if sys.platform.startswith("linux") and shutil.which("aplay") else None
    return PlaysoundPlayer(backend=backend)


WARM_UP_AFTER_MS = 500


class SoundCues(QObject):
    """The player (made by `make_player`), the voice and the cue output, made at their first
    need: the warm-up a moment after the home page is ready, or a session begun before it.
    Their modules (the cue router, the session's events, the Qt namespace they use) are not
    on the way to the first usable page."""

    def __init__(
        self,
        make_player: Callable[[], CuePlayer],
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_player = make_player
        self._settings = settings
        self._made: tuple[CueOutput, CuePlayer, Voice | None] | None = None
        self.problem: str | None = None
        self._page: PlayerPage | None = None

    def _parts(self) -> tuple[CueOutput, CuePlayer, Voice | None]:
        """The output, its player and the voice, made the first time one is needed (the
        voice in the settings of that moment)."""
        if self._made is None:
            from .cue_output import CueOutput

            player = self._make_player()
            voice = self._make_voice() if self._settings.voice_on else None
            output = CueOutput(player, self._settings, voice, parent=self)
            output.soundProblem.connect(self._problem)
            self._made = (output, player, voice)
        return self._made

    @property
    def output(self) -> CueOutput:
        return self._parts()[0]

    @property
    def player(self) -> CuePlayer:
        return self._parts()[1]

    @property
    def voice(self) -> Voice | None:
        return self._parts()[2]

    def warm_up_soon(self) -> None:
        """Load the sound player (playsound3, its player checks) on its own thread, a moment
        after the home page is ready and painted, not before: the load holds Python's lock for
        about 100 ms, which the first usable page would otherwise wait for. A cue played
        before then loads it at once."""
        QTimer.singleShot(WARM_UP_AFTER_MS, self, lambda: self.player.warm_up())

    def _make_voice(self) -> Voice | None:
        from .voice import Voice

        voice = Voice(self)
        if not voice.available:
            logger.info("spoken prompts unavailable: %s", voice.reason)
            return None
        return voice

    @property
    def voice_note(self) -> str:
        if self.voice is None:
            return _(
                "Spoken prompts need the optional voice package and a system voice; "
                "tones and captions work without them."
            )
        return ""

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        if self._made is not None:
            self.output.set_settings(settings)

    def attach(self, driver: SessionDriver, page: PlayerPage) -> None:
        self.detach()
        self._page = page
        self.output.attach(driver)
        self.output.caption.connect(page.show_caption)
        self.output.flash.connect(page.flash)
        if self.problem:
            page.show_sound_notice(_(self.problem))

    def detach(self) -> None:
        page, self._page = self._page, None
        if page is None:
            return
        self.output.detach()
        self.output.caption.disconnect(page.show_caption)
        self.output.flash.disconnect(page.flash)

    def _problem(self, text: str) -> None:
        self.problem = text
        if self._page is not None:
            self._page.show_sound_notice(_(text))

    def close(self) -> None:
        self.detach()
        if self._made is not None:
            self.player.close()
