"""The real app in a real X window (Xvfb, openbox) with the accessibility bus, as a person with a
keyboard and a screen reader meets the warning signs: what Orca reads, where it is on the
1366x768 screen, and that real key presses tick the boxes."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QRect

from sciatica_coach.core.safety import RED_FLAGS
from sciatica_coach.core.safety_words import red_flag_question
from tests.helpers import xdisplay
from tests.helpers.env import ROOT, app_command, isolated_env

SCREEN = QRect(0, 0, 1366, 768)
HURT = "Stop: this hurts"


def inside(node) -> bool:
    x, y, width, height = node["extents"]
    return SCREEN.contains(QRect(x, y, width, height))


@pytest.mark.slow
def test_warning_signs_are_read_as_check_boxes_and_ticked_by_real_keys(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    routine = ROOT / "routines" / "quick-tour.yaml"
    args = ("--data-dir", str(data), "--routine", str(routine), "--start")
    with xdisplay.x_session("1366x768x24", base_env=isolated_env(tmp_path)) as env:
        env.pop("QT_QPA_PLATFORM", None)
        env["QT_QPA_PLATFORM"] = "xcb"
        child = subprocess.Popen(
            app_command(*args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:

            def stop_button(nodes):
                return [
                    n
                    for n in nodes
                    if n["name"] == "Stop: this hurts" and n["role"] == "push button"
                ]

            # The session is under way: the Stop button is on screen, read by its words.
            [stop] = stop_button(
                xdisplay.read_accessibility_tree(
                    env, child.pid, timeout=30, until=lambda ns: bool(stop_button(ns))
                )
            )
            assert inside(stop)
            xdisplay.press_keys(env, "Sciatica Coach", "h")  # this hurts: the dialog opens
            xdisplay.press_keys(env, HURT, "3", "Tab", "2", "Return")  # back 3, leg 2, Next

            def boxes(nodes):
                return {n["name"]: n for n in nodes if n["role"] == "check box"}

            questions = [red_flag_question(f.id) for f in RED_FLAGS]
            nodes = xdisplay.read_accessibility_tree(
                env, child.pid, timeout=20, until=lambda ns: questions[0] in boxes(ns)
            )
            found = boxes(nodes)
            for question in questions:  # each sign read by its own words, on screen, unticked
                box = found[question]
                assert "showing" in box["states"], question
                assert "checked" not in box["states"], question
                assert inside(box), f"{question} at {box['extents']}"
            none = next(
                n for n in nodes if n["role"] == "push button" and n["name"] == "None of these"
            )
            assert inside(none)
            assert "focused" in found[questions[0]]["states"]  # the page starts on the first sign

            xdisplay.press_keys(env, HURT, "space", "Tab", "space")  # tick the first two
            nodes = xdisplay.read_accessibility_tree(
                env,
                child.pid,
                timeout=10,
                until=lambda ns: "checked" in boxes(ns)[questions[1]]["states"],
            )
            ticked = [q for q in questions if "checked" in boxes(nodes)[q]["states"]]
            assert ticked == questions[:2]
            xdisplay.press_keys(env, HURT, "space")  # and untick the second
            xdisplay.read_accessibility_tree(
                env,
                child.pid,
                timeout=10,
                until=lambda ns: "checked" not in boxes(ns)[questions[1]]["states"],
            )
        finally:
            child.kill()
            child.wait(timeout=30)
            if child.stderr is not None:
                child.stderr.close()
