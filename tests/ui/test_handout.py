"""The handout, read back from the PDF as a person (or pdftotext) reads it: every shipped
routine's, each drill's name and dose on one page with its figures, never split across pages,
and the warning signs on the first page; A4 or Letter; `sciatica-coach handout` writes it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections import Counter

import pytest

from sciatica_coach import cli, paths
from sciatica_coach.core.models import Kind
from sciatica_coach.core.plan import build_plan
from sciatica_coach.core.plan_words import capital, dose_words
from sciatica_coach.core.safety import RED_FLAGS
from sciatica_coach.core.safety_words import red_flag_question
from sciatica_coach.core.shipped import load_routine_file, load_shipped
from sciatica_coach.ui.handout import draw_handout, paginate, write_handout
from tests.helpers.env import ROOT

SHIPPED = sorted(load_shipped().routines)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is missing (apt-get install poppler-utils)")
    return found


def page_texts(pdf) -> list[str]:
    """Each page's words, one space between them."""
    out = subprocess.run(
        [tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # NFKC: the PDF's "ﬁ" and "ﬀ" ligatures read as the letters they are
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in out.split("\f")[:-1]]


def images_per_page(pdf) -> Counter[int]:
    listed = subprocess.run(
        [tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return Counter(int(row.split()[0]) for row in listed if row.split()[2] == "image")


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("routine_id", SHIPPED)
def test_each_drill_is_whole_on_one_page_with_its_name_dose_and_figures(
    shipped, tmp_path, routine_id
):
    routine = shipped.routine(routine_id)
    plan = build_plan(routine, shipped.catalogue)
    pdf = tmp_path / f"{routine_id}.pdf"
    layout = draw_handout(routine, shipped.catalogue, pdf)
    texts = page_texts(pdf)
    assert len(texts) == len(layout)
    pictures = images_per_page(pdf)
    for number, page in enumerate(texts, start=1):
        assert f"page {number} of {len(texts)}" in page
    wanted: Counter[int] = Counter()
    for drill in plan.drills:
        on = [i for i, steps in enumerate(layout) if drill.step in steps]
        assert len(on) == 1, f"step {drill.step + 1} is on pages {on}"
        page = texts[on[0]]
        heading = f"{drill.step + 1}. {drill.title}"
        assert heading in page
        assert words(capital(dose_words(drill))) in page
        # Not split: the block's last words are on the page of its heading, and the heading
        # on no other page.
        assert words(drill.exercise.caution)[-40:] in page
        assert sum(heading in other for other in texts) == 1
        wanted[on[0] + 1] += 1 if drill.exercise.kind is Kind.BREATHING else 2
    assert pictures == wanted  # a start and an end figure for each drill, one for a breath


def test_the_first_page_says_who_how_often_and_the_warning_signs(shipped, tmp_path):
    lib, routine = load_routine_file(ROOT / "docs" / "examples" / "prescription.yaml")
    assert routine is not None
    pdf = tmp_path / "rx.pdf"
    write_handout(routine, lib.catalogue, pdf)
    first, *rest = page_texts(pdf)
    assert "For: A. B." in first
    assert "How often: Every 2 to 3 hours while awake" in first
    assert "Questions: Sam (physio), 01234 567890" in first
    assert "Stop and ring me if the tingling reaches your foot." in first
    for flag in RED_FLAGS:
        assert words(red_flag_question(flag.id)) in first
    every = " ".join([first, *rest])
    assert "Side: left leg only" in every
    easier = lib.catalogue["prone-on-elbows"].name
    assert f"If it hurts, the easier drill is: {easier}" in every
    assert "Your physio says: If the leg pain spreads below your knee" in every


def test_letter_and_a4_paper(shipped, tmp_path):
    routine = shipped.routine("quick-tour")
    sizes = {}
    for paper in ("a4", "letter"):
        pdf = tmp_path / f"{paper}.pdf"
        write_handout(routine, shipped.catalogue, pdf, paper=paper)  # type: ignore[arg-type]
        info = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True).stdout
        sizes[paper] = next(line for line in info.splitlines() if line.startswith("Page size"))
    assert "595" in sizes["a4"]
    assert "842" in sizes["a4"]
    assert "612 x 792" in sizes["letter"]


def test_pages_break_between_blocks():
    assert paginate([30, 30, 30], 100, gap=5) == [[0, 1, 2]]
    assert paginate([60, 30, 30], 100, gap=5) == [[0, 1], [2]]
    assert paginate([150, 20], 100) == [[0], [1]]  # too tall: a page of its own
    assert paginate([], 100) == []


def test_a_file_that_cannot_be_written_leaves_nothing(shipped, tmp_path):
    with pytest.raises(FileNotFoundError, match="no such folder"):
        write_handout(shipped.routine("quick-tour"), shipped.catalogue, tmp_path / "no" / "x.pdf")
    assert not list(tmp_path.iterdir())


def test_the_command_writes_it_and_refuses_a_bad_file(tmp_path, capsys):
    out = tmp_path / "tour.pdf"
    source = paths.routines_dir() / "quick-tour.yaml"
    assert cli.main(["handout", str(source), "--out", str(out), "--paper", "letter"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "wrote" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\ntitle: Bad\nsteps:\n  - exercise: no-such-drill\n")
    assert cli.main(["handout", str(bad), "--out", str(tmp_path / "bad.pdf")]) == 2
    assert "unknown exercise 'no-such-drill'" in capsys.readouterr().out
    assert not (tmp_path / "bad.pdf").exists()
