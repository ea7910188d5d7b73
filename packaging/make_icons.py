"""Make the icon's PNGs (16 ... 512 px), the Windows .ico and the macOS .icns from resources/icons/smallcrm.svg.

    make icons        (needs rsvg-convert: apt-get install librsvg2-bin; Pillow comes with reportlab)

The outputs are committed, so that building the packages needs neither tool; run this again after editing
the SVG. Each size is rendered from the SVG by rsvg-convert rather than scaled down from the largest, which
keeps the small ones sharp; the .ico and .icns are put together from those renderings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a Windows icon holds


def render(size: int) -> Path:
    """One PNG of ``size`` pixels, rendered from the SVG."""
    out = ICONS / f"smallcrm-{size}.png"
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(ICONS / "smallcrm.svg"), "-o", str(out)],
                   check=True)
    return out


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("make_icons: rsvg-convert is missing (Debian/Ubuntu: apt-get install librsvg2-bin)", file=sys.stderr)
        return 1
    images = {size: Image.open(render(size)) for size in SIZES}
    largest = images[256]
    largest.save(ICONS / "smallcrm.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[512].save(ICONS / "smallcrm.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    print(f"make_icons: {len(SIZES)} PNGs, smallcrm.ico and smallcrm.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
