"""E-invoices: 1,000 issued invoices of the demo history to FatturaPA XML, each built from its frozen content and
run through the local checks (what happens before a file may leave), one after the other."""

from __future__ import annotations

from bench.context import Context
from bench.ops_sales import ensure_profile
from bench.timing import Row, series
from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.reading import invoice_xml


def _built_and_checked(invoice_id: int) -> int:
    problems = check_xml(invoice_xml(invoice_id, "00001"))
    return len(problems)


def einvoices(ctx: Context) -> list[Row]:
    ensure_profile(ctx)
    count = 20 * ctx.reps if ctx.quick else 1000
    ids = [r[0] for r in ctx.conn.execute("SELECT id FROM invoice WHERE status = 'issued' ORDER BY id LIMIT ?",
                                          (count,))]
    problems = sum(_built_and_checked(i) for i in ids[:50])  # warm, and what the checks say of the demo's files
    ours = series([lambda i=i: _built_and_checked(i) for i in ids])
    rate = len(ids) / ours.total * 1000
    return [Row("einvoice", f"{len(ids):,} invoices to XML (built and validated, mean per invoice)", ctx.scale, ours,
                target="≥ 100/s (mean < 10 ms)", limit_ms=10, stat="mean", extra={"rate": f"{rate:.0f}/s"},
                note=f"read from the database, built, checked; {problems} problems in the first 50",
                work=lambda: [_built_and_checked(i) for i in ids[:20]])]
