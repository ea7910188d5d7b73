"""The FatturaPA 1.2.2 file of an issued invoice or credit note, built from its frozen content.

Element by element as the Agenzia delle Entrate's schema orders them (../shared/reference/fatturapa): the
header (who sends it to whom, through which SdI address; the seller as frozen on issue, with its tax regime and
companies-register data; the customer as frozen on issue) and one body (the document's data with the withholding
tax, the stamp duty, the pension fund contribution, the references, the lines, the VAT summary per rate or
Natura, the payment terms, the courtesy PDF). Every number comes from ``smallcrm.tax_cases`` through the document's
view, so the file says what the PDF and the books say.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from decimal import Decimal

from smallcrm.documents.legal_notes import legal_note_texts
from smallcrm.domain import DocumentKind, Natura, PaymentMeans, TransmissionFormat, VatCollectability
from smallcrm.services.einvoicing import parties_xml as px
from smallcrm.services.einvoicing.source import DocumentReference, EInvoiceSource
from smallcrm.services.einvoicing.xml_text import amount, ascii_text, chunks, day, latin, price, rate
from smallcrm.services.sales.views import DocumentView, LineView
from smallcrm.tax_cases import nature_of

NS = "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2"
ET.register_namespace("p", NS)
ZERO = Decimal("0.00")
STAMP_DUTY_REFERENCE = "Escluso art. 15 DPR 633/72"  # the stamp duty charged back: not part of the taxable
IBAN_MEANS = frozenset({PaymentMeans.BANK_TRANSFER, PaymentMeans.RIBA, PaymentMeans.MAV, PaymentMeans.BANK_SLIP})


def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def transmission_format(document: DocumentView) -> TransmissionFormat:
    """FPA12 for a public administration, known by its 6-character office code; FPR12 for anyone else."""
    return TransmissionFormat.PUBLIC if len(document.customer.sdi_code.strip()) == 6 else TransmissionFormat.PRIVATE


def build_xml(source: EInvoiceSource) -> bytes:
    """The FatturaPA file (UTF-8, with its XML declaration) of ``source``'s issued document."""
    document = source.document
    fmt = transmission_format(document)
    root = ET.Element(f"{{{NS}}}FatturaElettronica", {"versione": fmt.value})
    header = sub(root, "FatturaElettronicaHeader")
    px.transmission(sub(header, "DatiTrasmissione"), document, source.progressive, fmt)
    px.seller(sub(header, "CedentePrestatore"), document)
    px.customer(sub(header, "CessionarioCommittente"), document)
    body = sub(root, "FatturaElettronicaBody")
    _general(sub(body, "DatiGenerali"), source)
    _goods(sub(body, "DatiBeniServizi"), document)
    _payment(body, document)
    if source.options.attach_pdf and source.pdf:
        attachment = sub(body, "Allegati")
        sub(attachment, "NomeAttachment", ascii_text(f"{px.file_stem(document.number)}.pdf", 60))
        sub(attachment, "FormatoAttachment", "PDF")
        sub(attachment, "DescrizioneAttachment", "Copia di cortesia")
        sub(attachment, "Attachment", base64.b64encode(source.pdf).decode("ascii"))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def _general(parent: ET.Element, source: EInvoiceSource) -> None:
    document, tax, setup = source.document, source.document.tax, source.document.tax_setup
    data = sub(parent, "DatiGeneraliDocumento")
    sub(data, "TipoDocumento", source.document_type.value)
    sub(data, "Divisa", document.currency)
    sub(data, "Data", day(document.issue_date))
    sub(data, "Numero", ascii_text(document.number, 20))
    if tax.withholding and setup.withholding is not None:
        withholding = sub(data, "DatiRitenuta")
        sub(withholding, "TipoRitenuta", setup.withholding.kind.value)
        sub(withholding, "ImportoRitenuta", amount(tax.withholding))
        sub(withholding, "AliquotaRitenuta", rate(setup.withholding.rate))
        sub(withholding, "CausalePagamento", setup.withholding.reason)
    if tax.stamp_duty:
        stamp = sub(data, "DatiBollo")
        sub(stamp, "BolloVirtuale", "SI")
        sub(stamp, "ImportoBollo", amount(tax.stamp_duty))
    if tax.pension_fund and setup.pension_fund is not None:
        _pension_fund(sub(data, "DatiCassaPrevidenziale"), document)
    sub(data, "ImportoTotaleDocumento", amount(tax.total))
    for piece in _causale(document):
        sub(data, "Causale", piece)
    _references(parent, "DatiOrdineAcquisto", source.options.orders)
    _references(parent, "DatiContratto", source.options.contracts)
    if source.corrects is not None:
        linked = sub(parent, "DatiFattureCollegate")
        sub(linked, "IdDocumento", ascii_text(source.corrects.number, 20))
        sub(linked, "Data", day(source.corrects.day))
    for note in source.options.delivery_notes:
        ddt = sub(parent, "DatiDDT")
        sub(ddt, "NumeroDDT", ascii_text(note.number, 20))
        sub(ddt, "DataDDT", day(note.day))
        for number in note.lines:
            sub(ddt, "RiferimentoNumeroLinea", str(number))


def _pension_fund(cassa: ET.Element, document: DocumentView) -> None:
    tax, fund = document.tax, document.tax_setup.pension_fund
    bucket = next(b for b in tax.buckets if b.vat_code == tax.pension_fund_vat_code)
    sub(cassa, "TipoCassa", fund.fund.value)
    sub(cassa, "AlCassa", rate(fund.rate))
    sub(cassa, "ImportoContributoCassa", amount(tax.pension_fund))
    sub(cassa, "ImponibileCassa", amount(_fees(document)))
    sub(cassa, "AliquotaIVA", rate(bucket.vat_percent))
    if fund.withheld and tax.withholding:
        sub(cassa, "Ritenuta", "SI")
    nature = nature_of(bucket.vat_code)
    if not bucket.vat_percent and nature is not None:
        sub(cassa, "Natura", nature.value)


def _fees(document: DocumentView) -> Decimal:
    """What the pension fund contribution and the withholding tax are computed on: every line but N1."""
    return sum((line.net for line in document.lines if not _excluded(line)), ZERO)


def _excluded(line: LineView) -> bool:
    return nature_of(line.vat_code) == Natura.EXCLUDED


def _causale(document: DocumentView) -> list[str]:
    """The notes and the legal wordings (regime, split payment, reverse charge...) in Italian, 200 at a time."""
    tax = document.tax
    texts = legal_note_texts(tax.notes, "it", document.currency, {"stamp_duty": tax.stamp_duty})
    if document.notes.strip():
        texts.insert(0, document.notes)
    return [piece for text in texts for piece in chunks(text, 200)]


def _references(parent: ET.Element, tag: str, references: Iterable[DocumentReference]) -> None:
    for reference in references:
        element = sub(parent, tag)
        for number in reference.lines:
            sub(element, "RiferimentoNumeroLinea", str(number))
        sub(element, "IdDocumento", ascii_text(reference.number, 20))
        if reference.day is not None:
            sub(element, "Data", day(reference.day))
        if reference.cup:
            sub(element, "CodiceCUP", ascii_text(reference.cup, 15))
        if reference.cig:
            sub(element, "CodiceCIG", ascii_text(reference.cig, 15))


def _goods(parent: ET.Element, document: DocumentView) -> None:
    tax, setup = document.tax, document.tax_setup
    withheld = bool(tax.withholding) and setup.withholding is not None
    position = 0
    for position, line in enumerate(document.lines, start=1):
        _line(sub(parent, "DettaglioLinee"), position, line, withheld and not _excluded(line))
    if tax.stamp_duty_charged:
        stamp = sub(parent, "DettaglioLinee")
        sub(stamp, "NumeroLinea", str(position + 1))
        sub(stamp, "Descrizione", "Imposta di bollo")
        sub(stamp, "Quantita", "1.00")
        sub(stamp, "PrezzoUnitario", price(tax.stamp_duty_charged))
        sub(stamp, "PrezzoTotale", amount(tax.stamp_duty_charged))
        sub(stamp, "AliquotaIVA", "0.00")
        sub(stamp, "Natura", Natura.EXCLUDED.value)
    _summary(parent, document)


def _line(element: ET.Element, position: int, line: LineView, withheld: bool) -> None:
    quantity, unit_price = line.quantity, line.unit_price
    if quantity < 0:  # the schema's quantity has no sign: the price carries it
        quantity, unit_price = -quantity, -unit_price
    sub(element, "NumeroLinea", str(position))
    sub(element, "Descrizione", latin(line.description, 1000) or "-")
    sub(element, "Quantita", price(quantity))
    if line.unit.strip():
        sub(element, "UnitaMisura", ascii_text(line.unit, 10))
    sub(element, "PrezzoUnitario", price(unit_price))
    if line.discount_percent:
        discount = sub(element, "ScontoMaggiorazione")
        sub(discount, "Tipo", "SC" if line.discount_percent > 0 else "MG")
        sub(discount, "Percentuale", rate(abs(line.discount_percent)))
    sub(element, "PrezzoTotale", amount(line.net))
    sub(element, "AliquotaIVA", rate(line.vat_percent))
    if withheld:
        sub(element, "Ritenuta", "SI")
    nature = nature_of(line.vat_code)
    if not line.vat_percent and nature is not None:
        sub(element, "Natura", nature.value)


def _summary(parent: ET.Element, document: DocumentView) -> None:
    """DatiRiepilogo: one per VAT code (the contribution inside its code's taxable); the stamp duty charged
    back joins the N1 code, or makes one."""
    tax, setup = document.tax, document.tax_setup
    exemptions = {s.vat_code: s.exemption for s in document.vat_summary}
    stamp_left = tax.stamp_duty_charged
    for bucket in tax.buckets:
        nature = nature_of(bucket.vat_code) if not bucket.vat_percent else None
        taxable = bucket.taxable
        if stamp_left and nature == Natura.EXCLUDED:
            taxable, stamp_left = taxable + stamp_left, ZERO
        _summary_row(parent, bucket.vat_percent, nature, taxable, bucket.vat, setup.collectability,
                     exemptions.get(bucket.vat_code, ""))
    if stamp_left:
        _summary_row(parent, ZERO, Natura.EXCLUDED, stamp_left, ZERO, setup.collectability, STAMP_DUTY_REFERENCE)


def _summary_row(parent: ET.Element, percent: Decimal, nature: Natura | None, taxable: Decimal, vat: Decimal,
                 collectability: VatCollectability, reference: str) -> None:
    row = sub(parent, "DatiRiepilogo")
    sub(row, "AliquotaIVA", rate(percent))
    if nature is not None:
        sub(row, "Natura", nature.value)
    sub(row, "ImponibileImporto", amount(taxable))
    sub(row, "Imposta", amount(vat))
    if nature is None:
        sub(row, "EsigibilitaIVA", collectability.value)
    if nature is not None:
        sub(row, "RiferimentoNormativo", latin(reference or nature.value, 100))


def _payment(body: ET.Element, document: DocumentView) -> None:
    """DatiPagamento: an invoice asks for what is payable (net of a withholding or a split payment), in its
    instalments; a credit note asks for nothing."""
    if document.kind != DocumentKind.INVOICE or document.tax.payable <= 0:
        return
    parts = [(i.due_date, i.amount) for i in document.instalments] or [(document.due_date, document.tax.payable)]
    payment = sub(body, "DatiPagamento")
    sub(payment, "CondizioniPagamento", "TP01" if len(parts) > 1 else "TP02")
    means = PaymentMeans(document.payment_means)
    seller = document.seller
    for due, part in parts:
        detail = sub(payment, "DettaglioPagamento")
        sub(detail, "ModalitaPagamento", means.value)
        if due is not None:
            sub(detail, "DataScadenzaPagamento", day(due))
        sub(detail, "ImportoPagamento", amount(part))
        if seller.iban and means in IBAN_MEANS:
            sub(detail, "IBAN", seller.iban.replace(" ", "").upper())
            if seller.bic:
                sub(detail, "BIC", seller.bic.replace(" ", "").upper())
