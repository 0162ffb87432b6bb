"""Make docs/figures.png: every base drill's figure at the start and the end of a rep.

A contact sheet to check the figures by eye against each drill's cues (and for the docs). Runs
offscreen. `--all` adds the variants, `--at 0,0.5,1` shows more moments of a rep, `--ids` picks
drills by id.

    python tools/figures_sheet.py [--out docs/figures.png] [--all] [--at 0,1] [--ids a,b]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

from sciatica_coach.core.figure_scene import frame, scene_at  # noqa: E402
from sciatica_coach.core.figures import shipped_figures  # noqa: E402
from sciatica_coach.core.shipped import load_shipped  # noqa: E402
from sciatica_coach.ui.figure_render import ensure_gui, paint_scene, save_png  # noqa: E402
from sciatica_coach.ui.theme import LIGHT  # noqa: E402

CELL = QSize(250, 170)
"""One picture's size on the sheet (`--cell WxH` changes it)."""
LABEL_H = 40
COLUMNS = 3


def moment_name(at: float) -> str:
    return {0.0: "start", 1.0: "end"}.get(at, f"{at:.0%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "figures.png")
    parser.add_argument("--all", action="store_true", help="the variants too")
    parser.add_argument("--at", default="0,1", help="moments of a rep, e.g. 0,0.5,1")
    parser.add_argument("--ids", default="", help="only these exercise ids (comma-separated)")
    parser.add_argument("--side", default=None, help="left or right (default: as written)")
    parser.add_argument("--cell", default="", help="one picture's size, e.g. 400x270")
    parser.add_argument("--columns", type=int, default=COLUMNS, help="drills side by side")
    args = parser.parse_args()
    ensure_gui()
    columns = args.columns
    cell = QSize(*(int(n) for n in args.cell.split("x"))) if args.cell else CELL
    catalogue = load_shipped().catalogue
    book = shipped_figures()
    wanted = [i for i in args.ids.split(",") if i]
    exercises = [
        ex
        for ex in catalogue.exercises.values()
        if (args.all or ex.variant_of is None) and (not wanted or ex.id in wanted)
    ]
    moments = [float(a) for a in args.at.split(",")]
    block_w = cell.width() * len(moments)
    rows = (len(exercises) + columns - 1) // columns
    sheet = QImage(block_w * columns, rows * (cell.height() + LABEL_H), QImage.Format.Format_RGB32)
    sheet.fill(QColor(LIGHT.window))
    p = QPainter(sheet)
    font = QFont()
    font.setPixelSize(14)
    p.setFont(font)
    for n, ex in enumerate(exercises):
        x = (n % columns) * block_w
        y = (n // columns) * (cell.height() + LABEL_H)
        p.setPen(QColor(LIGHT.text))
        label = f"{ex.name} ({ex.kind.value})" + ("" if ex.variant_of is None else " *")
        p.drawText(QRectF(x + 6, y + 2, block_w - 12, 20), Qt.AlignmentFlag.AlignLeft, label)
        p.setPen(QColor(LIGHT.muted))
        small = QFont(font)
        small.setPixelSize(11)
        p.setFont(small)
        p.drawText(
            QRectF(x + 6, y + 20, block_w - 12, 16),
            Qt.AlignmentFlag.AlignLeft,
            "   ".join(moment_name(a) for a in moments),
        )
        p.setFont(font)
        if ex.id not in book.figures:
            p.drawText(QRectF(x, y + LABEL_H, block_w, cell.height()), 0, "NO FIGURE")
            continue
        box = frame(book, ex.id, args.side is not None)
        for i, at in enumerate(moments):
            rect = QRectF(x + i * cell.width(), y + LABEL_H, cell.width(), cell.height())
            paint_scene(p, rect.adjusted(4, 0, -4, -4), scene_at(book, ex.id, at, args.side), box)
        p.setPen(QColor(LIGHT.track))
        p.drawRect(QRectF(x, y, block_w - 1, cell.height() + LABEL_H - 1))
    p.end()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        save_png(sheet, args.out)
    except OSError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({len(exercises)} drills)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
