"""The accountant's e-invoice archive: a period's FatturaPA files (those that left, by their invoice's date) and
the SdI's receipts about them, as one zip. Each file is named as the SdI names it (IT01234567890_0000A.xml, its
receipts IT01234567890_0000A_RC_001.xml or .xml.p7m, exactly as received); ``index.csv`` lists the files with
their invoice, date, status and SdI identifier, and which receipts came for each. Written beside the target and
renamed at the end, as the workbook exports are: a failed export leaves no half zip."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smallcrm.db.einvoice_models import EInvoiceFile, EInvoiceMessage
from smallcrm.db.sales_models import Invoice
from smallcrm.domain import EInvoiceStatus, ReceiptKind
from smallcrm.services.einvoicing.receipt_reading import read_message
from smallcrm.services.einvoicing.receipts import APPLIED

SDI_RECEIPTS = frozenset({ReceiptKind.RC, ReceiptKind.NS, ReceiptKind.MC, ReceiptKind.NE, ReceiptKind.DT,
                          ReceiptKind.AT})


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    files: int
    receipts: int


def _receipt_name(file_name: str, kind: str, number: int, inner_name: str) -> str:
    stem = file_name.removesuffix(".xml")
    signed = inner_name.lower().endswith(".p7m")
    return f"{stem}_{kind}_{number:03d}.xml" + (".p7m" if signed else "")


def export_einvoices(path: Path, date_from: date | None = None, date_to: date | None = None) -> ArchiveResult:
    """Write the zip of the files of invoices and credit notes dated in [date_from, date_to] (either open)."""
    query = (EInvoiceFile.select(EInvoiceFile, Invoice.number_text, Invoice.issue_date).join(Invoice)
             .where(EInvoiceFile.status != EInvoiceStatus.TO_SEND.value))
    if date_from:
        query = query.where(Invoice.issue_date >= date_from)
    if date_to:
        query = query.where(Invoice.issue_date <= date_to)
    rows = list(query.order_by(Invoice.issue_date, EInvoiceFile.id))
    messages: dict[int, list[EInvoiceMessage]] = {}
    if rows:
        found = (EInvoiceMessage.select().where(EInvoiceMessage.einvoice_file.in_([r.id for r in rows])
                                                & EInvoiceMessage.kind.in_([str(k) for k in SDI_RECEIPTS])
                                                & EInvoiceMessage.action.in_([str(a) for a in APPLIED]))
                 .order_by(EInvoiceMessage.id))
        for message in found:
            messages.setdefault(message.einvoice_file_id, []).append(message)
    index = io.StringIO()
    writer = csv.writer(index)
    writer.writerow(["file", "invoice", "date", "status", "sdi_id", "receipts"])
    temporary = path.with_name(f".{path.name}.part")
    receipts = 0
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            for row in rows:
                archive.writestr(row.file_name, bytes(row.xml))
                names = []
                for number, message in enumerate(messages.get(row.id, ()), 1):
                    reading = read_message(message.name, bytes(message.data))
                    name = _receipt_name(row.file_name, message.kind, number, reading.inner_name)
                    archive.writestr(name, reading.inner_data or bytes(message.data))
                    names.append(name)
                receipts += len(names)
                writer.writerow([row.file_name, row.invoice.number_text, row.invoice.issue_date.isoformat(),
                                 row.status, row.sdi_id, " ".join(names)])
            archive.writestr("index.csv", index.getvalue())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return ArchiveResult(path, len(rows), receipts)
