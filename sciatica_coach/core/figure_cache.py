"""A cache of the resolved figures, so the first figure drawn (and `validate`) skips reading and
blending the figure files: about 0.2 s, most of it YAML parsing.

Kept beside the catalogue cache and built the same way: the key is a digest of every figure
file (where it is and its bytes), the modules that read and solve them, and the app version, so
any change misses; only figures with no problems are written; a damaged cache is ignored.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from .catalogue_cache import cache_dir
from .digest import key_hash
from .figure_data import Keyframe, Prop
from .figure_motion import Figure

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

logger = logging.getLogger(__name__)

FORMAT = 1
CODE = ("vec", "skeleton", "pose", "figure_data", "figure_motion", "figures", "figure_cache")
"""What a cached figure depends on besides its file: the code that read and blended it."""


def digest(files: Sequence[Path]) -> str:
    h = key_hash(f"figures:{FORMAT}:{__version__}".encode())
    here = Path(__file__).parent
    for path in (*(here / f"{name}.py" for name in CODE), *files):
        h.update(str(path.resolve()).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def load(files: Sequence[Path]) -> dict[str, Figure] | None:
    """The cached figures for exactly these files, or None."""
    try:
        path = cache_dir() / f"figures-{digest(files)}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        return {item["exercise"]: _from_json(item) for item in data}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.debug("no usable figure cache: %s", exc)
        return None


def store(files: Sequence[Path], figures: Iterable[Figure]) -> None:
    """Write figures that loaded without a problem, for next time; never fails."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"figures-{digest(files)}.json"
        fd, tmp = tempfile.mkstemp(prefix=".figures-", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump([_figure_json(f) for f in figures], out)
        os.replace(tmp, target)
        for old in folder.glob("figures-*.json"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError as exc:
        logger.debug("figure cache not written: %s", exc)


def _figure_json(fig: Figure) -> dict[str, Any]:
    return {
        "exercise": fig.exercise,
        "file": fig.file,
        "line": fig.line,
        "view": list(fig.view),
        "props": [{"kind": p.kind, "values": [list(v) for v in p.values]} for p in fig.props],
        "keyframes": [{"at": k.at, "key": k.key, "line": k.line} for k in fig.keyframes],
        "angles": list(fig.angles),
    }


def _from_json(item: dict[str, Any]) -> Figure:
    props = tuple(
        Prop(p["kind"], tuple((str(k), _frozen(v)) for k, v in p["values"])) for p in item["props"]
    )
    keyframes = tuple(
        Keyframe(float(k["at"]), {str(n): float(v) for n, v in k["key"].items()}, k["line"])
        for k in item["keyframes"]
    )
    return Figure(
        exercise=item["exercise"],
        file=item["file"],
        line=item["line"],
        view=(float(item["view"][0]), float(item["view"][1])),
        props=props,
        keyframes=keyframes,
        angles=tuple({str(n): float(v) for n, v in a.items()} for a in item["angles"]),
    )


def _frozen(value: Any) -> Any:
    """A prop's list (a ball's `at`, a band's `between`) as the tuple the files gave."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value
