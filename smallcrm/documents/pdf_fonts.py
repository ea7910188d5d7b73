"""The fonts of our documents: DejaVu Sans, shipped in resources/fonts, registered once per process."""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


class _CachedFlate:
    """FlateDecode for our font programs: the same bytes in document after document, compressed once."""

    pdfname = "FlateDecode"
    encode = staticmethod(lru_cache(maxsize=16)(zlib.compress))
    decode = staticmethod(zlib.decompress)


def _cache_subsets(face) -> None:
    cut = lru_cache(maxsize=16)(lambda codes, make=face.makeSubset: make(list(codes)))
    face.makeSubset = lambda subset: cut(tuple(subset))
    add_objects = face.addSubsetObjects

    def add_subset_objects(doc, fontname, subset):
        reference = add_objects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")  # as reportlab names it
        if stream is not None and stream.filters:
            stream.filters = [_CachedFlate]
        return reference

    face.addSubsetObjects = add_subset_objects


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once per process: à è ì ò ù ș ț ă î â € all print.

    Also, once: our font subsets are cached (cut and compressed once per process), and streams are not
    ASCII85-encoded (a quarter smaller, faster, equally valid; this is reportlab's process-wide setting).
    """
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        font = TTFont(name, str(FONT_DIR / file))
        _cache_subsets(font.face)
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    rl_config.useA85 = 0
    return FONT, BOLD


