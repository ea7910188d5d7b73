"""The local checks find what the SdI would reject, each named after its rejection code and its element."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.reading import invoice_xml
from tests.services.einvoicing import cases


@pytest.fixture
def tree(db):
    """A professional's invoice (withholding tax, Inarcassa, an N1 line) as an element tree to break."""
    view = cases.withholding_with_pension_fund(db)
    return ET.fromstring(invoice_xml(view.id, "00001"))


def broken(root: ET.Element) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in check_xml(ET.tostring(root), date(2026, 12, 31))]


def find(root: ET.Element, path: str) -> ET.Element:
    return root.find(f".//{path}")


def test_the_untouched_file_passes(tree):
    assert broken(tree) == []


def test_a_zero_rate_line_without_natura_is_00400(tree):
    line = root_line(tree, 2)
    line.remove(line.find("Natura"))
    assert ("einvoice_00400", "DettaglioLinee[2]/Natura") in broken(tree)


def test_a_taxed_line_with_a_natura_is_00401(tree):
    ET.SubElement(root_line(tree, 1), "Natura").text = "N4"
    assert ("einvoice_00401", "DettaglioLinee[1]/Natura") in broken(tree)


def test_a_summary_not_equal_to_its_lines_is_00422_and_its_vat_00421(tree):
    summary = find(tree, "DatiRiepilogo")
    summary.find("ImponibileImporto").text = "1100.00"
    assert {c for c, _ in broken(tree)} == {"einvoice_00422", "einvoice_00421"}


def test_lines_without_their_summary_are_00419(tree):
    tree.find(".//DatiBeniServizi").remove(tree.findall(".//DatiRiepilogo")[1])
    assert ("einvoice_00419", "DatiRiepilogo") in broken(tree)


def test_a_line_total_not_price_times_quantity_is_00423(tree):
    root_line(tree, 1).find("Quantita").text = "2.00"
    assert ("einvoice_00423", "DettaglioLinee[1]/PrezzoTotale") in broken(tree)


def test_withholding_lines_without_the_withholding_data_are_00411_and_00415(tree):
    general = find(tree, "DatiGeneraliDocumento")
    general.remove(general.find("DatiRitenuta"))
    ET.SubElement(general.find("DatiCassaPrevidenziale"), "Ritenuta").text = "SI"
    codes = {c for c, _ in broken(tree)}
    assert {"einvoice_00411", "einvoice_00415"} <= codes


def test_checksums_of_the_vat_numbers_and_tax_code(tree):
    find(tree, "CedentePrestatore/DatiAnagrafici/IdFiscaleIVA/IdCodice").text = "12345670018"
    customer = find(tree, "CessionarioCommittente/DatiAnagrafici")
    customer.find("IdFiscaleIVA/IdCodice").text = "00743110158"
    ET.SubElement(customer, "CodiceFiscale").text = "RSSMRA80A01F205Z"
    assert {c for c, _ in broken(tree)} >= {"einvoice_00301", "einvoice_00305", "einvoice_00306"}


def test_no_customer_identifier_is_00417(tree):
    data = find(tree, "CessionarioCommittente/DatiAnagrafici")
    data.remove(data.find("IdFiscaleIVA"))
    assert ("einvoice_00417", "CessionarioCommittente/IdFiscaleIVA") in broken(tree)


def test_a_future_date_and_a_number_without_digits(tree):
    find(tree, "DatiGeneraliDocumento/Data").text = "2027-01-01"
    find(tree, "DatiGeneraliDocumento/Numero").text = "ABC"
    codes = {c for c, _ in broken(tree)}
    assert {"einvoice_00403", "einvoice_00425"} <= codes


def test_the_sdi_address_goes_with_its_format(tree):
    find(tree, "CodiceDestinatario").text = "UFY9MH"  # a public office's code in an FPR12 file
    ET.SubElement(find(tree, "DatiTrasmissione"), "PECDestinatario").text = "fatture@pec.example.it"
    codes = {c for c, _ in broken(tree)}
    assert {"einvoice_00427", "einvoice_00426"} <= codes


def test_a_generic_natura_of_before_2021_is_00445(tree):
    line = root_line(tree, 2)
    line.find("Natura").text = "N2"
    assert ("einvoice_00445", "DettaglioLinee[2]/Natura") in broken(tree)


@pytest.mark.parametrize(("path", "value", "problem"), [
    ("CessionarioCommittente/Sede/CAP", "2012", "pattern"),
    ("DettaglioLinee/Descrizione", "x" * 1001, "too_long"),
    ("DettaglioLinee/Descrizione", "Ș", "characters"),
    ("TipoDocumento", "TD99", "code"),
    ("ModalitaPagamento", "MP24", "code"),
    ("DatiGeneraliDocumento/Data", "2026-02-30", "date"),
    ("CessionarioCommittente/Sede/Indirizzo", "", "empty"),
])
def test_structure_problems_name_their_element_00200(tree, path, value, problem):
    find(tree, path).text = value
    [found] = [p for p in check_xml(ET.tostring(tree), date(2026, 12, 31)) if p.params["sdi"] == "00200"]
    assert (found.code, found.params["element"], found.params["problem"]) == (
        f"einvoice_{problem}", path.rsplit("/", 1)[-1], problem)


def test_a_missing_required_element_is_named(tree):
    sede = find(tree, "CessionarioCommittente/Sede")
    sede.remove(sede.find("Comune"))
    [found] = check_xml(ET.tostring(tree), date(2026, 12, 31))
    assert (found.code, found.field) == ("einvoice_missing", "FatturaElettronicaHeader/CessionarioCommittente/Sede/"
                                                             "Comune")


def test_td29_and_rf20_of_the_2025_specification_are_accepted(tree):
    find(tree, "TipoDocumento").text = "TD29"
    find(tree, "RegimeFiscale").text = "RF20"
    assert broken(tree) == []


def test_a_deferred_invoice_names_its_delivery_notes(tree):
    find(tree, "TipoDocumento").text = "TD24"
    assert ("einvoice_ddt_missing", "DatiGenerali/DatiDDT") in broken(tree)


def test_unreadable_xml_is_one_problem():
    [problem] = check_xml(b"<p:FatturaElettronica")
    assert problem.code == "einvoice_unreadable"


def root_line(root: ET.Element, number: int) -> ET.Element:
    return root.findall(".//DettaglioLinee")[number - 1]
