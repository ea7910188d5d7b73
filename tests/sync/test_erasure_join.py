"""A laptop that joins the team after a GDPR erasure ends with what the laptops already in the team hold: the
erased person's "Erased" placeholder (same uid, same scrubbed fields) in the trash, their issued invoices and
credit notes whole with their numbers and seals, their payments and refunds, and none of their personal data
(against the in-process stand-in and over HTTP against the real server)."""

from __future__ import annotations

from datetime import date

from smallcrm.services.privacy.erasure import erase_party
from smallcrm.services.sales.refunds import RefundDraft, record_refund
from smallcrm.services.sales.seal import chain_problems
from tests import factories
from tests.sync.chaos import snapshot

# what says who he is and how to reach him (the documents keep, sealed, his name, tax code and address)
PERSONAL = ("gino.verdi@example.it", "9876543", "his wife at the counter", "cash back to his son", "met at the fair")


def _everything(laptop) -> str:
    """Every text of the laptop's synced and local tables (its database as SQL), to look for the person in."""
    return "\n".join(laptop.db.pw.connection().iterdump())


def test_a_laptop_joining_after_an_erasure_holds_the_kept_documents_and_the_same_placeholder(team, new_laptop):
    olga, sam = team
    with olga as db:
        gino = factories.private_customer(db, "Gino", "Verdi", emails=["gino.verdi@example.it"],
                                          phones=["333 987 6543"], notes="met at the fair")
        invoice = factories.issued_invoice(db, gino.id, on=date(2026, 3, 2))
        factories.payment(db, invoice.id, "122", notes="paid by his wife at the counter")
        note = factories.credit_note(db, invoice.id, on=date(2026, 3, 5))
        record_refund(db, RefundDraft(note.id, "122", date(2026, 3, 6), notes="cash back to his son"))
        party_uid = olga.rows("SELECT uid FROM party WHERE id = ?", (gino.id,))[0][0]
    olga.sync()
    sam.sync()
    with olga as db:
        erase_party(db, gino.id, "asked on 3 March")
    assert olga.sync().refused == []
    sam.sync()
    late = new_laptop()
    late.sign_in("ada")
    report = late.sync()
    assert report.mismatched == []
    documents = "SELECT uid, kind, number_text, chain_hash FROM invoice ORDER BY uid"
    assert late.rows(documents) == olga.rows(documents) and len(olga.rows(documents)) == 2
    money = "SELECT uid, amount_cents, notes FROM {} ORDER BY uid"
    for table in ("payment", "refund"):
        assert late.rows(money.format(table)) == olga.rows(money.format(table)) == [(
            olga.rows(f"SELECT uid FROM {table}")[0][0], 12200, "")]
    placeholder = "SELECT uid, kind, name, first_name, last_name, notes, deleted_at IS NOT NULL FROM party"
    assert late.rows(placeholder) == olga.rows(placeholder) == sam.rows(placeholder)
    assert late.rows(placeholder)[0][0] == party_uid and late.rows(placeholder)[0][-1] == 1
    assert snapshot(late) == snapshot(olga) == snapshot(sam)
    for laptop in (olga, sam, late):
        assert chain_problems(laptop.db.pw.execute_sql) == []
        dumped = _everything(laptop)
        assert [text for text in PERSONAL if text in dumped] == []
        assert laptop.rows("SELECT COUNT(*) FROM party WHERE first_name || last_name || name LIKE '%Verdi%'") == [(0,)]
        for table in ("address", "contact_point"):
            assert laptop.rows(f"SELECT COUNT(*) FROM {table}") == [(0,)]
