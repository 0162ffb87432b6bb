"""Render the app icon from assets/icons/sciatica-coach.svg into every size the platforms want.

Usage: python tools/make_icons.py      (needs PySide6; runs headless)

Writes, under assets/icons/:
  hicolor/NxN/apps/APP_ID.png       for N in SIZES (freedesktop icon theme layout)
  hicolor/scalable/apps/APP_ID.svg  a copy of the source
  sciatica-coach.ico                Windows: 16 to 64 px as 32-bit BMP, 128 and 256 px as PNG

macOS wants an .icns; packaging/linux/README.md says how to make one with iconutil.
The PNGs depend on the Qt version that rendered them, so tests check they exist, not their bytes.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

APP_ID = "org.sciaticacoach.SciaticaCoach"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SOURCE = ICONS / "sciatica-coach.svg"
SVG_NS = "http://www.w3.org/2000/svg"
# Elements too fine to survive below SMALL_BELOW px: drawn there, they only blur the figure.
DETAIL_IDS = frozenset({"timer"})
SMALL_BELOW = 32


def svg_for_size(svg: Path, size: int) -> bytes:
    """The source SVG, without its fine detail when the icon is small (a hand-hinted small size)."""
    if size >= SMALL_BELOW:
        return svg.read_bytes()
    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(svg.read_bytes())
    for parent in root.iter():
        for child in list(parent):
            if child.get("id") in DETAIL_IDS:
                parent.remove(child)
    return bytes(ET.tostring(root, encoding="utf-8"))


def render(svg: Path, size: int) -> QImage:
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_for_size(svg, size)))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry in the classic form: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    # Format_ARGB32 is stored as BGRA bytes on little-endian machines, which is what a DIB wants.
    bits, stride = bytes(image.constBits()), image.bytesPerLine()
    rows = [bits[y * stride : y * stride + size * 4] for y in range(size)]
    mask_row = bytes(((size + 31) // 32) * 4)  # all zero: the alpha channel does the masking
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: list[QImage]) -> bytes:
    """A multi-size .ico; Qt's own ICO writer stores only one image per file."""
    entries = [png_bytes(im) if im.width() >= 128 else bmp_entry(im) for im in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for image, entry in zip(images, entries, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(entry), offset)
        offset += len(entry)
    return directory + b"".join(entries)


def main() -> int:
    if sys.byteorder != "little":
        raise SystemExit("the ICO writer assumes a little-endian machine")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    images = {size: render(SOURCE, size) for size in SIZES}
    for size, image in images.items():
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(png_bytes(image))
        print(out)
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable)
    ico = ICONS / "sciatica-coach.ico"
    ico.write_bytes(ico_bytes([images[s] for s in ICO_SIZES]))
    print(ico)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
