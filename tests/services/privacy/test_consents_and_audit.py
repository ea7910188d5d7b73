from datetime import date, datetime, timedelta

import pytest

from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.parties import draft_of, get_party, trash_party, update_party
from smallcrm.services.privacy.audit import list_audit
from smallcrm.services.privacy.consents import (
    ConsentDraft,
    has_consent,
    list_consents,
    record_consent,
    set_review_date,
    withdraw_consent,
)
from smallcrm.services.sales.deals import move_deal
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories


def test_consent_lifecycle_given_withdrawn_given_again(db, person):
    mario = person()
    given = datetime.now() - timedelta(days=3)
    view, changes = record_consent(db, ConsentDraft(mario.id, " Newsletter ", "consent", given, "web form"))
    assert view.purpose == "newsletter" and view.active and changes.consents == {view.id}
    assert has_consent(mario.id, "newsletter")
    with pytest.raises(Conflict):
        record_consent(db, ConsentDraft(mario.id, "newsletter"))
    withdrawn, _ = withdraw_consent(db, view.id, how="reply to the newsletter")
    assert not withdrawn.active and withdrawn.withdrawn_how == "reply to the newsletter"
    assert not has_consent(mario.id, "newsletter")
    with pytest.raises(Conflict):
        withdraw_consent(db, view.id)
    again, _ = record_consent(db, ConsentDraft(mario.id, "newsletter", how="phone call"))
    assert [c.id for c in list_consents(mario.id)] == [again.id, view.id]  # active first, history kept


def test_bad_consents_name_the_field(db, person):
    mario = person()
    cases = [(ConsentDraft(mario.id, ""), "purpose"), (ConsentDraft(mario.id, "x", "whim"), "lawful_basis"),
             (ConsentDraft(mario.id, "x", given_at=datetime.now() + timedelta(days=2)), "given_at")]
    for draft, field in cases:
        with pytest.raises(ValidationError) as caught:
            record_consent(db, draft)
        assert caught.value.field == field
    view, _ = record_consent(db, ConsentDraft(mario.id, "profiling", "legitimate_interests"))
    with pytest.raises(ValidationError):
        withdraw_consent(db, view.id, datetime.now() - timedelta(days=30))
    assert list_consents(mario.id)[0].active


def test_an_edit_writes_one_audit_row_per_changed_field_with_who(db, person):
    set_setting(db, "default_owner", "anna")
    mario = person(emails=["mario@rossi.it"])
    draft = draft_of(mario)
    draft.job_title, draft.emails, draft.stage = "Buyer", ["mario@acme.it"], "prospect"
    update_party(db, mario.id, draft)
    entries = list_audit(mario.id)
    changed = {e.field: (e.old_value, e.new_value) for e in entries if e.action == "update"}
    assert changed == {"job_title": ("", "Buyer"), "emails": ("mario@rossi.it", "mario@acme.it"),
                       "stage": ("lead", "prospect")}
    assert {e.who for e in entries} == {"anna"} and entries[-1].action == "create"
    update_party(db, mario.id, draft_of(get_party(mario.id)))  # nothing changed: nothing logged
    assert len(list_audit(mario.id)) == len(entries)


def test_documents_and_the_trash_are_in_the_party_history(db):
    mario = factories.private_customer(db, "Mario", "Rossi")
    deal = factories.deal(db, mario.id, "Kitchen", "1000")
    move_deal(db, deal.id, "won")
    issued = factories.issued_invoice(db, mario.id, [LineDraft("Kitchen", 1, "1000", 0, "22")], on=date.today())
    factories.payment(db, issued.id, "100")
    set_review_date(db, mario.id, date(2030, 1, 1))
    trash_party(db, mario.id)
    entries = list_audit(mario.id)
    seen = {(e.record_kind, e.action, e.field) for e in entries}
    assert {("deal", "update", "stage"), ("invoice", "issue", "number_text"), ("invoice", "issue", "status"),
            ("payment", "create", ""), ("party", "update", "review_on"), ("party", "trash", "")} <= seen
    status = next(e for e in entries if e.record_kind == "invoice" and e.field == "status")
    assert (status.old_value, status.new_value) == ("draft", "issued")
    total = next(e for e in entries if e.record_kind == "deal" and e.field == "probability")
    assert (total.old_value, total.new_value) == ("10", "100")
    assert entries[0].action == "trash"  # newest first


def test_a_merge_is_in_the_survivors_history(db, person):
    mario = person(emails=["mario@rossi.it"])
    twin = person(emails=["m.rossi@acme.it"], job_title="Buyer")
    merge_parties(db, mario.id, twin.id)
    entries = {(e.action, e.field): e for e in list_audit(mario.id)}
    assert entries[("merge", "job_title")].new_value == "Buyer"
    assert "m.rossi@acme.it" in entries[("merge", "emails")].new_value
    assert list_audit(twin.id)[0].action == "merged"
