"""Write the whole log out for a physio or a script (`sciatica-coach export`, DESIGN.md §6).

JSON (`export_json`): `{"sessions": [{"id", "routine", "routine_title", "started_at", "ended_at",
"status", "resume_step", "resumed_from", "speed", "active_s", "routine_hash", "checkins": [...],
"drills": [...], "hurt_events": [...]}], "checkins_without_session": [...], "levels": [...],
"clinician_reviews": [...]}`, sessions oldest first, `routine` the routine id, each list item the
row's fields (lists as JSON lists).

CSV (`write_csv`): one tidy long table a spreadsheet opens directly. The `record` column says what
a row is (`session`, `checkin`, `drill`, `hurt`, `level`, `clinician_review`), the other columns
are the union of the records' fields, blank where they do not apply. Each session row is followed
by its check-ins, drills and hurt events, which repeat the session's routine id and title so a
filtered row still says where it belongs; then check-ins tied to no session; then each drill's
current level. Lists are joined with ";". Written to a path, the file is UTF-8 with a byte-order
mark so that Excel reads accents correctly. Text cells that a spreadsheet would run as a formula
(starting with = + - @) get a leading apostrophe: routine titles come from shared files.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar

from ..core.constraints import plain
from .files import write_atomically
from .records import Record

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from .port import LogReader
    from .records import CheckIn, DrillResult, HurtEvent

ExportFormat = Literal["json", "csv"]

CSV_COLUMNS = (
    "record",
    "session_id",
    "routine_id",
    "routine_title",
    "routine_hash",
    "status",
    "started_at",
    "ended_at",
    "at",
    "resume_step",
    "speed",
    "resumed_from",
    "active_s",
    "moment",
    "back_pain",
    "leg_pain",
    "reach",
    "morning",
    "step",
    "exercise_id",
    "variant_id",
    "sets_done",
    "set",
    "side",
    "rep",
    "phase",
    "elapsed_s",
    "pain",
    "feelings",
    "red_flags",
    "suggestion",
    "choice",
    "variant_offered",
    "spread",
    "event_id",
    "base_id",
    "level_id",
    "about_id",
    "since",
    "source",
    "red_flag_session_id",
)
R = TypeVar("R", bound=Record)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def profile_of(log: object, profile: str | None = None) -> str | None:
    """The profile an export or a report names: the one given, or the log's own (a computer
    with several profiles); None for one person's history, which names nobody."""
    if profile is not None:
        return profile
    named = getattr(log, "profile", None)
    return named if isinstance(named, str) else None


def export_json(log: LogReader, profile: str | None = None) -> dict[str, Any]:
    """Everything per session, then what belongs to no session, as plain JSON-ready data; with
    several profiles on the computer, whose it is first (`"profile"`)."""
    checkins, drills, hurts = _by_session(log)
    named = profile_of(log, profile)
    head: dict[str, Any] = {} if named is None else {"profile": named}
    return head | {
        "sessions": [
            {
                "id": s.id,
                "routine": s.routine_id,
                "routine_title": s.routine_title,
                "started_at": s.started_at,
                "ended_at": s.ended_at,
                "status": s.status,
                "resume_step": s.resume_step,
                "resumed_from": s.resumed_from,
                "speed": s.speed,
                "active_s": s.active_s,
                "routine_hash": s.routine_hash,
                "checkins": [plain(c) for c in checkins.get(s.id, [])],
                "drills": [plain(d) for d in drills.get(s.id, [])],
                "hurt_events": [plain(h) for h in hurts.get(s.id, [])],
            }
            for s in log.sessions()
        ],
        "checkins_without_session": [plain(c) for c in checkins.get(None, [])],
        "levels": [plain(lv) for lv in log.levels().values()],
        "clinician_reviews": [plain(r) for r in log.clinician_reviews()],
    }


def export_text(log: LogReader, fmt: ExportFormat, profile: str | None = None) -> str:
    """The whole log as JSON or CSV text: the one writer the command line, the menu and the
    History page share."""
    if fmt == "json":
        return json.dumps(export_json(log, profile), indent=1, ensure_ascii=False) + "\n"
    buffer = io.StringIO()
    _write(log, buffer, profile)
    return buffer.getvalue()


def write_export(log: LogReader, path: Path, fmt: ExportFormat, profile: str | None = None) -> None:
    """Write the export to `path` without ever leaving a half-written file there.

    The text goes to a temporary file beside it, is flushed to disk, then renamed over `path`;
    a full disk or a read-only folder raises OSError and an existing file stays as it was."""
    data = export_text(log, fmt, profile).encode("utf-8-sig" if fmt == "csv" else "utf-8")
    write_atomically(path, data)


def write_csv(log: LogReader, out: str | Path | IO[str], profile: str | None = None) -> int:
    """Write the long table to a path or an open text stream; return the number of data rows."""
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8-sig", newline="") as stream:
            return _write(log, stream, profile)
    return _write(log, out, profile)


def _write(log: LogReader, stream: IO[str], profile: str | None = None) -> int:
    """The table; with several profiles, a last column names whose it is on every row."""
    named = profile_of(log, profile)
    columns = CSV_COLUMNS if named is None else (*CSV_COLUMNS, "profile")
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in _rows(log):
        if named is not None:
            row["profile"] = _cell(named)
        writer.writerow(row)
        count += 1
    return count


def _rows(log: LogReader) -> Iterator[dict[str, object]]:
    checkins, drills, hurts = _by_session(log)
    for s in log.sessions():
        fields = asdict(s)
        session_id = fields.pop("id")
        yield _row("session", fields, session_id=session_id)
        context = {"routine_id": s.routine_id, "routine_title": s.routine_title}
        for kind, children in (
            ("checkin", checkins.get(s.id, [])),
            ("drill", drills.get(s.id, [])),
            ("hurt", hurts.get(s.id, [])),
        ):
            for child in children:
                yield _row(kind, asdict(child), **context)
    for checkin in checkins.get(None, []):
        yield _row("checkin", asdict(checkin))
    for level in log.levels().values():
        yield _row("level", asdict(level))
    for review in log.clinician_reviews():
        yield _row("clinician_review", asdict(review))


def _row(record: str, fields: dict[str, Any], **extra: object) -> dict[str, object]:
    row: dict[str, object] = {"record": record}
    for name, value in {**fields, **extra}.items():
        row[name] = _cell(value)
    return row


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        value = ";".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _by_session(
    log: LogReader,
) -> tuple[
    dict[str | None, list[CheckIn]],
    dict[str | None, list[DrillResult]],
    dict[str | None, list[HurtEvent]],
]:
    """All child rows fetched once and grouped, rather than three queries per session."""
    return _group(log.checkins()), _group(log.drills()), _group(log.hurt_events())


def _group(records: Iterable[R]) -> dict[str | None, list[R]]:
    grouped: dict[str | None, list[R]] = {}
    for record in records:
        grouped.setdefault(getattr(record, "session_id", None), []).append(record)
    return grouped
