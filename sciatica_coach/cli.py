"""The command line: window options, and sub-commands that never import Qt (DESIGN.md §9)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from .cli_exit import EXIT_INVALID as EXIT_INVALID  # re-exported: cli.EXIT_* as before
from .cli_exit import EXIT_OK as EXIT_OK
from .cli_exit import EXIT_USAGE as EXIT_USAGE
from .cli_files import cmd_export, cmd_figure, cmd_handout, cmd_report
from .cli_parser import SUBCOMMANDS as SUBCOMMANDS  # re-exported: cli.SUBCOMMANDS as before
from .cli_parser import build_parser as build_parser

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence


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

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it): nothing is flushed to a pipe at exit then


def cmd_validate(args: argparse.Namespace) -> int:
    import dataclasses

    from .core import check_marks
    from .core.figure_checks import check_figures
    from .core.figures import figure_files
    from .core.paths_walk import display_name, expand_paths
    from .core.shipped import load_shipped, shipped_files
    from .core.translation_files import (
        is_translation_file,
        shipped_translation_files,
        translations_ok,
        validated_words,
    )

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
        from .core.library import Library
        from .core.library_load import load_library
        from .core.loader import load_file
        from .core.problems import RoutineFileError

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

    lib = shipped_library()
    if args.routines:
        from .core.library_load import load_library
        from .core.paths_walk import expand_paths

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
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(
            f"no sub-command given: one of {', '.join(SUBCOMMANDS)} (see --help)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run(args)
