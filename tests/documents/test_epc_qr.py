"""The EPC payment QR code of invoices: its payload, when it is printed, and that the printed code scans."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal as D

import pytest

from smallcrm.documents.epc_qr import document_epc_payload, epc_qr_payload
from smallcrm.documents.pdf import render_document_pdf
from tests.documents.pdf_samples import IBAN, company, document, has_qr, text_of


def test_epc_payload_text():
    payload = epc_qr_payload("Officine Rossi S.r.l.", IBAN, D("2504.6"), "12/2026/A", "BPPIITRRXXX")
    assert payload == ("BCD\n002\n1\nSCT\nBPPIITRRXXX\nOfficine Rossi S.r.l.\nIT60X0542811101000000123456\n"
                       "EUR2504.60\n\n\n12/2026/A")


def test_epc_payload_limits():
    payload = epc_qr_payload("N" * 90, IBAN, D("1.00"), "R" * 200)
    fields = payload.split("\n")
    assert fields[4] == "" and len(fields[5]) == 70 and len(fields[10]) == 140
    with pytest.raises(ValueError):
        epc_qr_payload("X", IBAN, D("0.00"), "1")
    with pytest.raises(ValueError):
        epc_qr_payload("X", "", D("1.00"), "1")


def test_epc_payload_matches_segno_helper():
    from segno.helpers import _make_epc_qr_data

    ours = epc_qr_payload("Ștefan Müller", IBAN, D("10.50"), "12/2026/A")
    theirs = _make_epc_qr_data("Ștefan Müller", "IT60X0542811101000000123456", D("10.50"), text="12/2026/A",
                               encoding="utf-8").decode("utf-8")
    assert ours.replace("EUR10.50", "EUR10.5") == theirs


def test_qr_only_for_euro_invoices_with_iban_and_balance():
    doc = document()
    assert document_epc_payload(doc, company()).endswith("\nEUR2504.60\n\n\n12/2026/A")
    assert document_epc_payload(doc, company(iban="")) is None
    assert document_epc_payload(replace(doc, currency="RON"), company()) is None
    assert document_epc_payload(document(paid="2504.60"), company()) is None
    assert document_epc_payload(document("quote"), company()) is None
    assert document_epc_payload(document("credit_note"), company()) is None
    partly = document(paid="500.00")
    assert "\nEUR2004.60\n" in document_epc_payload(partly, company())


def test_qr_is_drawn_only_when_the_company_has_an_iban():
    doc = document()
    with_iban = render_document_pdf(doc, company())
    without = render_document_pdf(doc, company(iban=""))
    assert has_qr(with_iban) and not has_qr(without)
    assert "Inquadra per pagare" in text_of(with_iban)[0]
    assert "Inquadra per pagare" not in text_of(without)[0] and "IBAN" not in text_of(without)[0]


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
                    reason="pdftoppm (poppler-utils) or zbarimg (zbar-tools) not installed")
def test_printed_qr_code_scans_back_to_the_payload(tmp_path):
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(render_document_pdf(document(paid="1000.00"), company()))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True, text=True)
    assert scanned.stdout.rstrip("\n") == ("BCD\n002\n1\nSCT\nBPPIITRRXXX\nOfficine Rossi S.r.l.\n"
                                          "IT60X0542811101000000123456\nEUR1504.60\n\n\n12/2026/A")


def _payloads() -> list[str]:
    """Payloads of every size class: short and long names and remittance texts, accents, with and without BIC."""
    names = ["Officine Rossi S.r.l.", "Ștefan Müller & Figli S.n.c.", "Z" * 70, "Pasticceria Nicolò Ferrà"]
    more = " rif. ordine n. 4711 del 3 marzo, consegna parziale"
    return [epc_qr_payload(names[n % 4], IBAN, D("0.01") + D("1234.57") * n ** 3,
                           f"{n}/2026" + "/A" * (n % 3) + more * (n % 4), "BPPIITRRXXX" * (n % 2))
            for n in range(24)]


def _drawn_modules(payload: str) -> list[list[int]]:
    from smallcrm.documents.epc_qr import QUIET_ZONE, qr_runs

    runs, modules = qr_runs(payload)
    size = modules - 2 * QUIET_ZONE
    drawn = [[0] * size for _ in range(size)]
    for x, y, width in runs:
        for col in range(x - QUIET_ZONE, x - QUIET_ZONE + width):
            drawn[size - 1 - (y - QUIET_ZONE)][col] = 1
    return drawn


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_our_codes_scan_for_payloads_of_every_size(tmp_path):
    """The codes we draw (fixed mask, no scoring of all eight) scan back to their payload, accents and all."""
    pytest.importorskip("PIL")
    from PIL import Image

    for number, payload in enumerate(_payloads()):
        modules = _drawn_modules(payload)
        size = len(modules)
        image = Image.new("L", (size + 8, size + 8), 255)
        image.putdata([0 if 4 <= x < size + 4 and 4 <= y < size + 4 and modules[y - 4][x - 4] else 255
                       for y in range(size + 8) for x in range(size + 8)])
        path = tmp_path / f"qr{number}.png"
        image.resize(((size + 8) * 4, (size + 8) * 4), Image.NEAREST).save(path)
        # the bytes as they are (zbar would otherwise guess the text's encoding, and guess Latin-1 for "ò")
        scanned = subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", str(path)], capture_output=True)
        assert scanned.stdout.decode("utf-8") == payload, number


def test_the_longest_epc_payload_fits_version_13():
    from smallcrm.documents.epc_qr import qr_rows

    assert len(qr_rows(b"x" * 331)) == 17 + 4 * 13  # the longest EPC payload: 69 modules a side
