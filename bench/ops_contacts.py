"""Contacts: open and first page, the lazy list paged through, search as you type, the 360° view."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import datetime, time, timedelta

from bench import floor
from bench.context import Context
from bench.data import TODAY, empty_database
from bench.timing import Peer, Row, Stats, clock2, measure, pool, series, under
from smallcrm.db.bulk import bulk_insert
from smallcrm.db.connection import open_database
from smallcrm.db.models import Communication
from smallcrm.services.parties.lists import PartyQuery, list_parties, party_ids, party_rows
from smallcrm.services.parties.overview import party_overview, timeline
from smallcrm.services.parties.search import search_parties

PAGE = 200  # rows the lazy table model loads at a time (ui/models/party_table.py)
PEER_LIST = Peer("154-171", 154)
PEER_SEARCH = Peer("112-135 (p95 199)", 112)
TIMELINE_ENTRIES = 5_000
TURNS = "ours and the floor measured taking turns, run by run (since 22 Nov; before, one after the other)"


def alternating(works: list, reps: int, warmup: int = 1) -> list[Stats]:
    """Each of ``works`` timed ``reps`` times, taking turns run by run: a burst of other work on the shared
    machine then falls on all of them alike, not on whichever was being measured at the time."""
    for _ in range(warmup):
        for work in works:
            work()
    runs: list[list[tuple[float, float]]] = [[] for _ in works]
    for _ in range(reps):
        for work, samples in zip(works, runs, strict=True):
            gc.collect()
            samples.append(clock2(work))
    return [Stats(tuple(r[0] for r in samples), cpu=tuple(r[1] for r in samples)) for samples in runs]


def _open_first_page(path) -> None:
    """What the window waits for before it shows the contacts: the open, then the first page by LIMIT (every
    id follows in the background, see the list rows)."""
    db = open_database(path)
    try:
        list_parties(PartyQuery(), 0, PAGE)
    finally:
        db.close()


def open_and_first_page(ctx: Context) -> list[Row]:
    """The desktop's start: open (checks, migrations) then the ids in name order and the first page of rows."""
    ctx.close()
    works = [lambda: _open_first_page(ctx.path), lambda: floor.open_first_page(ctx.path)]
    empty = empty_database(ctx.path.parent) if ctx.tier == "100k" else None
    if empty:
        works += [lambda: _open_first_page(empty), lambda: floor.open_first_page(empty)]
    ours, bare, *base = alternating(works, ctx.reps)
    limit = 300 if ctx.tier == "100k" else 1000
    rows = [under(Row("open", "Open the database + first page of contacts", ctx.scale, ours, bare,
                      target=f"< {limit} ms", note="open_database + list_parties(first 200, by LIMIT); " + TURNS,
                      work=lambda: _open_first_page(ctx.path)), limit)]
    if empty:
        rows.append(Row("open", "Open + first page: empty database", "0", base[0], base[1], note=TURNS))
        rows.append(Row("open", "Open + first page: 100k / empty (floor column = the empty database)", ctx.scale,
                        ours, base[0], target="≤ 1.2x", max_ratio=1.2, work=lambda: _open_first_page(ctx.path),
                        note=TURNS))
    return rows


def first_page(ctx: Context) -> list[Row]:
    """The list's first page on an open database (the peer's "list first page")."""
    conn = ctx.conn
    ours, bare = alternating([lambda: list_parties(PartyQuery(), 0, PAGE), lambda: floor.first_page(conn)],
                             ctx.reps)
    ours = replace(ours, peak_mb=measure(lambda: list_parties(PartyQuery(), 0, PAGE), 0, warmup=0,
                                         memory=True).peak_mb)
    peer = PEER_LIST if ctx.tier == "100k" else None
    rows = [Row("list", "List: first page (200 rows by LIMIT, as the window shows it)", ctx.scale, ours, bare,
                peer=peer, target="≤ 1.5x floor" + (", ≥ 5x peer" if peer else ""), max_ratio=1.5,
                work=lambda: list_parties(PartyQuery(), 0, PAGE),
                note="floor: the same two queries by hand (its city now the newest primary address, as ours); "
                     + TURNS)]
    ids = measure(lambda: party_ids(PartyQuery()), ctx.reps, memory=True)
    rows.append(Row("list", "List: every id in name order (loaded in the background after the first page)",
                    ctx.scale, ids, measure(lambda: floor.all_ids(conn), ctx.reps),
                    note="what the lazy list keeps to scroll anywhere; the window shows the first page before it"))
    return rows


def page_through(ctx: Context) -> list[Row]:
    """Every page of the whole list, as the lazy model loads them while the user scrolls to the end."""
    conn = ctx.conn
    ids = party_ids(PartyQuery())
    pages = [ids[start:start + PAGE] for start in range(0, len(ids), PAGE)]
    passes = 1 if ctx.quick or ctx.tier != "100k" else 2
    ours = [series([lambda chunk=chunk: party_rows(chunk) for chunk in pages]) for _ in range(passes)]
    bare = series([lambda chunk=chunk: floor.page_rows(conn, chunk) for chunk in pages])
    best = Stats(tuple(map(min, zip(*(o.samples for o in ours), strict=True))),
                 cpu=tuple(map(min, zip(*(o.cpu for o in ours), strict=True))))
    row = Row("paging", f"Page through the whole list ({len(pages):,} pages of {PAGE}): worst page", ctx.scale,
              best, bare, target="no page > 16 ms", stat="worst",
              note=f"best of {passes} pass(es) per page; worst single measurement "
                   f"{max(o.worst for o in ours):.1f} ms; pages over 16 ms: {sum(t > 16 for t in best.samples)}",
              work=lambda: party_rows(pages[best.samples.index(best.worst)]))
    rows = [under(row, 16)]
    return rows


def _typed(text: str, longest: int = 12) -> list[str]:
    """What the search box holds after each keystroke, 1 to ``longest`` characters."""
    return [text[:n] for n in range(1, min(len(text), longest) + 1)]


def search_queries(ctx: Context) -> tuple[list[str], list[str]]:
    """(every query typed, the name-substring ones): names, accented and not, substrings, phone digits."""
    mobile = ctx.nth("SELECT value FROM contact_point WHERE kind = 'phone' AND label = 'mobile' ORDER BY id", 777,
                     "+393331234567")
    landline = ctx.nth("SELECT value FROM contact_point WHERE kind = 'phone' AND label = '' ORDER BY id", 77,
                       "+390212345678")
    names = ["rossi mario", "mario rossi", "Nicolò Ferr", "nicolo ferr", "Ștefănescu", "stefanescu", "Bianchi",
             "Ferramenta", "Panificio S"]
    substrings = ["ossi", "ianch", "colò", "icolo", "ăne", "ane", "errar", "ssi ma", "usso", "gatti", "ngel"]
    others = ["gmail", "libero.it", "impianti", "s.r.l", "VIP", "Newsletter", "zzqxw", "Milano"]
    phones = [mobile[3:], mobile[3:6] + " " + mobile[6:], "0" + landline[4:] if landline.startswith("+39") else
              landline, mobile]
    typed = [q for text in names + phones for q in _typed(text)] + substrings + others
    return typed, [q for text in names[:4] for q in _typed(text)[2:]] + substrings


def search_as_you_type(ctx: Context) -> list[Row]:
    conn = ctx.conn
    typed, by_name = search_queries(ctx)
    if ctx.reps == 1:  # the smoke test: a sample of what is typed is enough to keep the code path alive
        typed = typed[::8]
        by_name = [q for q in by_name if q in typed] or typed[:1]
    reps = min(ctx.reps, max(3, ctx.reps // 2))  # every query typed, a few times each
    ours, bare = {}, {}
    for q in typed:
        ours[q], bare[q] = alternating([lambda q=q: search_parties(q), lambda q=q: floor.search(conn, q)], reps,
                                       warmup=0)
    everything, floor_all = pool(list(ours.values())), pool(list(bare.values()))
    slow = sorted(typed, key=lambda q: ours[q].median, reverse=True)[:3]
    limit = 30 if ctx.tier == "100k" else 100
    peer = PEER_SEARCH if ctx.tier == "100k" else None
    names = pool([ours[q] for q in by_name])
    rows = [
        under(Row("search", f"Search as you type: {len(typed)} queries of 1-12 characters, p95", ctx.scale,
                  everything, floor_all, target=f"p95 < {limit} ms", stat="p95",
                  note=f"floor: the same search by hand (see the name-substring row); {TURNS}; slowest (median): "
                     + ", ".join(f"'{q}' {ours[q].median:.1f} ms" for q in slow),
                  work=lambda: [search_parties(q) for q in slow]), limit),
        Row("search", f"Name-substring search ({len(by_name)} queries)", ctx.scale, names,
            pool([bare[q] for q in by_name]), peer=peer, target="≤ 1.5x floor" + (", ≥ 5x peer" if peer else ""),
            max_ratio=1.5, work=lambda: [search_parties(q) for q in by_name[:10]],
            note="floor: the service's work by hand with sqlite3 (the same capped candidate queries, filter, "
                 "ranking and detail queries, the same hits; until 22 Nov it was one bare MATCH with LIMIT 20); "
                 + TURNS),
    ]
    phones = [q for q in typed if q[:1].isdigit() or q[:1] == "+"]
    if phones:
        rows.append(Row("search", f"Phone digits typed ({len(phones)} queries)", ctx.scale,
                        pool([ours[q] for q in phones]), pool([bare[q] for q in phones]), stat="p95"))
    return rows


def busy_party(ctx: Context) -> int:
    """A person given ``TIMELINE_ENTRIES`` communications in all (added to the working copy once)."""
    pid = ctx.nth("SELECT id FROM party WHERE kind = 'person' ORDER BY id", 4242)
    have = ctx.scalar("SELECT COUNT(*) FROM communication WHERE party_id = ? OR person_id = ?", (pid, pid))
    if have < TIMELINE_ENTRIES:
        noon = datetime.combine(TODAY, time(12))
        with ctx.db.atomic():
            bulk_insert(Communication, ("party", "kind", "direction", "occurred_at", "subject", "body"),
                        ((pid, "call", "out", noon - timedelta(minutes=97 * n), f"Chiamata {n}",
                          "Aggiornamento sull'ordine") for n in range(TIMELINE_ENTRIES - have)))
    return pid


def overview(ctx: Context) -> list[Row]:
    """The 360° view of a party with 5,000 timeline entries: to the first screenful, then the next page."""
    pid = busy_party(ctx)
    conn = ctx.conn
    ours = measure(lambda: party_overview(pid, limit=50), ctx.reps, memory=True)
    bare = measure(lambda: floor.overview(conn, pid, 50), ctx.reps)
    first = party_overview(pid, limit=50).timeline
    before = first[-1].at
    more = measure(lambda: timeline(pid, 50, before), ctx.reps)
    return [
        under(Row("overview", f"360° view, {TIMELINE_ENTRIES:,} timeline entries: first screenful (50)", ctx.scale,
                  ours, bare, target="< 100 ms", work=lambda: party_overview(pid, limit=50)), 100),
        Row("overview", "360° view: next page of the timeline (50, before the last shown)", ctx.scale, more),
    ]
