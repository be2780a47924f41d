"""Renders the SVG app icon to the PNG sizes launchers and installers ask for."""

import argparse
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Writes `<size>x<size>/partnerdesk.png` per size, `.ico` and `.icns`; returns the paths."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}x{size}" / "partnerdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    # Windows installers and macOS bundles want their own containers of the same picture.
    for suffix, size in (("ico", 256), ("icns", 512)):
        image = QImage(str(out_dir / f"{size}x{size}" / "partnerdesk.png"))
        target = out_dir / f"partnerdesk.{suffix}"
        if not image.save(str(target), suffix):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("svg", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    for path in render(args.svg, args.out_dir):
        print(path)


if __name__ == "__main__":
    main()
