"""`sciatica-coach plan FILE | head -1`: the reader goes away, and the program ends quietly.

`head` exits after its line; our next write to the pipe fails with BrokenPipeError (Python
ignores SIGPIPE). That must not print a traceback, nor "Exception ignored ... BrokenPipeError"
from the interpreter's last flush. The exit code is 141, what a shell reports for a program
ended by SIGPIPE, so that `set -o pipefail` does not take cut-short output for success.

The reader here is gone before the program writes its first byte: the strictest case of
`| head -1`, and the only one that does not depend on the pipe's buffer size (the outputs here
would fit in it, and a real `head` might lose the race and show nothing wrong).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.env import ROOT, app_command, working_tree_env

EXIT_BROKEN_PIPE = 141
QUICK_TOUR = str(ROOT / "routines" / "quick-tour.yaml")
CONSOLE_SCRIPT = [sys.executable, "-c", "import sys; from sciatica_coach.cli import main; "
                  "sys.exit(main())"]  # fmt: skip
"""What the `sciatica-coach-cli` console script runs, from the checkout."""


def run_into_a_closed_pipe(command: list[str], cwd) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone
    try:
        return subprocess.run(
            command,
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=working_tree_env(),
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ("plan", QUICK_TOUR),
        ("plan", QUICK_TOUR, "--json"),
        ("schema",),
        ("validate",),
    ],
    ids=["plan", "plan-json", "schema", "validate"],
)
@pytest.mark.parametrize("entry", ["python-m", "console-script"])
def test_a_reader_that_goes_away_ends_the_program_quietly(tmp_path, args, entry):
    command = app_command(*args) if entry == "python-m" else [*CONSOLE_SCRIPT, *args]
    done = run_into_a_closed_pipe(command, tmp_path)
    assert done.stderr == ""
    assert done.returncode == EXIT_BROKEN_PIPE


def test_with_a_reader_the_output_is_whole_and_the_exit_is_0(tmp_path):
    """The guard changes nothing when the pipe stays open."""
    done = subprocess.run(
        app_command("plan", QUICK_TOUR),
        capture_output=True,
        cwd=tmp_path,
        env=working_tree_env(),
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Quick tour")
