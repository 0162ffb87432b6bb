"""Files that are not regular files: a link loop, a FIFO, a link to /dev/zero, a socket, a folder.

Each is a problem naming its path and what it is, and everything else still loads. A regression
here hangs (a FIFO blocks on open) or eats memory (/dev/zero), so every case that would is run
in a child process with a timeout and a memory cap: it fails, it does not hang the test run.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sciatica_coach import cli
from sciatica_coach.core.loader import load_file
from sciatica_coach.core.problems import RoutineFileError
from tests.helpers.env import app_command, isolated_env, working_tree_env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="FIFOs, /dev/zero and RLIMIT_AS are POSIX/Linux"
)

CHILD_TIMEOUT_S = 30
"""A hang fails the test after this long; a working load takes about a second."""


def cap_memory() -> None:
    """In the child: reading /dev/zero to the end fails fast instead of taking all memory."""
    import resource

    cap = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


MY_ROUTINE = textwrap.dedent(
    """\
    schema_version: 1
    id: my-own-routine
    title: My own routine
    summary: For a test.
    bias: core
    audience: Me.
    sources: [001_ee699b751415854c.txt]
    steps:
      - exercise: bird-dog
        reps: 6
    """
)

CHILD = textwrap.dedent(
    """\
    import json, sys, time
    from pathlib import Path

    what, data, extra = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    if what == "start":
        # What the window's loader thread runs at every start (app.load).
        from sciatica_coach.app import Options, load

        began = time.monotonic()
        lib = load(Options(data_dir=data)).library
        out = {
            "took": time.monotonic() - began,
            "routines": sorted(lib.routines),
            "problems": [str(p) for p in lib.problems],
        }
    else:
        # What --routine FILE, Open... and dropping a file on the window run.
        from sciatica_coach.services.routine_files import load_all, open_routine, user_folder

        library = load_all([], user_folder(data, demo=False))
        out = {}
        for name in extra:
            opened = open_routine(library, Path(name), user_folder(data, demo=False))
            out[name] = [opened.routine_id, [str(p) for p in opened.problems]]
    print(json.dumps(out))
    """
)


def run_child(*args: str, cwd: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        cwd=cwd,
        env=isolated_env(cwd / "home"),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
        preexec_fn=cap_memory,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def bad_files(folder: Path) -> dict[str, str]:
    """Make one of each kind in `folder`; returns name -> the words its problem must hold."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "loop").symlink_to(".")  # a folder link back to itself: walked once
    (folder / "self.yaml").symlink_to("self.yaml")  # a file link to itself
    os.mkfifo(folder / "pipe.yaml")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    return {
        "self.yaml": "not a regular file (a symbolic link that loops)",
        "pipe.yaml": "not a regular file (a FIFO, a named pipe)",
        "zero.yaml": "not a regular file (a link to /dev/zero, a character device)",
    }


def test_the_data_folder_loads_past_a_link_loop_a_fifo_and_dev_zero(tmp_path):
    """They once left the window on "Loading routines..." at every start."""
    data = tmp_path / "data"
    routines = data / "routines"
    expected = bad_files(routines)
    (routines / "mine.yaml").write_text(MY_ROUTINE, encoding="utf-8")

    out = run_child("start", str(data), cwd=tmp_path)

    assert out["took"] < 5.0
    assert "my-own-routine" in out["routines"]
    assert "quick-tour" in out["routines"]  # the shipped ones too
    assert len(out["problems"]) == len(expected), out["problems"]
    for name, words in expected.items():
        said = [p for p in out["problems"] if p.startswith(f"data/routines/{name}: ")]
        assert len(said) == 1, (name, out["problems"])
        assert words in said[0]


def test_opening_a_fifo_or_dev_zero_as_a_routine_is_refused_with_a_reason(tmp_path):
    """`--routine FILE`, Open... and a dropped file: refused at once, the app carries on."""
    folder = tmp_path / "given"
    expected = bad_files(folder)
    names = [str(folder / name) for name in expected]

    out = run_child("open", str(tmp_path / "data"), *names, cwd=tmp_path)

    for (name, words), given in zip(expected.items(), names, strict=True):
        routine_id, problems = out[given]
        assert routine_id is None
        assert problems == [f"given/{name}: (file): {words}"]  # named from where it was run


def test_a_socket_or_a_folder_given_as_a_file_is_refused(tmp_path, monkeypatch):
    """Neither can block or fill memory, so this runs in-process."""
    monkeypatch.chdir(tmp_path)
    Path("folder.yaml").mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("sock.yaml")
        for name, kind in (("sock.yaml", "a socket"), ("folder.yaml", "a folder")):
            with pytest.raises(RoutineFileError) as refused:
                load_file(Path(name))
            assert [str(p) for p in refused.value.problems] == [
                f"{name}: (file): not a regular file ({kind})"
            ]
    finally:
        server.close()


def validate(*paths: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`sciatica-coach validate PATHS` in a child: reading a FIFO by mistake would hang."""
    return subprocess.run(
        app_command("validate", *paths),
        cwd=cwd,
        env=working_tree_env(),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
        preexec_fn=cap_memory,
    )


@pytest.mark.parametrize("name", ["pipe.yaml", "zero.yaml", "self.yaml"])
def test_validate_on_a_special_file_exits_2_promptly(tmp_path, name):
    words = bad_files(tmp_path)
    done = validate(name, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == f"{name}: (file): {words[name]}\n"
    assert "Traceback" not in done.stderr


def test_validate_a_folder_with_special_files_names_each_and_still_checks_the_rest(tmp_path):
    words = bad_files(tmp_path / "mine")
    (tmp_path / "mine" / "bad.yaml").write_text(MY_ROUTINE.replace("bird-dog", "bird-cat"))
    done = validate("mine", cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    out = done.stdout.splitlines()
    for name, said in words.items():
        assert [line for line in out if line.startswith(f"mine/{name}: ")] == [
            f"mine/{name}: (file): {said}"
        ]
    assert [line for line in out if line.startswith("mine/bad.yaml:")] == [
        "mine/bad.yaml:9: step 1 (bird-cat): exercise: "
        "unknown exercise 'bird-cat'; did you mean 'bird-dog'?"
    ]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("content", [None, "notes.txt"], ids=["empty", "no-yaml"])
def test_validate_with_nothing_to_validate_is_an_error_naming_the_folder(
    tmp_path, monkeypatch, capsys, content
):
    monkeypatch.chdir(tmp_path)
    Path("physio").mkdir()
    if content is not None:
        Path("physio", content).write_text("three times a day")
    assert cli.main(["validate", "physio"]) == 2
    out, err = capsys.readouterr()
    assert out == "physio: (folder): no routine or exercise files here (*.yaml, *.yml)\n"
    assert "nothing to validate" in err
    assert "OK" not in out + err
