"""Images from outside (a logo picked from disk) checked before anything decodes them: a small PNG can declare
a 100,000 x 100,000 picture whose pixels fill every byte of memory once decoded (a decompression bomb), and
every PDF and mail that draws the logo would then fail. The size of the file and the pixel count its header
declares are read first; only then does Pillow verify the chunks."""

from __future__ import annotations

import io
import struct

from smallcrm.errors import ValidationError

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000  # pixels: a logo printed 4 cm wide at 600 dpi needs under 1,000
MAX_PIXELS = 8_000_000


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG format puts first, without decoding anything."""
    if not data.startswith(PNG_MAGIC) or len(data) < 33 or data[12:16] != b"IHDR":
        raise ValidationError("logo_png", "The logo must be a PNG image", code="logo_invalid")
    return struct.unpack(">II", data[16:24])


def check_png(data: bytes, field: str = "logo_png") -> None:
    """Refuse (``ValidationError``) a PNG too large in bytes or pixels, or damaged, before it is decoded."""
    if len(data) > MAX_BYTES:
        raise ValidationError(field, f"The image is {len(data) / 1e6:.1f} MB: at most {MAX_BYTES // 2**20} MB",
                              code="image_too_large", max_mb=MAX_BYTES // 2**20)
    width, height = png_size(data)
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width * height <= MAX_PIXELS):
        raise ValidationError(field, f"The image is {width:,} x {height:,} pixels: at most {MAX_SIDE:,} on a "
                                     "side", code="image_too_many_pixels", max_side=MAX_SIDE)
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()  # the chunks and their checksums; the pixel count is already known to be sane
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error) as exc:
        raise ValidationError(field, "The image is damaged", code="logo_invalid") from exc


PHOTO_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}


def check_photo(data: bytes, field: str = "photo") -> str:
    """The media type of a contact's picture (JPEG, PNG, GIF or WebP, as address books carry them), or a
    ``ValidationError`` for one too large, too many pixels, damaged or of another kind: the header is read for
    the size before anything is decoded, as for a logo."""
    if len(data) > MAX_BYTES:
        raise ValidationError(field, f"The image is {len(data) / 1e6:.1f} MB: at most {MAX_BYTES // 2**20} MB",
                              code="image_too_large", max_mb=MAX_BYTES // 2**20)
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            kind, (width, height) = image.format, image.size
            if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width * height <= MAX_PIXELS):
                raise ValidationError(field, f"The image is {width:,} x {height:,} pixels: at most {MAX_SIDE:,} "
                                             "on a side", code="image_too_many_pixels", max_side=MAX_SIDE)
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error) as exc:
        raise ValidationError(field, "Not a picture that can be read", code="photo_invalid") from exc
    if kind not in PHOTO_TYPES:
        raise ValidationError(field, "Not a picture that can be read", code="photo_invalid")
    return PHOTO_TYPES[kind]
