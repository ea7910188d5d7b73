"""Erasure also reaches what mail and imports remember about a person: a message from them still waiting on
the review list, a mail to them in the outbox, and the values an import replaced (kept for its undo)."""

from datetime import date

from smallcrm.db.import_models import ImportChange
from smallcrm.db.mail_models import MailReview, OutboxMessage
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.mail.incoming import import_eml
from smallcrm.services.mail.outgoing import queue_document_mail
from smallcrm.services.parties.search import search_parties
from smallcrm.services.privacy.erasure import erase_party
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories
from tests.services.privacy.conftest import database_bytes

EMAIL = "ermenegilda.pflugfelder@example.org"
SECRETS = ("Pflugfelder", EMAIL, "Keeper of astrolabes", "Lunar almanac question")


def _import(db, path, job_title: str) -> None:
    factories.import_batch(db, path, ("First name", "Last name", "E-mail", "Job title"),
                           [("Ermenegilda", "Pflugfelder", EMAIL, job_title)])


def _subject(db, tmp_path) -> int:
    mail = tmp_path / "question.eml"  # arrives before she is a contact: it waits on the review list
    mail.write_bytes(f"From: Ermenegilda Pflugfelder <{EMAIL}>\r\nTo: shop@example.com\r\n"
                     "Subject: Lunar almanac question\r\nMessage-ID: <q1@example.org>\r\n"
                     "Date: Mon, 2 Nov 2026 10:00:00 +0100\r\n\r\nDo you sell the lunar almanac?\r\n".encode())
    import_eml(db, mail)
    _import(db, tmp_path / "a.csv", "Keeper of astrolabes")
    _import(db, tmp_path / "b.csv", "Buyer")  # the old title kept for undo
    (party,) = search_parties("pflugfelder")
    set_setting(db, "mail_sender_address", "shop@example.com")
    quote = factories.draft_quote(db, party.id, [LineDraft("Almanac", 1, "30", 0, "22")],
                                  issue_date=date(2026, 11, 2), valid_until=date(2026, 12, 2))
    queue_document_mail(db, "quote", quote.id, EMAIL, "Your quote", "Dear Ermenegilda Pflugfelder")
    return party.id


def _found(db) -> list[str]:
    data = database_bytes(db.path).lower()
    return [text for text in SECRETS if text.lower().encode() in data]


def test_the_control_finds_the_person_in_review_outbox_and_import_records(db, tmp_path):
    party_id = _subject(db, tmp_path)
    assert MailReview.select().where(MailReview.from_key == EMAIL).exists()
    assert OutboxMessage.select().where(OutboxMessage.party == party_id).exists()
    assert ImportChange.select().where(ImportChange.party == party_id).exists()
    assert _found(db) == list(SECRETS)


def test_erasure_removes_them_from_review_outbox_and_import_records(db, tmp_path):
    party_id = _subject(db, tmp_path)
    view, _ = erase_party(db, party_id, "Asked to be forgotten")
    assert view.erased["unmatched_mails"] == 1 and view.erased["outbox_mails"] == 1
    assert view.erased["import_records"] >= 1
    assert not MailReview.select().exists() and not OutboxMessage.select().exists()
    assert not ImportChange.select().where(ImportChange.party == party_id).exists()
    assert _found(db) == []
