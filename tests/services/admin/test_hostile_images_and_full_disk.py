"""A decompression-bomb PNG is refused as the logo before anything decodes it; an erasure stopped by a full disk
after its commit says what is true (saved; the freed space is cleared at the next start, and is)."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace

import pytest
from peewee import OperationalError
from PIL import Image

from smallcrm.db.connection import open_database
from smallcrm.db.erasure_ledger import scrub_pending_path
from smallcrm.db.models import Party
from smallcrm.errors import StorageError, ValidationError
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.privacy import erasure, erasure_replay
from smallcrm.services.privacy.erasure import erase_party
from tests import factories


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb(side: int = 50_000) -> bytes:
    """A PNG of a few kilobytes declaring side x side grey pixels (2.5 GB once decoded for 50,000)."""
    rows = zlib.compressobj(9)
    data = b"".join(rows.compress(b"\x00" * (side + 1)) for _ in range(64)) + rows.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), "navy").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("logo, code", [(bomb(), "image_too_many_pixels"),
                                        (small_png() + b"\x00" * (3 * 2**20), "image_too_large"),
                                        (small_png()[:60], "logo_invalid")])
def test_a_hostile_logo_is_refused_and_the_old_one_stays(db, logo, code):
    good, _ = update_company_profile(db, replace(get_company_profile(), name="Verdi S.r.l.", logo_png=small_png()))
    assert len(bomb()) < 200_000
    with pytest.raises(ValidationError) as refused:
        update_company_profile(db, replace(good, logo_png=logo))
    assert refused.value.field == "logo_png" and refused.value.code == code
    assert get_company_profile().logo_png == small_png()


def test_an_erasure_on_a_full_disk_says_it_is_saved_and_the_next_start_clears_the_space(db, monkeypatch):
    person = factories.person(db, "Zebediah", "Quackenbush", notes="Allergic to pistachio marzipan")
    real_scrub = erasure.scrub

    def full(pw, progress=None):
        raise OperationalError("database or disk is full")

    monkeypatch.setattr(erasure, "scrub", full)
    with pytest.raises(StorageError) as error:
        erase_party(db, person.id, "asked by phone")
    assert error.value.code == "erased_not_cleared"
    assert "erasure is saved" in str(error.value) and "nothing was saved" not in str(error.value)
    assert not Party.select().where(Party.id == person.id).exists()
    assert scrub_pending_path(db.path).exists()
    path = db.path
    db.close()
    cleared = []
    monkeypatch.setattr(erasure_replay, "scrub", lambda pw: cleared.append(real_scrub(pw)))
    with open_database(path):
        pass
    assert cleared == [True] and not scrub_pending_path(path).exists()


def test_the_window_does_not_decode_a_bomb_chosen_as_logo(qapp, tmp_path):
    from ui.settings.company import png_bytes

    (tmp_path / "bomb.png").write_bytes(bomb())
    (tmp_path / "logo.png").write_bytes(small_png())
    assert png_bytes(tmp_path / "bomb.png") is None
    assert png_bytes(tmp_path / "logo.png").startswith(b"\x89PNG")
