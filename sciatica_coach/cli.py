"""The command line: window options, and sub-commands that never import Qt (DESIGN.md §9)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .cli_exit import EXIT_INVALID as EXIT_INVALID  # re-exported: cli.EXIT_* as before
from .cli_exit import EXIT_OK as EXIT_OK
from .cli_exit import EXIT_USAGE as EXIT_USAGE
from .cli_files import cmd_export, cmd_figure, cmd_handout, cmd_report

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date


SUBCOMMANDS = (
    "validate",
    "plan",
    "exercises",
    "schema",
    "export",
    "report",
    "figure",
    "handout",
)


class _Formatter(argparse.HelpFormatter):
    """argparse's own help layout, told the terminal's width. Left to itself it asks `shutil`
    for it, importing shutil (and zlib, bz2, lzma) at every start for each argument added,
    though the width is used only when help is printed."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(
            prog, indent_increment, max_help_position, _columns() - 2 if width is None else width
        )


def _columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` finds it: $COLUMNS, the terminal's
    own, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help (and each sub-command's, made of the same class) is laid
    out by `_Formatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sciatica-coach",
        description="An offline coach for a home sciatica exercise routine. "
        "With no sub-command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"sciatica-coach {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep the log and settings in DIR")
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="whose history: a profile's name ('demo': the clinic demo, which keeps nothing)",
    )
    window = parser.add_argument_group("window options")
    window.add_argument("--routine", type=Path, metavar="FILE", help="open this routine file")
    window.add_argument("--start", action="store_true", help="begin at once, check-in skipped")
    window.add_argument(
        "--speed", type=_speed, default=1.0, metavar="X", help="time runs X times faster (demos)"
    )
    window.add_argument(
        "--demo", action="store_true", help="clinic demo: nothing is written to the real history"
    )
    window.add_argument("--fullscreen", action="store_true", help="open full screen")
    window.add_argument(
        "--self-check",
        action="store_true",
        help="load every routine, open the window, run a short routine fast, and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check routine and exercise files")
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders (default: every shipped file)",
    )

    p = sub.add_parser("plan", help="print a routine's timeline and total duration")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")

    p = sub.add_parser(
        "exercises",
        help="list the catalogue: kind, position, default dose, easier and harder variants",
    )
    p.add_argument(
        "words",
        nargs="*",
        metavar="WORD",
        help="only exercises whose id, name, category, position or purpose hold every word",
    )
    p.add_argument("--json", action="store_true", help="print them as JSON")
    p.add_argument(
        "--routines",
        type=Path,
        metavar="PATH",
        action="append",
        default=[],
        help="also read exercise files here (a file or folder; may be repeated)",
    )

    p = sub.add_parser("schema", help="print the JSON Schema of routine and exercise files")
    p.add_argument("--kind", choices=("all", "routine", "exercises"), default="all")

    p = sub.add_parser("export", help="write the whole session log out as JSON or CSV")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", type=Path, metavar="PATH", help="file to write (default: stdout)")
    p.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the data folder to read (default: the app's own)",
    )
    p.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="whose history to read"
    )

    p = sub.add_parser("report", help="write a one-page PDF summary for the physio")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="first day to include")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="last day to include")
    p.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the data folder to read (default: the app's own)",
    )
    p.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="whose history to read"
    )

    p = sub.add_parser("figure", help="draw a drill's figure at one moment of a rep as a PNG")
    p.add_argument("id", metavar="ID", help="an exercise id (see `exercises`)")
    p.add_argument("--out", type=Path, metavar="FILE.png", required=True)
    p.add_argument("--at", type=float, default=1.0, metavar="0..1", help="0 start, 1 end (default)")
    p.add_argument("--side", choices=("left", "right"), help="the side of a one-sided drill")
    p.add_argument("--size", default="480x320", metavar="WxH", help="pixels (default 480x320)")

    p = sub.add_parser(
        "handout", help="write a routine's printable handout (figures, doses, warning signs)"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="default: a4")
    return parser


def _day(text: str) -> date:
    from datetime import date  # here: only `report` takes a day

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-22: {text!r}") from None


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.1 <= value <= 1000:
        raise argparse.ArgumentTypeError("speed must be between 0.1 and 1000")
    return value


def run(args: argparse.Namespace) -> int:
    """Run a sub-command (in the system's language: LANGUAGE=es); returns the exit code."""
    from .core.i18n import environment_locales, use_system_language
    from .core.region import services_for, set_services

    language = use_system_language()
    set_services(services_for("auto", language, environment_locales()))
    handlers = {
        "validate": cmd_validate,
        "plan": cmd_plan,
        "exercises": cmd_exercises,
        "schema": cmd_schema,
        "export": cmd_export,
        "report": cmd_report,
        "figure": cmd_figure,
        "handout": cmd_handout,
    }
    return quiet_on_broken_pipe(lambda: handlers[args.command](args))


EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a program ended by SIGPIPE (`yes | head` under `set -o pipefail`)."""


def quiet_on_broken_pipe(command: Callable[[], int]) -> int:
    """Run `command`; if whoever reads our output goes away (`plan FILE | head`), exit quietly.

    Python ignores SIGPIPE, so a write to a closed pipe raises BrokenPipeError, and a traceback
    on stderr says "crash" for what is a normal way to stop reading. The exit code is 141, what a
    shell reports for a C program ended by SIGPIPE: the output was cut short, so a script with
    `set -o pipefail` must not take it for success (`validate | head -1` of a bad file would
    otherwise pass); without pipefail the pipeline's status is the reader's, as usual. stdout is
    pointed at /dev/null so that the interpreter's last flush at exit does not fail again
    (the recipe in the `signal` module's documentation)."""
    try:
        code = command()
        _flush_stdout()
    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_BROKEN_PIPE
    return code


def _flush_stdout() -> None:
    if sys.stdout is not None:  # None in a windowed program on Windows
        sys.stdout.flush()


def _stdout_to_devnull() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it): nothing is flushed to a pipe at exit then


def cmd_validate(args: argparse.Namespace) -> int:
    import dataclasses
    import os

    from .core import check_marks
    from .core.content_i18n import (
        is_translation_file,
        shipped_translation_files,
        translations_ok,
        validated_words,
    )
    from .core.figure_checks import check_figures
    from .core.figures import figure_files
    from .core.library import Library, load_library
    from .core.paths_walk import display_name, expand_paths
    from .core.problems import RoutineFileError
    from .core.shipped import load_shipped, shipped_files

    if not args.paths:
        shipped = load_shipped()
        # Every shipped exercise has a figure that fits its cues (assets/figures), and the
        # words in other languages (routines/i18n/) name real ids and keep their placeholders.
        # Both are slow and change only with their files or the code: once passed, remembered.
        watched = [*shipped_files(), *figure_files(), *shipped_translation_files()]
        if shipped.problems or not check_marks.passed("shipped", watched):
            figures = check_figures(shipped.catalogue.exercises)
            words, also = validated_words(shipped_translation_files(), shipped)
            if not (shipped.problems or figures or words):
                check_marks.mark_passed("shipped", watched)
        else:
            figures, words = [], []
            also = translations_ok(shipped_translation_files())
        problems = [*shipped.problems, *figures, *words]
        lib = counted = dataclasses.replace(shipped, problems=problems)
    else:
        # lexists: a link that loops or leads nowhere is there, and reading it says what is wrong.
        missing = [p for p in args.paths if not os.path.lexists(p)]
        for path in missing:
            print(f"{path}: (file): no such file or folder")
        found = {p: expand_paths([p]) for p in args.paths if p not in missing}
        empty = [p for p, files in found.items() if not files]
        for path in empty:
            print(f"{path}: (folder): no routine or exercise files here (*.yaml, *.yml)")
        if missing or empty:
            said = [f"{_count(len(missing), 'path')} not found"] if missing else []
            said += [f"{_count(len(empty), 'folder')} with nothing to validate"] if empty else []
            print("; ".join(said), file=sys.stderr)
            return EXIT_INVALID
        from .core.loader import load_file

        # Each file on its own first: a file that cannot even be read is reported at once,
        # without loading the shipped catalogue its ids would be checked against.
        files = expand_paths([f for listed in found.values() for f in listed])
        translations = [f for f in files if is_translation_file(f)]
        files = [f for f in files if not is_translation_file(f)]
        lib = Library(files=len(files))
        readable = []
        for path in files:
            try:
                load_file(path, display_name(path))
                readable.append(path)
            except RoutineFileError as exc:
                lib.problems.extend(exc.problems)
        if readable:
            checked = load_library(readable, base=load_shipped())
            lib.problems.extend(checked.problems)
            lib.catalogue, lib.routines = checked.catalogue, checked.routines
        counted = lib.subset(files)
        against = checked if readable else load_shipped()
        words, also = validated_words(translations, against)
        lib.problems.extend(words)
    for problem in lib.problems:
        print(problem)
    if lib.problems:
        where = len({p.file for p in lib.problems})
        print(f"{_count(len(lib.problems), 'problem')} in {_count(where, 'file')}", file=sys.stderr)
        return EXIT_INVALID
    print(
        f"OK: {_count(len(counted.catalogue.bases()), 'base exercise')}, "
        f"{_count(len(counted.catalogue.variants()), 'variant')} and "
        f"{_count(len(counted.routines), 'routine')} in {_count(lib.files, 'file')} are valid"
        f"{also}."
    )
    return EXIT_OK


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_schema(args: argparse.Namespace) -> int:
    import json

    from .core.schema import json_schema

    print(json.dumps(json_schema(args.kind), indent=2))
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    import json

    from .core.content_i18n import load_routine_file
    from .core.plan import build_plan, plan_json
    from .core.timeline import format_timeline

    lib, routine = load_routine_file(args.file)
    if routine is None:
        for problem in lib.problems:
            print(problem)
        return EXIT_INVALID
    plan = build_plan(routine, lib.catalogue)
    if args.json:
        print(json.dumps(plan_json(plan), indent=1))
    else:
        print(format_timeline(plan))
    return EXIT_OK


def cmd_exercises(args: argparse.Namespace) -> int:
    import json

    from .core.content_i18n import shipped_library
    from .core.exercise_list import exercise_json, exercise_lines, find_exercises
    from .core.library import load_library
    from .core.paths_walk import expand_paths

    lib = shipped_library()
    if args.routines:
        lib = load_library(expand_paths(args.routines), base=lib)
    for problem in lib.problems:
        print(problem, file=sys.stderr)
    found = find_exercises(lib.catalogue, args.words)
    if args.json:
        print(json.dumps([exercise_json(ex) for ex in found], indent=1))
        return EXIT_OK
    if not found:
        words = " ".join(args.words)
        print(f"no exercise matches {words!r} (try fewer words)", file=sys.stderr)
        return EXIT_INVALID
    for ex in found:
        print("\n".join(exercise_lines(ex)))
    bases = sum(1 for ex in found if ex.variant_of is None)
    print(
        f"{_count(bases, 'base exercise')} and {_count(len(found) - bases, 'variant')}",
        file=sys.stderr,
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """The `sciatica-coach-cli` console script: run a sub-command; never opens the window.

    With no sub-command, prints the usage and exits 1 (`sciatica-coach` opens the window then).
    A reader that stops early (`... | head`) ends it quietly."""
    return quiet_on_broken_pipe(lambda: _main(argv))


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(
            f"no sub-command given: one of {', '.join(SUBCOMMANDS)} (see --help)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run(args)
