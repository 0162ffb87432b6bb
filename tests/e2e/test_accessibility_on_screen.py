"""The real app in a real X window with the accessibility bus, read through AT-SPI as Orca reads
it, and driven by real key presses: home, the player, "Stop: this hurts", the summary and History.

On each: nothing a person can operate is nameless, every label's words are in its name (Qt
hands a label to AT-SPI by its name only), and during reps the count is a progress bar whose
value is the rep. At the end the app quits cleanly (its Python-made accessibility interfaces
are handed back before the interpreter stops).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.helpers import xdisplay
from tests.helpers.a11y import says
from tests.helpers.env import ROOT, app_command, isolated_env

MAIN = "Sciatica Coach"
HURT = "Stop: this hurts"
CHECKIN = "Check-in"
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "slider",
    "page tab",
    "progress bar",
    "table",
}


def showing(nodes):
    return [n for n in nodes if "showing" in n["states"]]


def problems(nodes) -> list[str]:
    found = []
    for node in showing(nodes):
        role, name = node["role"], node["name"].strip()
        if role in INTERACTIVE and not name:
            found.append(f"a {role} with no name at {node['extents']}")
        text = (node["text"] or "").strip()
        if role == "label" and text and not says(name, text):
            found.append(f"label {text[:60]!r} is read {name!r}")
    return found


def reads(nodes, *words: str) -> list[str]:
    """The words no shown label is read by (a label's text reaches AT-SPI only as its name,
    so a fixed name like "Pain trend" hides what it shows)."""
    names = [n["name"] for n in showing(nodes) if n["role"] == "label"]
    return [w for w in words if not any(w in name for name in names)]


def count_bar(nodes):
    bars = [n for n in showing(nodes) if n["role"] == "progress bar"]
    return next((n for n in bars if n["name"].startswith("Rep ")), None)


def named(nodes, role, name):
    return [n for n in showing(nodes) if n["role"] == role and n["name"] == name]


@pytest.mark.slow
def test_a_screen_reader_reads_every_page_and_the_count(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1, "first_run_seen": true}')
    routine = ROOT / "routines" / "quick-tour.yaml"
    # At real speed a move lasts 2 s, long enough for a whole tree to be read inside one (at
    # four times speed it lasted half a second, and on a busy machine every read missed it).
    args = ("--data-dir", str(data), "--routine", str(routine))
    with xdisplay.x_session("1366x768x24", base_env=isolated_env(tmp_path)) as env:
        env["QT_QPA_PLATFORM"] = "xcb"
        child = subprocess.Popen(
            app_command(*args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        read = lambda until=None, timeout=30: xdisplay.read_accessibility_tree(  # noqa: E731
            env, child.pid, timeout=timeout, until=until
        )
        try:
            start = "Start Quick tour (2 minutes)"
            home = read(lambda ns: bool(named(ns, "push button", start)))
            assert problems(home) == [], "home"
            assert reads(home, "Choose a routine", "Quick tour (2 minutes)") == []

            # Keyboard only: Tab to the quick tour's Start (the screen reader follows the
            # focus), Enter, skip the check-in with Esc.
            for _ in range(30):
                xdisplay.press_keys(env, MAIN, "Tab")
                if "focused" in named(read(), "push button", start)[0]["states"]:
                    break
            else:
                pytest.fail(f"Tab never reached {start!r}")
            xdisplay.press_keys(env, MAIN, "Return")
            xdisplay.press_keys(env, CHECKIN, "Escape")
            # Wait for a move to be read (six of 2 s each, after the get-ready).
            moving = lambda ns: count_bar(ns) is not None and not reads(ns, "Move")  # noqa: E731
            player = read(moving, timeout=60)
            assert problems(player) == [], "player"
            # The drill, its position, the cue and the time left, as they show.
            assert reads(player, "Bird dog", "Kneel on a mat", "Move", "left") == []
            bar = count_bar(player)
            rep = int(re.match(r"Rep (\d+) of \d+", bar["name"]).group(1))
            assert bar["value"] == rep  # the count as a value, not only in words
            assert named(player, "push button", HURT)

            xdisplay.press_keys(env, MAIN, "h")
            hurt = read(lambda ns: len(named(ns, "radio button", "10")) == 2)
            assert problems(hurt) == [], "hurt dialog"
            assert reads(hurt, "What do you feel during bird dog?") == []
            assert named(hurt, "push button", "Next")
            xdisplay.press_keys(env, HURT, "3", "Tab", "2", "Return", "Return")
            choice = read(lambda ns: any("(suggested)" in n["name"] for n in showing(ns)))
            assert problems(choice) == [], "hurt dialog: what now"
            xdisplay.press_keys(env, HURT, "Return")

            xdisplay.press_keys(env, MAIN, "ctrl+e")
            xdisplay.press_keys(env, CHECKIN, "Escape")
            summary = read(lambda ns: bool(named(ns, "push button", "Back to routines")))
            assert problems(summary) == [], "summary"
            assert reads(summary, "Session ended early", "drills done") == []

            xdisplay.press_keys(env, MAIN, "ctrl+h")
            history = read(lambda ns: bool(named(ns, "label", "History")))
            assert problems(history) == [], "history"
            assert reads(history, "No pain scores in this period", "Minutes practised") == []

            xdisplay.press_keys(env, MAIN, "ctrl+q")
            assert child.wait(timeout=30) == 0  # quits cleanly, no crash on the way out
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=30)
            elif child.stderr is not None:  # it ended by itself: what it said (shown on failure)
                said = child.stderr.read()[-4000:].decode(errors="replace")
                sys.stderr.write(f"the app exited with {child.returncode}: {said}\n")
            if child.stderr is not None:
                child.stderr.close()
