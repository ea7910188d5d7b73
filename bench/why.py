"""Why an operation misses its target and what would fix it: from the profiles taken when this was written.

Printed in RESULTS.md only for the operations that miss in the run at hand, beside that run's own profile.
"""

from __future__ import annotations

WHY = {
    "open": """At 100k the time is the list, not the opening: `open_database` is a few ms at any size (the
check reads only the core tables of a large file), but the first page waits for `party_ids`, which reads all
112,500 ids in name order (~45 ms, and as long by hand: the floor's ids cost the same), then `party_rows`. An
empty database has no ids to read, so nothing that loads every id before showing the first page can stay
within 1.2x. Fix: show the first page from a `LIMIT 200` query on the `(deleted_at, sort_key)` index (as
`list_parties` does, ~10 ms) while the ids load in the background job, and `party_rows` as one query (see
paging). That brings it near the floor's fixed cost; 1.2x of an empty file would still need the comparison to
include the fixed costs of the window's start.""",
    "list": """The first page waits for every id: `party_ids` is most of it (~40-45 ms of ~50-60 at 100k), and
the floor spends the same stepping the index and building the Python list of 112,500 ints. The peer shows 25 rows
with a LIMIT; 5x the peer means at most ~31 ms. Fix: first page by LIMIT (`list_parties(0, 200)`: ~10 ms),
ids in the background, rows by the one-query `party_rows` (see paging).""",
    "paging": """`party_rows` runs five peewee queries, each with an `IN` list of 200 ids: most of its time is
peewee building SQL (about 1 ms per 200-value `IN` list) and making model instances (`Party.select` without
`.tuples()`), not SQLite. The same rows by hand in one query with correlated subqueries take ~4 ms.
`bench/proposals.py` (`party_rows_sql`) gives identical `PartyRow` values (checked before timing) at about the
floor's cost: a drop-in replacement for the body of `smallcrm/services/lists.py:party_rows`. At 1M (one pass)
the worst page of ours (~150-175 ms) is a one-off (the same page read again takes ~7 ms by hand): the first
reads of a 3.9 GB file's pages through a 64 MB SQLite cache; the median page is what grows with size (13-16 ms
at 100k, 25 ms at 1M for ours; 4 and 7 ms by hand).""",
    "search": """The floor is a bare lookup (one FTS5 MATCH or word-prefix range with LIMIT 20, no ranking, no
detail), so the ratio overstates what the ORM adds. Ours reads up to 200 candidates from each index with their
folded documents to rank them: in the profile about half is SQLite running those FTS5 trigram MATCHes
(`substring_matches`), about 30% is peewee building the `Party.id IN (...)` query over the candidates and the
two `_detail` queries and turning rows into Python values, the rest the ranking in Python. The slowest queries
are two words ("rossi mario"), which also match the whole text and fetch every candidate's document. Fix: a
smaller candidate cap when the name-prefix lookup already fills the page, and the candidate and detail
queries as raw SQL with placeholders (as `search_index` does). The p95 targets are met.""",
    "drafts": """`clean_lines` looks the VAT rate up with one query per line (`catalog.vat_rate_by_code`) and
the product with one per product line: ~135 queries for 100 lines, each mostly peewee building SQL; then
`insert_many` of the lines and the view read back. By hand it is 2 INSERTs. Fix: load the VAT rates once per
document (there are seven) and the products of all lines in one `IN` query; expected about 4x faster, which
still leaves it short of 5x the peer (24 ms) unless the read-back view is built from the cleaned lines instead
of being re-read.""",
    "issue": """Issuing snapshots the customer through `customer_block` → `party_view`, which loads the
contact points and every affiliation (one query per member for a company: about half of the time), reads the
settlement with the generic `invoice_rows` SQL, and rebuilds the whole invoice view after the commit. The
durable commit itself (fsync, synchronous=FULL) is ~1 ms of it (the floor). Fix: a slim snapshot query (name,
primary address, VAT and tax code, first e-mail), and the returned view built from what is in memory.""",
    "pdf": """A 100-line invoice: `get_invoice` ~13 ms (100 peewee line rows turned into Decimal line views,
settlement, payments), the company profile ~4-7 ms, and rendering ~50-60 ms (see "of which rendering only"):
platypus `Table` with TTF (DejaVu) text, paragraphs for long descriptions and the EPC QR code (~10% of the
render in the profile). The bare reportlab table in Helvetica takes a little over half the render for the same
lines, so 5x the peer (31 ms for 100 lines) is below what a platypus Table costs here. The top of the render
profile is reportlab's pure-Python `fp_str`: reportlab's C accelerator (`rl_accel`, on PyPI) measured ~20% off
every render on this machine (100 lines: 38 → 30 ms of CPU; one page: 7.8 → 6.1 ms). A one-page invoice in a
batch is ~23 ms: the company profile (one settings query per field, 17 in all: about a quarter of the profile,
mostly peewee), `get_invoice` ~4 ms, the render ~12 ms (~9.5 without the QR code). Fix for ≥ 100/s: read the
company profile once per batch, load the batch's lines in one query, add `rl_accel`, and draw the one-page
lines table straight on the canvas.""",
    "receivables": """About 60% is the SQL: `settlement._ROWS` wraps the invoice query with the correlated sums
of payments and credit notes in a subquery that SQLite flattens, so both sums are computed twice per invoice
(once for `WHERE balance > 0`, once for the SELECT), and the rows are sorted by date though receivables
regroup them per customer. The rest is Python: an `InvoiceRow` with three Decimals for each of the ~13k open
invoices, then per-customer sums. Fix: a dedicated query that aggregates per customer in SQL with the aging
buckets (the floor's shape, no ORDER BY), Decimals only for the per-customer totals.""",
    "backup": """Copying a ~750 MB file through the online backup API alone takes more than a second here (the
floor), and `make_backup` then runs a full `integrity_check` (~25 s of CPU at this size) and a
`foreign_key_check` (~3 s) on the copy. Under 1 s is out of reach for any full copy of this file on this
machine. Fix: verify with `quick_check` (~2 s) or in the background after the copy is handed back;
`VACUUM INTO` (~3 s, smaller file) or incremental copies for the time the user waits.""",
    "memory": "",
    "daily": """`open_database` now takes the day's first backup before it returns: the online-backup copy, then a
full `integrity_check` and a `foreign_key_check` of the copy (see the backup row: tens of seconds at 100k, and
the 1M file is five times larger). The window cannot show anything meanwhile. Fix: take the daily backup in a
background job once the window is up (the backup API lets readers and writers go on), verified with
`quick_check`, with the full check left to an idle moment.""",
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
    "window": """The contacts page asks for its ids several times while it is built (the first `set_query`,
then again from `setSortingEnabled`, `sortByColumn` and `apply_filters`), each a full `party_ids` of 100k ids;
`list_tags` for the tag filter adds a GROUP BY over every party's tags. One run each time; it varied
between 0.8 and 3.4 s from run to run here. Fix (ui/): build the page with its
sort and filters set before the first `set_query`, so the ids load once; count tags in the background.""",
    "check": "",
    "overview": """The communications source reads `party_id IN (...) OR person_id IN (...)`, which SQLite
answers with a multi-index OR and a sort of every entry of the party before the LIMIT 50; then five sources
each make up to 50 peewee model instances. Fix: an index on `(person_id, occurred_at)` beside the existing
`(party_id, occurred_at)`, and a UNION ALL of two ordered, limited queries.""",
}
