"""6. A routine file opened while the disk is full opens now, and no half copy is kept: the
next start never shows a physio's four-drill routine as two drills."""

from __future__ import annotations

import textwrap

from PySide6.QtWidgets import QMessageBox

from tests.helpers.app import make_harness
from tests.helpers.disks import fill, small_disk

FOUR = textwrap.dedent(
    """\
    schema_version: 1
    id: physio-four
    title: From my physio
    summary: Four drills chosen for one person.
    bias: mixed
    audience: J. D.
    sources: [001_ee699b751415854c.txt]
    steps:
      - exercise: bird-dog
      - exercise: knee-to-chest
      - exercise: side-lying-clamshell
      - breathing: {inhale_s: 4, exhale_s: 6, cycles: 2}
    """
)


def test_a_copy_that_cannot_be_written_whole_is_not_kept(qtbot, tmp_path):
    physio = tmp_path / "usb" / "physio-four.yaml"
    physio.parent.mkdir()
    physio.write_text(FOUR * 1 + "# " + "a long note from the physio. " * 400 + "\n")
    with small_disk(tmp_path / "disk", 256) as disk:
        data = disk / "data"
        h = make_harness(qtbot, data)
        (data / "routines").mkdir()
        fill(disk)
        assert h.open_routine_file(physio) == "physio-four"  # opens now
        assert "physio-four" in {c.card.id for c in h.window.home.cards}
        box = h.window.findChild(QMessageBox, "copyFailed")
        assert box is not None
        assert "could not be kept" in box.text()
        assert list((data / "routines").iterdir()) == []  # no half file, no temporary file
        h.shell.shutdown()
