"""The official FatturaPA 1.2.2 schema, read from ../shared/reference/fatturapa beside the checkout (never copied
into the project), its xmldsig import pointed at the local copy; and the a38 reader, an independent parser."""

from __future__ import annotations

import functools
import io
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
REFERENCE = ROOT.parent / "shared" / "reference" / "fatturapa"
SCHEMA = REFERENCE / "Schema_del_file_xml_FatturaPA_v1.2.2.xsd"
DSIG = REFERENCE / "xmldsig-core-schema.xsd"
DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"

needs_schema = pytest.mark.skipif(not SCHEMA.exists() or not DSIG.exists(),
                                  reason=f"the FatturaPA schema is not in {REFERENCE} (shared/ beside the checkout)")


@functools.cache
def _schema():
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMA), locations=[(DSIG_NS, str(DSIG))], allow="local")


def schema_errors(xml: bytes) -> list[str]:
    """What the official schema finds wrong with ``xml``: empty when it validates."""
    return [f"{error.path}: {error.reason}" for error in _schema().iter_errors(io.BytesIO(xml))]


def a38_totals(xml: bytes) -> tuple[Decimal, list[tuple[Decimal, Decimal]], int]:
    """What a38 reads back: the document total, each VAT summary's (taxable, VAT) and the number of lines."""
    from a38.fattura import auto_from_etree
    from defusedxml import ElementTree

    invoice = auto_from_etree(ElementTree.fromstring(xml))
    body = invoice.fattura_elettronica_body[0]
    total = Decimal(str(body.dati_generali.dati_generali_documento.importo_totale_documento))
    summary = [(Decimal(str(r.imponibile_importo)), Decimal(str(r.imposta)))
               for r in body.dati_beni_servizi.dati_riepilogo]
    return total, summary, len(body.dati_beni_servizi.dettaglio_linee)
