"""The import window driven as a user would: choose, map, preview, import, report, undo; vCard export."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from smallcrm.documents.vcard import read_vcards
from smallcrm.domain import ImportAction, PartyKind
from smallcrm.services.exchange.imports import PlannedRow
from smallcrm.services.parties.lists import PartyQuery, count_parties
from smallcrm.services.parties.search import search_parties
from smallcrm.services.views import PartyRef
from tests import factories
from ui.exchange.import_dialog import CHOOSE, DONE, MAPPING, PREVIEW, ImportDialog
from ui.exchange.import_rows import ImportRowsModel
from ui.parties.contacts_page import ContactsPage

CLIENTS = ("Ragione sociale;P.IVA;E-mail;Referente;Note\r\n"
           "Gamma Srl;IT00743110157;info@gamma.it;Anna;società storica\r\n"
           "Delta Snc;IT123;delta@example.it;;\r\n"
           "Gamma Srl;IT00743110157;;;\r\n")


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def parties(ctx) -> int:
    return count_parties(PartyQuery())


def open_dialog(ctx, qtbot, monkeypatch, path) -> ImportDialog:
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent, folder: str(path)))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.choose_button)
    return dialog


def test_choose_map_preview_import_report_and_undo(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "clienti.csv"
    path.write_bytes(CLIENTS.encode("cp1252"))
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    assert dialog.pages.currentIndex() == MAPPING
    assert "Windows-1252" in dialog.encoding.found.text() and dialog.encoding.isVisible()
    assert dialog.mapping.fields() == ["company", "vat_number", "email", None, "notes"]
    referent = dialog.mapping.combo(3)
    referent.setCurrentIndex(referent.findData("job_title"))  # the user decides the column is the job title
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == PREVIEW
    # Delta's VAT number cannot be read: Delta comes in, the number waits in its notes and in the report
    assert "New: 2" in dialog.summary.text() and "Rejected: 0" in dialog.summary.text()
    assert "kept in the contacts' notes for review (the report lists them): 1" in dialog.summary.text()
    model = dialog.rows_model
    # every row with its name as read: what needs a look first (Delta's VAT number waits for review), then the rest
    assert [(model.data(model.index(r, 0)), model.data(model.index(r, 1)), model.data(model.index(r, 2)))
            for r in range(model.rowCount())] == [(4, "Skipped", "Gamma Srl"), (3, "New", "Delta Snc"),
                                                  (2, "New", "Gamma Srl")]
    assert "IT123" in model.data(model.index(1, 3)) and "review" in model.data(model.index(1, 3))
    early = tmp_path / "before.csv"
    monkeypatch.setattr(ImportDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: str(early)))
    click(qtbot, dialog.preview_report_button)  # the report can be read before deciding to import
    assert "IT123" in early.read_text(encoding="utf-8") and "saved" in dialog.summary.text()
    with qtbot.waitSignal(ctx.bus.changed) as changed:
        click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == DONE and changed.args[0].parties
    assert "2 new" in dialog.result_label.text()
    gamma = search_parties("gamma")[0]
    assert gamma.name == "Gamma Srl"

    report = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(ImportDialog, "ask_save_path", classmethod(lambda cls, parent, suggested: str(report)))
    click(qtbot, dialog.report_button)
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[1][:3] == (3, "vat_number", "IT123")

    monkeypatch.setattr(ImportDialog, "confirm_undo", classmethod(lambda cls, parent, text: True))
    click(qtbot, dialog.undo_button)
    assert parties(ctx) == 0 and "undone" in dialog.result_label.text()
    assert not dialog.undo_button.isEnabled()


def test_the_same_columns_are_mapped_as_the_user_chose_last_time(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "clienti.csv"
    path.write_bytes(CLIENTS.encode("cp1252"))
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    dialog.mapping.combo(3).setCurrentIndex(dialog.mapping.combo(3).findData("job_title"))
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    again = open_dialog(ctx, qtbot, monkeypatch, path)
    assert again.mapping.fields()[3] == "job_title" and "before" in again.layout_label.text()


def test_a_vcard_goes_straight_to_the_preview(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Neri;Bruno\nFN:Bruno Neri\nEMAIL:bruno@example.it\nEND:VCARD\n")
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    assert dialog.pages.currentIndex() == PREVIEW and "New: 1" in dialog.summary.text()
    click(qtbot, dialog.back_button)
    assert dialog.pages.currentIndex() == CHOOSE


def test_photos_can_be_left_out_and_strict_leaves_out_a_row(ctx, qtbot, monkeypatch, tmp_path):
    import base64
    import io

    from PIL import Image

    from smallcrm.services.parties.parties import get_party

    picture = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(picture, "PNG")
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:4.0\nN:Neri;Bruno\nFN:Bruno Neri\nEMAIL:bruno@example.it\n"
                    f"PHOTO:data:image/png;base64,{base64.b64encode(picture.getvalue()).decode()}\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:4.0\nN:Rosa;Ida\nFN:Ida Rosa\nEMAIL:ida@\nEND:VCARD\n")
    monkeypatch.setattr(ImportDialog, "ask_open_path", classmethod(lambda cls, parent, folder: str(path)))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.photos_box.setChecked(False)  # chosen before the file: a vCard goes straight to the preview
    dialog.strict_box.setChecked(True)
    click(qtbot, dialog.choose_button)
    assert "New: 1" in dialog.summary.text() and "Rejected: 1" in dialog.summary.text()  # Ida's e-mail
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, dialog.next_button)
    bruno = get_party(search_parties("bruno@example.it")[0].id)
    assert not bruno.has_photo and not search_parties("Ida Rosa")


def test_a_file_that_cannot_be_read_says_why_and_stays_on_the_first_page(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    assert dialog.pages.currentIndex() == CHOOSE
    assert "not a text" in dialog.error_label.text() and not dialog.next_button.isEnabled()


def test_cancel_during_the_import_leaves_nothing(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("Name,Email\n" + "".join(f"P{i},p{i}@example.com\n" for i in range(40)))
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    click(qtbot, dialog.next_button)
    assert "New: 40" in dialog.summary.text()
    # the user presses Cancel as soon as the import reports its first progress
    ctx.runner.started.connect(lambda job: job.progress.connect(lambda *_: job.cancel()))
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == PREVIEW and "nothing was changed" in dialog.error_label.text()
    assert parties(ctx) == 0


def test_contacts_page_opens_the_import_and_exports_the_selection_as_vcard(ctx, qtbot, monkeypatch, tmp_path):
    for first, last in (("Anna", "Bianchi"), ("Bruno", "Neri"), ("Carla", "Verdi")):
        factories.person(ctx.db, first, last, emails=[f"{first.lower()}@example.it"])
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.import_button)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    target = tmp_path / "chosen.vcf"
    monkeypatch.setattr(ContactsPage, "ask_vcard_path", classmethod(lambda cls, parent, suggested: str(target)))
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select |
                                       page.table.selectionModel().SelectionFlag.Rows)
    click(qtbot, page.vcard_button)
    cards = list(read_vcards(target.read_text(encoding="utf-8")))
    assert sorted(c.formatted_name for c in cards) == ["Anna Bianchi", "Carla Verdi"]
    assert page.count.text().startswith("2 contact")


def test_a_look_alike_is_merged_into_the_record_it_is_the_same_as(ctx, qtbot, monkeypatch, tmp_path, english):
    acme = factories.company(ctx.db, "Acme S.r.l.")
    path = tmp_path / "clienti.csv"
    path.write_text("Ragione sociale;P.IVA;E-mail\r\nACME Srl;IT00743110157;ordini@acme.example\r\n"
                    "Beta Srl;;info@beta.example\r\n", encoding="utf-8")
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    if dialog.pages.currentIndex() == MAPPING:
        click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == DONE and parties(ctx) == 3
    panel = dialog.look_alikes
    assert panel.isVisible() and panel.title.text().startswith("1 new record looks like")
    (candidate,) = panel.candidates()
    assert candidate.text(0) == "Acme S.r.l." and candidate.parent().text(0) == "ACME Srl (row 2) looks like:"
    assert not panel.merge_button.isEnabled()
    panel.tree.setCurrentItem(candidate)
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, panel.merge_button)
    assert parties(ctx) == 2 and panel.status.text() == "Merged into Acme S.r.l."
    assert panel.isVisible() and panel.tree.isHidden() and panel.candidates() == []
    [kept] = search_parties("ordini@acme")
    assert kept.id == acme.id  # the imported e-mail moved to the record already there


def test_the_preview_says_how_numbers_were_read_and_how_many_more_there_are(ctx, qtbot, monkeypatch, tmp_path,
                                                                            english):
    """Numbers without a country code on rows without a country are read as the settings' region: the preview
    names it. Long lists are cut with how many more: the companies made, a row's look-alikes (all in its tooltip)."""
    path = tmp_path / "clienti.csv"
    path.write_text("First name,Last name,Company,Mobile\n" + "".join(
        f"Anna{n},Rossi,Ditta {n} S.r.l.,347 123 45{n:02d}\n" for n in range(7)), encoding="utf-8")
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    if dialog.pages.currentIndex() == MAPPING:
        click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW)
    lines = dialog.summary.text().splitlines()
    assert "Companies added for the Company column: Ditta 0 S.r.l., Ditta 1 S.r.l., Ditta 2 S.r.l., " \
           "Ditta 3 S.r.l., Ditta 4 S.r.l. … and 2 more" in lines
    assert "Rows without a country whose numbers without a country code are read as numbers of Italy (the " \
           "default region in Settings): 7" in lines
    model = ImportRowsModel()
    many = PlannedRow(2, ImportAction.CREATE, PartyKind.PERSON, "Anna Rossi",
                      candidates=tuple(PartyRef(n, PartyKind.PERSON, f"Anna Rossi {n}") for n in range(1, 6)))
    model.set_rows([many])
    details = model.index(0, 3)
    assert model.data(details) == "#1 Anna Rossi 1; #2 Anna Rossi 2; #3 Anna Rossi 3; … and 2 more"
    assert model.data(details, Qt.ItemDataRole.ToolTipRole).splitlines()[-1] == "#5 Anna Rossi 5"


def test_the_text_encoding_chosen_reads_the_file_again_before_anything_is_written(ctx, qtbot, monkeypatch, tmp_path):
    """The Bat!'s card (quoted-printable Polish, no CHARSET): automatic reads it as Central European; the person
    tries Western, sees "Iksiñski", goes back to ISO-8859-2 and imports "Iksiński"."""
    path = tmp_path / "thebat.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n"
                     b"FN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\r\nEND:VCARD\r\n")
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    model = dialog.rows_model

    def names() -> list[str]:
        return [model.data(model.index(r, 2)) for r in range(model.rowCount())]

    assert dialog.pages.currentIndex() == PREVIEW and names() == ["Piotr Iksiński"]
    assert dialog.encoding.chosen() is None and "found: Central European (Windows-1250)" in dialog.encoding.found.text()
    dialog.encoding.choose("cp1252")
    assert dialog.pages.currentIndex() == PREVIEW and names() == ["Piotr Iksiñski"]
    assert not dialog.encoding.found.text() and parties(ctx) == 0
    dialog.encoding.choose("iso8859_2")
    assert names() == ["Piotr Iksiński"] and dialog.encoding.combo.currentText() == "Central European (ISO-8859-2)"
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, dialog.next_button)
    assert [p.name for p in search_parties("Iksiński")] == ["Piotr Iksiński"]


def test_a_table_read_again_keeps_the_fields_chosen(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("Chi;Cognome;Posta\nAntonín;Dvořák;ad@example.com\n".encode("cp1250"))
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    assert dialog.pages.currentIndex() == MAPPING
    first = dialog.mapping.combo(0)
    first.setCurrentIndex(first.findData("first_name"))
    click(qtbot, dialog.next_button)
    dialog.encoding.choose("cp1250")
    assert dialog.pages.currentIndex() == PREVIEW and dialog.mapping.fields()[:2] == ["first_name", "last_name"]
    assert dialog.rows_model.data(dialog.rows_model.index(0, 2)) == "Antonín Dvořák"


def test_the_preview_names_a_contact_group_which_is_no_contact(ctx, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "icloud.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nUID:A-1\nN:Rossi;Ada\nFN:Ada Rossi\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Staff\nX-ADDRESSBOOKSERVER-KIND:group\n"
                    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:A-1\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:B-2\nEND:VCARD\n")
    dialog = open_dialog(ctx, qtbot, monkeypatch, path)
    assert "New: 1 ·" in dialog.summary.text()
    assert ("Contact groups, not imported as contacts (their members in this file get the group's name as a tag): "
            "Staff (2 members, 1 of them in this file)") in dialog.summary.text()
