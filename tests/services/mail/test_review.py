"""The review list: create a contact, file under a party, ignore; decided once; erased with the party."""

from __future__ import annotations

import pytest

from smallcrm.db.mail_models import MailMessage, MailReview
from smallcrm.db.models import Communication, Party
from smallcrm.errors import Conflict, ValidationError
from smallcrm.mailwire.parse import address_key
from smallcrm.services.mail.incoming import import_eml
from smallcrm.services.mail.review import (
    attach_review,
    count_pending,
    create_contact_from_review,
    drop_reviews_from,
    ignore_review,
    list_reviews,
)
from smallcrm.services.parties.parties import PartyDraft, get_party
from smallcrm.services.timeline.communications import list_communications
from tests.services.mail.messages import message


@pytest.fixture
def review(db, tmp_path):
    def make(**fields) -> int:
        path = tmp_path / f"m{len(list(tmp_path.iterdir()))}.eml"
        path.write_bytes(message(**fields))
        import_eml(db, path)
        return list_reviews()[0].id

    return make


def test_create_contact_reads_the_name_either_way(db, review):
    first = review(sender='"Verdi, Luca" <luca@verdi.example>')
    luca, _ = create_contact_from_review(db, first)
    assert (luca.first_name, luca.last_name) == ("Luca", "Verdi")
    second = review(sender="info@bottega.example", subject="Senza nome")
    info, _ = create_contact_from_review(db, second)
    assert (info.first_name, info.last_name, info.source) == ("", "info", "e-mail")
    assert [c.subject for c in list_communications(info.id)] == ["Senza nome"]


def test_create_contact_from_a_draft_the_user_edited(db, review):
    review_id = review(sender="luca@verdi.example")
    luca, _ = create_contact_from_review(db, review_id, PartyDraft(kind="person", first_name="Luca",
                                                                   last_name="Verdi", phones=["02 1234 5678"]))
    assert [p.kind for p in luca.contact_points] == ["email", "phone"]
    assert MailReview.get_by_id(review_id).raw is None  # the timeline has it now


def test_attach_to_an_existing_party_adds_the_address_so_the_next_mail_matches(db, review, tmp_path, company):
    acme = company("Acme S.r.l.")
    review_id = review(sender="ufficio@acme.example", subject="Ordine 7")

    attach_review(db, review_id, acme.id)

    assert [c.subject for c in list_communications(acme.id)] == ["Ordine 7"]
    assert [p.value for p in get_party(acme.id).contact_points] == ["ufficio@acme.example"]
    path = tmp_path / "next.eml"
    path.write_bytes(message(sender="ufficio@acme.example", subject="Ordine 8"))
    assert import_eml(db, path).logged == 1


def test_ignore_keeps_nothing_but_the_id_and_the_message_is_not_listed_again(db, review, tmp_path):
    review_id = review(sender="spam@bulk.example", subject="Offerta imperdibile", message_id="<spam-1@bulk>")
    ignore_review(db, review_id)
    row = MailReview.get_by_id(review_id)
    assert (row.status, row.from_address, row.subject, row.raw) == ("ignored", "", "", None)
    assert count_pending() == 0
    path = tmp_path / "again.eml"
    path.write_bytes(message(sender="spam@bulk.example", message_id="<spam-1@bulk>"))
    assert import_eml(db, path).already_known == 1


def test_a_message_is_decided_once(db, review, person):
    review_id = review(sender="luca@verdi.example")
    ignore_review(db, review_id)
    with pytest.raises(Conflict):
        create_contact_from_review(db, review_id)
    with pytest.raises(Conflict):
        attach_review(db, review_id, person().id)


def test_no_sender_cannot_become_a_contact_but_can_be_filed(db, review, person):
    review_id = review(sender="")
    with pytest.raises(ValidationError) as failure:
        create_contact_from_review(db, review_id)
    assert failure.value.code == "no_sender"
    mario = person()
    attach_review(db, review_id, mario.id)
    assert len(list_communications(mario.id)) == 1


def test_erasing_the_party_removes_its_mail_rows(db, review):
    luca, _ = create_contact_from_review(db, review(sender="luca@verdi.example"))
    assert MailMessage.select().count() == 1 and MailReview.select().count() == 1
    Party.delete().where(Party.id == luca.id).execute()  # what the GDPR erasure does at the end
    assert (Communication.select().count(), MailMessage.select().count(), MailReview.select().count()) == (0, 0, 0)


def test_an_erasure_can_drop_the_pending_mail_of_an_address(db, review):
    review(sender="Luca <Luca@Verdi.example>")
    kept = review(sender="altro@altrove.example")

    changes = drop_reviews_from(db, {address_key("luca@verdi.example")})

    assert [r.id for r in list_reviews()] == [kept] and len(changes.mail_reviews) == 1
