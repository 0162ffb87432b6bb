"""Entry point: parse the command line, then run a sub-command or build and start the window.

All wiring lives here. Qt is imported only when the window is wanted, so sub-commands start
fast and run on machines without a display.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from . import cli

if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    from .ui.launch import run_window

    return run_window(args, sys.argv[:1])
