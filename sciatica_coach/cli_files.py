"""The sub-commands that write files from what is kept: `export` (the log), `report` (the
physio's PDF), `figure` (a drill's picture) and `handout` (a routine on paper).

The last three draw with Qt, imported inside their command only (offscreen when there is no
display: `ui.figure_render.ensure_gui`), so the rest of the command line never loads it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_exit import EXIT_INVALID, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    import argparse


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from .storage.datadir import default_data_dir

    return default_data_dir()


def _profile(args: argparse.Namespace) -> tuple[Path, str | None] | None:
    """The history folder to read and the profile it names (None for one person's); None
    (and a message) when --profile names no profile."""
    from .storage.profiles import find_profile, label, main_profile, several

    root = _data_dir(args)
    wanted = getattr(args, "profile", None)
    if wanted is None:
        return root, label(main_profile(root)) if several(root) else None
    profile = find_profile(root, wanted)
    if profile is None or profile.folder is None:
        why = "keeps no history" if profile is not None else "is not a profile here"
        print(f"{wanted!r} {why} (in {root})", file=sys.stderr)
        return None
    return profile.folder, label(profile)


def cmd_export(args: argparse.Namespace) -> int:
    """Everything the log holds; read-only: a missing log is reported, never created."""
    from .storage.errors import StorageError
    from .storage.export import export_text, write_export
    from .storage.snapshot import read_only

    found = _profile(args)
    if found is None:
        return EXIT_USAGE
    db, named = found[0] / "history.db", found[1]
    if not db.is_file():
        print(f"{db}: no session log here yet (nothing has been logged)", file=sys.stderr)
        return EXIT_USAGE
    try:
        with read_only(db) as log:
            if args.out is None:
                sys.stdout.write(export_text(log, args.format, named))
                return EXIT_OK
            write_export(log, args.out, args.format, named)
    except StorageError as exc:
        print(f"{db}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:
        raise  # `export | head`: quiet (quiet_on_broken_pipe)
    except OSError as exc:
        print(f"{args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """The one report that needs Qt (to draw the plots and write the PDF), offscreen."""
    from .core.content_i18n import shipped_library
    from .storage.errors import StorageError
    from .storage.history import day_start
    from .storage.snapshot import read_only

    found = _profile(args)
    if found is None:
        return EXIT_USAGE
    db, named = found[0] / "history.db", found[1]
    if not db.is_file():
        print(f"{db}: no session log here yet (nothing has been logged)", file=sys.stderr)
        return EXIT_USAGE
    from datetime import timedelta

    from .ui.report import write_report

    since = None if args.since is None else day_start(args.since)
    until = None if args.until is None else day_start(args.until + timedelta(days=1))
    try:
        with read_only(db) as log:
            catalogue = shipped_library().catalogue
            out = write_report(log, catalogue, args.out, since=since, until=until, profile=named)
    except StorageError as exc:
        print(f"{db}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:
        print(f"{args.out}: not written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


def cmd_figure(args: argparse.Namespace) -> int:
    """A drill's figure at one moment of a rep, as a PNG. Like `report`, it draws with Qt
    offscreen and imports it here only (`ui.figure_render`)."""
    import re

    from .core.figures import shipped_figures

    size = re.fullmatch(r"(\d{2,4})x(\d{2,4})", args.size)
    if args.id not in shipped_figures().figures:
        problem = f"{args.id}: no such exercise (`sciatica-coach exercises` lists them)"
    elif not 0.0 <= args.at <= 1.0:
        problem = f"--at {args.at:g}: a moment of the rep from 0 (its start) to 1 (its end)"
    elif size is None or not all(16 <= int(n) <= 4096 for n in size.groups()):
        problem = f"--size {args.size}: WIDTHxHEIGHT in pixels, 16 to 4096, e.g. 480x320"
    else:
        problem = ""
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    assert size is not None
    from .ui.figure_render import write_png

    try:
        write_png(args.id, args.out, args.at, args.side, (int(size[1]), int(size[2])))
    except OSError as exc:
        print(f"{args.out}: not written: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_handout(args: argparse.Namespace) -> int:
    """A routine on paper for the patient. Like `report`, it draws with Qt offscreen and imports
    it here only (`ui.handout`)."""
    from .core.shipped import load_routine_file

    lib, routine = load_routine_file(args.file)
    if routine is None:
        for problem in lib.problems:
            print(problem)
        return EXIT_INVALID
    from .ui.handout import write_handout

    try:
        out = write_handout(routine, lib.catalogue, args.out, paper=args.paper)
    except OSError as exc:
        print(f"{args.out}: not written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK
