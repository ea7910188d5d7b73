"""The lines of quotes, invoices and credit notes: checked, priced and totalled the same way for all."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from smallcrm.db.sales_models import Product
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, parse_decimal, parse_money, to_cents
from smallcrm.services import party_store as store
from smallcrm.services.catalog import basis_points, percent_of, vat_rate_by_code
from smallcrm.services.sales_views import CustomerBlock, LineView, VatSummaryLine
from smallcrm.totals import LineAmounts, Totals, compute_totals

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


def clean_lines(drafts: list[LineDraft]) -> list[LineView]:
    """Check every line (errors name it: ``lines[2].quantity``) and price it exactly."""
    checked: list[LineView] = []
    for index, draft in enumerate(drafts):
        field = f"lines[{index}]"
        product = None
        if draft.product_id is not None:
            product = Product.get_or_none(Product.id == draft.product_id, Product.deleted_at.is_null())
            if product is None:
                raise ValidationError(f"{field}.product_id", f"No product {draft.product_id}", code="not_found")
        description = (draft.description or "").strip() or (product.name if product else "")
        if not description:
            raise ValidationError(f"{field}.description", "A line needs a description or a product", code="required")
        quantity = parse_decimal(draft.quantity, f"{field}.quantity", 3, minimum=Decimal("0.001"),
                                 maximum=MAX_QUANTITY, what="quantity")
        if draft.unit_price is None or str(draft.unit_price).strip() == "":
            if product is None:
                raise ValidationError(f"{field}.unit_price", "A price is needed", code="required")
            unit_price = from_cents(product.price_cents)
        else:
            unit_price = parse_money(draft.unit_price, f"{field}.unit_price")
        discount = parse_decimal(draft.discount_percent or 0, f"{field}.discount_percent", 2, minimum=Decimal(0),
                                 maximum=Decimal(100), what="percentage")
        code = draft.vat_code or (product.vat_rate.code if product else DEFAULT_VAT_CODE)
        rate = vat_rate_by_code(code, f"{field}.vat_code")
        unit = draft.unit if draft.unit is not None else (product.unit if product else "")
        amounts = LineAmounts(quantity, unit_price, discount, percent_of(rate.rate_bp), rate.code)
        net = compute_totals([amounts]).lines[0]
        checked.append(LineView(index + 1, product.id if product else None, description, quantity, unit.strip(),
                                unit_price, discount, rate.code, percent_of(rate.rate_bp), rate.exemption, net))
    return checked


def totals_of(lines: list[LineView] | tuple[LineView, ...]) -> Totals:
    return compute_totals(LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_percent,
                                      line.vat_code) for line in lines)


def vat_summary(lines: list[LineView] | tuple[LineView, ...], totals: Totals) -> tuple[VatSummaryLine, ...]:
    exemptions = {line.vat_code: line.vat_exemption for line in lines}
    return tuple(VatSummaryLine(b.vat_code, b.vat_percent, exemptions.get(b.vat_code, ""), b.taxable, b.vat)
                 for b in totals.buckets)


def line_columns(line: LineView) -> dict:
    """The database columns of a line (without the owning document)."""
    return dict(position=line.position, product=line.product_id, description=line.description,
                quantity_milli=int(line.quantity * 1000), unit=line.unit,
                unit_price_cents=to_cents(line.unit_price), discount_bp=basis_points(line.discount_percent),
                vat_code=line.vat_code, vat_rate_bp=basis_points(line.vat_percent), vat_exemption=line.vat_exemption,
                net_cents=to_cents(line.net))


def line_view(row) -> LineView:
    return LineView(row.position, row.product_id, row.description, Decimal(row.quantity_milli) / 1000, row.unit,
                    from_cents(row.unit_price_cents), percent_of(row.discount_bp), row.vat_code,
                    percent_of(row.vat_rate_bp), row.vat_exemption, from_cents(row.net_cents))


def write_lines(model, owner_field: str, owner_id: int, lines: list[LineView]) -> None:
    """Replace the lines of a draft document."""
    model.delete().where(getattr(model, owner_field) == owner_id).execute()
    if lines:
        model.insert_many([{owner_field: owner_id, **line_columns(line)} for line in lines]).execute()


def save_with_lines(document, line_model, owner_field: str, lines: list[LineView]) -> None:
    """Save a quote or a draft invoice with its lines and the totals they add up to."""
    totals = totals_of(lines)
    document.taxable_cents, document.vat_cents, document.total_cents = (
        to_cents(totals.taxable), to_cents(totals.vat), to_cents(totals.total))
    document.save()
    write_lines(line_model, owner_field, document.id, lines)


def document_language(wanted: str | None, current: str | None) -> str:
    """The language a document is printed in: the one asked for, else its own, else the setting."""
    from smallcrm.services.settings import get_setting

    language = wanted or current or get_setting("language")
    if language not in DOCUMENT_LANGUAGES:
        raise ValidationError("language", f"Documents are in it, en or ro, not {language}", code="choice_invalid")
    return language


def drafts_from(lines: tuple[LineView, ...]) -> list[LineDraft]:
    """Lines of one document as drafts for another (quote to invoice, revision, duplicate, credit note)."""
    return [LineDraft(line.description, line.quantity, line.unit_price, line.discount_percent, line.vat_code,
                      line.product_id, line.unit) for line in lines]


def customer_block(party_id: int) -> CustomerBlock:
    """The customer as a document prints them, from their record as it is now."""
    view = store.party_view(store.get_live(party_id, include_trash=True))
    address = view.addresses[0] if view.addresses else None
    emails = view.emails
    return CustomerBlock(
        name=view.name, street=address.street if address else "", postal_code=address.postal_code if address else "",
        city=address.city if address else "", province=address.province if address else "",
        country=address.country if address else view.country, vat_number=view.vat_number, tax_code=view.tax_code,
        email=emails[0] if emails else "")
