"""The EPC QR code ("GiroCode", SEPA credit transfer, EPC069-12 version 002) printed on invoices.

A banking app that scans it fills in a transfer: beneficiary, IBAN, amount and the invoice number as the
remittance text. The code is made by segno (level M, as the EPC guideline requires) and drawn as
vector rectangles (no bitmap to embed), so it is sharp at any zoom and costs next to nothing in the PDF.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

import segno
from reportlab.lib.colors import black
from reportlab.pdfgen.pathobject import PDFPathObject

from smallcrm.domain import DocumentKind, PaymentMeans

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from smallcrm.services.sales.views import CompanyProfile, DocumentView

MAX_NAME = 70
MAX_TEXT = 140
MAX_PAYLOAD_BYTES = 331
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999.99")
QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks
MASK = 2  # a fixed mask: scoring all eight (segno's default) costs ~5x the encoding, and any mask scans


def _compact(code: str) -> str:
    return "".join((code or "").split()).upper()


def epc_qr_payload(name: str, iban: str, amount: Decimal, reference: str, bic: str = "") -> str:
    """The text of an EPC QR code for a SEPA credit transfer of ``amount`` euros to ``iban``.

    Lines (joined by "\\n"): BCD, 002, 1 (UTF-8), SCT, BIC (may be empty), beneficiary name (at most 70
    characters), IBAN (no spaces), "EUR" + amount with two decimals, purpose (empty), structured
    reference (empty), unstructured remittance text = ``reference`` (the invoice number, at most 140).
    Raises ValueError for an amount outside 0.01 – 999,999,999.99 or a missing name or IBAN.
    """
    if not isinstance(amount, Decimal):
        raise TypeError("the amount must be a Decimal")
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise ValueError(f"EPC QR amount out of range: {amount}")
    name = " ".join((name or "").split())[:MAX_NAME]
    iban = _compact(iban)
    if not name or not 5 <= len(iban) <= 34:
        raise ValueError("EPC QR needs the beneficiary name and IBAN")
    text = " ".join((reference or "").split())[:MAX_TEXT]
    lines = ["BCD", "002", "1", "SCT", _compact(bic), name, iban, f"EUR{amount.quantize(MIN_AMOUNT)}", "", "", text]
    payload = "\n".join(lines)
    while len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES and lines[-1]:  # many multi-byte characters
        lines[-1] = lines[-1][:-1]
        payload = "\n".join(lines)
    return payload


def document_epc_payload(document: DocumentView, company: CompanyProfile) -> str | None:
    """The EPC payload for a document, or None when it gets no QR code.

    Only an invoice (not a quote, not a credit note) in euros, paid by bank transfer, with something still to
    pay, from a company with an IBAN and a name, gets one; it asks for the balance, or for what is left of the
    next instalment when there are several; the remittance text is the invoice number.
    """
    if document.kind != DocumentKind.INVOICE or (document.currency or "EUR").upper() != "EUR":
        return None
    if not _compact(company.iban) or not company.name.strip():
        return None
    if document.payment_means and document.payment_means != PaymentMeans.BANK_TRANSFER:
        return None  # a Ri.Ba., a direct debit, cash: the customer does not send a transfer
    amount = document.balance_due
    if len(document.instalments) > 1:  # the next instalment, not the whole balance
        amount = next((part.outstanding for part in document.instalments if part.outstanding > 0), amount)
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        return None
    return epc_qr_payload(company.name, company.iban, amount, document.number, company.bic)


def qr_rows(payload: bytes) -> list[str]:
    """The modules of the QR code of ``payload`` (level M, mask 2), a row a string of "1" (dark) and "0"."""
    qr = segno.make_qr(payload, error="m", boost_error=False, mask=MASK)
    return ["".join("1" if dark else "0" for dark in row) for row in qr.matrix]


@lru_cache(maxsize=64)
def qr_runs(payload: str) -> tuple[tuple[tuple[int, int, int], ...], int]:
    """The dark modules of the code of ``payload`` as runs, in module units from the lower-left corner of the
    quiet zone: (x, y, length) for each run of dark modules in a row. Also the side of the code in modules,
    quiet zone included. One rectangle per run rather than per module: far fewer to draw."""
    rows = qr_rows(payload.encode("utf-8"))
    runs = []
    for row_index, row in enumerate(rows):
        y, x = len(rows) - row_index - 1 + QUIET_ZONE, QUIET_ZONE
        for run in row.split("0"):
            if run:
                runs.append((x, y, len(run)))
            x += len(run) + 1
    return tuple(runs), len(rows) + 2 * QUIET_ZONE


@lru_cache(maxsize=64)
def _qr_path(payload: str) -> tuple[PDFPathObject, int]:
    """The dark modules as one path of rectangles, in module units, and the side in modules. Kept like the
    runs: building the path costs ~0.9 ms, and a document drawn again (preview, then save) draws the same."""
    runs, modules = qr_runs(payload)
    path = PDFPathObject()  # what Canvas.beginPath returns; a path does not belong to a canvas
    for x, y, length in runs:
        path.rect(x, y, length, 1)
    return path, modules


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``payload`` as a ``size`` × ``size`` square (quiet zone included), lower-left
    corner at (x, y), on a reportlab canvas: one filled path of rectangles, drawn in module units under a
    scale, so that each rectangle is a few short integers in the PDF."""
    path, modules = _qr_path(payload)
    module = size / modules
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.translate(x, y)
    canvas.scale(module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
