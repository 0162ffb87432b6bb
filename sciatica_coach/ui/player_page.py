"""The player: what a person on the floor sees while being coached through a routine.

It only draws. The SessionDriver's signals say what happened; button presses go out as signals
(or straight to the driver's slots). Every control has an accessible name and a key.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.figure_motion import moment as figure_moment
from ..core.i18n import _
from ..core.plan_words import capital, only_side_words, segment_text, side_words
from ..core.words import change_text, lower_name
from .widgets.breath_pacer import BreathPacer
from .widgets.figure import DrillFigure
from .widgets.hold_ring import HoldRing
from .widgets.rep_counter import RepCounter

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..core.plan import Drill, Plan, Segment
    from ..core.session import Snapshot
    from .session_driver import SessionDriver
    from .theme import Colors

PHASE_WORDS = {"move": "Move", "hold": "Hold", "return": "Return"}
RING_LABELS = {
    "get_ready": "Get ready",
    "hold": "Hold",
    "timed": "Keep going",
    "rest": "Rest",
    "switch_side": "Switch sides",
}
FLASH_MS = 150
BREATH_PHASES = {"breathe_in": "in", "breathe_out": "out"}


def _minutes_left(ms: float) -> str:
    """'12 min left', rounded up, or 'under a minute left'."""
    minutes = math.ceil(ms / 60_000 - 1e-9)
    if ms <= 0:
        return "Done"
    return "Under a minute left" if minutes <= 1 else f"{minutes} min left"


class PlayerPage(QWidget):
    hurtPressed = Signal()
    endPressed = Signal()
    usualPressed = Signal()  # go back to the routine's usual exercise for this drill

    def __init__(
        self,
        names: Callable[[str], str],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names
        self.now = now
        self.driver: SessionDriver | None = None
        self.plan: Plan | None = None
        self._segment: Segment | None = None
        self._waiting = False
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.setSpacing(10)

        top = QHBoxLayout()
        self.drill_title = QLabel()
        self.drill_title.setObjectName("drillTitle")
        self.drill_title.setWordWrap(True)
        self.drill_count = QLabel()
        self.drill_count.setObjectName("drillCount")
        self.time_left = QLabel()
        self.time_left.setObjectName("drillCount")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.drill_title, 1)
        top.addWidget(self.drill_count)
        top.addSpacing(24)
        top.addWidget(self.time_left)
        root.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName("Session progress")
        root.addWidget(self.progress)

        body = QHBoxLayout()
        body.setSpacing(24)
        side = QVBoxLayout()
        side.setSpacing(8)
        self.position_text = QLabel()
        self.position_text.setWordWrap(True)
        self.position_text.setObjectName("muted")
        side.addWidget(self.position_text)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.steps)
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.reason.hide()
        side.addWidget(self.reason)
        self.usual_button = QPushButton()
        self.usual_button.hide()
        self.usual_button.clicked.connect(self.usualPressed.emit)
        side.addWidget(self.usual_button)
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setObjectName("muted")
        side.addWidget(self.caution)
        side.addStretch(1)
        side_host = QWidget()
        side_host.setLayout(side)
        side_host.setMaximumWidth(440)
        side_host.setMinimumWidth(280)
        side_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        body.addWidget(side_host, 2)

        centre = QVBoxLayout()
        self.stage = QStackedWidget()
        self.rep_counter = RepCounter()
        self.ring = HoldRing()
        self.pacer = BreathPacer()
        for w in (self.rep_counter, self.ring, self.pacer):
            self.stage.addWidget(w)
        # The figure takes two fifths of the stage's row, beside the count, ring or pacer.
        stage_row = QHBoxLayout()
        stage_row.setSpacing(16)
        self.figure = DrillFigure()
        stage_row.addWidget(self.figure, 2)
        stage_row.addWidget(self.stage, 3)
        centre.addLayout(stage_row, 1)
        self.cue_text = QLabel()
        self.cue_text.setObjectName("cueText")
        self.cue_text.setWordWrap(True)
        self.cue_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centre.addWidget(self.cue_text)
        self.set_side = QLabel()
        self.set_side.setObjectName("setSide")
        self.set_side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centre.addWidget(self.set_side)
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centre.addWidget(self.caption)
        self.sound_notice = QLabel()
        self.sound_notice.setObjectName("muted")
        self.sound_notice.setWordWrap(True)
        self.sound_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sound_notice.hide()
        centre.addWidget(self.sound_notice)
        body.addLayout(centre, 3)
        root.addLayout(body, 1)

        self.status = QLabel()
        self.status.setObjectName("notice")
        self.status.setWordWrap(True)
        self.status.hide()
        root.addWidget(self.status)

        controls = QHBoxLayout()
        controls.setSpacing(8)

        def button(text: str, name: str, key: str, tip: str) -> QPushButton:
            """A control named by its visible words; what it does is its description."""
            b = QPushButton(text)
            b.setAccessibleDescription(f"{name} ({key})")
            b.setToolTip(f"{tip} ({key})")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page, not a button
            controls.addWidget(b)
            return b

        self.back_button = button("◀ Back", "Back to the previous drill", "Left", "Previous drill")
        self.pause_button = button("Pause", "Pause or resume", "Space", "Pause or resume")
        self.skip_button = button("Skip ▶", "Skip to the next drill", "Right", "Next drill")
        self.restart_button = button("Restart set", "Restart this set", "R", "Restart the set")
        self.more_time_button = button("+10 s", "Add ten seconds", "+", "Ten more seconds")
        self.self_paced_button = button(
            "My pace",
            "Self-paced reps",
            "P",
            "Press Enter after each rep instead of following the tempo",
        )
        self.self_paced_button.setCheckable(True)
        self.rep_button = button("Rep done ⏎", "Rep done", "Enter", "Count a rep")
        self.rep_button.hide()
        self.end_button = button("End", "End the session", "Ctrl+E", "End the session")
        controls.addStretch(1)
        self.stop_button = QPushButton("Stop: this hurts")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Pause at once and get an easier option (H or Esc)")
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button.setMinimumHeight(64)
        controls.addWidget(self.stop_button)
        root.addLayout(controls)
        self.stop_button.clicked.connect(self.hurtPressed.emit)
        self.end_button.clicked.connect(self.endPressed.emit)

    def set_colors(self, colors: Colors) -> None:
        for w in (self.rep_counter, self.ring, self.pacer, self.figure):
            w.colors = colors
            w.update()

    # -- wiring ----------------------------------------------------------------------------

    def attach(self, driver: SessionDriver) -> None:
        """Follow a new session's driver."""
        self.detach()
        self.driver = driver
        self.plan = driver.machine.plan
        driver.segmentStarted.connect(self._on_segment)
        driver.frame.connect(self._on_frame)
        driver.paused.connect(self._on_paused)
        driver.resumed.connect(self._on_resumed)
        driver.waitingForRep.connect(self._on_waiting)
        driver.planChanged.connect(self._on_plan)
        # clicked(bool) would pass `checked` as the first argument: call without it.
        self.back_button.clicked.connect(lambda: driver.back())
        self.pause_button.clicked.connect(lambda: driver.toggle_pause())
        self.skip_button.clicked.connect(lambda: driver.skip())
        self.restart_button.clicked.connect(lambda: driver.restart_set())
        self.more_time_button.clicked.connect(lambda: driver.add_time())
        self.self_paced_button.toggled.connect(driver.set_self_paced)
        self.rep_button.clicked.connect(lambda: driver.confirm_rep())
        self.self_paced_button.setChecked(driver.machine.self_paced)
        self.pause_button.setText("Pause")
        self.status.hide()
        self.caption.clear()

    def detach(self) -> None:
        if self.driver is None:
            return
        d = self.driver
        for signal, slot in (
            (d.segmentStarted, self._on_segment),
            (d.frame, self._on_frame),
            (d.paused, self._on_paused),
            (d.resumed, self._on_resumed),
            (d.waitingForRep, self._on_waiting),
            (d.planChanged, self._on_plan),
        ):
            signal.disconnect(slot)
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.restart_button,
            self.more_time_button,
            self.rep_button,
        ):
            button.clicked.disconnect()
        self.self_paced_button.toggled.disconnect()
        self.driver = None

    def show_caption(self, text: str) -> None:
        self.caption.setText(text)

    def show_sound_notice(self, text: str) -> None:
        """Said once, calmly, when sound does not work here; the captions carry on."""
        self.sound_notice.setText(text)
        self.sound_notice.setVisible(bool(text))

    def flash(self) -> None:
        """A brief flash with each sound, for people who cannot hear it."""
        self.stage.setStyleSheet("background: palette(highlight);")
        QTimer.singleShot(FLASH_MS, lambda: self.stage.setStyleSheet(""))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- drawing ---------------------------------------------------------------------------

    def _on_plan(self, plan: Plan) -> None:
        self.plan = plan

    def _on_segment(self, event: object) -> None:
        from ..core.events import SegmentStarted

        assert isinstance(event, SegmentStarted)
        assert self.plan is not None
        seg = event.segment
        drill = self.plan.drills[seg.step]
        if self._segment is None or self._segment.step != seg.step or seg.kind == "get_ready":
            self._show_drill(drill)
        self._segment = seg
        self._waiting = False
        self.rep_button.hide()
        self.cue_text.setText(segment_text(seg, drill))
        parts = []
        if seg.set is not None and seg.sets and seg.sets > 1:
            parts.append(f"Set {seg.set} of {seg.sets}")
        if seg.side is not None and seg.rep is None:  # the rep counter shows the side itself
            parts.append(capital(side_words(drill, seg.side)))
        elif seg.kind == "get_ready" and (only := only_side_words(drill)) is not None:
            parts.append(capital(only))
        if seg.cycle is not None:
            parts.append(f"Breath {seg.cycle} of {seg.cycles}")
        self.set_side.setText("  ·  ".join(parts))
        kind = seg.kind.value
        if seg.rep is not None:
            self.stage.setCurrentWidget(self.rep_counter)
        elif kind.startswith("breathe"):
            self.stage.setCurrentWidget(self.pacer)
        else:
            self.stage.setCurrentWidget(self.ring)

    def _show_drill(self, drill: Drill) -> None:
        assert self.plan is not None
        ex = drill.exercise
        self.drill_title.setText(drill.title)
        self.drill_count.setText(f"{drill.step + 1} of {len(self.plan.drills)}")
        sided = drill.dose.sides.value != "none"
        self.figure.show_drill(ex.id, ex.position.value, drill.title, sided)
        self.position_text.setText(ex.position_text or ex.position.value.replace("-", " "))
        items = "".join(f"<li>{_escape(c)}</li>" for c in ex.cues)
        note = f"<p><i>{_escape(drill.note)}</i></p>" if drill.note else ""
        self.steps.setText(f"<ol style='-qt-list-indent: 1; margin-left: 0px;'>{items}</ol>{note}")
        self.caution.setText(ex.caution)
        why = (
            ""
            if drill.change is None
            else change_text(drill.change, drill.exercise.id, self.names, self.now())
        )
        self.reason.setText(why)
        self.reason.setVisible(bool(why))
        usual = drill.from_level and drill.is_variant
        if usual:
            self.usual_button.setText(
                _("Do the usual {drill} instead").format(drill=lower_name(self.names(drill.base)))
            )
        self.usual_button.setVisible(usual)

    def _on_frame(self, snap: Snapshot) -> None:
        seg = snap.segment
        if self.plan is not None:
            self.figure.show_moment(figure_moment(self.plan, snap.index, snap.fraction))
        # The session clock moves in whole minutes and the bar in whole percent: redrawing the
        # header every second would cost more than the ring itself during a long hold.
        left = _minutes_left(snap.left_ms)
        if left != self.time_left.text():
            self.time_left.setText(left)
        total = max(1, self.plan.total_ms if self.plan else 1)
        percent = int(100 * snap.position_ms / total)
        if percent != self.progress.value():
            self.progress.setValue(percent)
        kind = seg.kind.value
        if seg.rep is not None and seg.reps is not None:
            side = None if seg.side is None else capital(side_words(snap.drill, seg.side))
            self.rep_counter.set_rep(
                seg.rep,
                seg.reps,
                side,
                PHASE_WORDS.get(kind, ""),
                snap.fraction,
                waiting=snap.waiting_for_rep,
            )
        elif kind.startswith("breathe"):
            if kind == "breathe_hold":
                prev = self.pacer.phase
                phase = "hold_full" if prev in {"in", "hold_full"} else "hold_empty"
            else:
                phase = BREATH_PHASES[kind]
            words = {"in": "Breathe in", "out": "Breathe out"}.get(phase, "Hold")
            count = f"{seg.cycle} of {seg.cycles}" if seg.cycle else ""
            self.pacer.set_breath(phase, snap.fraction, words, count)
        else:
            self.ring.set_state(
                seg.duration_ms,
                snap.segment_left_ms,
                RING_LABELS.get(kind, ""),
                rest=kind in {"rest", "get_ready", "switch_side"},
            )

    def _on_paused(self, reason: object) -> None:
        self.pause_button.setText("Resume")
        words = {
            "sleep": "Paused: the computer was asleep, so that time was not counted. "
            "Press Space to carry on.",
            "hurt": "Paused because it hurts.",
        }.get(str(reason), "Paused. Press Space to carry on.")
        self.show_status(words)

    def _on_resumed(self) -> None:
        self.pause_button.setText("Pause")
        self.show_status("")

    def _on_waiting(self, segment: object) -> None:
        self._waiting = True
        self.rep_button.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
