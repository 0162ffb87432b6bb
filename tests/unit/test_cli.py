"""The command line: `--version`, and `validate` on good files and on every kind of bad one.

A bad file gets exit code 2 and one `file:line: field: message` line per problem, naming the
file (and the line where there is one), never a traceback, and nothing in it is ever run.
Most cases run `cli.main` in-process; a few run a real `python -m sciatica_coach` to prove the
exit code, one proves the sub-commands never import Qt, and a few run the `sciatica-coach-cli`
console script's entry point. Every child runs the checkout's code (tests/helpers/env.py).
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
import textwrap
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from ruamel.yaml import YAML

import sciatica_coach
from sciatica_coach import cli, paths
from sciatica_coach.core.loader import load_file
from sciatica_coach.core.problems import RoutineFileError
from tests.helpers.env import ROOT, app_command, working_tree_env

ROUTINE_HEAD = textwrap.dedent(
    """\
    schema_version: 1
    id: my-routine
    title: My routine
    summary: For a test.
    bias: core
    audience: Me.
    sources: [001_ee699b751415854c.txt]
    steps:
    """
)
"""Eight lines; the first step starts on line 9."""

MARKER = "ran-a-command"
"""The tag case asks the loader to run `touch MARKER`; the file must never appear."""


def _drill(drill_id: str, easier: str) -> str:
    return (
        f"  - id: {drill_id}\n    name: {drill_id}\n    source: me\n    category: core\n"
        f"    position: supine\n    kind: reps\n    cues: [Slowly.]\n    caution: Careful.\n"
        f"    stop_rule: tolerable\n    regressions: [{easier}]\n"
    )


def _alias_bomb() -> str:
    lines = ["schema_version: 1", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Bad:
    """A hostile file, and the first problem line `validate` should print for it."""

    content: str | bytes
    line: int | None
    field: str
    words: str


BAD_FILES = {
    "empty": Bad(b"", None, "(file)", "empty"),
    "only-a-comment": Bad("# nothing here\n", None, "(file)", "empty"),
    "binary-junk": Bad(bytes(range(256)) * 8, 1, "(file)", "binary"),
    "not-utf8": Bad(b"schema_version: 1\nid: caf\xe9\n", 2, "(file)", "UTF-8"),
    "list-not-mapping": Bad("- schema_version: 1\n- id: x\n", 1, "(file)", "a list"),
    "wrong-types": Bad(
        ROUTINE_HEAD + "  - exercise: bird-dog\n    reps: ten\n    sets: [1]\n",
        10,
        "step 1 (bird-dog): reps",
        "valid integer",
    ),
    "unknown-field": Bad(
        ROUTINE_HEAD.replace("bias: core", "bias: core\ncolour: red") + "  - exercise: bird-dog\n",
        6,
        "colour",
        "unknown field",
    ),
    "unknown-id": Bad(
        ROUTINE_HEAD + "  - exercise: bird-dogg\n", 9, "step 1 (bird-dogg): exercise", "'bird-dogg'"
    ),
    "out-of-range": Bad(
        ROUTINE_HEAD + "  - exercise: bird-dog\n    reps: 0\n    sets: 99\n",
        10,
        "step 1 (bird-dog): reps",
        "greater than or equal to 1",
    ),
    "yaml-syntax-error": Bad(
        ROUTINE_HEAD.replace("title: My routine", "title: [My routine"), 4, "(file)", "YAML"
    ),
    "duplicate-key": Bad(
        ROUTINE_HEAD.replace("bias: core", "bias: core\nbias: flexion"),
        6,
        "(file)",
        "appears twice",
    ),
    "alias-bomb": Bad(_alias_bomb(), 3, "(file)", "alias"),
    "deep-brackets": Bad(
        "schema_version: 1\nx: " + "[" * 20_000 + "]" * 20_000 + "\n",
        2,
        "(file)",
        "nested too deeply",
    ),
    "deep-indentation": Bad(
        "schema_version: 1\nx:\n" + "".join(" " * i + "- \n" for i in range(200)),
        122,  # the first line indented past 120 columns
        "(file)",
        "nested too deeply",
    ),
    "huge": Bad(
        "schema_version: 1\n" + "# padding padding padding\n" * 50_000, None, "(file)", "KB"
    ),
    "python-tag": Bad(
        f"schema_version: 1\nid: !!python/object/apply:os.system ['touch {MARKER}']\n",
        2,
        "(file)",
        "tags",
    ),
    "newer-schema-version": Bad(
        ROUTINE_HEAD.replace("schema_version: 1", "schema_version: 7") + "  - exercise: bird-dog\n",
        1,
        "schema_version",
        "newer",
    ),
    "ladder-loop": Bad(
        "schema_version: 1\nexercises:\n"
        + _drill("loop-a", "loop-b")
        + _drill("loop-b", "loop-c")
        + _drill("loop-c", "loop-a"),
        3,
        "loop-a.regressions",
        "loops",
    ),
}

PROBLEM_LINE = re.compile(
    r"^(?P<file>[^:]+)(?::(?P<line>\d+))?: "
    r"(?P<field>step \d+(?: \([^)]*\))?(?:: \S+)?|\S+): (?P<msg>.+)$"
)
"""`file:line: field: message`; a step's field reads 'step 3 (bird-dog): sides' (from 1)."""


def write_bad(folder: Path, kind: str) -> Path:
    path = folder / f"{kind}.yaml"
    content = BAD_FILES[kind].content
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def assert_problem_report(out: str, name: str, bad: Bad) -> None:
    """Every line is `file:line: field: message` for this file; the first is the expected one."""
    lines = out.splitlines()
    assert lines, "no problem was printed"
    for text in lines:
        match = PROBLEM_LINE.match(text)
        assert match, f"not a problem line: {text!r}"
        assert match["file"] == name
    first = PROBLEM_LINE.match(lines[0])
    assert first is not None
    assert first["line"] == (None if bad.line is None else str(bad.line)), lines[0]
    assert first["field"] == bad.field, lines[0]
    assert bad.words in first["msg"], lines[0]


# --- version -----------------------------------------------------------------------------------


def test_version_is_the_package_version(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out.strip()
    assert out == f"sciatica-coach {sciatica_coach.__version__}"
    assert out.endswith(importlib.metadata.version("sciatica-coach"))


# --- validate: good files ----------------------------------------------------------------------


def shipped_counts() -> tuple[int, int, int]:
    """Base exercises, variants and routines, counted from the YAML files directly."""
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    bases = variants = 0
    for path in paths.exercises_dir().glob("*.yaml"):
        doc = yaml.load(path.read_text(encoding="utf-8"))
        for ex in doc.get("exercises", [doc]):
            if ex.get("variant_of") is None:
                bases += 1
            else:
                variants += 1
    return bases, variants, len(list(paths.routines_dir().glob("*.yaml")))


def test_validate_with_no_paths_checks_every_shipped_file(capsys):
    assert cli.main(["validate"]) == 0
    out, err = capsys.readouterr()
    bases, variants, routines = shipped_counts()
    assert bases >= 26
    assert routines >= 8
    assert out.count("\n") == 1
    assert f"{bases} base exercises" in out
    assert f"{variants} variants" in out
    assert f"{routines} routines" in out
    assert not err


def test_validate_a_good_file_of_ones_own(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text(
        ROUTINE_HEAD + "  - exercise: bird-dog\n    reps: 6\n", encoding="utf-8"
    )
    assert cli.main(["validate", "mine.yaml"]) == 0
    assert "1 routine in 1 file" in capsys.readouterr().out


def test_validate_names_only_the_bad_file_of_several(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = ROUTINE_HEAD.replace("id: my-routine", "id: good-one")
    (tmp_path / "good.yaml").write_text(good + "  - exercise: bird-dog\n", encoding="utf-8")
    write_bad(tmp_path, "unknown-id")
    assert cli.main(["validate", "."]) == 2
    out = capsys.readouterr().out
    assert "unknown-id.yaml:9: " in out
    assert "good.yaml" not in out


def test_validate_a_missing_path(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate", "nowhere.yaml"]) == 2
    assert capsys.readouterr().out.startswith("nowhere.yaml: ")


# --- validate: bad files -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", BAD_FILES)
def test_validate_refuses_a_bad_file_with_lines_naming_it(capsys, tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    write_bad(tmp_path, kind)
    assert cli.main(["validate", f"{kind}.yaml"]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert_problem_report(out, f"{kind}.yaml", BAD_FILES[kind])
    assert re.search(r"\d+ problems? in 1 file", err)
    assert not (tmp_path / MARKER).exists()


def test_every_problem_in_a_file_gets_its_own_line(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_bad(tmp_path, "out-of-range")
    cli.main(["validate", "out-of-range.yaml"])
    lines = capsys.readouterr().out.splitlines()
    assert [line.rsplit(": ", 1)[0] for line in lines] == [
        "out-of-range.yaml:10: step 1 (bird-dog): reps",
        "out-of-range.yaml:11: step 1 (bird-dog): sets",
    ]


@pytest.mark.parametrize("kind", BAD_FILES)
def test_the_loader_refuses_each_bad_file_quickly(tmp_path, kind):
    """The checks before parsing keep hostile input cheap (ruamel is quadratic in nesting)."""
    path = write_bad(tmp_path, kind)
    sound_on_its_own = {"unknown-id", "ladder-loop"}  # these fail only against the catalogue
    started = time.perf_counter()
    if kind in sound_on_its_own:
        load_file(path, kind)
    else:
        with pytest.raises(RoutineFileError) as info:
            load_file(path, kind)
        assert info.value.problems
        assert all(p.file == kind for p in info.value.problems)
    # A bound, not a speed goal: unchecked, the alias bomb or the deep nesting take minutes.
    assert time.perf_counter() - started < 5.0


SUBPROCESS_CASES = ("binary-junk", "alias-bomb", "deep-brackets", "python-tag", "ladder-loop")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m sciatica_coach ARGS` in a fresh process, from `cwd`, on the checkout's code."""
    return subprocess.run(
        app_command(*args),
        cwd=cwd,
        env=working_tree_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("kind", SUBPROCESS_CASES)
def test_validate_in_a_real_process_exits_2_without_a_traceback(tmp_path, kind):
    write_bad(tmp_path, kind)
    done = run_cli("validate", f"{kind}.yaml", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert_problem_report(done.stdout, f"{kind}.yaml", BAD_FILES[kind])
    assert not (tmp_path / MARKER).exists()


def test_version_in_a_real_process(tmp_path):
    done = run_cli("--version", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"sciatica-coach {sciatica_coach.__version__}"


def test_python_m_validate_in_a_real_process_checks_the_shipped_files(tmp_path, capsys):
    """How Windows users run the sub-commands (README, "Command line")."""
    assert cli.main(["validate"]) == 0
    in_process = capsys.readouterr().out
    done = run_cli("validate", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("OK: ")
    assert done.stdout == in_process
    assert not done.stderr


# --- the sciatica-coach-cli console script ----------------------------------------------------

CONSOLE_SCRIPT = "sciatica-coach-cli"

RUN_ENTRY_POINT = textwrap.dedent(
    """
    import importlib, sys

    # What the script pip writes does: import the entry point, call it, exit with its answer.
    module, _, function = sys.argv[1].partition(":")
    sys.argv = sys.argv[2:]
    sys.exit(getattr(importlib.import_module(module), function)())
    """
)


def project_table() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def run_console_script(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`sciatica-coach-cli ARGS` as its script runs it, but on the checkout's code.

    The entry point is read from the working tree's pyproject.toml: the venv's installed
    metadata describes whatever was installed last, which may not have the script yet."""
    return subprocess.run(
        [
            sys.executable, "-c", RUN_ENTRY_POINT,
            project_table()["scripts"][CONSOLE_SCRIPT], CONSOLE_SCRIPT, *args,
        ],
        cwd=cwd,
        env=working_tree_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip


def test_the_console_script_is_cli_main_beside_the_window_script():
    project = project_table()
    assert project["scripts"] == {CONSOLE_SCRIPT: "sciatica_coach.cli:main"}
    assert project["gui-scripts"] == {"sciatica-coach": "sciatica_coach.app:main"}


def test_the_console_script_with_no_sub_command_prints_the_usage(tmp_path):
    done = run_console_script(cwd=tmp_path)
    assert done.returncode == cli.EXIT_USAGE, done.stderr
    assert done.stderr.startswith("usage: sciatica-coach "), done.stderr
    said = "no sub-command given: one of validate, plan, exercises, schema, export, report"
    assert said in done.stderr
    assert not done.stdout
    assert "Traceback" not in done.stderr


def test_the_console_script_validates_plans_and_prints_the_schema(tmp_path):
    routine = paths.routines_dir() / "disc-extension.yaml"
    done = run_console_script("validate", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("OK: ")

    done = run_console_script("validate", "nowhere.yaml", cwd=tmp_path)
    assert done.returncode == cli.EXIT_INVALID
    assert done.stdout.startswith("nowhere.yaml: ")

    done = run_console_script("plan", str(routine), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Total:" in done.stdout

    done = run_console_script("plan", str(routine), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["routine"] == "disc-extension"
    assert plan["segments"]

    done = run_console_script("schema", "--kind", "routine", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["$schema"].startswith("https://json-schema.org/")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder holding an empty session log."""
    from sciatica_coach.storage.log import SessionLog

    data = tmp_path / "data"
    data.mkdir()
    SessionLog.open(data / "history.db").close()
    return data


def test_the_console_script_exports(tmp_path, data_dir):
    done = run_console_script("export", "--data-dir", str(data_dir), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sessions"] == []

    out = tmp_path / "log.csv"
    args = ("export", "--format", "csv", "--out", str(out), "--data-dir", str(data_dir))
    done = run_console_script(*args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0

    done = run_console_script("export", "--data-dir", str(tmp_path / "none"), cwd=tmp_path)
    assert done.returncode == cli.EXIT_USAGE
    assert "no session log here yet" in done.stderr


def test_the_console_script_writes_the_report(tmp_path, data_dir):
    out = tmp_path / "report.pdf"
    done = run_console_script(
        "report", "--data-dir", str(data_dir), "--out", str(out), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


NO_QT = textwrap.dedent(
    """
    import importlib.abc, sys

    QT = {"PySide6", "shiboken6", "pyqtgraph"}

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in QT:
                raise ImportError(f"Qt import attempted: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6
    except ImportError:
        print("QT-BLOCKED")

    from sciatica_coach.app import main

    routine = sys.argv[1]
    codes = [
        main(["validate"]),
        main(["plan", routine]),
        main(["plan", routine, "--json"]),
        main(["schema"]),
    ]
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in QT)
    print("CODES", codes, "LEAKED", leaked)
    """
)


def test_sub_commands_run_where_qt_cannot_be_imported(tmp_path):
    routine = paths.routines_dir() / "disc-extension.yaml"
    done = subprocess.run(
        [sys.executable, "-c", NO_QT, str(routine)],
        cwd=tmp_path,
        env=working_tree_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "QT-BLOCKED" in done.stdout
    assert "CODES [0, 0, 0, 0] LEAKED []" in done.stdout
    assert "Total:" in done.stdout


def test_a_routine_file_given_alone_opens_it_in_the_window():
    from sciatica_coach.app import routine_as_option

    assert routine_as_option(["/tmp/mine.yaml"]) == ["--routine", "/tmp/mine.yaml"]
    assert routine_as_option(["--demo", "my.yml"]) == ["--demo", "--routine", "my.yml"]
    assert routine_as_option(["--routine", "my.yaml"]) == ["--routine", "my.yaml"]
    assert routine_as_option(["validate", "my.yaml"]) == ["validate", "my.yaml"]
    assert routine_as_option([]) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "routines/quick-tour.yaml", "--json"],
        ["plan"],  # its file missing: the same message
        ["plan", "-h"],
        ["exercises", "bird", "--routines", "a", "--routines", "b"],
        ["validate", "plan"],  # a folder named like a sub-command
        ["report", "--out", "r.pdf", "--since", "2026-13-01"],
        ["handout", "x.yaml", "--out", "x.pdf", "--paper", "b5"],
        ["figure", "bird-dog", "--out", "f.png", "--at", "0.5", "--side", "left"],
        ["export", "--format", "csv", "--profile", "jane"],
        ["schema", "--kind", "routine"],
        ["--routine", "plan"],  # a routine file named like a sub-command: the window's option
        ["plan", "a.yaml", "--speed", "2"],  # a window option after the sub-command
    ],
)
def test_a_sub_command_is_read_the_same_by_its_own_grammar_alone(argv, capsys):
    """A start that names its sub-command builds that sub-command's parser only: every parse,
    help and message is what the whole grammar gives."""

    def outcome(parser):
        try:
            return vars(parser.parse_args(argv)), capsys.readouterr()
        except SystemExit as exc:
            return exc.code, capsys.readouterr()

    assert outcome(cli.build_parser(argv)) == outcome(cli.build_parser())
