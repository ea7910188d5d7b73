"""Why an operation misses its target and what would fix it: from the profiles taken when this was written.

Printed in RESULTS.md only for the operations that miss in the run at hand, beside that run's own profile.
"""

from __future__ import annotations

WHY = {
    "open": """`open_database` costs the same at any size (~5-6 ms of CPU here, 100k or empty: the quick check of
the core tables, the lock, the connection, the schema version); what differs is the first page, which an empty
file does not have: 200 rows with five correlated subqueries each, read through a new connection whose cache is
empty. That is ~440 page reads from the file (634 before migration 0011's covering indexes; counted with the
sqlite3 shell's `.stats`), ~6 ms of CPU against ~2 ms for the same page once cached. 1.2x of an empty file leaves
the first page ~1 ms: out of reach for any page that reads its details from the file. What would get closer:
the list's columns kept on one narrow row per party (a derived table kept in step by `party_store.reindex`, as
the search index is) read through one covering index in name order (~20 page reads), or `PRAGMA mmap_size`
(the cold page ~40% cheaper here, but every page touched then counts in the process's resident memory, which
has its own target). The absolute target (< 300 ms) passes with a wide margin.""",
    "list": """The first page is a `LIMIT 200` query on the `(deleted_at, sort_key)` index plus one query for its
rows (`party_rows`), both plain SQL strings on the bare cursor; the rows are slotted dataclasses made straight
from the cursor's tuples (columns in their order, `COALESCE` in SQL, `datetime.fromisoformat`). Measured
interleaved with the floor (process time, medians of 150) it is ~1.1x the floor at 100k and 1M; a miss is
the shared machine (the two are measured one after the other): see the CPU column. Every id (what the lazy
list keeps to scroll anywhere) loads after it in the background: see the "every id" row.""",
    "paging": """`party_rows` is one query with correlated subqueries (company, e-mail, phone, city, tags), each
answered from a covering index since migration 0011: a cold page of 200 at 1M reads ~910 pages of the file (was
~1,115). At 1M the harness makes one pass over 5,625 pages of a freshly copied 4 GB file. In the full run of 22
Nov (00:00 UTC, load ~1) the worst page took 87.9 ms on the wall clock but 13 ms of CPU (the median page 5.5
ms); a second run at 00:05 had a worst page of 40 ms of CPU and 7 pages over 16 ms, the floor (the same SQL by
hand) 17 ms. The same pass in a process of its own over the same file (`party_ids` then `party_rows` page by
page, as the window's lazy model does): no page over 15.2 ms, 9 over 12 ms, no full garbage collection during
the pass. What is left per page are first reads of scattered rows (the 200 parties and their companies, an
index leaf per party and subquery) through a 64 MB cache over a 4 GB file; the spikes did not show in a
process of its own. In the harness they line up with the cycle collector: timed with `gc.callbacks` during
two more passes, one full collection took 34-37 ms and the middle generation 14-21 ms (the harness holds the
run's other objects; holding the ids in an `array` instead of a list left them as they were). What would
make it certain: the list's columns on one narrow row per party (see "open"), so that a page is ~20 page reads.""",
    "search": """Ours and the floor (the same work by hand with sqlite3: the same capped candidate queries, the
same filter and ranking in plain Python, the same detail queries; it returns the same hits, tested in
tests/test_bench_floor.py) are mostly SQLite running the FTS5 trigram MATCHes over up to 200 candidates and
reading their documents; the service's queries are plain SQL on the bare cursor and its per-candidate work one
precompiled pattern. A smaller candidate cap when the name-prefix lookup fills the page was tried and not
kept: other candidates of the same rank sort before the name-prefix ones ("Agenzia Ferrara" for "ferr"), so
with a cap of 40 the hits changed for 56 of the 83 typed queries whose name prefix fills the page.""",
    "drafts": """`clean_lines` reads the VAT rates once per document and the products of all lines in one query; the
lines go in with one prepared INSERT (`bulk_insert`), the view is read back with plain SQL. What is left is
parsing and pricing 100 lines in `Decimal` and the durable commit (fsync).""",
    "issue": """Issuing reads the draft's lines with plain SQL, snapshots the customer with one query
(`customer_block`: name, first address, VAT and tax code, first e-mail), numbers the invoice and commits
durably (synchronous=FULL: the fsync is most of the floor); the returned view is read back with plain SQL.
A p95 over target on a shared machine is time slices lost to other work: see the CPU column.""",
    "pdf": """The renderer draws on the canvas (no platypus): blocks are measured, laid out on pages by
`pdf_flow` (column header repeated) and drawn by `pdf_canvas` with reportlab's public calls only (one text
object per page, boxes and rules set only when they change). A 100-line invoice is ~12-15 ms of CPU to render
plus ~1.5 ms for `get_invoice`: most of it is reportlab encoding ~900 strings through the font's subsets
(`textLine`), then number formatting and wrapping, and reportlab writing the PDF. A one-page invoice in the
batch is ~5-7 ms: ~3 ms is reportlab cutting and compressing the two font subsets each document embeds, ~1.9 ms
segno making the EPC QR code (fixed mask). Caching the subsets across documents (as before) needed
reportlab's internals and pinned its version: ~2.5x faster one-page batches, given up on purpose.""",
    "receivables": """One query: payments and credit notes summed once per invoice (GROUP BY) and joined, the aging
buckets by comparing due dates with their bounds (no date arithmetic per invoice), summed per customer in SQL;
Python makes one row with six Decimals per customer owing. Most of what is left is SQLite reading the ~50k
issued invoices and ~44k payments.""",
    "backup": """The floor alone, the online backup API copying the ~770 MB file page by page, takes ~2.3 s
here; `make_backup` adds a `quick_check` of the copy (every page read once: it is what makes a backup one can
restore from), the fsync and the rotation (~4 s in all; it was 34 s with a full `integrity_check`). Under 1 s
is out of reach for any full copy of this file on this machine (~330 MB/s for the copy alone). The window
no longer waits for it: the day's backup runs in a background job once the window shows (see the first-open
row), and before a migration the copy is the price of being able to go back. What would reach 1 s: an
incremental backup (only the pages changed since the last one, found by comparing page hashes under a read
transaction, stored as a delta chain that a restore replays), which is a new backup format to build and test.""",
    "memory": "",
    "daily": """The open no longer takes the day's backup: the window starts `backup_if_due` in a background job
once it shows (the online-backup API lets readers and writers go on meanwhile), so the first open of a day costs
what any open costs; the backup's own time is in the note and in the backup row.""",
    "export": """xlsx meets its target (openpyxl and its pure-Python XML writer are most of it). CSV: 2.8 s for
185,873 rows (66k rows/s; was 4.5 s, 41k rows/s), against ~1.0 s for the floor (the bare csv.writer writing the
same cells, already built, untimed). Done: payments and credit notes summed once per invoice by a grouped join
(the correlated sums ran up to nine times per invoice), the text of cents, percentages, quantities and ISO
dates made by SQLite (`SqlRows`, byte-identical to the Python converters, tested in every language and
dialect), rows from the cursor straight to `csv.writer.writerows`. In the profile ~49% is SQLite running the
two queries and making the cells' text, ~25% csv.writer, the rest making Python rows: 200k rows/s leaves
~0.93 s for all of it, of which csv.writer alone takes ~0.6 s here. Having SQLite build whole CSV lines was
slower (1.4-1.6 s for the lines alone); sorting the lines costs the same as walking the date index. What would
reach it: a compiled writer from the SQLite cursor to the file (a C extension), or splitting the lines query
by id range over two processes (~2x at best on two cores).""",
    "window": """The contacts page shows its first page from a `LIMIT` query and asks for every id once, after it;
the tag counts and the status bar's count of due tasks (which looks at every open task: ~19k in the demo
data, ~0.3 s) run in the background. On a machine shared with other work the wall-clock time is mostly
waiting for a core: the window's own work to the first page is ~150 ms of CPU (open ~30, window ~60, page and
paint ~60).""",
    "import": """CPU time per row at 100k (process time, one process, no workers; the machine shared by several
people, +-10% between runs; the code before and after each change run one after the other). 7 Dec 2026, at
load 6-7 on 2 cores: preview 103-109 -> 87-88 µs, apply 135-144 -> 119-120 µs, 238-254 -> 207-208 µs in all
(3,950-4,200 -> 4,800 rows/s of CPU; the bar, 5,000 rows/s, is 200 µs; the bench row at load 3-5: 4,987).
The same day at load 10-19 the old
code had taken ~260-300 µs: a busy machine costs CPU time too (caches shared with other work). Preview:
reading the file ~27, checking by the forms' rules ~60 (phones ~5-8 since an Italian number typed as digits and
spaces is built without `phonenumbers.parse`, the library's own answer: a property test compares both;
`draft_of_record` ~13; e-mail, names, VAT ~21), comparing with the database and planning ~20. Apply: SQLite's
inserts ~85 (`party` with six indexes, two contact points with three each, an address, a tag link, a company
link, the batch's record; the search index's two FTS5 rows ~25 of it), Python ~35-50 making the rows and the
folded search entries from the values in hand. Done: the search entries from the values in hand (no
read-back), parties' ids without a read-back, rows to `executemany` as stored, the cycle collector paused
during preview and apply, names folded once (plain ASCII folded by split and join, ~3x faster than the
regex), phones cached by the text typed, number types from compiled patterns, uids made a batch at a time,
prefix search from the FTS5 table `party_words` (migration 0024: apply 177-200 -> 148-175 µs at load 10-19);
migration 0026 dropped seven indexes no query needs: `party_sort_key` and `party_updated_at` (every list and
name lookup asks for live records and goes through (deleted_at, sort_key) or (deleted_at, updated_at): the
plans of the 80 list queries, each sort by each filter, are the same without them) and the `updated_at`
indexes of contact points, addresses, company links, tag links and import batches (nothing looks them up):
apply 133-137 -> 118-129 µs. The migration fewer_indexes before it had dropped the five indexes that only
repeated the first column of a longer one (~5-10 µs). Files of 20k rows or more are checked in up to 2 worker
processes when cores are idle (none on a busy machine). Measured but no gain: dropping and rebuilding the
non-unique indexes around the inserts, sorting the term rows, a bigger page cache, `columnsize=0` or
`detail=column` on the trigram table. What is left is spread thin, ~8 µs from the bar: no single cost of the
preview is above ~20 µs (`_clean`'s dict of every field, `draft_of_record`, reading the row), and the apply's
SQL alone is ~85 µs; the FTS5 rows (~25) and the Python of the checks are what remains to cut, or on an idle
machine the worker processes (they take the checks off the importing process, but their CPU counts in the
[CPU] figure).""",
    "check": "",
    "overview": """The communications source reads `party_id IN (...) OR person_id IN (...)`, which SQLite
answers with a multi-index OR and a sort of every entry of the party before the LIMIT 50; then five sources
each make up to 50 peewee model instances. Fix: an index on `(person_id, occurred_at)` beside the existing
`(party_id, occurred_at)`, and a UNION ALL of two ordered, limited queries.""",
}
