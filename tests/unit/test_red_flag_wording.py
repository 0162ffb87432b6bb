"""One source for the warning signs: the red-flag table, never copies in routine files.

The app shows `warning_signs_summary()` beside every routine and asks the table's questions after
"Stop: this hurts". A routine or exercise text that repeats the signs drifts from the table (the
user test found "stop and seek advice" for bladder changes, which need an ambulance), so no
shipped text may mention them. The table itself must hold every sign of CLINICAL.md §4.
"""

from __future__ import annotations

import re

import pytest

from sciatica_coach import paths
from sciatica_coach.core.constraints import plain
from sciatica_coach.core.safety import RED_FLAGS, Urgency
from sciatica_coach.core.safety_words import red_flag_question
from sciatica_coach.core.shipped import load_shipped, shipped_files

E, D, S = Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON

# CLINICAL.md §4, item by item: (the sign, its id in the table, its level, words the question uses)
CLINICAL_4 = [
    ("Numbness around the genitals or anus (saddle area)", "saddle", E, ["genitals", "bottom"]),
    ("New difficulty urinating or loss of control", "bladder", E, ["new", "pee", "leaking"]),
    ("New loss of bowel awareness or control", "bowel", E, ["new", "bowels"]),
    ("New sexual dysfunction", "sexual", E, ["new", "genitals", "erection"]),
    ("Sciatica in both legs", "both_legs", E, ["both legs"]),
    ("Weakness or numbness in both legs, getting worse", "both_legs_weak", E, ["getting worse"]),
    ("FAST: face or arm numb or weak, drooping face, speech", "face_arm_speech", E, ["speaking"]),
    ("Severe back pain with sudden nausea (S4)", "pain_nausea", E, ["sudden nausea"]),
    ("Back pain after a serious accident", "accident", E, ["accident", "car crash", "fall"]),
    ("Progressive weakness in one leg, e.g. foot drop", "foot_drop", D, ["weaker", "foot"]),
    ("Fever or systemically unwell with back pain", "fever", D, ["fever", "unwell"]),
    ("Unremitting night pain, unexplained weight loss", "night_weight", S, ["night", "weight"]),
    ("Cancer, osteoporosis, steroids, age <20 or >50", "history", S, ["cancer", "steroids"]),
]


@pytest.mark.parametrize(("sign", "flag_id", "urgency", "words"), CLINICAL_4)
def test_the_table_asks_every_sign_of_clinical_4_at_its_level(sign, flag_id, urgency, words):
    table = {f.id: f.urgency for f in RED_FLAGS}
    assert table.get(flag_id) is urgency, sign
    question = red_flag_question(flag_id).lower()
    for word in words:
        assert word in question, (sign, word)


def test_the_table_holds_nothing_else():
    assert [f.id for f in RED_FLAGS] == [flag_id for _, flag_id, _, _ in CLINICAL_4]


def test_face_and_arm_signs_are_their_own_emergency_question():
    question = red_flag_question("face_arm_speech").lower()
    assert "back" not in question
    assert {"face", "arm"} <= set(re.findall(r"[a-z]+", question))
    assert "sudden" in question


# Terms that mean a text is describing a warning sign or urgent care.
RED_FLAG_TERMS = [
    r"bladder",
    r"bowel",
    r"saddle",
    r"genital",
    r"(?:in|down|into|affecting) both legs",
    r"nause",
    r"fever",
    r"stomach",
    r"\bjaw\b",
    r"(?:face|arms?)\b[^.]{0,30}\b(?:numb|tingl|weak)",
    r"(?:numb|tingl|weak)\w*[^.]{0,30}\b(?:face|arms?)\b",
    r"drooping",
    r"speech|speaking",
    r"\b999\b",
    r"\b111\b",
    r"\bA&E\b",
    r"emergenc",
    r"urgent",
    r"sexual|erection|ejaculat",
    r"incontinen|\burin",
    r"foot drop",
    r"cancer",
    r"weight loss",
    r"steroid",
    r"osteopor",
    r"red.flag",
    r"unwell",
    r"stroke",
    r"accident",
    r"immun",
    r"sudden",
    r"seek (?:professional )?(?:help|advice)",
]
_TERMS = re.compile("|".join(f"(?:{t})" for t in RED_FLAG_TERMS), re.IGNORECASE)


def red_flag_mentions(text: str) -> list[str]:
    return [m.group(0) for m in _TERMS.finditer(text)]


@pytest.mark.parametrize(
    "old",
    [
        "Get urgent help for symptoms in both legs, numbness in the saddle area, or new bladder or "
        "bowel problems.",
        "Stop and seek advice if you notice numbness or tingling in the face, head, jaw or arms, "
        "an upset stomach, or abnormal bowel or bladder function.",
        "Know the warning signs: sudden much worse pain, sudden loss of strength or feeling in a "
        "limb, back pain with severe nausea or a high fever.",
        "Call 999 or go to A&E.",
        "Tingling in your arms.",
    ],
)
def test_the_detector_finds_the_old_copies(old):
    assert red_flag_mentions(old)


@pytest.mark.parametrize(
    "fine",
    [
        "Lie face down on a mat, hands flat beside your shoulders and elbows bent.",
        "Draw both legs in toward your chest.",
        "Lie on your back with both legs resting straight on the floor.",
        "Stop if symptoms spread further down the leg, or you feel tingling.",
        "Know the warning signs (Help > Safety); consider supervision for the first few weeks.",
    ],
)
def test_the_detector_leaves_ordinary_cues_alone(fine):
    assert red_flag_mentions(fine) == []


def _strings(value: object, where: str):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _strings(item, f"{where}[{i}]")


def shipped_texts() -> list[tuple[str, str]]:
    """Every string of every shipped routine and exercise, as loaded (what the app shows)."""
    lib = load_shipped()
    assert lib.ok, lib.problems
    texts = []
    for ex_id, ex in lib.catalogue.exercises.items():
        texts += _strings(plain(ex), f"exercise {ex_id}")
    for routine_id, entry in lib.routines.items():
        texts += _strings(plain(entry.routine), f"routine {routine_id}")
    return texts


def test_no_shipped_routine_or_exercise_text_repeats_the_warning_signs():
    texts = shipped_texts()
    fields = {where.split(".", 1)[1].split("[")[0] for where, _ in texts if "." in where}
    assert {"title", "summary", "audience", "cautions", "caution", "cues", "purpose"} <= fields
    found = [(where, red_flag_mentions(text)) for where, text in texts if red_flag_mentions(text)]
    assert not found, "\n".join(f"{where}: {terms}" for where, terms in found)


def test_no_shipped_file_repeats_them_in_comments_either():
    files = shipped_files()
    assert len(files) > 5
    assert all(paths.routines_dir() in f.parents for f in files)
    found = [
        f"{f.name}:{n}: {red_flag_mentions(line)}"
        for f in files
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
        if red_flag_mentions(line)
    ]
    assert not found, "\n".join(found)
