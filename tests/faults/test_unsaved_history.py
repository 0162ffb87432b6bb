"""1. A session done while the history cannot be written (a full disk, a read-only folder) is
never thrown away: the summary says it is not saved yet and where it is kept, closing asks, and
the next start adds it to the history."""

from __future__ import annotations

import sqlite3

from tests.helpers.app import make_harness
from tests.helpers.disks import fill, small_disk


def rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_full_disk_keeps_the_session_and_the_next_start_adds_it(qtbot, tmp_path):
    with small_disk(tmp_path / "disk", 1024) as disk:
        data = disk / "data"
        h = make_harness(qtbot, data)
        conn = h.service.log.connection
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no room left in the WAL file either
        filler = fill(disk)
        h.start_routine("quick-tour", checkins=False)
        h.run_to_end()

        log = h.service.log
        assert log.pending > 0
        where = log.kept_in
        assert where is not None
        assert not where.is_relative_to(disk)  # the full disk could not take it: elsewhere
        summary = h.sessions.summary_page()
        assert summary.unsaved.isVisible()
        note = summary.unsaved.text()
        assert "the disk is full" in note
        assert str(where) in note

        h.window.close()  # closing asks, and says where it is kept
        assert h.window.isVisible()
        box = h.prompts.current
        assert box is not None
        assert str(where) in box.text()
        [close] = [b for b in box.buttons() if b.text() == "Close anyway"]
        close.click()
        assert not h.window.isVisible()
        h.shell.shutdown()
        assert where.is_file()  # closed, and still kept

        filler.unlink()  # space again: the next start adds the session to the history
        h2 = make_harness(qtbot, data)
        assert h2.service.log.merged > 0
        db = data / "history.db"
        assert rows(db, "SELECT routine_id, status FROM sessions") == [("quick-tour", "completed")]
        assert [r[0] for r in rows(db, "SELECT step FROM drill_results ORDER BY step")] == [0, 1, 2]
        assert not where.exists()
        h2.shell.shutdown()


def test_closing_mid_session_asks_and_ending_keeps_what_was_done(qtbot, tmp_path):
    data = tmp_path / "data"
    h = make_harness(qtbot, data)
    h.start_routine("quick-tour", checkins=False)
    h.seek(1, "get_ready")
    h.window.close()  # Ctrl+Q, the window's close button: asked first
    assert h.window.isVisible()
    box = h.prompts.current
    assert box.objectName() == "confirm"
    [keep] = [b for b in box.buttons() if b.text() == "Keep going"]
    keep.click()
    assert h.window.isVisible()
    assert h.run is not None  # still running
    h.window.close()
    [end] = [b for b in h.prompts.current.buttons() if b.text() == "End and close"]
    end.click()
    assert not h.window.isVisible()
    h.shell.shutdown()
    assert rows(data / "history.db", "SELECT status FROM sessions") == [("stopped",)]
    assert rows(data / "history.db", "SELECT step, status FROM drill_results") == [
        (0, "done"),
        (1, "skipped"),
    ]
