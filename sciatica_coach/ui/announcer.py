"""Tells a screen reader what happens in a session, at the moments `core.announce` picks.

It follows the session driver's events (as the sound does) and posts each announcement on the
player page; `said` carries the same words, for tests and anything else that listens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core import events as ev
from ..core.announce import announcement
from . import accessible

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..core.plan import Plan
    from .session_driver import SessionDriver


class Announcer(QObject):
    said = Signal(str, bool)  # the words, and whether they cut in (urgent)

    def __init__(self, speaker: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self._driver: SessionDriver | None = None
        self._plan: Plan | None = None

    def attach(self, driver: SessionDriver) -> None:
        self.detach()
        self._driver = driver
        self._plan = driver.machine.plan
        driver.happened.connect(self._on_event)

    def detach(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.happened.disconnect(self._on_event)

    def _on_event(self, event: object) -> None:
        if isinstance(event, ev.PlanChanged):
            self._plan = event.plan
            return
        if self._plan is None:
            return
        found = announcement(event, self._plan)  # type: ignore[arg-type]
        if found is not None:
            accessible.announce(self.speaker, found.text, urgent=found.urgent)
            self.said.emit(found.text, found.urgent)
