"""The fonts of our documents: DejaVu Sans, shipped in resources/fonts, registered once per process."""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFObject, PDFObjectReference
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


_compress = lru_cache(maxsize=64)(zlib.compress)


class _CachedFlate:
    """FlateDecode for our font programs and their character maps: the same bytes in document after document,
    compressed once."""

    pdfname = "FlateDecode"
    decode = staticmethod(zlib.decompress)

    @staticmethod
    def encode(data: bytes | str) -> bytes:
        return _compress(data.encode("utf8") if isinstance(data, str) else data)


class _Formatted(PDFObject):
    """A PDF value written as the bytes it was formatted to once (a font subset's array of widths: the same
    few hundred numbers in every document)."""

    def __init__(self, data: bytes):
        self.data = data

    def format(self, document) -> bytes:
        return self.data


_widths: dict[tuple, _Formatted] = {}


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


def _cache_font_objects(font: TTFont) -> None:
    """The PDF objects of the font's subsets in a document: their widths formatted and their character maps
    compressed once per process, not once per document (a fifth of a one-page invoice's time)."""
    add_objects = font.addObjects

    def add_objects_cached(doc):
        add_objects(doc)
        for pdf_font in doc.idToObject["BasicFonts"].dict.values():
            widths = getattr(pdf_font, "Widths", None)
            if isinstance(widths, PDFArray):
                key = tuple(widths.sequence)
                if key not in _widths and len(_widths) < 256:
                    _widths[key] = _Formatted(widths.format(doc))
                pdf_font.Widths = _widths.get(key, widths)
            cmap = getattr(pdf_font, "ToUnicode", None)
            stream = doc.idToObject.get(cmap.name) if isinstance(cmap, PDFObjectReference) else None
            if stream is not None and stream.filters:
                stream.filters = [_CachedFlate]

    font.addObjects = add_objects_cached


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once per process: à è ì ò ù ș ț ă î â € all print.

    Also, once: our font subsets are cached (cut and compressed once per process), and streams are not
    ASCII85-encoded (a quarter smaller, faster, equally valid; this is reportlab's process-wide setting).
    """
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        font = TTFont(name, str(FONT_DIR / file))
        _cache_subsets(font.face)
        _cache_font_objects(font)
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    rl_config.useA85 = 0
    return FONT, BOLD


