"""Writing whole tables into an empty laptop: what the bulk snapshot (snapshot.py) and the copy of the server's
ready file (seed_copy.py) both do around their rows."""

from __future__ import annotations

from smallcrm.domain import InvoiceStatus
from smallcrm.sync import triggers


def drop_indexes(pw, tables: tuple[str, ...]) -> list[str]:
    """Drop the indexes of ``tables`` that a statement made (every one but those of a UNIQUE constraint in the
    table itself); returns the statements that make them again, in the order they were made. All of them, the
    unique ones too: the query planner, without statistics, breaks ties between indexes by that order, so a
    table that got only some of them back would be read by other plans than a migrated file's (measured: the
    search index's rebuild went from 1 s to 35 s). A duplicate uid then fails when its index is made again,
    which rolls the table back as a failed insert would. Tables with triggers of their own (the issued
    documents' guards read their table by uid on every insert) keep their indexes. Call it inside the
    transaction that makes them again."""
    marks = ", ".join("?" * len(tables))
    if pw.execute_sql(f"SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) "
                      "AND substr(name, 1, ?) <> ?", (*tables, len(triggers.PREFIX), triggers.PREFIX)).fetchone():
        return []
    found = pw.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           f"AND tbl_name IN ({marks}) ORDER BY rowid", tables).fetchall()
    for name, _ in found:
        pw.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def move_counters(pw, table: str) -> None:
    """Issued documents move their series' counters here too, as numbering them here would have."""
    pw.execute_sql(
        "INSERT INTO invoice_counter (kind, series, year, last_number) SELECT kind, series, year, MAX(number) "
        f"FROM \"{table}\" WHERE status = ? GROUP BY kind, series, year ORDER BY 1, 2, 3 "
        "ON CONFLICT (kind, series, year) DO UPDATE SET last_number = MAX(last_number, excluded.last_number)",
        (InvoiceStatus.ISSUED,))
