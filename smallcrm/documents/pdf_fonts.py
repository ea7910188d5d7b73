"""The fonts of our documents: DejaVu Sans, shipped in resources/fonts, registered once per process."""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFObject, PDFStream, PDFTrueTypeFont
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

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
    """The PDF objects of the font's subsets in a document, made as reportlab's ``TTFont.addObjects`` makes
    them, but with each subset's widths (formatted) and character map (compressed) made once per process,
    not once per document: the same subsets head document after document."""
    face = font.face

    @lru_cache(maxsize=64)
    def parts(codes: tuple[int, ...], base_name: str) -> tuple[_Formatted, str]:
        widths = _Formatted(PDFArray([face.getCharWidth(code) for code in codes]).format(None))
        return widths, makeToUnicodeCMap(base_name, list(codes))

    def add_objects(doc) -> None:
        state = font._assignState(doc)
        state.frozen = 1
        fonts = doc.idToObject["BasicFonts"].dict
        for number, subset in enumerate(state.subsets):
            name = font.getSubsetInternalName(number, doc)[1:]
            base_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            widths, cmap = parts(tuple(subset), base_name)
            pdf_font = PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {font.fontName} subset {number}"
            pdf_font.Name, pdf_font.BaseFont = name, base_name
            pdf_font.FirstChar, pdf_font.LastChar, pdf_font.Widths = 0, len(subset) - 1, widths
            stream = PDFStream()
            stream.content = cmap
            if doc.compression:
                stream.filters = [_CachedFlate]
            pdf_font.ToUnicode = doc.Reference(stream, "toUnicodeCMap:" + base_name)
            pdf_font.FontDescriptor = face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, name)
            fonts[name] = pdf_font
        del font.state[doc]

    font.addObjects = add_objects


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once per process: à è ì ò ù ș ț ă î â € all print.

    Also, once: our font subsets are cached (cut and compressed once per process), streams are not
    ASCII85-encoded (a quarter smaller, faster, equally valid; this is reportlab's process-wide setting),
    and the spelling of PDF names ("/Type", "/Font", ...: a pure function reportlab calls ~100 times a
    document for the same few dozen keys) is remembered.
    """
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        font = TTFont(name, str(FONT_DIR / file))
        _cache_subsets(font.face)
        _cache_font_objects(font)
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    rl_config.useA85 = 0
    if not hasattr(pdfdoc.PDFName, "cache_info"):
        pdfdoc.PDFName = lru_cache(maxsize=1024)(pdfdoc.PDFName)
    return FONT, BOLD


