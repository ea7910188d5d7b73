"""A person with distinctive personal data everywhere the database can hold it, for erasure tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from smallcrm.services.parties.parties import AddressDraft, draft_of, update_party
from smallcrm.services.parties.photos import set_photo
from smallcrm.services.privacy.consents import ConsentDraft, record_consent
from smallcrm.services.timeline.attachments import NewAttachment, attach_files
from smallcrm.services.timeline.tasks import TaskDraft
from tests import factories

# strings that appear nowhere else: a byte search of the files finds them only if they were not erased
SECRETS = {
    "first name": "Zebediah",
    "last name": "Quackenbush",
    "e-mail": "zeb.quackenbush@example.org",
    "phone": "3475550199",
    "notes": "Allergic to pistachio marzipan",
    "street": "Via Gufomagico",
    "tax code": "QCKZBD80A01F205D",  # the codice fiscale an invoice to a private person needs
    "communication": "Discussed the orrery restoration",
    "attachment name": "quackenbush-passport",
    "task": "Send the orrery brochure",
    "consent": "Signed at the Frobozz fair",
    "middle name": "Hezekiah",
    "nickname": "Clockwork Zeb",
    "department": "Orrery Restoration Bureau",
    "photo": "Portrait of a horologist",  # a text chunk inside the picture's own bytes
}
FILE_CONTENT = b"PASSPORT-SCAN-OF-THE-PERSON-XYZZY"


def portrait() -> bytes:
    """A PNG whose bytes carry a sentence (a text chunk): found in the files as long as the picture is."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", SECRETS["photo"])
    out = io.BytesIO()
    Image.new("RGB", (6, 6), "teal").save(out, "PNG", pnginfo=info)
    return out.getvalue()


@dataclass
class Subject:
    id: int
    uid: str
    communication_id: int


@pytest.fixture
def subject(db) -> Subject:
    acme = factories.company(db, "Acme Orologi S.r.l.")
    view = factories.person(
        db, SECRETS["first name"], SECRETS["last name"], emails=[SECRETS["e-mail"]],
        phones=["+39 " + SECRETS["phone"]], notes=SECRETS["notes"],
        addresses=[AddressDraft(SECRETS["street"] + " 7", "20121", "Milano", "MI")], tags=["vip"],
        tax_code=SECRETS["tax code"],
        company_id=acme.id, role="Buyer", source="fiera", middle_name=SECRETS["middle name"],
        nickname=SECRETS["nickname"], department=SECRETS["department"], anniversary=date(2001, 9, 8))
    set_photo(db, view.id, portrait())
    draft = draft_of(view)
    draft.job_title = "Chief Horologist"  # an edit: the audit log now holds old and new values
    update_party(db, view.id, draft)
    call = factories.communication(db, view.id, SECRETS["communication"], "meeting", body="Quackenbush wants a quote",
                                   follow_up=TaskDraft(title=SECRETS["task"]))
    attach_files(db, call.id, [NewAttachment(SECRETS["attachment name"] + ".pdf", FILE_CONTENT, "application/pdf")])
    factories.communication(db, acme.id, "Zebediah called about the orrery", person_id=view.id)
    record_consent(db, ConsentDraft(view.id, "newsletter", how=SECRETS["consent"]))
    factories.deal(db, view.id, "Orrery for Quackenbush", "1500")
    return Subject(view.id, view.uid, call.id)


def database_bytes(path: Path) -> bytes:
    """The database file with its WAL and shared-memory file, as a byte search of the disk would see them."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def found_secrets(path: Path) -> list[str]:
    data = database_bytes(path).lower()
    return [what for what, text in SECRETS.items() if text.lower().encode() in data]
