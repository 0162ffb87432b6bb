"""One step of the routine being written: the drill (and the variant it starts on), its dose with
the catalogue's default shown until it is changed, the side, the easier drill to fall back to if
it hurts, the physio's note and stop note, and how often. Every change goes straight into the
draft; `edited` says so."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue_search import easier_in_order
from ...core.dosage import resolve
from ...core.i18n import _
from ...core.models import (
    MAX_BREATH_S,
    MAX_CYCLES,
    MAX_DURATION_S,
    MAX_HOLD_S,
    MAX_REPS,
    MAX_REST_S,
    MAX_SETS,
    MAX_TEMPO_S,
    MIN_DURATION_S,
    MIN_TEMPO_S,
    Breath,
    Kind,
    Sides,
    seconds,
)
from ...core.plan_words import seconds_words
from .fields import DefaultSpin, FieldProblem, FrequencyEdit, show_combo, show_text, shrinkable
from .figures import LARGE, THUMB, figure_pixmap, moments
from .labels import sides_label

if TYPE_CHECKING:
    from ...core.library import Catalogue
    from ...core.models import Exercise
    from ...core.routine_edit import Draft
    from ..theme import Colors

FIGURE = (LARGE[0] // 2, LARGE[1] // 2)
"""Each of the step's two figures, beside its name."""
ICON = (THUMB[0] // 3, THUMB[1] // 3)
"""A drill's picture in a list to choose from."""
BREATH_FIELDS = ("inhale_s", "hold_in_s", "exhale_s", "hold_out_s", "cycles")
DOSE_PROBLEMS = ("sets", "reps", "hold_s", "rest_s", "tempo", "duration_s", "breath", "breathing")


class StepForm(QWidget):
    edited = Signal()

    def __init__(self, catalogue: Catalogue, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.colors = colors
        self.draft: Draft | None = None
        self.index = -1
        self.exercise: Exercise | None = None
        """What the step runs: its variant, or its drill."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("lead")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        top = QHBoxLayout()
        self.start_figure = QLabel()
        self.end_figure = QLabel()
        for label, said in ((self.start_figure, _("Start")), (self.end_figure, _("End"))):
            label.setAccessibleName(said)
            label.setFixedSize(QSize(*FIGURE))
            top.addWidget(label)
        top.addStretch(1)
        outer.addLayout(top)
        self.catalogue_dose = QPushButton(_("Back to the catalogue's dose"))
        self.catalogue_dose.clicked.connect(self._catalogue_dose)
        outer.addWidget(self.catalogue_dose, 0, Qt.AlignmentFlag.AlignLeft)
        self.general = FieldProblem()
        outer.addWidget(self.general)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setVerticalSpacing(4)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.problems: dict[str, FieldProblem] = {}
        self._build()

    # -- building -------------------------------------------------------------------------------

    def _row(self, label: str, widget: QWidget, *fields: str) -> None:
        """A labelled field, with the line for what `validate` says of it underneath."""
        host = QWidget()
        lay = QVBoxLayout(host)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        problem = FieldProblem()
        lay.addWidget(problem)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, host)
        for name in fields:
            self.problems[name] = problem
        self._rows[fields[0]] = (caption, host)

    def _build(self) -> None:
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        self.variant = shrinkable(QComboBox())
        self.variant.setAccessibleName(_("Start on"))
        self.variant.setIconSize(QSize(*ICON))
        self.variant.currentIndexChanged.connect(
            lambda _i: self._set("variant", self.variant.currentData())
        )
        self._row(_("Start on"), self.variant, "variant", "exercise")
        self.clinician = QCheckBox(_("I am this person's clinician and chose this drill for them"))
        self.clinician.setAccessibleName(self.clinician.text())
        self.clinician.toggled.connect(
            lambda on: self._set("clinician_chose", True if on else None)
        )
        self._row(_("Clinician only"), self.clinician, "clinician_chose")
        spin = DefaultSpin
        self.sets = spin(1, MAX_SETS, name=_("Sets"))
        self.reps = spin(1, MAX_REPS, name=_("Reps per side"))
        self.hold = spin(0, MAX_HOLD_S, decimals=1, step=1, suffix=" s", name=_("Hold"))
        self.rest = spin(0, MAX_REST_S, step=5, suffix=" s", name=_("Rest between sets"))
        self.move_in = spin(MIN_TEMPO_S, MAX_TEMPO_S, decimals=1, step=0.5, suffix=" s",
                         name=_("Move into it"))  # fmt: skip
        self.come_back = spin(MIN_TEMPO_S, MAX_TEMPO_S, decimals=1, step=0.5, suffix=" s",
                         name=_("Come back"))  # fmt: skip
        self.duration = spin(MIN_DURATION_S, MAX_DURATION_S, step=5, suffix=" s",
                             name=_("How long"))  # fmt: skip
        self.breath = {
            "inhale_s": spin(1, MAX_BREATH_S, decimals=1, step=0.5, suffix=" s",
                             name=_("Breathe in")),
            "hold_in_s": spin(0, MAX_BREATH_S, decimals=1, step=0.5, suffix=" s",
                              name=_("Hold, lungs full")),
            "exhale_s": spin(1, MAX_BREATH_S, decimals=1, step=0.5, suffix=" s",
                             name=_("Breathe out")),
            "hold_out_s": spin(0, MAX_BREATH_S, decimals=1, step=0.5, suffix=" s",
                               name=_("Rest after breathing out")),
            "cycles": spin(1, MAX_CYCLES, name=_("Breaths")),
        }  # fmt: skip
        for key, widget in (
            ("sets", self.sets),
            ("reps", self.reps),
            ("hold_s", self.hold),
            ("rest_s", self.rest),
            ("duration_s", self.duration),
        ):
            widget.edited.connect(
                lambda key=key, widget=widget: self._set(key, widget.value_or_none())
            )
            self._row(widget.accessibleName(), widget, key)
        tempo = QWidget()
        row = QHBoxLayout(tempo)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.move_in)
        row.addWidget(self.come_back)
        self.move_in.edited.connect(self._tempo)
        self.come_back.edited.connect(self._tempo)
        self._row(_("Tempo (move, back)"), tempo, "tempo")
        for key, widget in self.breath.items():
            widget.edited.connect(self._breath)
            self._row(widget.accessibleName(), widget, key)
        self.problems["breath"] = self.problems["breathing"] = self.problems["inhale_s"]
        self.sides = shrinkable(QComboBox())
        self.sides.setAccessibleName(_("Side"))
        self.sides.addItem("", None)
        for sides in Sides:
            self.sides.addItem(sides_label(sides), sides.value)
        self.sides.currentIndexChanged.connect(
            lambda _i: self._set("sides", self.sides.currentData())
        )
        self._row(_("Side"), self.sides, "sides")
        self.fallback = shrinkable(QComboBox())
        self.fallback.setAccessibleName(_("If it hurts, offer"))
        self.fallback.setIconSize(QSize(*ICON))
        self.fallback.currentIndexChanged.connect(
            lambda _i: self._set("if_it_hurts", self.fallback.currentData())
        )
        self._row(_("If it hurts, offer"), self.fallback, "if_it_hurts")
        self.note = QLineEdit()
        self.note.setAccessibleName(_("Note"))
        self.note.setPlaceholderText(_("Shown in the player, e.g. Keep your hips on the floor"))
        self.note.textEdited.connect(lambda text: self._set("note", text))
        self._row(_("Note"), self.note, "note")
        self.stop_note = QLineEdit()
        self.stop_note.setAccessibleName(_("Stop note"))
        self.stop_note.setPlaceholderText(_("Shown when it hurts, as: Your physio says…"))
        self.stop_note.textEdited.connect(lambda text: self._set("stop_note", text))
        self._row(_("Stop note"), self.stop_note, "stop_note")
        self.frequency = FrequencyEdit(_("How often this drill"), reminders=False)
        self.frequency.edited.connect(lambda: self._set("frequency", self.frequency.value()))
        self._row(_("How often"), self.frequency, "frequency")

    # -- showing a step -------------------------------------------------------------------------

    def show_step(self, draft: Draft | None, index: int) -> None:
        self.draft, self.index = draft, index
        raw = (
            draft.steps()[index] if draft is not None and 0 <= index < len(draft.steps()) else None
        )
        self.setEnabled(raw is not None)
        if raw is None:
            self.exercise = None
            self.heading.setText(_("Add a drill to start."))
            for label, widget in self._rows.values():
                label.hide()
                widget.hide()
            self.catalogue_dose.hide()
            self.start_figure.clear()
            self.end_figure.clear()
            return
        base = self.catalogue.exercises.get(str(raw.get("exercise") or "slow-breathing"))
        variant = raw.get("variant")
        ex = self.catalogue.exercises.get(str(variant)) if variant else base
        self.exercise = ex
        total = len(draft.steps()) if draft is not None else 0
        name = ex.name if ex is not None else str(raw.get("exercise"))
        self.heading.setText(
            _("Step {n} of {total}: {name}").format(n=index + 1, total=total, name=name)
        )
        self._figures(ex)
        breathing_step = "breathing" in raw
        kind = Kind.BREATHING if breathing_step else (ex.kind if ex is not None else None)
        ladder = base is not None and bool(self.catalogue.ladder(base.id))
        chosen = bool(raw.get("clinician_chose"))
        shown = {
            "variant": ladder and not breathing_step,
            "clinician_chose": ex is not None and (ex.clinician_only or chosen),
            "sets": kind in (Kind.REPS, Kind.HOLD, Kind.TIMED),
            "reps": kind is Kind.REPS,
            "hold_s": kind in (Kind.REPS, Kind.HOLD),
            "rest_s": kind in (Kind.REPS, Kind.HOLD, Kind.TIMED),
            "tempo": kind is Kind.REPS,
            "duration_s": kind is Kind.TIMED,
            "sides": kind is not Kind.BREATHING,
            "if_it_hurts": kind is not Kind.BREATHING,
            "frequency": not breathing_step,
        }  # fmt: skip
        for key in BREATH_FIELDS:
            shown[key] = kind is Kind.BREATHING
        for key, (label, widget) in self._rows.items():
            visible = shown.get(key, True)
            label.setVisible(visible)
            widget.setVisible(visible)
        self.catalogue_dose.setVisible(not breathing_step)
        self._fill(raw, base, ex, breathing_step)

    def _figures(self, ex: Exercise | None) -> None:
        if ex is None:
            self.start_figure.clear()
            self.end_figure.clear()
            return
        size = FIGURE
        ratio = self.devicePixelRatioF()
        at = moments(ex)
        self.start_figure.setPixmap(figure_pixmap(ex, at[0], size, self.colors, ratio))
        if len(at) > 1:
            self.end_figure.setPixmap(figure_pixmap(ex, at[1], size, self.colors, ratio))
        else:
            self.end_figure.clear()

    def _fill(
        self, raw: dict[str, Any], base: Exercise | None, ex: Exercise | None, breathing_step: bool
    ) -> None:
        self.variant.blockSignals(True)
        self.variant.clear()
        if base is not None:
            self.variant.addItem(
                self._icon(base), _("{name} (the drill itself)").format(name=base.name), None
            )
            ladder = [*easier_in_order(self.catalogue, base.id), *self._harder(base)]
            for other in ladder:
                self.variant.addItem(self._icon(other), other.name, other.id)
        self.variant.blockSignals(False)
        show_combo(self.variant, raw.get("variant"))
        self.clinician.blockSignals(True)
        self.clinician.setChecked(bool(raw.get("clinician_chose")))
        self.clinician.blockSignals(False)
        default = resolve(ex) if ex is not None else None
        if default is not None:
            self.sets.set_default(default.sets)
            self.reps.set_default(default.reps)
            self.hold.set_default(default.hold_s, seconds_words(default.hold_s))
            self.rest.set_default(default.rest_s, seconds_words(default.rest_s))
            self.move_in.set_default(default.move_s)
            self.come_back.set_default(default.return_s)
            self.duration.set_default(default.duration_s, seconds_words(default.duration_s))
        for key, widget in (
            ("sets", self.sets),
            ("reps", self.reps),
            ("hold_s", self.hold),
            ("rest_s", self.rest),
            ("duration_s", self.duration),
        ):
            widget.show_value(_seconds(raw.get(key)))
        tempo = _mapping(raw.get("tempo"))
        self.move_in.show_value(_seconds(tempo.get("move_s")))
        self.come_back.show_value(_seconds(tempo.get("return_s")))
        key = "breathing" if breathing_step else "breath"
        breath = _mapping(raw.get(key))
        fallback = Breath() if breathing_step or default is None else default.breath
        for field, widget in self.breath.items():
            widget.set_default(float(getattr(fallback, field)))
            widget.show_value(_seconds(breath.get(field)))
        self.sides.setItemText(
            0,
            _("As the catalogue says: {sides}").format(
                sides=sides_label(default.sides).lower() if default is not None else "-"
            ),
        )
        show_combo(self.sides, raw.get("sides"))
        self._fill_fallback(ex, raw.get("if_it_hurts"))
        show_text(self.note, raw.get("note"))
        show_text(self.stop_note, raw.get("stop_note"))
        self.frequency.show_value(raw.get("frequency"))

    def _harder(self, base: Exercise) -> list[Exercise]:
        easier = {e.id for e in easier_in_order(self.catalogue, base.id)}
        ladder = self.catalogue.ladder(base.id) - easier - {base.id}
        return [self.catalogue[i] for i in sorted(ladder) if i in self.catalogue]

    def _fill_fallback(self, ex: Exercise | None, chosen: Any) -> None:
        combo = self.fallback
        combo.blockSignals(True)
        combo.clear()
        easier = easier_in_order(self.catalogue, ex.id) if ex is not None else []
        first = self.catalogue.first_regression(ex.id) if ex is not None else None
        combo.addItem(
            _("The catalogue's first easier drill: {name}").format(name=first.name)
            if first is not None
            else _("No easier drill: skipping it is offered"),
            None,
        )
        for other in easier:
            combo.addItem(self._icon(other), other.name, other.id)
        if chosen and combo.findData(chosen) < 0:  # not an easier variant: validate says why
            combo.addItem(str(chosen), chosen)
        combo.setEnabled(bool(easier) or bool(chosen))
        combo.blockSignals(False)
        show_combo(combo, chosen)

    def _icon(self, ex: Exercise) -> QIcon:
        at = moments(ex)[-1]
        return QIcon(figure_pixmap(ex, at, ICON, self.colors, self.devicePixelRatioF(), card=True))

    # -- problems -------------------------------------------------------------------------------

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        """What `validate` says of this step, each beside its field ('' for the step)."""
        shown: dict[int, list[str]] = {}
        general = list(by_field.get("", []))
        for field, texts in by_field.items():
            if not field:
                continue
            target = self.problems.get(field)
            if target is None:
                general += texts
            else:
                shown.setdefault(id(target), []).extend(texts)
        for target in set(self.problems.values()):
            target.say(shown.get(id(target), []))
        self.general.say(general)

    # -- editing --------------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> None:
        if self.draft is None or self.index < 0:
            return
        if self.draft.set_step_value(self.index, key, value):
            if key in ("variant", "clinician_chose"):
                self.show_step(self.draft, self.index)  # other defaults, other easier drills
            self.edited.emit()

    def _tempo(self) -> None:
        move, back = self.move_in.value_or_none(), self.come_back.value_or_none()
        if move is None and back is None:
            self._set("tempo", None)
            return
        default = resolve(self.exercise) if self.exercise is not None else None
        self._set(
            "tempo",
            {
                "move_s": move if move is not None else (default.move_s if default else 2.0),
                "return_s": back if back is not None else (default.return_s if default else 2.0),
            },
        )

    def _breath(self) -> None:
        if self.draft is None:
            return
        breathing_step = "breathing" in self.draft.steps()[self.index]
        default = (
            resolve(self.exercise).breath if self.exercise and not breathing_step else Breath()
        )
        values = {f: w.value_or_none() for f, w in self.breath.items()}
        if not breathing_step and all(v is None for v in values.values()):
            self._set("breath", None)
            return
        out: dict[str, Any] = {}
        for field in BREATH_FIELDS:
            value = values[field]
            value = getattr(default, field) if value is None else value
            if field.startswith("hold") and not value:
                continue
            out[field] = value
        self._set("breathing" if breathing_step else "breath", out)

    def _catalogue_dose(self) -> None:
        if self.draft is None:
            return
        changed = False
        for key in ("sets", "reps", "hold_s", "rest_s", "tempo", "duration_s", "breath", "sides"):
            changed = self.draft.set_step_value(self.index, key, None) or changed
        self.show_step(self.draft, self.index)
        if changed:
            self.edited.emit()


def _seconds(value: Any) -> float | None:
    """A number from the file ("2 min" is 120)."""
    if value is None:
        return None
    try:
        return float(seconds(value))
    except (ValueError, TypeError):
        return None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
