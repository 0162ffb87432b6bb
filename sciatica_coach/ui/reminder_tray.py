"""Reminders in the system tray: the thin Qt face over `core.reminders` (which decides when).

While reminders are on, a tray icon (Workrave's, Safe Eyes' and Stretchly's convention) offers
Open, Snooze 15 minutes, Done for today, Turn reminders off and Quit; one single-shot timer is
armed to the next due time, re-armed after every change, and when it fires it asks the plan again
with the wall clock's `now`: a timer that fires late (the laptop slept) or early just re-checks,
and a wait is never longer than `MAX_WAIT_MS`, so a clock put forward or back is noticed soon.
When reminders are off, or this desktop has no tray, nothing is made: no icon, no timer.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..core.i18n import _
from ..core.reminders import ReminderPlan, ReminderState, WakingHours, no_tray_words
from ..core.words import frequency_words
from ..paths import asset

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..core.models import Routine
    from ..services.settings_store import SettingsStore
    from ..storage.resilient import ResilientLog
    from .main_window import MainWindow

logger = logging.getLogger(__name__)

MAX_WAIT_MS = 10 * 60 * 1000
"""The longest the timer waits before asking again (a changed wall clock is noticed by then)."""
MIN_WAIT_MS = 1000
"""The shortest wait: a plan that keeps answering "due now" can never spin the event loop."""
MESSAGE_MS = 15_000
DONE_STATUSES = frozenset({"completed", "stopped"})
"""Sessions that count as done for a reminder (stopped ones too: the person did exercise)."""
ICON = "icons/hicolor/64x64/apps/org.sciaticacoach.SciaticaCoach.png"


class ReminderTray(QObject):
    """Owns the tray icon and the timer while reminders are on, and the nudges' state."""

    def __init__(
        self,
        window: MainWindow,
        settings: SettingsStore,
        routine: Callable[[str], Routine | None],
        log: ResilientLog,
        now: Callable[[], datetime],
        *,
        busy: Callable[[], bool],
        paused: Callable[[], bool],
        quit_app: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.routine = routine
        self.log = log
        self.now = now
        self.busy = busy
        """A session is running: a nudge waits until it ends (which re-arms)."""
        self.paused = paused
        """Sessions are paused after a warning sign: no nudges at all."""
        self.quit_app = quit_app
        self.tray: QSystemTrayIcon | None = None
        self.timer: QTimer | None = None
        self.menu: QMenu | None = None
        self.actions: dict[str, QAction] = {}
        self.state = ReminderState()
        self.notice: str | None = None
        """Said on the home page: reminders are on in the settings but cannot run here."""
        self.due: datetime | None = None
        """The next due time as last worked out (local), None when nothing is coming."""
        self._state_for: str | None = None
        self._told_about_tray = False
        self._quit_on_close = True

    @property
    def running(self) -> bool:
        return self.tray is not None

    # -- on and off ------------------------------------------------------------------------

    def apply(self) -> None:
        """Follow the settings: make the icon and timer when on (and a tray exists), else none."""
        settings = self.settings.settings
        wanted = settings.reminders_on
        self.notice = None
        if wanted and not QSystemTrayIcon.isSystemTrayAvailable():
            self.notice = no_tray_words()
            wanted = False
        if not wanted:
            self.close()
            return
        if settings.reminder_routine != self._state_for:
            if self._state_for is None:  # this run's first: as the last run left it
                self.state = self._saved_state()
            else:  # another routine chosen: it starts afresh
                self.state = ReminderState()
                self._save_state()
            self._state_for = settings.reminder_routine
        if self.tray is None:
            self._make()
        self.rearm()

    def _make(self) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        menu = QMenu(self.window)
        menu.setObjectName("reminderMenu")
        self.menu = menu
        self.actions = {}
        info = menu.addAction("")
        info.setEnabled(False)
        self.actions["next"] = info
        menu.addSeparator()
        for name, words, slot in (
            ("open", _("Open Sciatica Coach"), self.open_window),
            ("snooze", _("Snooze 15 minutes"), self.snooze),
            ("done", _("Done for today"), self.done_for_today),
            ("off", _("Turn reminders off"), self.turn_off),
            ("quit", _("Quit"), self.quit_app),
        ):
            action = menu.addAction(words)
            action.triggered.connect(slot)
            self.actions[name] = action
        menu.insertSeparator(self.actions["quit"])
        self.tray = QSystemTrayIcon(QIcon(str(asset(ICON))), self)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self.open_window)
        self.tray.show()
        # The tray's convention (Qt's own systray example): a hidden window is not the last one
        # closed; closing for real goes through `close()` first, which puts this back.
        self._quit_on_close = QGuiApplication.quitOnLastWindowClosed()
        QGuiApplication.setQuitOnLastWindowClosed(False)

    def close(self) -> None:
        """No icon, no timer: reminders are off (or the app is closing)."""
        if self.timer is not None:
            self.timer.stop()
            self.timer.deleteLater()
            self.timer = None
        if self.tray is not None:
            QGuiApplication.setQuitOnLastWindowClosed(self._quit_on_close)
            self.tray.hide()
            self.tray.setContextMenu(None)  # type: ignore[arg-type]
            self.tray.deleteLater()
            self.tray = None
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        self.actions = {}
        self.due = None

    # -- when ------------------------------------------------------------------------------

    def plan(self) -> tuple[ReminderPlan, str | None]:
        """The plan for the chosen routine, and the routine's title (None if it is gone)."""
        settings = self.settings.settings
        rid = settings.reminder_routine
        routine = self.routine(rid) if rid else None
        waking = WakingHours.parse(settings.waking_start, settings.waking_end)
        on = settings.reminders_on and routine is not None and not self.paused()
        frequency = routine.frequency if routine is not None else None
        return ReminderPlan(frequency, waking, on=on), routine.title if routine else None

    def local_now(self) -> datetime:
        return self.now().astimezone()

    def done_times(self, now: datetime) -> list[datetime]:
        """When sessions of the followed routine ended, since yesterday began (local)."""
        rid = self.settings.settings.reminder_routine
        since = datetime.combine(now.date() - timedelta(days=1), time(), tzinfo=now.tzinfo)
        return [
            datetime.fromisoformat(s.ended_at)
            for s in self.log.sessions(since=since)
            if s.routine_id == rid and s.status in DONE_STATUSES and s.ended_at is not None
        ]

    def next_due(self, now: datetime) -> datetime | None:
        plan, _title = self.plan()
        return plan.next_due(now, self.done_times(now), self.state)

    def rearm(self) -> None:
        """Work out the next due time from now and set the timer for it (or for a re-check)."""
        if self.tray is None or self.timer is None:
            return
        now = self.local_now()
        plan, title = self.plan()
        self.due = plan.next_due(now, self.done_times(now), self.state)
        self._describe(plan, title, now)
        if self.due is None:
            self.timer.stop()
            return
        wait_ms = (self.due - now).total_seconds() * 1000
        if wait_ms <= 0 and self.busy():
            wait_ms = MAX_WAIT_MS  # the session's end re-arms; this is only a safety net
        self.timer.start(int(min(max(wait_ms, MIN_WAIT_MS), MAX_WAIT_MS)))

    def check(self) -> None:
        """The timer fired (on time, late or early): nudge if a reminder is due now."""
        if self.tray is None:
            return
        now = self.local_now()
        plan, title = self.plan()
        due = title is not None and plan.is_due(now, self.done_times(now), self.state)
        if due and not self.busy():
            self.state = plan.nudged(now, self.state)
            self.tray.showMessage(
                _("Time for {routine}").format(routine=title),
                _("{frequency}. Open Sciatica Coach when you are ready.").format(
                    frequency=frequency_words(plan.frequency or "")
                ),
                QSystemTrayIcon.MessageIcon.Information,
                MESSAGE_MS,
            )
        self.rearm()

    def _describe(self, plan: ReminderPlan, title: str | None, now: datetime) -> None:
        """The tooltip and the menu's first line say what comes next, or why nothing does."""
        if self.paused():
            text = _("Reminders wait: sessions are paused until a clinician has seen you.")
        elif title is None:
            text = _("Reminders: choose a routine in Settings.")
        elif self.due is not None:
            text = _("Next reminder for {routine}: {when}").format(
                routine=title, when=_when(self.due, now)
            )
        else:
            text = plan.why_not() or _("No reminder is coming.")
        if self.tray is not None:
            self.tray.setToolTip(text)
        if "next" in self.actions:
            self.actions["next"].setText(text)

    # -- what the person chose -------------------------------------------------------------

    def snooze(self) -> None:
        plan, _title = self.plan()
        self.state = plan.snoozed(self.local_now(), self.state)
        self._save_state()
        self.rearm()

    def done_for_today(self) -> None:
        plan, _title = self.plan()
        self.state = plan.done_today(self.local_now(), self.state)
        self._save_state()
        self.rearm()

    def _saved_state(self) -> ReminderState:
        """Snooze and "Done for today" as saved by an earlier run (a damaged value: none)."""
        s = self.settings.settings
        snoozed_at, done_on = s.reminder_snoozed_at, s.reminder_done_on
        try:
            snoozed = datetime.fromisoformat(snoozed_at) if snoozed_at else None
            done = date.fromisoformat(done_on) if done_on else None
        except ValueError:
            return ReminderState()
        if snoozed is not None and snoozed.tzinfo is None:
            snoozed = None  # not written by us: a time without its zone cannot be compared
        return ReminderState(snoozed_at=snoozed, done_on=done)

    def _save_state(self) -> None:
        s = self.settings.settings
        snoozed = self.state.snoozed_at
        s.reminder_snoozed_at = snoozed.isoformat() if snoozed is not None else None
        s.reminder_done_on = self.state.done_on.isoformat() if self.state.done_on else None
        self.settings.save()

    def turn_off(self) -> None:
        """Off, saved, and the window back in view (with no tray icon it would be unreachable)."""
        self.settings.settings.reminders_on = False
        self.settings.save()
        self.open_window()
        self.apply()

    def open_window(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        else:
            w.show()
        w.raise_()
        w.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window()

    def hide_to_tray(self) -> bool:
        """Closing the window while reminders run hides it instead; said once per run."""
        if self.tray is None:
            return False
        self.window.hide()
        if not self._told_about_tray:
            self._told_about_tray = True
            self.tray.showMessage(
                _("Sciatica Coach keeps running"),
                _(
                    "It stays in the system tray to remind you. To quit, choose Quit from its "
                    "menu; to stop reminders, Turn reminders off."
                ),
                QSystemTrayIcon.MessageIcon.Information,
                MESSAGE_MS,
            )
        return True


def _when(due: datetime, now: datetime) -> str:
    """'now', '14:30', or 'tomorrow 08:00'."""
    if due <= now:
        return _("now")
    clock = due.strftime("%H:%M")
    if due.date() == now.date():
        return clock
    if due.date() == now.date() + timedelta(days=1):
        return _("tomorrow {time}").format(time=clock)
    return due.strftime("%a %H:%M")
