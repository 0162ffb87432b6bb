"""How long does `sciatica-coach validate` take to refuse a hostile file?

Writes each kind of bad input that tests/unit/test_cli.py checks (empty, binary junk, an alias
bomb, 20,000 nested brackets, a 1.3 MB file, a tag asking for `os.system`, a ladder loop, ...)
into a temporary folder, then times, for each:

- `sciatica-coach validate FILE` in a fresh process (wall time, median of --repeat runs), which
  includes starting Python and loading the shipped catalogue to resolve ids against;
- `load_file(FILE)` in-process: reading, pre-checking and parsing that one file.

It also times a bare `--version` and `validate` of a small good file (the fixed cost every run
pays), and loading the whole shipped catalogue in-process. Prints figures; asserts nothing.

    python bench/loader_hostile.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sciatica_coach import paths
from sciatica_coach.core.library_load import load_library
from sciatica_coach.core.loader import load_file
from sciatica_coach.core.problems import RoutineFileError

LIMIT_S = 1.0
MARKER = "ran-a-command"

ROUTINE_HEAD = textwrap.dedent(
    """\
    schema_version: 1
    id: my-routine
    title: My routine
    summary: For a benchmark.
    bias: core
    audience: Me.
    sources: [001_ee699b751415854c.txt]
    steps:
    """
)


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


def hostile_inputs(folder: Path) -> dict[str, str | bytes]:
    return {
        "empty": b"",
        "binary-junk": bytes(range(256)) * 8,
        "not-utf8": b"schema_version: 1\nid: caf\xe9\n",
        "list-not-mapping": "- schema_version: 1\n- id: x\n",
        "wrong-types": ROUTINE_HEAD + "  - exercise: bird-dog\n    reps: ten\n    sets: [1]\n",
        "unknown-field": ROUTINE_HEAD.replace("bias: core", "bias: core\ncolour: red")
        + "  - exercise: bird-dog\n",
        "unknown-id": ROUTINE_HEAD + "  - exercise: bird-dogg\n",
        "out-of-range": ROUTINE_HEAD + "  - exercise: bird-dog\n    reps: 0\n    sets: 99\n",
        "yaml-syntax-error": ROUTINE_HEAD.replace("title: My routine", "title: [My routine"),
        "duplicate-key": ROUTINE_HEAD.replace("bias: core", "bias: core\nbias: flexion"),
        "alias-bomb": _alias_bomb(),
        "deep-brackets": "schema_version: 1\nx: " + "[" * 20_000 + "]" * 20_000 + "\n",
        "deep-indentation": "schema_version: 1\nx:\n"
        + "".join(" " * i + "- \n" for i in range(200)),
        "huge": "schema_version: 1\n" + "# padding padding padding\n" * 50_000,
        "python-tag": "schema_version: 1\n"
        f"id: !!python/object/apply:os.system ['touch {folder / MARKER}']\n",
        "newer-schema-version": ROUTINE_HEAD.replace("schema_version: 1", "schema_version: 7")
        + "  - exercise: bird-dog\n",
        "ladder-loop": "schema_version: 1\nexercises:\n"
        + _drill("loop-a", "loop-b")
        + _drill("loop-b", "loop-c")
        + _drill("loop-c", "loop-a"),
    }


def command() -> list[str]:
    """The installed `sciatica-coach` script beside this Python, or `python -m` without it."""
    script = shutil.which("sciatica-coach", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "sciatica_coach"]


def run_timed(args: list[str], cwd: Path, repeat: int) -> tuple[int, float, str]:
    """Exit code, median wall time in ms, and the first line printed."""
    times = []
    done = None
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [*command(), *args], cwd=cwd, capture_output=True, text=True, check=False
        )
        times.append((time.perf_counter() - start) * 1000)
    assert done is not None
    first = (done.stdout or done.stderr).splitlines()[:1]
    if "Traceback" in done.stdout + done.stderr:
        first = ["TRACEBACK: " + done.stderr.strip().splitlines()[-1]]
    return done.returncode, statistics.median(times), first[0] if first else ""


def load_in_process_ms(path: Path) -> float:
    start = time.perf_counter()
    with contextlib.suppress(RoutineFileError):
        load_file(path, path.name)
    return (time.perf_counter() - start) * 1000


def shipped_load_ms(repeat: int) -> list[float]:
    files = [paths.exercises_dir(), *sorted(paths.routines_dir().glob("*.y*ml"))]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        lib = load_library(files)
        times.append((time.perf_counter() - start) * 1000)
        if lib.problems:
            print(f"warning: the shipped files have {len(lib.problems)} problem(s)")
    return times


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="subprocess runs per case")
    args = parser.parse_args()
    repeat = max(1, args.repeat)

    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp)
        good = folder / "good.yaml"
        good.write_text(ROUTINE_HEAD + "  - exercise: bird-dog\n", encoding="utf-8")
        print(f"command: {' '.join(command())} ... (median of {repeat} runs)")
        _, version_ms, _ = run_timed(["--version"], folder, repeat)
        code, good_ms, good_line = run_timed(["validate", good.name], folder, repeat)
        print(
            f"baseline: --version {version_ms:.0f} ms; validate a good file {good_ms:.0f} ms "
            f"(exit {code}: {cut(good_line, 60)})"
        )
        print()
        header = f"{'file kind':<22} {'exit':>4} {'wall ms':>8} {'load ms':>8}  first message"
        print(header)
        print("-" * len(header))
        slowest = 0.0
        for kind, content in hostile_inputs(folder).items():
            path = folder / f"{kind}.yaml"
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
            code, wall_ms, first = run_timed(["validate", path.name], folder, repeat)
            load_ms = load_in_process_ms(path)
            slowest = max(slowest, wall_ms)
            print(f"{kind:<22} {code:>4} {wall_ms:>8.0f} {load_ms:>8.1f}  {cut(first, 90)}")
        print()
        shipped = shipped_load_ms(repeat)
        print(
            f"shipped catalogue, in-process load_library: median {statistics.median(shipped):.0f}"
            f" ms, min {min(shipped):.0f} ms ({repeat} runs)"
        )
        ran = (folder / MARKER).exists()
        print(f"python tag executed: {'YES (bug!)' if ran else 'no'}")
        verdict = "yes" if slowest <= LIMIT_S * 1000 else "NO"
        print(
            f"every case finished within {LIMIT_S:.0f} s: {verdict} "
            f"(slowest {slowest:.0f} ms wall, including process start)"
        )


if __name__ == "__main__":
    main()
