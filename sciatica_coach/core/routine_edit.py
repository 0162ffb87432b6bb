"""A routine being written in the app: the routine editor's model, without Qt.

The draft *is* the YAML document (ruamel's round-trip tree) and every change is made in place,
so a hand-written file keeps its comments, its order and its quoting, and what is saved is
exactly what was checked (`draft_check` checks it with `validate`'s own checks and times it).
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.tokens import CommentToken

from . import yaml_io
from .models import SCHEMA_VERSION, seconds
from .problems import Problem, RoutineFileError

ROUTINE_KEYS = (
    "schema_version",
    "id",
    "title",
    "summary",
    "bias",
    "audience",
    "for",
    "frequency",
    "contact",
    "cautions",
    "sources",
    "steps",
)
"""The order the editor puts a routine's fields in (a hand-written file keeps its own)."""
STEP_KEYS = (
    "breathing",
    "exercise",
    "variant",
    "clinician_chose",
    "title",
    "sets",
    "reps",
    "hold_s",
    "rest_s",
    "tempo",
    "duration_s",
    "breath",
    "sides",
    "if_it_hurts",
    "note",
    "stop_note",
    "frequency",
)
NEW_FILE_COMMENT = (
    "Written with Sciatica Coach's routine editor; a person can read and change it too.\n"
    "Check it with: sciatica-coach validate FILE"
)
STEP_COMMENT_INDENT = 2


def _dumper() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 100
    return yaml


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {}) or (isinstance(value, str) and not value.strip())


def _number(value: Any) -> Any:
    """30.0 is written 30: what a person would type."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _node(value: Any) -> Any:
    """A plain value as a node of the document: small mappings and lists of numbers on one line
    (`tempo: {move_s: 2, return_s: 2}`), lists of sentences one per line."""
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = _node(item)
        node.fa.set_flow_style()
        return node
    if isinstance(value, list | tuple):
        seq = CommentedSeq(_node(v) for v in value)
        if all(isinstance(v, int | float) for v in value):
            seq.fa.set_flow_style()
        else:
            seq.fa.set_block_style()
        return seq
    if isinstance(value, str):
        return value.strip()
    return _number(value)


def _same(current: Any, value: Any) -> bool:
    """The document already says this (a duration in words counts as its seconds)."""
    plain = yaml_io.to_plain(current)
    if plain == value:
        return True
    try:
        return bool(seconds(plain) == seconds(value))
    except (ValueError, TypeError):
        return False


def _set(node: CommentedMap, key: str, value: Any, order: tuple[str, ...]) -> bool:
    """Set, replace or remove (an empty value) `key`, keeping the comments of the rest. A new key
    goes after the last key that comes before it in `order`. True if the document changed."""
    if _empty(value):
        if key in node:
            del node[key]
            return True
        return False
    if key in node:
        if _same(node[key], value):
            return False
        node[key] = _node(value)
        return True
    rank = order.index(key) if key in order else len(order)
    position = 0
    for index, existing in enumerate(node):
        if (order.index(existing) if existing in order else len(order)) <= rank:
            position = index + 1
    node.insert(position, key, _node(value))
    return True


class Draft:
    """A routine in the making: the document, and the file name messages refer to."""

    def __init__(self, doc: CommentedMap, name: str) -> None:
        self.doc = doc
        self.name = name

    @classmethod
    def new(cls, name: str = "new-routine.yaml") -> Draft:
        doc = CommentedMap()
        doc["schema_version"] = SCHEMA_VERSION
        steps = CommentedSeq()
        steps.fa.set_flow_style()
        doc["steps"] = steps
        doc.yaml_set_start_comment(NEW_FILE_COMMENT)
        return cls(doc, name)

    @classmethod
    def from_text(cls, text: str, name: str) -> Draft:
        """A routine file to edit, read with the same safety checks as any routine file."""
        doc = yaml_io.parse(text, name, keep_quotes=True)
        if not isinstance(doc, CommentedMap) or not isinstance(doc.get("steps"), CommentedSeq):
            raise RoutineFileError(
                [Problem(name, 1, "steps", "this file is not a routine (it has no list of steps)")]
            )
        _hoist_step_comments(doc)
        return cls(doc, name)

    def text(self) -> str:
        out = io.StringIO()
        _dumper().dump(self.doc, out)
        return out.getvalue()

    # -- the routine's own fields -------------------------------------------------------------

    def value(self, key: str) -> Any:
        return yaml_io.to_plain(self.doc.get(key))

    def set_value(self, key: str, value: Any) -> bool:
        return _set(self.doc, key, value, ROUTINE_KEYS)

    # -- steps --------------------------------------------------------------------------------

    @property
    def _steps(self) -> CommentedSeq:
        steps = self.doc.get("steps")
        if not isinstance(steps, CommentedSeq):
            steps = CommentedSeq()
            self.set_value("steps", [])
            self.doc["steps"] = steps
        return steps

    def steps(self) -> list[dict[str, Any]]:
        """Each step as plain data (a step that is not a mapping reads as empty)."""
        return [yaml_io.to_plain(s) if isinstance(s, CommentedMap) else {} for s in self._steps]

    def step_value(self, index: int, key: str) -> Any:
        step = self._steps[index]
        return yaml_io.to_plain(step.get(key)) if isinstance(step, CommentedMap) else None

    def set_step_value(self, index: int, key: str, value: Any) -> bool:
        step = self._steps[index]
        if not isinstance(step, CommentedMap):
            return False
        return _set(step, key, value, STEP_KEYS)

    def add_step(self, exercise_id: str, at: int | None = None) -> int:
        """A new step running `exercise_id` on its catalogue dose; returns its index."""
        steps = self._steps
        steps.fa.set_block_style()
        step = CommentedMap()
        step["exercise"] = exercise_id
        index = len(steps) if at is None else max(0, min(at, len(steps)))
        steps.insert(index, step)
        return index

    def remove_step(self, index: int) -> None:
        del self._steps[index]

    def move_step(self, index: int, to: int) -> None:
        """Move a step, with the comment lines written above it."""
        steps = self._steps
        to = max(0, min(to, len(steps) - 1))
        if to == index:
            return
        comment = steps.ca.items.pop(index, None)
        step = steps[index]
        del steps[index]
        steps.insert(to, step)
        if comment is not None:
            steps.ca.items[to] = comment


def _hoist_step_comments(doc: CommentedMap) -> None:
    """Attach the comment lines written above each step to that step.

    ruamel keeps a full-line comment with whatever came before it: the `steps:` key for the
    first step, the last field of the step above for the others. Moved there, a step moved
    up or down would leave its comment behind, above another drill."""
    steps = doc["steps"]
    for index in range(len(steps)):
        lines = _take_comment_above(doc, steps, index)
        if lines:
            steps.yaml_set_comment_before_after_key(
                index, before="\n".join(lines), indent=STEP_COMMENT_INDENT
            )


def _take_comment_above(doc: CommentedMap, steps: CommentedSeq, index: int) -> list[str]:
    if index == 0:
        found: list[str] = []
        entry = doc.ca.items.get("steps")
        tokens = entry[3] if entry and len(entry) > 3 else None
        if tokens:
            found = _comment_lines(tokens)
            entry[3] = None
            if steps.ca.comment and len(steps.ca.comment) > 1:
                steps.ca.comment[1] = None
        return found
    holder = _last_field(steps[index - 1])
    if holder is None:
        return []
    node, key = holder
    entry = node.ca.items.get(key)
    token = entry[2] if entry and len(entry) > 2 else None
    if not isinstance(token, CommentToken):
        return []
    inline, _newline, rest = token.value.partition("\n")
    lines = _comment_lines([rest])
    if not lines:
        return []
    if inline.strip():
        token.value = inline + "\n"
    else:
        entry[2] = None
    return lines


def _last_field(node: Any) -> tuple[CommentedMap, Any] | None:
    """The mapping and key that the line after a block node is attached to."""
    while isinstance(node, CommentedMap) and len(node):
        key = list(node)[-1]
        value = node[key]
        if isinstance(value, CommentedMap | CommentedSeq) and not value.fa.flow_style():
            if isinstance(value, CommentedSeq):
                return None  # a list at the end of a step: rare; its comments stay put
            node = value
            continue
        return node, key
    return None


def _comment_lines(tokens: list[Any]) -> list[str]:
    lines = []
    for token in tokens:
        text = token.value if isinstance(token, CommentToken) else str(token or "")
        for line in text.splitlines():
            stripped = line.strip()
            if stripped.startswith("#"):
                lines.append(stripped[1:].strip())
    return lines
