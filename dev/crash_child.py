"""The crash test's child: writes through the services as the app does, printing one JSON line after each
commit, until the parent kills it (dev/crashtest.py). Besides the everyday writes it runs the operations that
replace or convert the whole file (a restore, encrypt and decrypt) and, as a child of its own, the upgrade of
an old schema: for those it also prints a line *before* starting ("restoring", "encrypting", "upgrading"),
so that the parent knows a kill landed inside one and which outcomes are then allowed.

    python -m dev.crashtest child DB SEED
    python -m dev.crashtest upgrade-child DB      (DB: a copy of a schema fixture)
"""

from __future__ import annotations

import json
import random
from contextlib import suppress
from decimal import Decimal
from pathlib import Path

from smallcrm.db.connection import Database, open_database
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)

PASSPHRASE = "crash-test passphrase"  # encrypt uses it; every open passes it (a plain file ignores it)
NOT_ERASABLE = " AND first_name != 'Erasmo'"  # the persons kept for erasure are picked by no other action
# what the law wants on an invoice before it gets a number (services/sales/readiness.py): test values
SELLER = dict(name="Bottega Verdi S.r.l.", street="Via Indipendenza 8", postal_code="40121", city="Bologna",
              province="BO", country="IT", vat_number="IT04123450126", iban="IT60X0542811101000000123456")
ADDRESS = ("Via dell'Industria 4", "20121", "Milano", "MI")
COMPANY_VAT, PERSON_TAX_CODE = "IT00743110157", "BNCGLI80A41L219U"


def say(**change) -> None:
    """One line, one write() (less than PIPE_BUF bytes): the parent gets it whole or not at all."""
    print(json.dumps(change), flush=True)


def _ids(db: Database, sql: str, params: tuple = ()) -> list[int]:
    return [r[0] for r in db.execute_sql(sql + " ORDER BY id DESC LIMIT 200", params)]


class _Child:
    """Random service writes; ``say`` reports each one after its transaction committed."""

    def __init__(self, db: Database, rng: random.Random) -> None:
        self.db, self.rng = db, rng
        self.backups: list[Path] = []  # reported by this process: the parent knows what each one holds

    def create_party(self) -> None:
        """A person or a company complete enough to be invoiced (an address and their tax number)."""
        from smallcrm.services.parties.parties import AddressDraft, PartyDraft, create_party

        tag = f"{self.rng.randrange(10**9):09d}"
        if self.rng.random() < 0.7:
            draft = PartyDraft(kind="person", first_name="Mario", last_name=f"Rossi {tag}",
                               emails=[f"m{tag}@example.com"], tags=[self.rng.choice(["vip", "lead", "b2b"])],
                               tax_code=PERSON_TAX_CODE, addresses=[AddressDraft(*ADDRESS)])
        else:
            draft = PartyDraft(kind="company", name=f"Acme {tag} S.r.l.", emails=[f"info{tag}@example.com"],
                               vat_number=COMPANY_VAT, addresses=[AddressDraft(*ADDRESS)])
        view, _ = create_party(self.db, draft)
        say(kind="party", id=view.id, uid=view.uid)

    def edit_party(self) -> None:
        from smallcrm.services.parties.parties import draft_of, get_party, update_party

        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL" + NOT_ERASABLE)
        if not ids:
            return self.create_party()
        view = get_party(self.rng.choice(ids))
        draft = draft_of(view)
        version = int(view.job_title[1:]) + 1 if view.job_title.startswith("v") else 1
        draft.job_title = f"v{version}"
        draft.notes = f"edited {version}"
        update_party(self.db, view.id, draft)
        say(kind="edit", id=view.id, version=version)

    def merge(self) -> None:
        from smallcrm.services.parties.merge import merge_parties

        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL AND kind = 'person'" + NOT_ERASABLE)
        if len(ids) < 4:
            return self.create_party()
        survivor, loser = self.rng.sample(ids, 2)
        merge_parties(self.db, survivor, loser)
        say(kind="merge", survivor=survivor, loser=loser)

    def communicate(self) -> None:
        from smallcrm.services.timeline.communications import CommunicationDraft, log_communication

        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL" + NOT_ERASABLE)
        if not ids:
            return self.create_party()
        subject = f"call {self.rng.randrange(10**9)}"
        view, _ = log_communication(self.db, CommunicationDraft(self.rng.choice(ids), subject=subject,
                                                                body="spoke about the offer"))
        say(kind="communication", id=view.id, uid=view.uid, subject=subject)

    def quote(self) -> None:
        from smallcrm.services.sales.document_lines import LineDraft
        from smallcrm.services.sales.quotes import QuoteDraft, create_quote, set_quote_status

        drafts = _ids(self.db, "SELECT id FROM quote WHERE status = 'draft' AND deleted_at IS NULL")
        if drafts and self.rng.random() < 0.5:
            view, _ = set_quote_status(self.db, self.rng.choice(drafts), "accepted")
            return say(kind="accept", id=view.id)
        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL" + NOT_ERASABLE)
        if not ids:
            return self.create_party()
        lines = [LineDraft(f"work {i}", quantity=self.rng.randint(1, 5),
                           unit_price=Decimal(self.rng.randint(100, 99_999)) / 100)
                 for i in range(self.rng.randint(1, 3))]
        view, _ = create_quote(self.db, QuoteDraft(self.rng.choice(ids), lines))
        say(kind="quote", id=view.id, uid=view.uid, number=view.number)

    def invoice(self) -> None:
        from smallcrm.services.sales.invoices import invoice_from_quote, issue_invoice

        drafts = _ids(self.db, "SELECT id FROM invoice WHERE status = 'draft' AND deleted_at IS NULL")
        if drafts and self.rng.random() < 0.6:
            view, _ = issue_invoice(self.db, self.rng.choice(drafts))
            return say(kind="issue", id=view.id, number=view.number)
        accepted = _ids(self.db, "SELECT id FROM quote q WHERE status = 'accepted' AND deleted_at IS NULL "
                                 "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.quote_id = q.id)")
        if not accepted:
            return self.quote()
        view, _ = invoice_from_quote(self.db, self.rng.choice(accepted))
        say(kind="invoice", id=view.id, uid=view.uid)

    def pay(self) -> None:
        from smallcrm.services.sales.payments import PaymentDraft, record_payment

        rows = list(self.db.execute_sql(
            "SELECT i.id, i.total_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payment p WHERE "
            "p.invoice_id = i.id AND p.deleted_at IS NULL), 0) AS due FROM invoice i WHERE i.status = 'issued' "
            "AND i.kind = 'invoice' AND i.deleted_at IS NULL AND due > 0 ORDER BY i.id DESC LIMIT 50"))
        if not rows:
            return self.invoice()
        invoice_id, due = self.rng.choice(rows)
        cents = due if self.rng.random() < 0.5 else self.rng.randint(1, due)
        view, _ = record_payment(self.db, PaymentDraft(invoice_id, Decimal(cents) / 100))
        say(kind="payment", id=view.id, uid=view.uid, invoice=invoice_id, cents=cents)

    def erase(self) -> None:
        """Half the time a person kept for a later erasure (so that backups taken meanwhile hold them, and
        restoring one must erase them again), else the erasure of one of them: once reported, they must never
        be found again, whatever the kills, restores and reopenings."""
        from smallcrm.services.parties.parties import PartyDraft, create_party
        from smallcrm.services.privacy.erasure import erase_party

        waiting = _ids(self.db, "SELECT id FROM party WHERE first_name = 'Erasmo' AND deleted_at IS NULL")
        if not waiting or self.rng.random() < 0.5:
            tag = f"{self.rng.randrange(10**9):09d}"
            create_party(self.db, PartyDraft(kind="person", first_name="Erasmo", last_name=f"Cancellato {tag}",
                                             emails=[f"e{tag}@example.com"]))
            return
        party_id = self.rng.choice(waiting)
        uid = self.db.execute_sql("SELECT uid FROM party WHERE id = ?", (party_id,)).fetchone()[0]
        erase_party(self.db, party_id, "asked by letter")
        say(kind="erase", uid=uid)

    def backup(self) -> None:
        """A manual backup (verified and rotated): once reported, the file (unless rotated away) is sound."""
        from smallcrm.db.backup import make_backup

        path = make_backup(self.db.path, reason="manual", keep=4, key=self.db.key)
        self.backups.append(path)
        say(kind="backup", path=str(path))

    def restore(self) -> None:
        """The newest backup this process reported, put back over the open database as the window does."""
        from smallcrm.services.admin.maintenance import restore_into_open_database

        kept = [p for p in self.backups if p.exists()]
        if not kept:
            return self.backup()
        say(kind="restoring", path=str(kept[-1]))
        restore_into_open_database(self.db, kept[-1])
        say(kind="restored", path=str(kept[-1]))

    def convert(self) -> None:
        """Encrypt a plain database; run encrypt again where an earlier one left files in clear (it must
        finish the job); decrypt an encrypted one with nothing left in clear."""
        from smallcrm.services.admin.security import decrypt_database, encrypt_database, files_in_clear

        if self.db.encrypted and not files_in_clear(self.db.path):
            say(kind="decrypting")
            decrypt_database(self.db)
            return say(kind="decrypted")
        say(kind="encrypting")
        encrypt_database(self.db, None if self.db.encrypted else PASSPHRASE)
        say(kind="encrypted")


def child(path: Path, seed: int) -> None:
    """Write until killed. Refusals a random pick can meet (a merged party, a full invoice) are skipped."""
    from smallcrm.errors import Conflict, NotFound, ValidationError
    from smallcrm.services.admin.company import get_company_profile, update_company_profile
    from smallcrm.services.sales.views import CompanyProfile

    rng = random.Random(seed)
    with open_database(path, passphrase=PASSPHRASE) as db:
        if not get_company_profile().vat_number:  # the seller on every invoice (not reported: not checked)
            update_company_profile(db, CompanyProfile(**SELLER))
        work = _Child(db, rng)
        actions = [work.create_party, work.create_party, work.edit_party, work.edit_party, work.merge,
                   work.communicate, work.communicate, work.quote, work.quote, work.invoice, work.invoice,
                   work.pay, work.erase, work.erase, work.backup, work.backup, work.restore, work.convert]
        while True:
            with suppress(ValidationError, NotFound, Conflict):
                rng.choice(actions)()


def upgrade_child(path: Path) -> None:
    """Open (and so migrate to head, after the before-migration backup) a copy of an old schema's fixture."""
    from smallcrm.db import migrate  # noqa: F401  (imported before the line: the kill should land in the work)

    say(kind="upgrading", path=str(path))
    with open_database(path):
        pass
    say(kind="upgraded", path=str(path))
