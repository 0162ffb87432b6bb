"""Entry point: parse the command line, then run a sub-command or build and start the window.

All wiring lives here. Qt is imported only when the window is wanted, so sub-commands start
fast and run on machines without a display.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from . import cli

if TYPE_CHECKING:
    from collections.abc import Sequence


LOG_ENV = "SCIATICA_COACH_LOG"
"""Set to a level name (INFO, DEBUG) to log to stderr: what was committed, sound problems..."""


def routine_as_option(argv: list[str]) -> list[str]:
    """`sciatica-coach FILE.yaml` (how a desktop opens a file) means `--routine FILE.yaml`."""
    if not argv or any(a in cli.SUBCOMMANDS for a in argv):
        return argv
    last = argv[-1]
    named = len(argv) > 1 and argv[-2] == "--routine"
    if last.lower().endswith((".yaml", ".yml")) and not last.startswith("-") and not named:
        return [*argv[:-1], "--routine", last]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    level = os.environ.get(LOG_ENV)
    if level:
        logging.basicConfig(
            level=level.upper(),
            stream=sys.stderr,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    args = cli.build_parser().parse_args(
        routine_as_option(list(sys.argv[1:] if argv is None else argv))
    )
    if args.command is not None:
        return cli.run(args)
    from .ui.launch import run_window

    return run_window(args, sys.argv[:1])
