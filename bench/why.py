"""Why an operation misses its target and what would fix it: from the profiles taken when this was written.

Printed in RESULTS.md only for the operations that miss in the run at hand, beside that run's own profile.
"""

from __future__ import annotations

WHY = {
    "open": """The window no longer waits for every id: it opens the file and shows the first page from a `LIMIT 200`
query (`list_parties`), and `party_ids` runs in the background after it (see the list rows). `open_database`
costs the same at any size; what is left between 100k and an empty file is the first page itself: 200 rows,
each with five correlated subqueries (company, e-mail, phone, city, tags), ~1,000 index lookups that an empty
file does not have to make (it shows no rows). 1.2x of an empty file would need the empty file to show the same
200 rows; the absolute target (< 300 ms) passes with a wide margin.""",
    "list": """The first page is a `LIMIT 200` query on the `(deleted_at, sort_key)` index plus one query for its
rows (`party_rows`); every id (what the lazy list keeps to scroll anywhere) loads after it in the background:
see the "every id" row, about as long as the floor's bare loop, since stepping the index and making 112,500
Python ints is most of it.""",
    "paging": """`party_rows` is one query with correlated subqueries (company, e-mail, phone, city, tags): about the
floor's cost when the pages are in memory. At 1M (one pass, a 3.9 GB file through a 64 MB SQLite cache) the
pages over 16 ms are first reads of the file's pages: every row of a page of 200 touches its party, contact
points, address and tags rows scattered over the file, ~1,000-2,000 page reads; the same page read again is a
few ms. A covering index for the e-mail and phone subqueries cuts those reads (see the index proposed in the notes).""",
    "search": """The floor is a bare lookup (one FTS5 MATCH or word-prefix range with LIMIT 20, no ranking, no
detail), so the ratio overstates what the ORM adds. Ours reads up to 200 candidates from each index with their
folded documents to rank them: in the profile about half is SQLite running those FTS5 trigram MATCHes
(`substring_matches`), about 30% is peewee building the `Party.id IN (...)` query over the candidates and the
two `_detail` queries and turning rows into Python values, the rest the ranking in Python. The slowest queries
are two words ("rossi mario"), which also match the whole text and fetch every candidate's document. Fix: a
smaller candidate cap when the name-prefix lookup already fills the page, and the candidate and detail
queries as raw SQL with placeholders (as `search_index` does). The p95 targets are met.""",
    "drafts": """`clean_lines` reads the VAT rates once per document and the products of all lines in one query; the
lines go in with one prepared INSERT (`bulk_insert`), the view is read back with plain SQL. What is left is
parsing and pricing 100 lines in `Decimal` and the durable commit (fsync).""",
    "issue": """Issuing reads the draft's lines with plain SQL, snapshots the customer with one query
(`customer_block`: name, first address, VAT and tax code, first e-mail), numbers the invoice and commits
durably (synchronous=FULL: the fsync is most of the floor); the returned view is read back with plain SQL.
A p95 over target on a shared machine is time slices lost to other work: see the CPU column.""",
    "pdf": """A 100-line invoice: `get_invoice` ~2 ms (plain SQL), the company profile one query (~0.3 ms), and the
render (~44 ms of CPU here, the floor's bare reportlab Table in Helvetica ~40): platypus `Table` with TTF
(DejaVu) text, one text object per cell line (~900 strings for 100 lines). 5x the peer (31 ms for 100 lines)
is below what a platypus Table costs on this machine; drawing the lines table straight on the canvas with one
text object per page would be the next step (~30% off the text drawing in an experiment). A one-page invoice
in the batch is ~9-11 ms of CPU here: the render ~8.5 ms (font subsets' widths and character maps now made
once per process, the EPC QR code with a fixed mask: ~1.5 ms instead of ~9, reportlab's C accelerator
`rl-accel`), `get_invoice` ~0.8 ms, the company profile ~0.1 ms; what is left is platypus laying out and
drawing its six small tables and reportlab writing the PDF objects.""",
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
