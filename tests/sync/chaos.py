"""Chaos for team mode: three laptops make random edits offline and sync at random moments against the team server,
over a line that drops requests before they reach the server and answers after the server acted on them (a laptop
"killed" mid-sync: what it sent is applied, what it was told is lost), each laptop's clock off by up to 10
minutes. At the end every laptop syncs until nothing
moves, then every operation made must be in the server's feed exactly once (but those an erasure took back before
they were sent, and those the server refused because their person was erased meanwhile, kept in the outbox with
the reason), and every laptop must hold the same records field for field. A few edits are GDPR erasures. The last
line says it: "N operations, 0 lost, 0 duplicated, databases identical".

A run ends at ``ops`` operations (CHAOS_OPS) or after ``seconds`` (CHAOS_SECONDS), whichever comes first. To make
10,000 operations in minutes, a laptop's turn is a burst of edits (as a user types several changes between two
syncs), and the laptops' files commit without waiting for the disk (``synchronous = NORMAL``: a commit survives
the process being killed, which is what the chaos does, though not a power cut, which it does not).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import time
from collections import Counter
from dataclasses import replace

from smallcrm import clock
from smallcrm.errors import ServerError
from smallcrm.services.parties import parties
from smallcrm.services.privacy.erasure import erase_party
from smallcrm.services.timeline import tasks
from smallcrm.sync import client, triggers
from smallcrm.sync.manifest import SYNCED, travelling_columns
from tests import factories

NAMES = ("Rossi", "Bianchi", "Verdi", "Neri", "Gallo", "Costa", "Greco", "Conti")


class DroppingLine:
    """A transport that fails some requests before the server sees them and loses some answers after."""

    def __init__(self, inner: client.Transport, rng: random.Random, rate: float) -> None:
        self.inner, self.rng, self.rate = inner, rng, rate
        self.dropped = 0

    def __call__(self, method, path, body, headers):
        if self.rng.random() < self.rate:
            self.dropped += 1
            raise ServerError("the line dropped", code="team_unreachable")
        answer = self.inner(method, path, body, headers)
        if self.rng.random() < self.rate:  # the server acted; the laptop never hears of it
            self.dropped += 1
            raise ServerError("the answer was lost", code="team_unreachable")
        return answer


def edit_once(laptop, rng: random.Random) -> None:
    """One random edit, in its own transaction (the services' own)."""
    with laptop as db:
        live = [r[0] for r in laptop.rows("SELECT id FROM party WHERE deleted_at IS NULL AND kind = 'person'")]
        trashed = [r[0] for r in laptop.rows("SELECT id FROM party WHERE deleted_at IS NOT NULL")]
        roll = rng.random()
        if roll < 0.3 or not live:
            factories.person(db, rng.choice(("Anna", "Luca", "Sara", "Marco")), rng.choice(NAMES),
                             emails=[f"p{rng.randrange(10**9)}@example.it"])
        elif roll < 0.6:
            party_id = rng.choice(live)
            draft = parties.draft_of(parties.get_party(party_id))
            field = rng.choice(("job_title", "notes", "source"))
            parties.update_party(db, party_id, replace(draft, **{field: f"{field} {rng.randrange(1000)}"}))
        elif roll < 0.7:
            factories.communication(db, rng.choice(live), subject=f"Call {rng.randrange(1000)}")
        elif roll < 0.8:
            factories.task(db, f"Call back {rng.randrange(1000)}", party_id=rng.choice(live))
        elif roll < 0.85:
            open_tasks = [r[0] for r in laptop.rows("SELECT id FROM task WHERE done_at IS NULL AND deleted_at IS NULL")]
            if open_tasks:
                tasks.complete_task(db, rng.choice(open_tasks))
        elif roll < 0.92:
            parties.trash_party(db, rng.choice(live))
        elif roll < 0.94:  # a GDPR erasure: wins over every edit of the person, made anywhere before or after
            erase_party(db, rng.choice(live), "asked by the person")
        elif trashed:
            parties.restore_party(db, rng.choice(trashed))


def _made_ops(laptop) -> set[str]:
    return {r[0] for r in laptop.rows("SELECT op_id FROM sync_outbox")}


def _named(laptop) -> dict[str, str]:
    """What each operation waiting in the outbox names: its record's uid and its fields."""
    return {r[0]: f"{r[1]} {r[2]}" for r in laptop.rows("SELECT op_id, uid, fields FROM sync_outbox")}


def _unsent_ops(laptop) -> set[str]:
    return {r[0] for r in laptop.rows("SELECT op_id FROM sync_outbox WHERE sent = 0")}


def _refused_ops(laptop) -> set[str]:
    """Kept in the outbox with the server's reason (an edit of a person erased meanwhile): shown, not lost."""
    return {r[0] for r in laptop.rows("SELECT op_id FROM sync_outbox WHERE reason <> ''")}


def snapshot(laptop) -> dict[str, dict[str, str]]:
    """Every synced record as it travels (the capture's own expression), by table and uid."""
    pw = laptop.db.pw
    found = {}
    for synced in SYNCED:
        names = travelling_columns(synced, triggers.columns(pw, synced.table))
        where = f" WHERE r.key IN ({', '.join(repr(k) for k in sorted(synced.keys))})" if synced.keys else ""
        rows = pw.execute_sql(f'SELECT r."{synced.key_column}", {triggers.record_fields(pw, synced, "r", names)} '
                              f'FROM "{synced.table}" r{where}').fetchall()
        found[synced.table] = {uid: _comparable(fields) for uid, fields in rows}
    return found


def _comparable(fields: str) -> str:
    """A record's fields to compare, all of them (a delete carries the time the server kept)."""
    return json.dumps(json.loads(fields), sort_keys=True)


def _differences(first: dict, other: dict) -> list[str]:
    said = []
    for table in first:
        a, b = first[table], other[table]
        for uid in sorted(set(a) | set(b)):
            if a.get(uid) != b.get(uid):
                said.append(f"{table} {uid}: {a.get(uid)} != {b.get(uid)}")
    return said


def settings(short_seconds: float = 3) -> dict:
    """The run's bounds and seed from the environment: ``make chaos`` sets CHAOS_OPS and CHAOS_SECONDS, the suite's
    short version runs ``short_seconds`` with no bound on operations."""
    ops = os.environ.get("CHAOS_OPS", "")
    return {"seconds": float(os.environ.get("CHAOS_SECONDS", str(short_seconds))),
            "ops": int(ops) if ops.strip() else None, "seed": int(os.environ.get("CHAOS_SEED", "20"))}


def edit_burst(laptop, rng: random.Random, burst: int) -> None:
    """A laptop's turn: up to ``burst`` edits, each its own transaction (a laptop may do them another way)."""
    edit = getattr(laptop, "edit_burst", None)
    if edit is not None:
        edit(rng, burst)
        return
    for _ in range(rng.randint(1, burst)):
        edit_once(laptop, rng)


def run(laptops: list, seconds: float, seed: int = 20, drop_rate: float = 0.15, calm=lambda: None,
        ops: int | None = None, burst: int = 8, sync_rate: float = 0.5) -> tuple[str, list[str]]:
    """The chaos until ``ops`` operations were made or ``seconds`` passed; then ``calm()`` (a server killed at random
    stays up from now on) and the end. Each turn one laptop makes a burst of edits, then syncs with ``sync_rate``."""
    rng = random.Random(seed)
    lines = []
    started = time.monotonic()
    for laptop in laptops:
        laptop.db.pw.execute_sql("PRAGMA synchronous = NORMAL")
        line = DroppingLine(laptop.transport, rng, drop_rate)
        laptop.transport = line
        lines.append(line)
    skews = {id(laptop): rng.uniform(-600, 600) for laptop in laptops}  # each laptop's clock off by up to 10 min
    made: set[str] = set()
    withdrawn: set[str] = set()
    refused: set[str] = set()
    named: dict[str, str] = {}
    deadline, told = started + seconds, 0
    while time.monotonic() < deadline and (ops is None or len(made) < ops):
        laptop = rng.choice(laptops)
        clock.set_skew(skews[id(laptop)])
        waiting = _unsent_ops(laptop)
        edit_burst(laptop, rng, burst)
        now = _made_ops(laptop)
        withdrawn |= waiting - now  # an erasure took back what was waiting about the person: never to be sent
        made |= now
        named.update(_named(laptop))
        if rng.random() < sync_rate:
            with contextlib.suppress(ServerError):  # offline this time: the outbox waits
                laptop.sync()
            refused |= _refused_ops(laptop)  # the erase applied later takes them out of the outbox too
        if len(made) >= told + 1000:  # a long run says how it goes
            told = len(made) // 1000 * 1000
            print(f"  {told} operations in {time.monotonic() - started:.0f} s", flush=True)
    edited = time.monotonic() - started
    calm()
    for line in lines:
        line.rate = 0.0
    for _ in range(2):  # until nothing moves: everyone sends, then everyone fetches what the others sent
        for laptop in laptops:
            clock.set_skew(skews[id(laptop)])
            made |= _made_ops(laptop)
            laptop.sync()
            refused |= _refused_ops(laptop)
    clock.set_skew(0)
    feed = []
    with laptops[0] as db:
        session = client._session(db, lines[0].inner)
        after = 0
        while True:
            page = session.call("GET", "/changes", after=after, limit=1000)
            feed += page["changes"]
            after = page["cursor"]
            if not page["more"]:
                break
    seen = Counter(c["op_id"].replace("-", "") for c in feed)
    # an edit of a person erased on another laptop, refused and then taken out of the outbox by that erase in one
    # sync, is seen neither as refused nor as taken back: it names someone the feed erased
    erased = {c["uid"] for c in feed if c["kind"] == "erase"}
    refused |= {op for op in made - withdrawn - refused if seen[op] == 0
                and any(uid in named.get(op, "") for uid in erased)}
    lost = [op for op in made - withdrawn - refused if seen[op] == 0]
    duplicated = [op for op, n in seen.items() if n > 1]
    first = snapshot(laptops[0])
    differences = [d for laptop in laptops[1:] for d in _differences(first, snapshot(laptop))]
    print(f"  {len(made)} operations made in {edited:.0f} s ({len(made) / max(edited, 1e-9):.0f}/s); synced still "
          f"and compared in {time.monotonic() - started - edited:.0f} s", flush=True)
    print(f"  {len(withdrawn)} taken back by an erasure before they were sent; {len(refused)} refused by the "
          "server (an edit of a person erased meanwhile) and kept with the reason", flush=True)
    verdict = "databases identical" if not differences else f"{len(differences)} records differ"
    return f"{len(made)} operations, {len(lost)} lost, {len(duplicated)} duplicated, {verdict}", differences
