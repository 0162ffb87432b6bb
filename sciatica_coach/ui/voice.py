"""Spoken prompts through QtTextToSpeech, when the optional `voice` extra and a system voice exist.

QtTextToSpeech ships in PySide6-Addons (the `voice` extra), so it is imported here, lazily, and
its absence is normal: `Voice.available` is then False and every call does nothing. On Linux the
default engine talks to speech-dispatcher; without it the engine comes up in the Error state
(measured with PySide6 6.12: `ErrorReason.Initialization`), which also means "no voice", said
in the log only, never in a dialog. Qt's `mock` engine (a test double) is never picked by itself.

Turn-taking (a prompt is never cut off by a count, at most one prompt waits) is decided by
`audio.speech_queue.SpeechQueue`; this class only tells it when the engine falls silent.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject

from ..audio.speech_queue import SpeechQueue

if TYPE_CHECKING:
    from ..audio.cue_router import SpeechKind

logger = logging.getLogger(__name__)

TEST_ENGINES = frozenset({"mock"})


def _tts_class() -> Any | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    return QTextToSpeech


def _speak_the_app_language(tts: Any) -> None:
    """A voice for the language the app speaks (ui/translation.py sets Qt's default locale),
    where the system has one; else the engine's own."""
    wanted = QLocale()
    if tts.locale().language() == wanted.language():
        return
    for locale in tts.availableLocales():
        if locale.language() == wanted.language():
            tts.setLocale(locale)
            return


class Voice(QObject):
    def __init__(self, parent: QObject | None = None, *, engine: str | None = None) -> None:
        """`engine` picks a QtTextToSpeech engine by name (tests use 'mock'); None: the system's."""
        super().__init__(parent)
        self.available = False
        self.reason: str | None = None
        """Why there is no voice (for the log and the Settings page), or None."""
        self._cls: Any = _tts_class()
        self._tts: Any = None
        self._queue = SpeechQueue(self)
        if self._cls is None:
            self._unavailable("QtTextToSpeech is not installed (the optional 'voice' extra)")
            return
        self._tts = self._open(engine)
        if self._tts is None:
            return
        self._tts.stateChanged.connect(self._on_state)
        self._tts.errorOccurred.connect(self._on_error)
        self.available = True
        logger.info("voice: QtTextToSpeech engine %r", self._tts.engine())

    # -- what the cue output calls (audio.dispatch.Speaker) --------------------------------

    def say(self, text: str, kind: SpeechKind) -> None:
        if self.available:
            self._queue.say(text, kind)

    def silence(self) -> None:
        if self.available:
            self._queue.silence()

    # -- what the queue calls (audio.speech_queue.SpeechEngine) ----------------------------

    def speak(self, text: str) -> None:
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop(self._cls.BoundaryHint.Immediate)

    # -- internals -------------------------------------------------------------------------

    def _open(self, engine: str | None) -> Any:
        cls = self._cls
        if engine is not None:
            candidates: list[str | None] = [engine]
        else:
            others = [e for e in cls.availableEngines() if e not in TEST_ENGINES]
            candidates = [None, *others] if others else []
        for name in candidates:
            tts = cls(self) if name is None else cls(name, self)
            if tts.state() != cls.State.Error and tts.availableVoices():
                _speak_the_app_language(tts)
                return tts
            logger.info("voice: engine %r unusable: %s", name or "default", tts.errorString())
            tts.deleteLater()
        self._unavailable("no system voice was found (on Linux: speech-dispatcher)")
        return None

    def _unavailable(self, reason: str) -> None:
        if self.reason is None:
            logger.info("voice unavailable: %s; tones only", reason)
        self.reason = reason
        self.available = False

    def _on_state(self, state: object) -> None:
        # Re-read the state: a Ready left over from a cut-off utterance must not end the new one.
        ready = (self._cls.State.Ready, self._cls.State.Error)
        if state in ready and self._tts.state() in ready:
            self._queue.finished()

    def _on_error(self, _reason: object, message: str) -> None:
        logger.warning("voice stopped working: %s", message)
        self._queue.silence()
        self._unavailable(f"the voice stopped working: {message}")
