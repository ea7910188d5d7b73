"""VAT rates and the products and services we sell (the price list quotes draw on)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.connection import Database
from smallcrm.db.models import database
from smallcrm.db.sales_models import Product, VatRate
from smallcrm.errors import NotFound, ValidationError
from smallcrm.money import from_e8, parse_decimal, parse_unit_price, to_e8
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.sales.views import ProductView, VatRateView
from smallcrm.tax_cases import nature_of
from smallcrm.text import fold
from smallcrm.validation import required


def percent_of(basis_points: int) -> Decimal:
    """22 for 2200, 5.5 for 550 (never 1E+1: normalize() alone writes 10 in exponent form)."""
    percent = Decimal(basis_points) / 100
    return percent.quantize(Decimal(1)) if percent == percent.to_integral_value() else percent.normalize()


def basis_points(percent: Decimal) -> int:
    return int(percent * 100)


def vat_rate_view(rate: VatRate) -> VatRateView:
    return VatRateView(rate.id, rate.code, percent_of(rate.rate_bp), rate.description, rate.exemption, rate.is_active,
                       rate.valid_from, rate.valid_to, rate.country)


def _country() -> str:
    """Our company's country: its law's rates are the ones documents use."""
    return get_setting("company_country")


def list_vat_rates(include_inactive: bool = False, day: date | None = None) -> list[VatRateView]:
    """Our country's rates, highest first: those in force on ``day`` (today), or every one ever written."""
    query = (VatRate.select().where(VatRate.deleted_at.is_null(), VatRate.country == _country())
             .order_by(VatRate.rate_bp.desc(), VatRate.code))
    if include_inactive:
        return [vat_rate_view(r) for r in query]
    day = day or local_today()
    return [view for view in map(vat_rate_view, query.where(VatRate.is_active)) if view.in_force(day)]


_ACTIVE_SQL = ("SELECT id, code, rate_bp, description, exemption, valid_from, valid_to FROM vat_rate "
               "WHERE deleted_at IS NULL AND is_active AND country = ?")


def _day(value) -> date | None:
    return value if value is None or isinstance(value, date) else date.fromisoformat(str(value)[:10])


def active_vat_rates() -> dict[str, VatRateView]:
    """The rates a line may use, by code (a few tens: read once per document, not once per line, with plain SQL).
    Whether one is in force on the document's day is checked when it gets its date (``check_in_force``)."""
    country = _country()
    return {code: VatRateView(rate_id, code, percent_of(rate_bp), description, exemption, True, _day(first),
                              _day(last), country)
            for rate_id, code, rate_bp, description, exemption, first, last in
            database.execute_sql(_ACTIVE_SQL, (country,))}


def vat_rate_by_code(code: str, field: str = "vat_code") -> VatRate:
    rate = VatRate.get_or_none(VatRate.code == str(code).strip(), VatRate.country == _country(),
                               VatRate.deleted_at.is_null(), VatRate.is_active)
    if rate is None:
        known = ", ".join(r.code for r in VatRate.select().where(VatRate.is_active, VatRate.country == _country()))
        raise ValidationError(field, f"Unknown VAT rate {code!r}; known rates: {known}", code="vat_unknown",
                              value=code, known=known)
    return rate


def check_in_force(codes: list[str], day: date, field: str = "lines",
                   rates: dict[str, VatRateView] | None = None) -> None:
    """Every VAT code (a document's lines', in order) is in force on ``day``: the first that is not is named with
    the days it was in force (Romania's 19% ended on 31 July 2025). ``rates``: the active ones, if already read."""
    rates = rates if rates is not None else active_vat_rates()
    for index, code in enumerate(codes):
        rate = rates.get(code)
        if rate is not None and not rate.in_force(day):
            raise ValidationError(f"{field}[{index}].vat_code", f"VAT {code} is not in force on {day} (from "
                                  f"{rate.valid_from or '-'} to {rate.valid_to or '-'})", code="vat_not_in_force",
                                  vat_code=code, valid_from=rate.valid_from, valid_to=rate.valid_to)


def save_vat_rate(db: Database, code: str, percent: object, description: str = "", exemption: str = "",
                  valid_from: date | None = None, valid_to: date | None = None) -> tuple[VatRateView, Changes]:
    """Add a VAT rate or a 0% code of our country, or change one (documents keep the rate they were written
    with), in force from ``valid_from`` to ``valid_to`` (None: open). An Italian 0% code starts with its FatturaPA
    Natura (N4, or N4-18 for a second exempt reason), which tells the e-invoice and the stamp duty what it is."""
    code = required(code, "code").upper()
    value = parse_decimal(percent, "percent", 2, minimum=Decimal(0), maximum=Decimal(100), what="percentage")
    if value == 0 and not exemption.strip():
        raise ValidationError("exemption", "A 0% rate needs the legal reason printed on documents",
                              code="required")
    country = _country()
    if value == 0 and country == "IT" and nature_of(code) is None:
        raise ValidationError("code", f"A 0% code starts with its Natura (N1 ... N7, e.g. N4 or N4-18), not {code}",
                              code="natura_required", value=code)
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError("valid_to", "The last day in force comes after the first", code="before_issue")
    with db.atomic():
        rate = VatRate.get_or_none(VatRate.code == code, VatRate.country == country) or VatRate(code=code,
                                                                                               country=country)
        rate.rate_bp, rate.description, rate.exemption = basis_points(value), description.strip(), exemption.strip()
        rate.valid_from, rate.valid_to = valid_from, valid_to
        rate.is_active, rate.deleted_at = True, None
        rate.save()
    return vat_rate_view(rate), Changes(vat_rates={rate.id})


@dataclass
class ProductDraft:
    code: str
    name: str
    price: object  # Decimal or text as typed
    vat_code: str = "22"
    unit: str = "pz"
    description: str = ""
    is_active: bool = True


def product_view(p: Product) -> ProductView:
    rate = p.vat_rate
    return ProductView(p.id, p.code, p.name, p.description, p.unit, from_e8(p.price_e8), rate.code,
                       percent_of(rate.rate_bp), p.is_active)


def _apply(product: Product, draft: ProductDraft) -> None:
    product.code = required(draft.code, "code").upper()
    product.name = required(draft.name, "name")
    product.price_e8 = to_e8(parse_unit_price(draft.price, "price", allow_negative=False))
    product.vat_rate = vat_rate_by_code(draft.vat_code)
    product.unit, product.description = draft.unit.strip(), draft.description.strip()
    product.is_active = draft.is_active
    clash = Product.get_or_none(Product.code == product.code, Product.id != (product.id or 0))
    if clash:
        raise ValidationError("code", f"Code {product.code} is already used by {clash.name}", code="duplicate")


def create_product(db: Database, draft: ProductDraft) -> tuple[ProductView, Changes]:
    with db.atomic():
        product = Product()
        _apply(product, draft)
        product.save()
    return product_view(product), Changes(products={product.id})


def update_product(db: Database, product_id: int, draft: ProductDraft) -> tuple[ProductView, Changes]:
    with db.atomic():
        product = _get(product_id)
        _apply(product, draft)
        product.save()
    return product_view(product), Changes(products={product.id})


def _get(product_id: int) -> Product:
    product = Product.get_or_none(Product.id == product_id, Product.deleted_at.is_null())
    if product is None:
        raise NotFound(kind="Product", ident=product_id)
    return product


def get_product(product_id: int) -> ProductView:
    return product_view(_get(product_id))


def list_products(text: str = "", include_inactive: bool = False, limit: int = 500) -> list[ProductView]:
    """The price list (small: hundreds of rows), filtered accent-insensitively on code, name, description."""
    query = Product.select(Product, VatRate).join(VatRate).where(Product.deleted_at.is_null()).order_by(Product.code)
    if not include_inactive:
        query = query.where(Product.is_active)
    rows = [product_view(p) for p in query]
    if text.strip():
        needle = fold(text)
        rows = [p for p in rows if needle in fold(f"{p.code} {p.name} {p.description}")]
    return rows[:limit]
