"""The cost of encryption at rest: the same work on an encrypted copy of the database beside the plain one.

In these rows the floor column holds our own figure on the plain file, so "Ours/floor" is what SQLCipher
adds. The models reach one database at a time, so each figure is taken with only that file open.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.context import Context
from bench.ops_contacts import PAGE, search_queries
from bench.ops_sales import _customer, _lines
from bench.timing import Row, Stats, clock2, measure, pool, under
from smallcrm.db.cipher import file_salt, key_from_passphrase
from smallcrm.db.connection import open_database
from smallcrm.services.admin.maintenance import make_backup
from smallcrm.services.admin.security import encrypt_database
from smallcrm.services.parties.lists import PartyQuery, party_ids, party_rows
from smallcrm.services.parties.search import search_parties
from smallcrm.services.sales.invoices import InvoiceDraft, create_invoice, issue_invoice

PASSPHRASE = "bench passphrase, not a secret"
NOTE = "floor column = ours on the plain file"


def _encrypted_copy(ctx: Context) -> tuple[Path, str, Stats]:
    """A copy of the working database, encrypted by the service the user runs (timed: one run)."""
    ctx.close()
    target = ctx.path.with_name(ctx.path.stem + "-encrypted.sqlite3")
    for side in ("", "-wal", "-shm", ".lock"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    shutil.copyfile(ctx.path, target)
    db = open_database(target)
    try:
        wall, cpu = clock2(lambda: encrypt_database(db, PASSPHRASE))
        return target, db.key, Stats((wall,), cpu=(cpu,))
    finally:
        db.close()


def _open_first_page(path: Path, key: str | None) -> None:
    db = open_database(path, passphrase=key)
    try:
        party_rows(party_ids(PartyQuery())[:PAGE])
    finally:
        db.close()


def _searches(path: Path, key: str | None, typed: list[str], reps: int) -> Stats:
    db = open_database(path, passphrase=key)
    try:
        return pool([measure(lambda q=q: search_parties(q), reps, warmup=0) for q in typed])
    finally:
        db.close()


def _issuing(path: Path, key: str | None, party: int, lines, reps: int) -> Stats:
    db = open_database(path, passphrase=key)
    made: list[int] = []
    try:
        return measure(lambda: issue_invoice(db, made[-1]), reps,
                       setup=lambda: made.append(create_invoice(db, InvoiceDraft(party, lines))[0].id))
    finally:
        db.close()


def _backup(path: Path, key: str | None) -> Stats:
    db = open_database(path, passphrase=key)
    try:
        wall, cpu = clock2(lambda: make_backup(db, keep=1))
        return Stats((wall,), cpu=(cpu,))
    finally:
        db.close()


def encryption(ctx: Context) -> list[Row]:
    typed, _ = search_queries(ctx)
    party, lines = _customer(ctx), _lines(ctx, 3)
    if ctx.reps == 1:  # the smoke test
        typed = typed[::8]
    path, key, converted = _encrypted_copy(ctx)
    size = path.stat().st_size / 1e6
    reps = ctx.reps
    search_reps = min(reps, max(3, reps // 2))
    plain_open = measure(lambda: _open_first_page(ctx.path, None), reps)
    secret_open = measure(lambda: _open_first_page(path, key), reps)
    kdf = measure(lambda: key_from_passphrase(PASSPHRASE, file_salt(path)), min(reps, 3), warmup=0)
    plain_search = _searches(ctx.path, None, typed, search_reps)
    secret_search = _searches(path, key, typed, search_reps)
    plain_issue = _issuing(ctx.path, None, party, lines, reps * 3)
    secret_issue = _issuing(path, key, party, lines, reps * 3)
    plain_backup, secret_backup = _backup(ctx.path, None), _backup(path, key)
    limit = 300 if ctx.tier == "100k" else 1000
    return [
        Row("encrypted", f"Encrypt the {ctx.scale} database ({size:,.0f} MB): encrypt_database", ctx.scale, converted,
            note="one run: sqlcipher_export into a new file, full integrity_check and a row count of every table "
                 "of the copy, atomic swap, quick check under the real name"),
        under(Row("encrypted", "Encrypted: open + first page of contacts (key from the keyring)", ctx.scale,
                  secret_open, plain_open, target=f"< {limit} ms", note=NOTE), limit),
        Row("encrypted", "Encrypted: a passphrase typed at start, stretched into the key (once per start)",
            ctx.scale, kdf, note="PBKDF2-HMAC-SHA512, 256,000 rounds (SQLCipher 4's default); later connections "
                                 "reuse the key"),
        under(Row("encrypted", f"Encrypted: search as you type, {len(typed)} queries, p95", ctx.scale, secret_search,
                  plain_search, target="p95 < 30 ms", stat="p95", note=NOTE), 30),
        under(Row("encrypted", "Encrypted: issue an invoice (numbering, durable commit), p95", ctx.scale,
                  secret_issue, plain_issue, target="p95 < 20 ms", stat="p95", note=NOTE), 20),
        Row("encrypted", "Encrypted: a backup (copy + quick_check of the copy, encrypted with the same key)",
            ctx.scale, secret_backup, plain_backup, note=NOTE + "; one run each"),
    ]
