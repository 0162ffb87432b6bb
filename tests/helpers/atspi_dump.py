"""Print a running application's AT-SPI accessibility tree as JSON, as a screen reader sees it.

Run with the *system* Python, which has pyatspi (python3-pyatspi); the venv does not:

    /usr/bin/python3 tests/helpers/atspi_dump.py --name APP_NAME [--timeout 10]
    /usr/bin/python3 tests/helpers/atspi_dump.py --pid 1234

The environment must hold the session bus (DBUS_SESSION_BUS_ADDRESS) and DISPLAY the app uses.
Prints a JSON list, one object per node in document order: depth, path (child indexes from the
application), name, role (pyatspi's role name, e.g. "check box", "push button", "label"),
description, states (e.g. "showing", "focused", "checked", "enabled"), actions, value (for
nodes with the Value interface), text (Text interface contents) and extents ([x, y, w, h] on
the screen). Exits 3 if the app did not appear within the timeout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time

import pyatspi


def _find_app(name: str | None, pid: int | None, timeout: float):
    """Poll the registry until the application shows up (it registers once Qt starts)."""
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is None:
                continue
            with contextlib.suppress(Exception):  # an app that quit while we looked
                if (name is not None and app.name == name) or (
                    pid is not None and app.get_process_id() == pid
                ):
                    return app
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def _optional(read):
    """The result of `read()`, or None when the node lacks that interface."""
    try:
        return read()
    except (NotImplementedError, AttributeError, LookupError):
        return None


def _node(acc, depth: int, path: list[int]) -> dict:
    states = acc.getState().getStates()
    value = _optional(lambda: acc.queryValue().currentValue)
    text = _optional(lambda: acc.queryText().getText(0, -1))
    extents = _optional(lambda: acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS))
    actions = _optional(lambda: acc.queryAction())
    return {
        "depth": depth,
        "path": path,
        "name": acc.name or "",
        "role": acc.getRoleName(),
        "description": acc.description or "",
        "states": sorted(pyatspi.stateToString(s) for s in states),
        "actions": [actions.getName(i) for i in range(actions.nActions)] if actions else [],
        "value": value,
        "text": text,
        "extents": list(extents) if extents is not None else None,
    }


def dump(acc, depth: int = 0, path: list[int] | None = None, limit: int = 5000) -> list[dict]:
    """Every node under `acc` (itself included), depth first, at most `limit` nodes."""
    path = path or []
    nodes = [_node(acc, depth, path)]
    for index in range(acc.childCount):
        if len(nodes) >= limit:
            break
        child = acc.getChildAtIndex(index)
        if child is not None:
            nodes += dump(child, depth + 1, [*path, index], limit - len(nodes))
    return nodes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--name", help="the application's name (Qt: QCoreApplication.applicationName)")
    who.add_argument("--pid", type=int, help="the application's process id")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the app")
    args = parser.parse_args(argv)
    app = _find_app(args.name, args.pid, args.timeout)
    if app is None:
        sys.stderr.write(f"no application {args.name or args.pid} on the AT-SPI registry\n")
        return 3
    json.dump(dump(app), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
