"""The command line's grammar: the window's options and each sub-command's (DESIGN.md §9)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date


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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole grammar; or, when `argv` begins with a sub-command, the window's options and
    that sub-command's alone. The parse of such an `argv` is the same (everything after the
    sub-command is its own), and the other sub-commands' parsers, which every start would
    otherwise build, are not made."""
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
    first = argv[0] if argv else None
    for name, (help_, arguments) in _SUBCOMMANDS.items():
        if first not in _SUBCOMMANDS or name == first:
            arguments(sub.add_parser(name, help=help_))
    return parser


def _validate(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders (default: every shipped file)",
    )


def _plan(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")


def _exercises(p: argparse.ArgumentParser) -> None:
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


def _schema(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", choices=("all", "routine", "exercises"), default="all")


def _export(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", type=Path, metavar="PATH", help="file to write (default: stdout)")
    _whose_history(p)


def _report(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="first day to include")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="last day to include")
    _whose_history(p)


def _figure(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", metavar="ID", help="an exercise id (see `exercises`)")
    p.add_argument("--out", type=Path, metavar="FILE.png", required=True)
    p.add_argument("--at", type=float, default=1.0, metavar="0..1", help="0 start, 1 end (default)")
    p.add_argument("--side", choices=("left", "right"), help="the side of a one-sided drill")
    p.add_argument("--size", default="480x320", metavar="WxH", help="pixels (default 480x320)")


def _handout(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="default: a4")


_SUBCOMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "validate": ("check routine and exercise files", _validate),
    "plan": ("print a routine's timeline and total duration", _plan),
    "exercises": (
        "list the catalogue: kind, position, default dose, easier and harder variants",
        _exercises,
    ),
    "schema": ("print the JSON Schema of routine and exercise files", _schema),
    "export": ("write the whole session log out as JSON or CSV", _export),
    "report": ("write a one-page PDF summary for the physio", _report),
    "figure": ("draw a drill's figure at one moment of a rep as a PNG", _figure),
    "handout": ("write a routine's printable handout (figures, doses, warning signs)", _handout),
}
"""Each sub-command: its line in the help, and its own arguments."""
SUBCOMMANDS = tuple(_SUBCOMMANDS)


def _whose_history(p: argparse.ArgumentParser) -> None:
    """`--data-dir` and `--profile` for a sub-command that reads a history (`export`, `report`):
    given after the sub-command, they stand in for the window's own."""
    p.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the data folder to read (default: the app's own)",
    )
    p.add_argument(
        "--profile", metavar="NAME", default=argparse.SUPPRESS, help="whose history to read"
    )


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
