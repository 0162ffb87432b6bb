"""The export gives a physio or a script everything in the log, in the documented shapes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sciatica_coach.storage.export import CSV_COLUMNS, export_json, write_csv
from sciatica_coach.storage.log import SessionLog
from sciatica_coach.storage.records import SessionEnd


@pytest.fixture
def filled(log: SessionLog, rec) -> dict[str, object]:
    """A session with a check-in, two drills and a hurt event; a level; a loose check-in."""
    start = rec.session()
    log.write(start)
    items = {
        "start": start,
        "checkin": rec.checkin(),
        "drills": [
            rec.drill(),
            rec.drill(step=1, status="stopped", started_at=rec.at(4), ended_at=rec.at(6)),
        ],
        "hurt": rec.hurt(),
        "level": rec.level(),
    }
    log.write(items["checkin"])
    for drill in items["drills"]:
        log.write(drill)
    log.write(items["hurt"])
    log.write(items["level"])
    log.write(SessionEnd(session_id=start.id, status="stopped", ended_at=rec.at(8)))
    return items


def test_json_has_the_documented_shape(log: SessionLog, rec, filled) -> None:
    start = filled["start"]
    exported = export_json(log)

    assert exported == {
        "sessions": [
            {
                "id": start.id,
                "routine": "disc-extension",
                "routine_title": "Disc / extension bias",
                "started_at": rec.at(0),
                "ended_at": rec.at(8),
                "status": "stopped",
                "resume_step": 0,
                "resumed_from": None,
                "speed": 1.0,
                "active_s": None,
                "routine_hash": rec.routine_hash,
                "checkins": [
                    {
                        "session_id": start.id,
                        "moment": "before",
                        "at": rec.at(0),
                        "back_pain": 4,
                        "leg_pain": 3,
                        "reach": "thigh",
                        "morning": None,
                    }
                ],
                "drills": [
                    {
                        "session_id": start.id,
                        "step": 0,
                        "exercise_id": "prone-mini-push-up",
                        "variant_id": "prone-mini-push-up",
                        "status": "done",
                        "sets_done": 1,
                        "started_at": rec.at(1),
                        "ended_at": rec.at(3),
                    },
                    {
                        "session_id": start.id,
                        "step": 1,
                        "exercise_id": "prone-mini-push-up",
                        "variant_id": "prone-mini-push-up",
                        "status": "stopped",
                        "sets_done": 1,
                        "started_at": rec.at(4),
                        "ended_at": rec.at(6),
                    },
                ],
                "hurt_events": [
                    {
                        "session_id": start.id,
                        "at": rec.at(5),
                        "step": 1,
                        "exercise_id": "double-knees-to-chest",
                        "variant_id": "single-knee-to-chest",
                        "set": 1,
                        "side": "left",
                        "rep": 4,
                        "phase": "move",
                        "elapsed_s": 301.5,
                        "pain": 6,
                        "reach": "below_knee",
                        "feelings": ["sharp", "numbness_tingling"],
                        "red_flags": [],
                        "suggestion": "regress",
                        "choice": "skip",
                        "variant_offered": "supine-knee-rock",
                        "back_pain": None,
                        "leg_pain": None,
                        "spread": None,
                        "event_id": None,
                    }
                ],
            }
        ],
        "checkins_without_session": [],
        "levels": [
            {
                "base_id": "double-knees-to-chest",
                "level_id": "single-knee-to-chest",
                "source": "stopped",
                "since": rec.at(6),
                "about_id": "double-knees-to-chest",
                "session_id": start.id,
            }
        ],
        "clinician_reviews": [],
    }
    assert json.loads(json.dumps(exported)) == exported  # plain JSON all the way down


def test_json_of_an_empty_log(log: SessionLog) -> None:
    assert export_json(log) == {
        "sessions": [],
        "checkins_without_session": [],
        "levels": [],
        "clinician_reviews": [],
    }


def test_csv_opens_with_dictreader_and_has_every_row(
    log: SessionLog, rec, filled, tmp_path: Path
) -> None:
    loose = rec.checkin(session_id=None, moment="morning_after", at=rec.at(60 * 24), morning="same")
    log.write(loose)
    out = tmp_path / "history.csv"

    assert write_csv(log, out) == 7

    with out.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    assert [r["record"] for r in rows] == [
        "session",
        "checkin",
        "drill",
        "drill",
        "hurt",
        "checkin",
        "level",
    ]
    session, checkin, drill, _, hurt, morning, level = rows
    start = filled["start"]
    assert session["session_id"] == start.id
    assert (session["status"], session["ended_at"], session["routine_title"]) == (
        "stopped",
        rec.at(8),
        "Disc / extension bias",
    )
    assert (checkin["session_id"], checkin["back_pain"], checkin["morning"]) == (start.id, "4", "")
    assert checkin["routine_id"] == "disc-extension"  # child rows say where they belong
    assert (drill["step"], drill["status"], drill["exercise_id"]) == (
        "0",
        "done",
        "prone-mini-push-up",
    )
    assert (hurt["pain"], hurt["feelings"], hurt["red_flags"], hurt["rep"]) == (
        "6",
        "sharp;numbness_tingling",
        "",
        "4",
    )
    assert (morning["session_id"], morning["morning"]) == ("", "same")
    assert (level["base_id"], level["level_id"], level["source"]) == (
        "double-knees-to-chest",
        "single-knee-to-chest",
        "stopped",
    )


def test_csv_file_starts_with_a_bom_for_spreadsheets(
    log: SessionLog, filled, tmp_path: Path
) -> None:
    out = tmp_path / "history.csv"
    write_csv(log, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfrecord,")


def test_csv_to_a_stream_is_plain_text(log: SessionLog, filled) -> None:
    stream = io.StringIO()
    write_csv(log, stream)
    text = stream.getvalue()
    assert text.startswith("record,session_id,")
    assert len(list(csv.DictReader(io.StringIO(text)))) == 6


def test_csv_text_cannot_run_as_a_spreadsheet_formula(log: SessionLog, rec) -> None:
    log.write(rec.session(routine_title='=HYPERLINK("http://example.com")'))
    stream = io.StringIO()
    write_csv(log, stream)
    [row] = csv.DictReader(io.StringIO(stream.getvalue()))
    assert row["routine_title"] == '\'=HYPERLINK("http://example.com")'
