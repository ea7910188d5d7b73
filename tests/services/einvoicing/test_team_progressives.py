"""E-invoice file names in team mode: two laptops of one team, sending for the same company, never make the same
name (the SdI refuses a name already used: 00002); a laptop alone numbers as before; a laptop that sent files alone
and then joins a team never repeats one of its names; every name keeps to the SdI's rules (IT + IdCodice + "_" + up
to 5 of A-Z, a-z, 0-9) and its ProgressivoInvio validates against the schema."""

from __future__ import annotations

import re
import shutil

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.models import database as model_proxy
from smallcrm.domain import EInvoiceStatus
from smallcrm.errors import Conflict
from smallcrm.services.einvoicing import files
from smallcrm.sync import client, state
from smallcrm.sync.kinds import Role
from tests import factories
from tests.services.einvoicing.schema import schema_errors
from tests.sync.fake_server import FakeServer
from tests.team_server import USERS

URL = "http://127.0.0.1:8765"  # the in-process stand-in's (never reached)
SDI_NAME = re.compile(r"IT[A-Z0-9]{11,16}_[A-Za-z0-9]{1,5}\.xml")


@pytest.fixture
def team_stand_in() -> FakeServer:
    return FakeServer(users={name: (password, Role(role)) for name, (role, password) in USERS.items()})


@pytest.fixture
def laptop_files(tmp_path, _migrated_file):
    """``laptop_files(n)``: n fresh databases (our company's profile complete); the models' proxy serves one at
    a time."""
    opened = []

    def make(n: int):
        for number in range(n):
            path = tmp_path / f"laptop{len(opened) + number}.sqlite3"
            shutil.copyfile(_migrated_file, path)
        start = len(opened)
        opened.extend(open_database(tmp_path / f"laptop{start + number}.sqlite3") for number in range(n))
        return opened[start:]

    yield make
    for db in opened:
        db.close()


def _use(db):
    model_proxy.initialize(db.pw)
    return db


def _sign_in(db, server: FakeServer, user: str) -> str:
    signed = client.sign_in(_use(db), URL, user, USERS[user][1], f"{user}-laptop", transport=server.transport)
    client.sync(db, transport=server.transport)
    return signed.device_suffix


def _files_made(db, count: int, reject_first: bool = False) -> list[files.EInvoiceFileView]:
    """``count`` invoices issued here, each with its file made; the first rejected and made again if asked."""
    made = []
    for n in range(count):
        invoice = factories.issued_invoice(db, factories.customer(db).id)
        file = files.prepare_file(db, invoice.id)[0]
        made.append(file)
        if reject_first and n == 0:
            files.set_status(db, file.id, EInvoiceStatus.SENT)
            files.set_status(db, file.id, EInvoiceStatus.REJECTED)
            made.append(files.prepare_file(db, invoice.id)[0])
    return made


def _assert_valid(db, made: list[files.EInvoiceFileView]) -> None:
    for file in made:
        assert SDI_NAME.fullmatch(file.file_name), file.file_name
        xml = files.file_xml(file.id)
        assert f"<ProgressivoInvio>{file.progressive}</ProgressivoInvio>".encode() in xml
        assert schema_errors(xml) == []


def test_two_laptops_of_a_team_never_make_the_same_file_name(team_stand_in, laptop_files):
    olga, sam = laptop_files(2)
    assert (_sign_in(olga, team_stand_in, "olga"), _sign_in(sam, team_stand_in, "sam")) == ("A", "B")
    by_laptop = {}
    for db in (olga, sam, olga):  # each offline, in turns, the first one rejected and sent again
        made = _files_made(_use(db), 3, reject_first=db is sam)
        _assert_valid(db, made)
        by_laptop.setdefault(db.path, []).extend(f.file_name for f in made)
    olga_names, sam_names = by_laptop[olga.path], by_laptop[sam.path]
    assert len(set(olga_names)) == 6 and len(set(sam_names)) == 4 and not set(olga_names) & set(sam_names)
    sender = olga_names[0].split("_")[0]
    assert olga_names == [f"{sender}_A{n:04d}.xml" for n in range(1, 7)]
    assert sam_names == [f"{sender}_B{n:04d}.xml" for n in range(1, 5)]


def test_a_laptop_that_sent_alone_then_joins_a_team_reuses_no_name(team_stand_in, laptop_files):
    [db] = laptop_files(1)
    alone = _files_made(_use(db), 2)
    assert [f.progressive for f in alone] == ["00001", "00002"]  # a laptop alone: today's numbering
    assert db.pw.execute_sql("SELECT device, last_number FROM einvoice_counter").fetchall() == [("", 2)]

    assert _sign_in(db, team_stand_in, "olga") == "A"  # the first laptop of the team, with what it had
    in_team = _files_made(_use(db), 2)
    state.switch_off(db)  # signed out: its invoices keep /A, and so do its files
    after = _files_made(_use(db), 1)

    assert [f.progressive for f in in_team + after] == ["A0001", "A0002", "A0003"]
    names = [f.file_name for f in alone + in_team + after]
    assert len(set(names)) == 5
    assert sorted(db.pw.execute_sql("SELECT device, last_number FROM einvoice_counter").fetchall()) == [
        ("", 2), ("A", 3)]  # the laptop's own count kept where it was
    _assert_valid(db, alone + in_team + after)


def test_device_parts_are_the_suffix_or_a_digit_and_a_character_and_none_starts_another():
    def suffix(number: int) -> str:  # the server's: 1 A ... 26 Z, 27 AA
        text = ""
        while number:
            number, rest = divmod(number - 1, 26)
            text = chr(ord("A") + rest) + text
        return text

    parts = [files.device_part(suffix(n)) for n in range(1, 351)]
    assert parts[:3] == ["A", "B", "C"] and parts[25] == "Z" and parts[26:28] == ["10", "11"] and parts[-1] == "9Z"
    assert len(set(parts)) == 350
    assert not any(a != b and b.startswith(a) for a in parts for b in parts)
    assert not any(p.startswith("0") for p in parts)  # a laptop alone's numbers start with 0
    assert files.device_part("") == "" and files.device_part("b") == "B"
    for bad in (suffix(351), "B2", "A-1"):
        with pytest.raises(Conflict) as refused:
            files.device_part(bad)
        assert refused.value.code == "einvoice_device_part"


def test_a_device_numbers_in_the_characters_its_part_leaves():
    assert files.progressive_text(1, "B") == "B0001" and files.progressive_text(36**4 - 1, "B") == "BZZZZ"
    assert files.progressive_text(36**3 - 1, "1A") == "1AZZZ"
    for number, part in ((36**4, "B"), (36**3, "1A")):
        with pytest.raises(Conflict):
            files.progressive_text(number, part)


def test_the_counters_of_a_file_from_before_go_on_where_they_were(tmp_path):
    from smallcrm.db.migrate import head_version, upgrade

    path = tmp_path / "crm.sqlite3"
    old = open_database(path, migrate=False)
    upgrade(old, target=head_version() - 1)  # the schema before the counters had a device part
    old.execute_sql("INSERT INTO einvoice_counter (sender, last_number) VALUES ('04123450126', 41)")
    old.close()
    db = open_database(path)
    try:
        factories.our_company(db)
        invoice = factories.issued_invoice(db, factories.customer(db).id)
        assert files.prepare_file(db, invoice.id)[0].file_name == "IT04123450126_00016.xml"  # 42 in base 36
    finally:
        db.close()
