"""The lines of quotes, invoices and credit notes: checked, priced and totalled the same way for all."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from smallcrm.db.bulk import bulk_insert
from smallcrm.db.models import database
from smallcrm.db.sales_models import Product, VatRate
from smallcrm.domain import Natura, TaxRegime
from smallcrm.errors import NotFound, ValidationError
from smallcrm.money import from_cents, from_e8, parse_decimal, parse_unit_price, to_cents, to_e8
from smallcrm.services.sales.catalog import active_vat_rates, basis_points, percent_of, vat_rate_by_code, vat_rate_view
from smallcrm.services.sales.views import CustomerBlock, LineView, VatSummaryLine
from smallcrm.tax_cases import Shares, TaxSetup, TaxTotals, charges_no_vat, tax_totals
from smallcrm.totals import LineAmounts, Totals, compute_totals, line_net, priced_totals

MAX_QUANTITY = Decimal("1000000")
DOCUMENT_LANGUAGES = ("it", "en", "ro")
DEFAULT_VAT_CODE = "22"


@dataclass
class LineDraft:
    """A line as typed: a product (its name, price and VAT fill what is left empty) or free text."""

    description: str = ""
    quantity: object = 1
    unit_price: object | None = None
    discount_percent: object = 0
    vat_code: str | None = None
    product_id: int | None = None
    unit: str | None = None


def _products(drafts: list[LineDraft]) -> dict[int, tuple]:
    """The live products the lines name, by id: (id, name, price_e8, unit, VAT code), in one query."""
    wanted = {d.product_id for d in drafts if d.product_id is not None}
    if not wanted:
        return {}
    rows = (Product.select(Product.id, Product.name, Product.price_e8, Product.unit, VatRate.code)
            .join(VatRate).where(Product.id.in_(list(wanted)), Product.deleted_at.is_null()).tuples())
    return {row[0]: row for row in rows}


def clean_lines(drafts: list[LineDraft], regime: TaxRegime = TaxRegime.ORDINARY, whole: bool = True
                ) -> list[LineView]:
    """Check every line (errors name it: ``lines[2].quantity``) and price it exactly; under a regime that charges
    no VAT (forfettario) a line at a positive rate goes to N2.2 (``with_regime``); ``whole``: the lines are a
    whole document, whose rates must each add up to zero or more (``check_covered``; an editor pricing one line
    at a time checks that over all of them).

    The VAT rates and the products are read once per document, not once per line."""
    products = _products(drafts)
    rates = active_vat_rates() if drafts else {}
    checked: list[LineView] = []
    for index, draft in enumerate(drafts):
        field = f"lines[{index}]"
        product = None
        if draft.product_id is not None:
            product = products.get(draft.product_id)
            if product is None:
                raise ValidationError(f"{field}.product_id", f"No product {draft.product_id}", code="not_found")
            product_id, product_name, price_e8, product_unit, product_vat = product
        description = (draft.description or "").strip() or (product_name if product else "")
        if not description:
            raise ValidationError(f"{field}.description", "A line needs a description or a product", code="required")
        quantity = parse_decimal(draft.quantity, f"{field}.quantity", 3, minimum=Decimal("0.001"),
                                 maximum=MAX_QUANTITY, what="quantity")
        if draft.unit_price is None or str(draft.unit_price).strip() == "":
            if product is None:
                raise ValidationError(f"{field}.unit_price", "A price is needed", code="required")
            unit_price = from_e8(price_e8)
        else:
            unit_price = parse_unit_price(draft.unit_price, f"{field}.unit_price")
        discount = parse_decimal(draft.discount_percent or 0, f"{field}.discount_percent", 2, minimum=Decimal(0),
                                 maximum=Decimal(100), what="percentage")
        code = draft.vat_code or (product_vat if product else DEFAULT_VAT_CODE)
        rate = rates.get(str(code).strip()) or vat_rate_view(vat_rate_by_code(code, f"{field}.vat_code"))
        unit = draft.unit if draft.unit is not None else (product_unit if product else "")
        net = line_net(LineAmounts(quantity, unit_price, discount, rate.percent, rate.code))
        checked.append(LineView(index + 1, product_id if product else None, description, quantity, unit.strip(),
                                unit_price, discount, rate.code, rate.percent, rate.exemption, net))
    checked = list(with_regime(checked, regime))
    if whole:
        check_covered(checked)
    return checked


def with_regime(lines: list[LineView] | tuple[LineView, ...], regime: TaxRegime) -> tuple[LineView, ...]:
    """The lines as ``regime`` taxes them: a company that charges no VAT (forfettario, minimi) puts every line at a
    positive rate at N2.2, with its legal reason; lines at a 0% code (N1, an expense advanced) keep theirs. The
    net amounts do not change. Every other regime leaves the lines as they are."""
    if not charges_no_vat(regime) or not any(line.vat_percent for line in lines):
        return tuple(lines)
    rate = vat_rate_view(vat_rate_by_code(Natura.NOT_SUBJECT))
    return tuple(replace(line, vat_code=rate.code, vat_percent=rate.percent, vat_exemption=rate.exemption)
                 if line.vat_percent else line for line in lines)


def check_covered(lines: list[LineView]) -> None:
    """A line may take off (a negative price: an advance deducted, "storno acconto", or a discount line), but
    never more than the document's lines at its VAT rate add up to: no rate's taxable amount goes below zero,
    and so neither does the VAT on it nor the document's total."""
    by_rate: dict[str, Decimal] = {}
    for line in lines:
        by_rate[line.vat_code] = by_rate.get(line.vat_code, Decimal(0)) + line.net
    for code, taxable in by_rate.items():
        if taxable < 0:
            raise ValidationError("lines", f"The lines at VAT {code} add up to {taxable}: a line cannot take off "
                                  "more than the document charges at its rate", code="negative_total",
                                  vat_code=code, taxable=taxable)


def totals_of(lines: list[LineView] | tuple[LineView, ...]) -> Totals:
    return compute_totals(LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_percent,
                                      line.vat_code) for line in lines)


def document_tax(lines: list[LineView] | tuple[LineView, ...], setup: TaxSetup, shares: Shares | None = None
                 ) -> TaxTotals:
    """The totals of a document's lines (their amounts as stored: a credit note's are its share of its invoice's
    lines) with its tax cases (``smallcrm.tax_cases``); a credit note's with the ``shares`` of its invoice's
    amounts it took (``credit_room``)."""
    return tax_totals(priced_totals((line.vat_code, line.vat_percent, line.net) for line in lines), setup, shares)


def vat_summary(lines: list[LineView] | tuple[LineView, ...], totals: Totals | TaxTotals
                ) -> tuple[VatSummaryLine, ...]:
    exemptions = {line.vat_code: line.vat_exemption for line in lines}
    return tuple(VatSummaryLine(b.vat_code, b.vat_percent, exemptions.get(b.vat_code, ""), b.taxable, b.vat)
                 for b in totals.buckets)


LINE_FIELDS = ("position", "product", "description", "quantity_milli", "unit", "unit_price_e8", "discount_bp",
               "vat_code", "vat_rate_bp", "vat_exemption", "net_cents")


def line_values(line: LineView) -> tuple:
    """The database columns of a line (without the owning document), in the order of ``LINE_FIELDS``."""
    return (line.position, line.product_id, line.description, int(line.quantity * 1000), line.unit,
            to_e8(line.unit_price), basis_points(line.discount_percent), line.vat_code,
            basis_points(line.vat_percent), line.vat_exemption, to_cents(line.net))


def read_lines(model, owner_field: str, owner_id: int) -> tuple[LineView, ...]:
    """The lines of a document in order, read with plain SQL (no model object per line)."""
    fields = model._meta.fields
    columns = ", ".join(f'"{fields[name].column_name}"' for name in LINE_FIELDS)
    sql = (f'SELECT {columns} FROM "{model._meta.table_name}" WHERE "{fields[owner_field].column_name}" = ? '
           'ORDER BY "position"')
    return tuple(LineView(position, product_id, description, Decimal(milli) / 1000, unit, from_e8(price),
                          percent_of(discount_bp), vat_code, percent_of(vat_bp), exemption, from_cents(net))
                 for position, product_id, description, milli, unit, price, discount_bp, vat_code, vat_bp, exemption,
                 net in database.execute_sql(sql, (owner_id,)))


def write_lines(model, owner_field: str, owner_id: int, lines: list[LineView]) -> None:
    """Replace the lines of a draft document (one prepared INSERT for all of them)."""
    model.delete().where(getattr(model, owner_field) == owner_id).execute()
    bulk_insert(model, (owner_field, *LINE_FIELDS), ((owner_id, *line_values(line)) for line in lines))


def save_with_lines(document, line_model, owner_field: str, lines: list[LineView] | tuple[LineView, ...],
                    setup: TaxSetup, tax: TaxTotals | None = None) -> None:
    """Save a quote or a draft invoice with its lines and the totals they add up to under ``setup`` (or ``tax``, a
    credit note's as priced by ``credit_room``)."""
    store_totals(document, tax or document_tax(lines, setup))
    document.save()
    write_lines(line_model, owner_field, document.id, lines)


def store_totals(document, tax: TaxTotals) -> None:
    """A document's totals into its row (an invoice also keeps its stamp duty and what is payable)."""
    document.taxable_cents, document.vat_cents, document.total_cents = (
        to_cents(tax.taxable), to_cents(tax.vat), to_cents(tax.total))
    if "payable_cents" in document._meta.fields:
        document.pension_fund_cents, document.withholding_cents = to_cents(tax.pension_fund), to_cents(tax.withholding)
        document.stamp_duty_cents, document.payable_cents = to_cents(tax.stamp_duty), to_cents(tax.payable)


def document_language(wanted: str | None, current: str | None) -> str:
    """The language a document is printed in: the one asked for, else its own, else the setting."""
    from smallcrm.services.admin.settings import get_setting

    language = wanted or current or get_setting("language")
    if language not in DOCUMENT_LANGUAGES:
        raise ValidationError("language", f"Documents are in it, en or ro, not {language}", code="choice_invalid")
    return language


def drafts_from(lines: tuple[LineView, ...]) -> list[LineDraft]:
    """Lines of one document as drafts for another (quote to invoice, revision, duplicate, credit note)."""
    return [LineDraft(line.description, line.quantity, line.unit_price, line.discount_percent, line.vat_code,
                      line.product_id, line.unit) for line in lines]


# what a document prints of its customer, in one query (the full party view also reads every affiliation)
_CUSTOMER_SQL = """
SELECT p.name, p.country, p.vat_number, p.tax_code, p.sdi_code, p.sdi_pec, a.street, a.postal_code, a.city,
  a.province, a.country,
  (SELECT value FROM contact_point WHERE party_id = p.id AND kind = 'email' AND deleted_at IS NULL
    ORDER BY is_primary DESC, id LIMIT 1)
FROM party p
LEFT JOIN address a ON a.id = (SELECT id FROM address WHERE party_id = p.id AND deleted_at IS NULL
                               ORDER BY is_primary DESC, id LIMIT 1)
WHERE p.id = ?
"""


def customer_block(party_id: int) -> CustomerBlock:
    """The customer as a document prints them, from their record as it is now (trashed or not): name, the
    first address (primary first), VAT number and tax code, the first e-mail address."""
    row = database.execute_sql(_CUSTOMER_SQL, (party_id,)).fetchone()
    if row is None:
        raise NotFound(kind="Party", ident=party_id)
    (name, party_country, vat_number, tax_code, sdi_code, sdi_pec, street, postal_code, city, province, country,
     email) = row
    return CustomerBlock(
        name=name, street=street or "", postal_code=postal_code or "", city=city or "", province=province or "",
        country=country if street is not None else party_country, vat_number=vat_number, tax_code=tax_code,
        email=email or "", sdi_code=sdi_code, sdi_pec=sdi_pec)
