"""Renders the app icon's SVG source to the PNG sizes, the Windows .ico and the macOS .icns.

Run after changing resources/icons/endoaid.svg, then commit the results:
    python packaging/icons/make_icons.py
Needs PySide6 (QtSvg renders the SVG) and Pillow (writes .ico/.icns); both come with the
project's environment (Pillow via matplotlib).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "resources" / "icons" / "endoaid.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Return where the PNG of one size lives (hicolor theme layout)."""
    return HERE / "hicolor" / f"{size}x{size}" / "apps" / "endoaid.png"


def render(size: int, target: Path) -> None:
    """Render the SVG source at size x size pixels into a PNG file."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"make_icons: cannot write {target}")


def main() -> int:
    """Write every raster form of the icon; return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size, png_path(size))
    big = Image.open(png_path(512))
    big.save(HERE / "endoaid.ico", sizes=[(s, s) for s in ICO_SIZES])
    big.save(HERE / "endoaid.icns")
    print(f"wrote {len(SIZES)} PNGs, endoaid.ico and endoaid.icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
