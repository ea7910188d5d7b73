"""The text encoding of an imported file that does not say its own: found once for the whole file, and chosen by
the person when the guess is wrong (the preview reads the file again in it, before anything is written)."""

from __future__ import annotations

import pytest

from smallcrm.db.models import Party
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.imports import apply_import, inspect_import, preview_import
from tests.services.exchange.test_import_corpus import CORPUS, needs_corpus

THEBAT = "vcard/roundcube__thebat.vcf"


@needs_corpus
def test_the_bat_polish_name_without_charset_is_read_in_one_central_european_code_page(db):
    """The Bat!'s 2.1 card: N and FN quoted-printable with no CHARSET, "Iksi=F1ski" twice (ISO-8859-2 or
    Windows-1250: "ń"). Read value by value it was Windows-1252's "Iksiñski"; all the undeclared bytes of the file
    together are read as Windows-1250, and the e-mail says the man is Piotr Iksiński."""
    plan = preview_import(db, CORPUS / THEBAT, language="en")
    assert plan.encoding == "cp1250"
    assert [(r.action, r.name) for r in plan.rows] == [("create", "Piotr Iksiński")]
    apply_import(db, plan)
    person = Party.get()
    assert (person.first_name, person.last_name, person.name) == ("Piotr", "Iksiński", "Piotr Iksiński")


@needs_corpus
@pytest.mark.parametrize(("chosen", "name"), [("cp1252", "Piotr Iksiñski"), ("iso8859_2", "Piotr Iksiński"),
                                              ("ISO-8859-2", "Piotr Iksiński"), ("auto", "Piotr Iksiński")])
def test_a_chosen_encoding_reads_the_file_again_in_it(db, chosen, name):
    plan = preview_import(db, CORPUS / THEBAT, encoding=chosen, language="en")
    assert [r.name for r in plan.rows] == [name]
    assert inspect_import(CORPUS / THEBAT, chosen).encoding == plan.encoding
    assert not Party.select().exists()  # a preview writes nothing


@needs_corpus
def test_an_unknown_encoding_is_said_and_nothing_read(db):
    with pytest.raises(ValidationError) as error:
        preview_import(db, CORPUS / THEBAT, encoding="latin-99")
    assert (error.value.field, error.value.code) == ("encoding", "encoding_unknown")


def _card(name_qp: str, org_qp: str) -> str:
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;ENCODING=QUOTED-PRINTABLE:{name_qp}\r\n"
            f"ORG;ENCODING=QUOTED-PRINTABLE:{org_qp}\r\n"
            "END:VCARD\r\n")


def test_undeclared_values_of_a_file_are_read_in_one_code_page_not_each_their_own(db, tmp_path):
    """Cyrillic in Windows-1251 with no CHARSET, two cards: each value alone is no UTF-8 and came in as
    Windows-1252 ("Èâàíîâ"); the file's undeclared bytes together are Russian."""
    path = tmp_path / "phone.vcf"
    path.write_text(_card("=C8=E2=E0=ED=EE=E2;=C8=E2=E0=ED", "=CE=CE=CE =D0=EE=EC=E0=F8=EA=E0")
                    + _card("=CF=E5=F2=F0=EE=E2;=CF=E5=F2=F0", "=C7=E0=E2=EE=E4 =EC=E5=F2=E0=EB=EB=EE=E2"),
                    encoding="ascii")
    plan = preview_import(db, path, language="en")
    assert plan.encoding == "cp1251"
    assert [r.name for r in plan.rows] == ["Иван Иванов", "Петр Петров"]
    apply_import(db, plan)
    names = ["ООО Ромашка", "Завод металлов", "Иван Иванов", "Петр Петров"]
    assert sorted(p.name for p in Party.select()) == sorted(names)


def test_undeclared_values_that_are_utf8_stay_utf8(db, tmp_path):
    path = tmp_path / "utf8.vcf"
    path.write_text(_card("M=C3=BCller;J=C3=B6rg", "Stra=C3=9Fe GmbH"), encoding="ascii")
    plan = preview_import(db, path, language="en")
    assert [r.name for r in plan.rows] == ["Jörg Müller"] and plan.encoding == "utf-8"


def test_a_csv_read_again_in_the_chosen_encoding(db, tmp_path):
    """A short CSV in Windows-1250: guessed as Western (Windows-1252: "Dvoøák"), chosen as Central European."""
    path = tmp_path / "people.csv"
    path.write_bytes("First name,Last name,E-mail\nAntonín,Dvořák,ad@example.com\n".encode("cp1250"))
    assert inspect_import(path, "cp1250").sample == (("Antonín", "Dvořák", "ad@example.com"),)
    plan = preview_import(db, path, inspect_import(path, "cp1250").mapping, encoding="cp1250", language="en")
    assert [r.name for r in plan.rows] == ["Antonín Dvořák"] and plan.encoding == "cp1250"
