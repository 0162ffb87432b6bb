"""Summary: what was done, skipped or stopped, and how long it took; after a warning sign, only
the advice. The tally holds facts; the sentences are made here, when the page is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import _, ngettext
from ..core.listing import name_list
from ..core.safety_words import advice, stop_rule_lines
from ..core.words import red_flag_report, times

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..services.tally import SessionTally


def _minutes(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return _("{s} s").format(s=seconds)
    return _("{m} min {s:02d} s").format(m=seconds // 60, s=seconds % 60)


def _round_percent(fraction: float) -> int:
    return max(5, min(95, 5 * round(fraction * 20)))


def pain_words(
    before: tuple[int | None, int | None] | None, after: tuple[int | None, int | None] | None
) -> str:
    """'Back 3 → 2, leg 5 → 4'; a dash for what was not answered."""

    def score(pair: tuple[int | None, int | None] | None, index: int) -> str:
        value = None if pair is None else pair[index]
        return "-" if value is None else str(value)

    if before is None and after is None:
        return _("not asked")
    return _("Back {b0} → {b1}, leg {l0} → {l1}").format(
        b0=score(before, 0), b1=score(after, 0), l0=score(before, 1), l1=score(after, 1)
    )


class Tile(QFrame):
    """One figure of the session, big enough to read from the floor: a value and its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(2)
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        self.value.setWordWrap(True)
        self.caption = QLabel(caption)
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)

    def set(self, value: str) -> None:
        self.value.setText(value)
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class SummaryPage(QWidget):
    homeClicked = Signal()
    againClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(40, 26, 40, 12)
        lay.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.headline = QLabel()
        self.headline.setObjectName("cueText")
        self.headline.setWordWrap(True)
        lay.addWidget(self.headline)
        self.advice = QLabel()
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.hide()
        lay.addWidget(self.advice)
        self.unsaved = QLabel()
        self.unsaved.setObjectName("notice")
        self.unsaved.setWordWrap(True)
        self.unsaved.hide()
        lay.addWidget(self.unsaved)
        self.tiles_box = QWidget()
        tiles = QHBoxLayout(self.tiles_box)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(12)
        self.drills_tile = Tile(_("drills done"))
        self.time_tile = Tile(_("exercising (pauses not counted)"))
        self.pain_tile = Tile(_("pain before and after, out of 10"))
        for tile in (self.drills_tile, self.time_tile, self.pain_tile):
            tiles.addWidget(tile, 1)
        lay.addWidget(self.tiles_box)
        self.details = QLabel()
        self.details.setWordWrap(True)
        lay.addWidget(self.details)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        lay.addWidget(self.rules)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(40, 8, 40, 20)
        self.home_button = QPushButton(_("Back to routines"))
        self.home_button.setObjectName("primary")
        self.home_button.clicked.connect(self.homeClicked.emit)
        self.again_button = QPushButton(_("Do it again"))
        self.again_button.clicked.connect(self.againClicked.emit)
        row.addWidget(self.home_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        outer.addLayout(row)

    def focus_on_show(self) -> None:
        """The keyboard starts on the main button: Enter goes back to the routines."""
        self.home_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tally(self, t: SessionTally, names: Callable[[str], str], now: datetime) -> None:
        self.title.setText(t.routine_title)
        self.scroll_area.setAccessibleName(t.routine_title)  # a Tab stop: arrows scroll the page
        if t.red_flag is not None:
            self._show_red_flag(t, now)
            return
        self.advice.hide()
        for widget in (self.tiles_box, self.details, self.rules, self.note, self.again_button):
            widget.show()
        done, planned = t.count("done"), t.drills_planned - len(t.left_out)
        if t.complete and done == planned:
            head = ngettext(
                "Well done: the drill is done.", "Well done: all {n} drills done.", done
            )
        elif t.complete:
            head = _("Routine finished: {done} of {planned} drills done.")
        else:
            head = _("Session ended early: {done} of {planned} drills done.")
        self.headline.setText(head.format(n=done, done=done, planned=planned))
        self.drills_tile.set(_("{done} of {planned}").format(done=done, planned=planned))
        active = t.exercise_ms / 1000
        self.time_tile.set(_minutes(active))
        self.pain_tile.set(pain_words(t.before_pain, t.after_pain))

        def listed(ids: list[str]) -> str:
            return name_list(names(i) for i in ids)

        # Time taken includes pauses: never less than the time exercising, even if the wall
        # clock was put back during the session.
        lines = [
            _("Time taken: {wall}, of which {active} exercising.").format(
                wall=_minutes(max(t.wall_s, active)), active=_minutes(active)
            )
        ]
        if t.speed != 1:  # a demo: the times above are the fast ones, not the routine's
            lines.append(
                _("Run at {speed} times the normal speed: about {time} at the normal pace.").format(
                    speed=f"{t.speed:g}", time=_minutes(active * t.speed)
                )
            )
        if t.done:
            lines.append(_("Done: {drills}.").format(drills=listed(t.done)))
        if t.partly:
            parts = name_list(
                _("{drill} (about {percent}%)").format(
                    drill=names(i), percent=_round_percent(fraction)
                )
                for i, fraction in t.partly.items()
            )
            lines.append(_("Partly done: {drills}.").format(drills=parts))
        if t.skipped:
            lines.append(_("Skipped: {drills}.").format(drills=listed(t.skipped)))
        if t.stopped:
            lines.append(_("Stopped because it hurt: {drills}.").format(drills=listed(t.stopped)))
        if t.left_out:
            lines.append(
                _("Left out (no easier version; ask your physio): {drills}.").format(
                    drills=listed(t.left_out)
                )
            )
        if t.not_reached:
            lines.append(
                ngettext(
                    "Not reached: {n} drill (the session ended first).",
                    "Not reached: {n} drills (the session ended first).",
                    t.not_reached,
                ).format(n=t.not_reached)
            )
        if t.hurt_events:
            lines.append(
                _("You pressed 'Stop: this hurts' {times}; each time is in your log.").format(
                    times=times(t.hurt_events)
                )
            )
        self.details.setText("\n".join(lines))
        rules = stop_rule_lines({i: r for i, r in t.rules.items() if i in t.done}, names)
        self.rules.setText(
            "\n".join([_("What to watch for, drill by drill:"), *rules]) if rules else ""
        )
        self.rules.setVisible(bool(rules))
        self.note.setText(
            " ".join(
                (
                    _("Next: rest. At your next start the app asks how the morning after felt."),
                    _(
                        "If symptoms spread further down the leg, or you feel worse the morning "
                        "after twice in a row, consider talking to your physio."
                    ),
                )
            )
        )

    def show_unsaved(self, note: str | None) -> None:
        """The history could not be written: say so here, not 'Well done' alone."""
        self.unsaved.setText(note or "")
        self.unsaved.setVisible(bool(note))

    def _show_red_flag(self, t: SessionTally, now: datetime) -> None:
        """After a warning sign the advice is all the page says: no tally, no reassurance."""
        flag = t.red_flag
        assert flag is not None
        self.headline.setText(red_flag_report(flag.flags, flag.at, now))
        self.advice.setText(advice(flag.urgency, flag.contact))
        self.advice.show()
        for widget in (self.tiles_box, self.details, self.rules, self.note, self.again_button):
            widget.hide()
        self.details.clear()
        self.note.clear()
