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
answered from a covering index since migration 0011 (0010's e-mail/phone index left `deleted_at` out, so SQLite
read every contact point row as well): a cold page of 200 at 1M reads ~910 pages of the file, was ~1,115
(sqlite3 shell `.stats`, 10 pages spread over the list). One pass at 1M before/after (22 Nov, load ~2): worst
page 24.4 ms [21.3 CPU] -> 28.9 [10.0], median 8.3 -> 5.7 ms, pages over 16 ms 25 -> 9. The file was in the OS
cache (fincore) and no page took more than 10 ms of CPU, so the pages over 16 ms on the wall clock are waits
for a core on the shared machine; the floor runs the same SQL and has the same worst pages. What is left per
page are first reads of scattered rows: the 200 parties and their companies, one index leaf per party and
subquery, through a 64 MB cache over a 4 GB file.""",
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
`pdf_flow` (column header repeated) and written as raw PDF operators by `pdf_canvas`. A 100-line invoice is
~10 ms of CPU to render plus ~1.5 ms for `get_invoice`: what is left is drawing ~900 strings, number formatting
and wrapping, and reportlab writing the PDF. A one-page invoice in the batch is ~3-5 ms, of which ~1.9 ms is
segno making the EPC QR code (fixed mask).""",
    "receivables": """One query: payments and credit notes summed once per invoice (GROUP BY) and joined, the aging
buckets by comparing due dates with their bounds (no date arithmetic per invoice), summed per customer in SQL;
Python makes one row with six Decimals per customer owing. Most of what is left is SQLite reading the ~50k
issued invoices and ~44k payments.""",
    "backup": """Copying a ~750 MB file through the online backup API alone takes more than a second here (the
floor), and `make_backup` then runs a full `integrity_check` (~25 s of CPU at this size) and a
`foreign_key_check` (~3 s) on the copy. Under 1 s is out of reach for any full copy of this file on this
machine. Fix: verify with `quick_check` (~2 s) or in the background after the copy is handed back;
`VACUUM INTO` (~3 s, smaller file) or incremental copies for the time the user waits.""",
    "memory": "",
    "daily": """The open no longer takes the day's backup: the window starts `backup_if_due` in a background job
once it shows (the online-backup API lets readers and writers go on meanwhile), so the first open of a day costs
what any open costs; the backup's own time is in the note and in the backup row.""",
    "export": """xlsx now meets its target (1.10x the bare loop on the wall clock, 0.99x on CPU time; it was
1.36x): what is left is openpyxl and its pure-Python XML writer et_xmlfile (~72% of a profile; `lxml`, not
installed, took ~17% off both here). Done: rows go from the cursor to the cells as the database stores them
(cents, thousandths, basis points, ISO dates: no Decimal or date object per cell), the invoices' paid / due /
status come from SQL (`settlement.settled_sql`, the one rule the invoice lists use too), values are converted
a column at a time, and write-only sheets refill one styled cell per column and take our rows without openpyxl
probing each value (`xlsx_cells.stream_rows`). CSV: 3.7 s of CPU, was 7.6 (42k rows/s, was 24k); no summary is
built for CSV. The bare csv.writer writing the same, already built cells does ~210k rows/s here, so 200k
rows/s is out of reach for an export that also runs its queries and makes the text of its cells: making the
rows is ~40% (the settlement SQL's two correlated sums per invoice, sorting 135k lines by date), csv.writer
~20%, our text of cents, percentages and dates ~25%. Next: a grouped join instead of the correlated sums when
all invoices are exported, and an index on invoice(issue_date) to spare the sort (a migration).""",
    "window": """The contacts page shows its first page from a `LIMIT` query and asks for every id once, after it;
the tag counts and the status bar's count of due tasks (which looks at every open task: ~19k in the demo
data, ~0.3 s) run in the background. On a machine shared with other work the wall-clock time is mostly
waiting for a core: the window's own work to the first page is ~150 ms of CPU (open ~30, window ~60, page and
paint ~60).""",
    "import": """CPU time per row at 100k (process time, one process, the machine shared, +-15% between runs):
preview ~220 µs, apply ~270-300 µs. Preview: reading the file ~35, checking by the forms' rules ~160
(`phonenumbers` ~95 of it: parse ~40%, number type ~55%, which asks the region's patterns twice for +39;
`draft_of_record` ~22; e-mail, names, VAT ~40), comparing with the database and planning ~30. Apply: `party`
~25 (SQL), contact points, addresses, tags, company links and the batch ~100 (SQL ~80: `contact_point` with
five indexes ~33), the search index ~140 (SQL ~85: `party_term`, ~13 rows per party into a WITHOUT ROWID
b-tree plus its party index, ~55; the FTS5 trigram insert ~29; Python ~45 building the folded documents from
the values in hand). SQLite's inserts alone are ~200 µs per row, twice the 100 µs that 10k rows/s allows.
Done: the search entries from the values in hand (no read-back), parties' ids without a read-back, rows to
`executemany` as stored, the cycle collector paused during preview and apply (its full collections walked the
plan's million objects: a third of the preview), names folded once, phones cached by the text typed; files of
20k rows or more are checked in up to 2 worker processes when cores are idle (the importing process then
does ~70 µs per row of the preview, the workers ~100 each; their CPU counts in the [CPU] figure). Measured
but no gain: dropping and rebuilding the non-unique indexes around the inserts, sorting the term rows, a
bigger page cache. What would reach 10k rows/s: prefix search from an FTS5 `prefix='1 2'` index instead of
the `party_term` table (one insert per party; a migration and the search reads), fewer indexes on
`party_tag` and `affiliation` (three are prefixes of others), and a compiled phone-number check.""",
    "check": "",
    "overview": """The communications source reads `party_id IN (...) OR person_id IN (...)`, which SQLite
answers with a multi-index OR and a sort of every entry of the party before the LIMIT 50; then five sources
each make up to 50 peewee model instances. Fix: an index on `(person_id, occurred_at)` beside the existing
`(party_id, occurred_at)`, and a UNION ALL of two ordered, limited queries.""",
}
