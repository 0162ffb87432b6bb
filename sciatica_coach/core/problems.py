"""Problems found in a routine or exercise file: plain records the CLI prints and the UI shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file: where it is and what to do about it."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = self.field or "(file)"
        return f"{where}: {field}: {self.message}"


class RoutineFileError(Exception):
    """A file (or a set of files) was rejected whole; `problems` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def step_label(index: int, doc: Any) -> str:
    """'step 3 (bird-dog)' for the routine's steps[2]: numbered from 1, with its drill."""
    drill = ""
    try:
        step = doc["steps"][index]
        drill = str(step.get("exercise") or ("breathing" if "breathing" in step else ""))
    except (KeyError, IndexError, TypeError, AttributeError):
        pass
    return f"step {index + 1} ({drill})" if drill else f"step {index + 1}"
