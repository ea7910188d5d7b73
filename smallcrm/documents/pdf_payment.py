"""How a document asks to be paid, in its language: the payment method (FatturaPA ModalitaPagamento, e.g. "Ri.Ba.")
with the terms ("a 30/60/90 giorni fine mese"), each instalment's due date and amount, and the bank account when
the customer pays by transfer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smallcrm.documents import formatting as fmt
from smallcrm.documents.pdf_fonts import BOLD, FONT
from smallcrm.domain import DocumentKind, PaymentMeans

if TYPE_CHECKING:
    from smallcrm.services.sales.views import CompanyProfile, DocumentView

_NAMES = {  # (it, en, ro)
    PaymentMeans.CASH: ("contanti", "cash", "numerar"),
    PaymentMeans.CHEQUE: ("assegno", "cheque", "cec"),
    PaymentMeans.BANKERS_DRAFT: ("assegno circolare", "banker's draft", "cec bancar"),
    PaymentMeans.CASH_AT_TREASURY: ("contanti presso Tesoreria", "cash at the Treasury", "numerar la Trezorerie"),
    PaymentMeans.BANK_TRANSFER: ("bonifico bancario", "bank transfer", "transfer bancar"),
    PaymentMeans.PROMISSORY_NOTE: ("vaglia cambiario", "promissory note", "cambie"),
    PaymentMeans.BANK_SLIP: ("bollettino bancario", "bank payment slip", "formular de plată bancar"),
    PaymentMeans.CARD: ("carta di pagamento", "payment card", "card de plată"),
    PaymentMeans.RID: ("RID", "direct debit (RID)", "debit direct (RID)"),
    PaymentMeans.RID_UTILITIES: ("RID utenze", "utility direct debit (RID)", "debit direct pentru utilități (RID)"),
    PaymentMeans.RID_FAST: ("RID veloce", "fast direct debit (RID)", "debit direct rapid (RID)"),
    PaymentMeans.RIBA: ("Ri.Ba.", "bank receipt (Ri.Ba.)", "chitanță bancară (Ri.Ba.)"),
    PaymentMeans.MAV: ("MAV", "payment notice (MAV)", "aviz de plată (MAV)"),
    PaymentMeans.TREASURY_RECEIPT: ("quietanza erario", "Treasury receipt", "chitanță a Trezoreriei"),
    PaymentMeans.SPECIAL_ACCOUNT: ("giroconto su conti di contabilità speciale", "transfer to a special account",
                                   "virament în cont special"),
    PaymentMeans.BANK_DIRECT_DEBIT: ("domiciliazione bancaria", "bank direct debit", "domiciliere bancară"),
    PaymentMeans.POSTAL_DIRECT_DEBIT: ("domiciliazione postale", "postal direct debit", "domiciliere poștală"),
    PaymentMeans.POSTAL_SLIP: ("bollettino di c/c postale", "postal payment slip", "mandat poștal"),
    PaymentMeans.SEPA_DIRECT_DEBIT: ("addebito diretto SEPA", "SEPA direct debit", "debit direct SEPA"),
    PaymentMeans.SEPA_DIRECT_DEBIT_CORE: ("addebito diretto SEPA Core", "SEPA direct debit (Core)",
                                          "debit direct SEPA (Core)"),
    PaymentMeans.SEPA_DIRECT_DEBIT_B2B: ("addebito diretto SEPA B2B", "SEPA direct debit (B2B)",
                                         "debit direct SEPA (B2B)"),
    PaymentMeans.WITHHELD: ("trattenuta su somme già riscosse", "deduction from sums already collected",
                            "reținere din sume deja încasate"),
    PaymentMeans.PAGOPA: ("PagoPA", "PagoPA", "PagoPA"),
}
_LANGUAGES = ("it", "en", "ro")
# the terms: on receipt, N days, N days end of month, several instalments by days, instalments on given days
_TERMS = {
    "it": ("a vista", "a {days} giorni", "a {days} giorni fine mese", "in {count} rate"),
    "en": ("on receipt", "within {days} days", "at {days} days end of month", "in {count} instalments"),
    "ro": ("la primire", "termen de plată {days} zile", "termen de plată {days} zile, sfârșitul lunii",
           "în {count} rate"),
}
_JOIN = {"it": "{means} {terms}", "en": "{means} {terms}", "ro": "{means}, {terms}"}
# the payment methods by which the customer sends money to our account: it and the QR code are printed for them
BY_TRANSFER = frozenset({PaymentMeans.BANK_TRANSFER})


def means_name(means: str, language: str) -> str:
    names = _NAMES.get(PaymentMeans(means) if means in PaymentMeans._value2member_map_ else PaymentMeans.BANK_TRANSFER)
    return names[_LANGUAGES.index(language) if language in _LANGUAGES else 0]


def terms_phrase(document: DocumentView, company: CompanyProfile) -> str:
    """"a 30/60/90 giorni fine mese", "within 30 days", "in 3 rate" ... in the document's language."""
    language = document.language if document.language in _TERMS else "it"
    receipt, days_text, end_of_month_text, count_text = _TERMS[language]
    terms = document.payment_terms
    if terms is None:  # a quote (our usual terms), a document made without terms (its due date says them)
        days = document.payment_terms_days
        if not days and document.kind == DocumentKind.INVOICE and document.due_date and document.issue_date:
            days = (document.due_date - document.issue_date).days
        elif not days and document.kind == DocumentKind.QUOTE:
            days = company.payment_terms_days
        return days_text.format(days=days) if days else receipt
    if any(part.on is not None or part.amount is not None for part in terms.parts):
        return count_text.format(count=len(terms.parts))
    days = "/".join(str(part.days) for part in terms.parts)
    if days == "0" and not terms.end_of_month:
        return receipt
    return (end_of_month_text if terms.end_of_month else days_text).format(days=days)


def payment_rows(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> list[tuple]:
    """(label, value, font) rows: method and terms, due dates (each instalment's), the account to pay into."""
    language = document.language
    means = document.payment_means or PaymentMeans.BANK_TRANSFER
    join = _JOIN.get(language, _JOIN["it"])
    rows = [(labels["payment"], join.format(means=means_name(means, language),
                                            terms=terms_phrase(document, company)), FONT)]
    invoice = document.kind == DocumentKind.INVOICE
    if invoice and len(document.instalments) > 1:
        for part in document.instalments:
            rows.append((labels["instalment"].format(number=part.position),
                         f"{fmt.format_date(part.due_date, language)} · "
                         f"{fmt.format_money(part.amount, document.currency, language)}", FONT))
    elif invoice and document.due_date:
        rows.append((labels["due_date"], fmt.format_date(document.due_date, language), FONT))
    if invoice and means in BY_TRANSFER and company.iban.strip():
        rows.append(("IBAN", fmt.format_iban(company.iban), BOLD))
        if company.bic.strip():
            rows.append(("BIC", company.bic.strip().upper(), FONT))
        rows.append((labels["account_holder"], company.name, FONT))
    return rows
