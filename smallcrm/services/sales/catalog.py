"""VAT rates and the products and services we sell (the price list quotes draw on)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.db.sales_models import Product, VatRate
from smallcrm.errors import NotFound, ValidationError
from smallcrm.money import from_e8, parse_decimal, parse_unit_price, to_e8
from smallcrm.services.sales.views import ProductView, VatRateView
from smallcrm.text import fold
from smallcrm.validation import required


def percent_of(basis_points: int) -> Decimal:
    """22 for 2200, 5.5 for 550 (never 1E+1: normalize() alone writes 10 in exponent form)."""
    percent = Decimal(basis_points) / 100
    return percent.quantize(Decimal(1)) if percent == percent.to_integral_value() else percent.normalize()


def basis_points(percent: Decimal) -> int:
    return int(percent * 100)


def vat_rate_view(rate: VatRate) -> VatRateView:
    return VatRateView(rate.id, rate.code, percent_of(rate.rate_bp), rate.description, rate.exemption, rate.is_active)


def list_vat_rates(include_inactive: bool = False) -> list[VatRateView]:
    query = VatRate.select().where(VatRate.deleted_at.is_null()).order_by(VatRate.rate_bp.desc(), VatRate.code)
    if not include_inactive:
        query = query.where(VatRate.is_active)
    return [vat_rate_view(r) for r in query]


def active_vat_rates() -> dict[str, VatRateView]:
    """The rates a new line may use, by code (a handful: read once per document, not once per line)."""
    query = VatRate.select().where(VatRate.deleted_at.is_null(), VatRate.is_active)
    return {rate.code: vat_rate_view(rate) for rate in query}


def vat_rate_by_code(code: str, field: str = "vat_code") -> VatRate:
    rate = VatRate.get_or_none(VatRate.code == str(code).strip(), VatRate.deleted_at.is_null(), VatRate.is_active)
    if rate is None:
        known = ", ".join(r.code for r in VatRate.select().where(VatRate.is_active))
        raise ValidationError(field, f"Unknown VAT rate {code!r}; known rates: {known}", code="vat_unknown",
                              value=code, known=known)
    return rate


def save_vat_rate(db: Database, code: str, percent: object, description: str = "", exemption: str = ""
                  ) -> tuple[VatRateView, Changes]:
    """Add a VAT rate or change one (documents keep the rate they were written with)."""
    code = required(code, "code")
    value = parse_decimal(percent, "percent", 2, minimum=Decimal(0), maximum=Decimal(100), what="percentage")
    if value == 0 and not exemption.strip():
        raise ValidationError("exemption", "A 0% rate needs the legal reason printed on documents",
                              code="required")
    with db.atomic():
        rate = VatRate.get_or_none(VatRate.code == code) or VatRate(code=code)
        rate.rate_bp, rate.description, rate.exemption = basis_points(value), description.strip(), exemption.strip()
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
