"""The player: what a person on the floor sees while being coached through a routine.

It only draws. The SessionDriver's signals say what happened; button presses go out as signals
(or straight to the driver's slots). Every control has an accessible name and a key.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.figure_motion import moment as figure_moment
from ..core.figure_motion import moves_within
from ..core.i18n import N_, _
from ..core.plan_words import (
    capital,
    only_side_words,
    position_words,
    segment_text,
    side_words,
)
from ..core.words import change_text, lower_name
from .accessible import words_only
from .announcer import Announcer
from .widgets.breath_pacer import BreathPacer
from .widgets.figure import DrillFigure
from .widgets.flash import Flash
from .widgets.flow_row import FlowRow
from .widgets.hold_ring import HoldRing
from .widgets.rep_counter import DIGITS_OF_HEIGHT, DIGITS_OF_WIDTH, RepCounter

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..core.plan import Drill, Plan, Segment
    from ..core.session import Snapshot
    from .session_driver import SessionDriver
    from .theme import Colors

PHASE_WORDS = {"move": N_("Move"), "hold": N_("Hold"), "return": N_("Return")}
RING_LABELS = {
    "get_ready": N_("Get ready"),
    "hold": N_("Hold"),
    "timed": N_("Keep going"),
    "rest": N_("Rest"),
    "switch_side": N_("Switch sides"),
}
FLASH_MS = 150
COUNT_MIN_PX = 145
"""The rep count's digits are never shorter than this, at any text size (about 3.8 cm on a
laptop screen: readable from the floor, two metres away)."""
CENTRE_MIN_WIDTH = 640
"""Below this beside the steps (figure, gap, and a count of COUNT_MIN_PX), the steps go under."""
PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
"""Keys that press a focused button rather than doing their shortcut (rep done, pause)."""
BREATH_PHASES = {"breathe_in": "in", "breathe_out": "out"}


def _minutes_left(ms: float) -> str:
    """'12 min left', rounded up, or 'under a minute left'."""
    minutes = math.ceil(ms / 60_000 - 1e-9)
    if ms <= 0:
        return _("Done")
    if minutes <= 1:
        return _("Under a minute left")
    return _("{n} min left").format(n=minutes)


SOUND_NOTICE_MS = 12_000
"""How long the full 'sound is unavailable' notice stays before it shrinks to a line."""


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
        self._figure_at: tuple[int, bool] | None = None
        """The segment whose figure is shown, and whether it moves within it: a still one (a
        hold) is drawn on its first frame, and its later frames leave the figure alone."""
        self._segment: Segment | None = None
        self._waiting = False
        self._build()
        self.announcer = Announcer(self, parent=self)
        """Says a new drill, each rep, the last seconds, pause and resume to a screen reader."""

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.setSpacing(10)
        # What scrolls when large text needs more than the screen: all but the buttons.
        page = QVBoxLayout()
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(10)

        # Title, then "2 of 6" and the time left: beside it, or under it when it would wrap.
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.drill_title = QLabel()
        self.drill_title.setObjectName("drillTitle")
        self.drill_title.setWordWrap(True)
        self.drill_count = QLabel()
        self.drill_count.setObjectName("drillCount")
        self.time_left = QLabel()
        self.time_left.setObjectName("drillCount")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        info = QHBoxLayout()
        info.addWidget(self.drill_count)
        info.addSpacing(24)
        info.addWidget(self.time_left)
        self.header.addWidget(self.drill_title, 1)
        self.header.addLayout(info)
        page.addLayout(self.header)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(_("Session progress"))
        page.addWidget(self.progress)

        # The steps beside the stage, or below it when the window is narrow for the text size;
        # the whole body scrolls rather than squeezing the count or overlapping the steps.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(24)
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
        side.setContentsMargins(0, 0, 0, 0)
        self.side_host = side_host = QWidget()
        side_host.setLayout(side)
        side_host.setMaximumWidth(440)
        side_host.setMinimumWidth(280)
        side_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.body.addWidget(side_host, 2)

        centre = QVBoxLayout()
        centre.setContentsMargins(0, 0, 0, 0)
        self.stage = QStackedWidget()
        self.rep_counter = RepCounter()
        self.ring = HoldRing()
        self.pacer = BreathPacer()
        for w in (self.rep_counter, self.ring, self.pacer):
            self.stage.addWidget(w)
        # Room for a count of COUNT_MIN_PX whatever the text size: larger text never makes
        # the number a person reads from the floor smaller (see DIGITS_OF_HEIGHT).
        self.rep_counter.setMinimumSize(
            math.ceil(COUNT_MIN_PX / DIGITS_OF_WIDTH), math.ceil(COUNT_MIN_PX / DIGITS_OF_HEIGHT)
        )
        # The figure takes two fifths of the stage's row, beside the count, ring or pacer.
        stage_row = QHBoxLayout()
        stage_row.setSpacing(16)
        self.figure = DrillFigure()
        stage_row.addWidget(self.figure, 2)
        stage_row.addWidget(self.stage, 3)
        self.stage_box = QWidget()
        self.stage_box.setLayout(stage_row)
        stage_row.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(self.stage_box, 1)
        # Paused, over the figure and the count: readable from the floor, two metres away.
        self.paused_card = QLabel(self.stage_box)
        self.paused_card.setObjectName("pausedCard")
        self.paused_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_card.setWordWrap(True)
        self.paused_card.hide()
        self.flash_frame = Flash(self.stage_box)
        self.stage_box.installEventFilter(self)
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
        self.caption.setObjectName("caption")  # large and dark: read from the floor
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centre.addWidget(self.caption)
        self.sound_notice = QLabel()
        self.sound_notice.setObjectName("muted")
        self.sound_notice.setWordWrap(True)
        self.sound_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sound_notice.hide()  # under the page, never scrolled out of view (see below)
        self.sound_notice_timer = QTimer(self)
        self.sound_notice_timer.setSingleShot(True)
        self.sound_notice_timer.setInterval(SOUND_NOTICE_MS)
        self.sound_notice_timer.timeout.connect(self._shorten_sound_notice)
        self.centre_host = QWidget()
        self.centre_host.setLayout(centre)
        self.body.addWidget(self.centre_host, 3)  # aligned by _reflow
        page.addLayout(self.body, 1)
        body_host = QWidget()
        body_host.setLayout(page)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows are Skip and Back here
        self.body_scroll.setWidget(body_host)
        self.body_scroll.installEventFilter(self)
        self._body_host = body_host
        body_host.installEventFilter(self)  # taller or shorter words: keep the stage in view
        self._from_top = True
        """Where the page is kept when it scrolls: the drill's title and steps (a new drill),
        or the count, ring or pacer (once it is under way)."""
        root.addWidget(self.body_scroll, 1)
        root.addWidget(self.sound_notice)

        self.status = QLabel()
        self.status.setObjectName("notice")
        self.status.setWordWrap(True)
        self.status.hide()
        root.addWidget(self.status)

        # The buttons wrap onto a second line rather than squeeze (Stop never reads "this").
        self.controls = controls = FlowRow(spacing=8)

        def button(text: str, name: str, key: str, tip: str) -> QPushButton:
            """A control named by its visible words (an arrow is not a word); what it does,
            and its key, is its description. Tab reaches it; a click leaves the keys to the
            page (Space pauses), and Enter or Space presses it when it has the focus."""
            b = QPushButton(text)
            b.setAccessibleName(words_only(text))
            b.setAccessibleDescription(f"{name} ({key})")
            b.setToolTip(f"{tip} ({key})")
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setAutoDefault(True)
            b.installEventFilter(self)
            controls.addWidget(b)
            return b

        self.back_button = button(
            _("◀ Back"), _("Back to the previous drill"), "Left", _("Previous drill")
        )
        self.pause_button = button(_("Pause"), _("Pause or resume"), "Space", _("Pause or resume"))
        self.skip_button = button(
            _("Skip ▶"), _("Skip to the next drill"), "Right", _("Next drill")
        )
        self.restart_button = button(
            _("Restart set"), _("Restart this set"), "R", _("Restart the set")
        )
        self.more_time_button = button(_("+10 s"), _("Add ten seconds"), "+", _("Ten more seconds"))
        self.self_paced_button = button(
            _("My pace"),
            _("Self-paced reps"),
            "P",
            _("Press Enter after each rep instead of following the tempo"),
        )
        self.self_paced_button.setCheckable(True)
        self.rep_button = button(_("Rep done ⏎"), _("Rep done"), "Enter", _("Count a rep"))
        self.rep_button.hide()
        self.end_button = button(_("End"), _("End the session"), "Ctrl+E", _("End the session"))
        self.pause_button.setCheckable(True)  # pressed while paused: a screen reader says so
        self.stop_button = QPushButton(_("Stop: this hurts"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip(_("Pause at once and get an easier option (H or Esc)"))
        self.stop_button.setAccessibleDescription(
            _("Pause at once and get an easier option (H or Esc)")
        )
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.stop_button.setAutoDefault(True)
        self.stop_button.installEventFilter(self)
        self.stop_button.setMinimumHeight(64)
        controls.add_end(self.stop_button)
        root.addLayout(controls)
        self.stop_button.clicked.connect(self.hurtPressed.emit)
        self.end_button.clicked.connect(self.endPressed.emit)

    def set_colors(self, colors: Colors) -> None:
        for w in (self.rep_counter, self.ring, self.pacer, self.figure, self.flash_frame):
            w.colors = colors
            w.update()
        self._reflow()  # the text size may have changed with the colours

    def set_reduce_motion(self, on: bool) -> None:
        """Reduced motion: the figure stands still at the drill's position, the ring moves
        once a second, the pacer grows and shrinks in steps, and the tempo bar does not slide
        (the words Move, Hold, Return and the numbers still say where the rep is)."""
        self.figure.still = on
        self._figure_at = None
        self.ring.stepped = on
        self.pacer.stepped = on
        self.rep_counter.steady = on
        for w in (self.figure, self.ring, self.pacer, self.rep_counter):
            w.update()

    # -- wiring ----------------------------------------------------------------------------

    def attach(self, driver: SessionDriver) -> None:
        """Follow a new session's driver."""
        self.detach()
        self.driver = driver
        self.plan = driver.machine.plan
        self._figure_at = None
        driver.segmentStarted.connect(self._on_segment)
        driver.frame.connect(self._on_frame)
        driver.paused.connect(self._on_paused)
        driver.resumed.connect(self._on_resumed)
        driver.waitingForRep.connect(self._on_waiting)
        driver.planChanged.connect(self._on_plan)
        # clicked(bool) would pass `checked` as the first argument: call without it.
        self.back_button.clicked.connect(lambda: driver.back())
        self.pause_button.clicked.connect(lambda: self._toggle_pause(driver))
        self.skip_button.clicked.connect(lambda: driver.skip())
        self.restart_button.clicked.connect(lambda: driver.restart_set())
        self.more_time_button.clicked.connect(lambda: driver.add_time())
        self.self_paced_button.toggled.connect(driver.set_self_paced)
        self.rep_button.clicked.connect(lambda: driver.confirm_rep())
        self.self_paced_button.setChecked(driver.machine.self_paced)
        self.pause_button.setText(_("Pause"))
        self.pause_button.setChecked(False)
        self.status.hide()
        self.paused_card.hide()
        self.caption.clear()
        self.announcer.attach(driver)

    def _toggle_pause(self, driver: SessionDriver) -> None:
        driver.toggle_pause()
        self.pause_button.setChecked(driver.machine.paused)  # pressed exactly while paused

    def detach(self) -> None:
        if self.driver is None:
            return
        self.announcer.detach()
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
        """What a sound said, in words; left out when the cue on screen already says it."""
        said = self.cue_text.text().lower()
        self.caption.setText("" if text and text.lower().rstrip(".") in said else text)

    def show_sound_notice(self, text: str) -> None:
        """Said once, calmly, when sound does not work here; the captions carry on. After a
        little while only a short line stays, so the notice does not hold the screen."""
        self.sound_notice.setText(text)
        self.sound_notice.setVisible(bool(text))
        if text:
            self.sound_notice_timer.start()
        else:
            self.sound_notice_timer.stop()

    def _shorten_sound_notice(self) -> None:
        if self.sound_notice.isVisibleTo(self):
            self.sound_notice.setText(_("No sound: the words on screen carry on."))

    def flash(self) -> None:
        """A brief flash with each sound, for people who cannot hear it."""
        self.flash_frame.flash(FLASH_MS)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- drawing ---------------------------------------------------------------------------

    def _on_plan(self, plan: Plan) -> None:
        self.plan = plan
        self._figure_at = None

    def _on_segment(self, event: object) -> None:
        from ..core.events import SegmentStarted

        assert isinstance(event, SegmentStarted)
        assert self.plan is not None
        seg = event.segment
        drill = self.plan.drills[seg.step]
        if self._segment is None or self._segment.step != seg.step or seg.kind == "get_ready":
            self._show_drill(drill)
        self._figure_at = None
        self._segment = seg
        self._waiting = False
        self.rep_button.hide()
        self.cue_text.setText(segment_text(seg, drill))
        parts = []
        if seg.set is not None and seg.sets and seg.sets > 1:
            parts.append(_("Set {set} of {sets}").format(set=seg.set, sets=seg.sets))
        if seg.side is not None and seg.rep is None:  # the rep counter shows the side itself
            parts.append(capital(side_words(drill, seg.side)))
        elif seg.kind == "get_ready" and (only := only_side_words(drill)) is not None:
            parts.append(capital(only))
        if seg.cycle is not None:
            parts.append(_("Breath {n} of {total}").format(n=seg.cycle, total=seg.cycles))
        self.set_side.setText("  ·  ".join(parts))
        kind = seg.kind.value
        if seg.rep is not None:
            self.stage.setCurrentWidget(self.rep_counter)
        elif kind.startswith("breathe"):
            self.stage.setCurrentWidget(self.pacer)
        else:
            self.stage.setCurrentWidget(self.ring)
        # Once the new words are laid out (after this turn of the event loop).
        self._from_top = kind == "get_ready"
        QTimer.singleShot(0, self, self._keep_in_view)

    def _keep_in_view(self) -> None:
        """Text too large for the screen makes the page scroll: a new drill shows its title and
        steps from the top; once it is under way, the count, ring or pacer stays in view."""
        host = self.body_scroll.widget()
        if host is None:
            return
        bar = self.body_scroll.verticalScrollBar()
        if bar.maximum() == 0:
            return
        if self._from_top:
            bar.setValue(0)
            return
        top = self.stage_box.mapTo(host, QPoint(0, 0)).y()
        bottom = top + self.stage_box.height()
        view = self.body_scroll.viewport().height()
        if bar.value() == 0 and bottom <= view:
            return  # all in view from the title down: the page does not move
        # From the progress bar down if that shows the whole stage, else from the stage.
        below_title = self.progress.y()
        bar.setValue(below_title if bottom - below_title <= view else top)

    def _show_drill(self, drill: Drill) -> None:
        assert self.plan is not None
        ex = drill.exercise
        self.drill_title.setText(drill.title)
        self.drill_count.setText(
            _("{n} of {total}").format(n=drill.step + 1, total=len(self.plan.drills))
        )
        self._reflow()  # a longer title may need its own line
        sided = drill.dose.sides.value != "none"
        self.figure.show_drill(ex.id, ex.position.value, drill.title, sided)
        self.position_text.setText(ex.position_text or capital(position_words(ex.position)))
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
            at = self._figure_at
            if at is None or at[0] != snap.index:  # a new segment: drawn on its first frame
                self._figure_at = (snap.index, moves_within(self.plan, snap.index))
                draw = True
            else:
                draw = at[1]  # and on each later one only if it moves
            if draw:
                self.figure.show_moment(figure_moment(self.plan, snap.index, snap.fraction))
        # The session clock moves in whole minutes and the bar in whole percent: redrawing the
        # header every second would cost more than the ring itself during a long hold.
        left = _minutes_left(snap.left_ms)
        if left != self.time_left.text():
            self.time_left.setText(left)
        total = max(1, self.plan.total_ms if self.plan else 1)
        percent = int(100 * snap.position_ms / total)
        if percent != self.progress.value():
            # QProgressBar repaints at once on a new value, a second flush to the screen in
            # the same second as the ring's: with updates off it joins the ring's one.
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(percent)
            self.progress.setUpdatesEnabled(True)
        kind = seg.kind.value
        if seg.rep is not None and seg.reps is not None:
            side = None if seg.side is None else capital(side_words(snap.drill, seg.side))
            self.rep_counter.set_rep(
                seg.rep,
                seg.reps,
                side,
                _(PHASE_WORDS[kind]) if kind in PHASE_WORDS else "",
                snap.fraction,
                waiting=snap.waiting_for_rep,
            )
        elif kind.startswith("breathe"):
            if kind == "breathe_hold":
                prev = self.pacer.phase
                phase = "hold_full" if prev in {"in", "hold_full"} else "hold_empty"
            else:
                phase = BREATH_PHASES[kind]
            words = {"in": _("in"), "out": _("out")}.get(phase, _("hold"))
            seconds = math.ceil(snap.segment_left_ms / 1000 - 1e-6)
            self.pacer.set_breath(phase, snap.fraction, words, str(max(seconds, 0)))
        else:
            self.ring.set_state(
                seg.duration_ms,
                snap.segment_left_ms,
                _(RING_LABELS[kind]) if kind in RING_LABELS else "",
                rest=kind in {"rest", "get_ready", "switch_side"},
            )

    def _on_paused(self, reason: object) -> None:
        self.pause_button.setText(_("Resume"))
        self.pause_button.setAccessibleName(_("Resume"))
        self.pause_button.setChecked(True)
        words = {
            "sleep": _(
                "Paused: the computer was asleep, so that time was not counted. "
                "Press Space to carry on."
            ),
            "hurt": _("Paused because it hurts."),
        }.get(str(reason), "")
        self.show_status(words)  # why, when there is more to say than the card below
        how = _("Space or Resume to carry on") if str(reason) != "hurt" else ""
        big = round(self.paused_card.font().pointSizeF() * 2.2)
        paused = _("Paused")
        self.paused_card.setText(
            f"<div style='font-size: {big}pt; font-weight: 700;'>{_escape(paused)}</div>"
            f"<div>{_escape(how)}</div>"
        )
        self._place_paused_card()
        self.paused_card.show()
        self.paused_card.raise_()

    def _on_resumed(self) -> None:
        self.pause_button.setText(_("Pause"))
        self.pause_button.setAccessibleName(_("Pause"))
        self.pause_button.setChecked(False)
        self.show_status("")
        self.paused_card.hide()

    def _place_paused_card(self) -> None:
        self.paused_card.setGeometry(self.stage_box.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.stage_box and kind == QEvent.Type.Resize:
            self._place_paused_card()
        elif kind == QEvent.Type.Resize and watched is getattr(self, "body_scroll", None):
            self._reflow()
        elif kind == QEvent.Type.Resize and watched is getattr(self, "_body_host", None):
            QTimer.singleShot(0, self, self._reflow)  # taller words may no longer fit
            QTimer.singleShot(0, self, self._keep_in_view)  # once laid out at the new size
        elif kind == QEvent.Type.ShortcutOverride and isinstance(watched, QPushButton):
            # A focused button takes Enter and Space before the window's shortcuts do (rep
            # done, pause): what has the focus ring is what the key presses.
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in PRESS_KEYS:
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def focus_on_show(self) -> None:
        """Shown: the page itself holds the focus, not a button, so Space pauses and Enter
        counts a rep until the person presses Tab (the window would otherwise put the focus on
        the page's first button, and keep it there when it comes back to the front)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reflow(self) -> None:
        """Steps beside the stage, or below it when the body is too narrow for both at this
        text size; the title's line of "2 of 6" and the time goes under a title too long."""
        across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        width = self.body_scroll.viewport().width()
        narrow = width < self.side_host.minimumWidth() + self.body.spacing() + CENTRE_MIN_WIDTH
        direction = QBoxLayout.Direction.BottomToTop if narrow else across
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.side_host.setMaximumWidth(16_777_215 if narrow else 440)
        # When it all fits, the stage grows into the height to spare (a larger ring and count
        # on a taller screen); when the page scrolls, it keeps its own height at the top.
        host = self.body_scroll.widget()
        fits = host is not None and host.heightForWidth(width) <= self.body_scroll.height()
        fill = Qt.AlignmentFlag(0) if fits and not narrow else Qt.AlignmentFlag.AlignTop
        if getattr(self, "_centre_fill", None) != fill:
            self._centre_fill = fill
            self.body.setAlignment(self.centre_host, fill)
        title = self.drill_title.fontMetrics().horizontalAdvance(self.drill_title.text())
        info = self.drill_count.sizeHint().width() + self.time_left.sizeHint().width() + 24
        long_title = title + info + 24 > self.width() - 48
        header = down if long_title else across
        if self.header.direction() != header:
            self.header.setDirection(header)

    def _on_waiting(self, segment: object) -> None:
        self._waiting = True
        self.rep_button.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
