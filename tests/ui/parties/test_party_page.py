"""The 360° view: header and links, balance due, the lazy timeline, open tasks, navigation, trash."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.parties.overview import timeline
from smallcrm.services.parties.parties import AddressDraft, get_party
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication
from smallcrm.services.timeline.tasks import list_tasks
from tests import factories
from ui.parties.party_details import OVERDUE_COLOR
from ui.parties.party_page import PartyPage
from ui.timeline import timeline_model as tm
from ui.timeline.log_dialog import LogDialog
from ui.timeline.task_dialog import TaskDialog


@pytest.fixture
def acme(ctx):
    return factories.company(ctx.db, "Acme S.r.l.", stage="customer")


@pytest.fixture
def buyer(ctx, acme):
    return factories.person(ctx.db, "Mario", "Rossi", emails=["mario@rossi.it"], phones=["+39 347 123 4567"],
                            company_id=acme.id, role="Buyer", tags=["VIP"], vat_number="IT00743110157",
                            addresses=[AddressDraft(*factories.CUSTOMER_ADDRESS)])


def _log(ctx, party_id: int, subject: str, minutes_ago: int, **fields):
    when = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    return log_communication(ctx.db, CommunicationDraft(party_id, subject=subject, occurred_at=when, **fields))


def _invoice(ctx, party_id: int, issued: date, amount: str = "100"):
    return factories.issued_invoice(ctx.db, party_id, [LineDraft("Servizio", 1, amount, 0, "22")], on=issued,
                                    payment_terms_days=30)


def _href(text: str, prefix: str) -> str:
    return next(h for h in re.findall(r'href="([^"]+)"', text) if h.startswith(prefix))


def test_header_shows_name_links_and_overdue_balance(ctx, party_page, buyer, acme):
    _invoice(ctx, buyer.id, date.today() - timedelta(days=90), "100")  # 122.00 with VAT, 60 days overdue
    party_page.show_party(buyer.id)
    assert party_page.header.name.text() == "Mario Rossi"
    assert "Acme S.r.l." in party_page.header.subtitle.text() and "Buyer" in party_page.header.subtitle.text()
    assert [chip.text() for chip in party_page.header.tags] == ["VIP"]
    assert 'href="tel:+393471234567"' in party_page.details.phones.text()
    assert "+39 347 123 4567" in party_page.details.phones.text()
    assert 'href="mailto:mario@rossi.it"' in party_page.details.emails.text()
    assert party_page.details.phones.openExternalLinks() and party_page.details.emails.openExternalLinks()
    assert "IT00743110157" in party_page.details.vat_number.text()
    balance = party_page.details.balance.text()
    assert re.search(r"122[.,]00", balance) and OVERDUE_COLOR in balance
    assert party_page.details.form.isRowVisible(party_page.details.balance)
    assert "Milano" in party_page.details.address.text()
    party_page.show_party(acme.id)
    assert not party_page.details.form.isRowVisible(party_page.details.address)  # no address: no empty row


def test_balance_not_yet_due_is_not_red(ctx, party_page, buyer):
    _invoice(ctx, buyer.id, date.today(), "50")
    party_page.show_party(buyer.id)
    assert re.search(r"61[.,]00", party_page.details.balance.text())
    assert OVERDUE_COLOR not in party_page.details.balance.text()


def test_timeline_newest_first_with_kind_time_and_direction(ctx, party_page, buyer, qtmodeltester):
    _log(ctx, buyer.id, "Old call", 300, direction="in")
    _log(ctx, buyer.id, "Newest e-mail", 5, kind="email")
    _log(ctx, buyer.id, "A note", 60, kind="note")
    party_page.show_party(buyer.id)
    model = party_page.model
    assert model.rowCount() == 3
    titles = [model.data(model.index(r, 0)) for r in range(3)]
    assert titles == ["Newest e-mail", "A note", "Old call"]
    old = model.index(2, 0)
    assert model.data(old, tm.KIND_LABEL_ROLE) == "Call"
    assert model.data(old, tm.DIRECTION_ROLE).startswith("↙")
    assert model.data(old, tm.WHEN_ROLE)
    assert not model.data(model.index(1, 0), tm.DIRECTION_ROLE)  # a note has no direction
    assert party_page.timeline.isVisible() and not party_page.empty_timeline.isVisible()
    qtmodeltester.check(model)


def test_timeline_loads_older_entries_on_demand(ctx, party_page, buyer, qtmodeltester):
    for minute in range(65):
        _log(ctx, buyer.id, f"call {minute}", minute + 1)
    party_page.show_party(buyer.id)
    model = party_page.model
    assert model.rowCount() == tm.PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 65
    assert not model.canFetchMore()
    times = [model.entry(r).at for r in range(65)]
    assert times == sorted(times, reverse=True)
    assert model.data(model.index(64, 0)) == "call 64"
    qtmodeltester.check(model)


def test_scrolling_to_the_end_fetches_more(ctx, party_page, buyer, qtbot):
    for minute in range(70):
        _log(ctx, buyer.id, f"call {minute}", minute + 1)
    party_page.show_party(buyer.id)
    party_page.timeline.scrollToBottom()
    qtbot.waitUntil(lambda: party_page.model.rowCount() == 70, timeout=3000)


def test_paging_keeps_documents_of_the_same_day(ctx, buyer):
    """A page ending with an evening call still finds that day's invoice and payment (noon entries)."""
    day = date(2026, 3, 2)
    _invoice(ctx, buyer.id, day)
    factories.communication(ctx.db, buyer.id, "evening call", occurred_at=datetime(2026, 3, 2, 18, tzinfo=UTC))
    first = timeline(buyer.id, limit=1)
    assert [e.title for e in first] == ["evening call"]
    assert [e.source for e in timeline(buyer.id, limit=5, before=first[-1].at)] == ["invoice"]
    # and the model shows every entry once, even when a page ends between two entries of the same moment
    _invoice(ctx, buyer.id, day)  # two invoices at noon of that day
    model = tm.TimelineModel(ctx)
    model.set_party(buyer.id, timeline(buyer.id, limit=2), page_size=2)
    assert model.rowCount() == 2
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 3
    assert [model.entry(r).source for r in range(3)] == ["communication", "invoice", "invoice"]


def test_clicking_a_company_link_opens_it_and_back_returns(ctx, party_page, buyer, acme):
    party_page.show_party(buyer.id)
    href = _href(party_page.header.subtitle.text(), "party:")
    party_page.header.subtitle.linkActivated.emit(href)
    assert party_page.party_id == acme.id
    assert party_page.header.name.text() == "Acme S.r.l."
    assert party_page.back.isVisible()
    # a company lists its people, and they open too
    person_link = _href(party_page.details.members.text(), "party:")
    assert person_link == f"party:{buyer.id}"
    assert party_page.details.form.isRowVisible(party_page.details.members)
    party_page.details.members.linkActivated.emit(person_link)
    assert party_page.header.name.text() == "Mario Rossi"
    party_page.go_back()
    assert party_page.party_id == acme.id


def test_company_timeline_shows_what_was_logged_on_its_people(ctx, party_page, buyer, acme):
    _log(ctx, buyer.id, "Talked to Mario", 10)
    party_page.show_party(acme.id)
    assert party_page.model.rowCount() == 1
    assert party_page.model.data(party_page.model.index(0, 0)) == "Talked to Mario"


def test_completing_a_task_removes_it_from_open_tasks(ctx, party_page, buyer):
    factories.task(ctx.db, "Send the offer", buyer.id, date.today())
    factories.task(ctx.db, "Call back", buyer.id)
    party_page.show_party(buyer.id)
    assert party_page.tasks.count() == 2
    assert "(2)" in party_page.tasks_title.text()
    item = next(party_page.tasks.item(r) for r in range(2)
                if party_page.tasks.item(r).text().startswith("Send the offer"))
    item.setCheckState(Qt.CheckState.Checked)
    assert party_page.tasks.count() == 1
    assert party_page.tasks.item(0).text() == "Call back"
    assert [t.title for t in list_tasks(party_id=buyer.id)] == ["Call back"]
    assert party_page.model.data(party_page.model.index(0, 0)) == "Send the offer"  # done: on the timeline now


def test_page_follows_changes_of_this_party_only(ctx, party_page, buyer, acme):
    party_page.show_party(buyer.id)
    other = factories.person(ctx.db, "Anna", "Verdi")
    calls = []
    party_page.ctx.runner.started.connect(calls.append)
    ctx.bus.publish(_log(ctx, other.id, "elsewhere", 1)[1])
    assert calls == []  # nothing about this party: no reload
    ctx.bus.publish(_log(ctx, buyer.id, "here", 1)[1])
    assert party_page.model.rowCount() == 1


def test_quick_actions(ctx, party_page, buyer, qtbot, monkeypatch):
    party_page.show_party(buyer.id)
    opened = []
    monkeypatch.setattr(LogDialog, "log", classmethod(lambda cls, c, pid, kind, parent: opened.append((pid, kind))))
    qtbot.mouseClick(party_page.actions["call"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(party_page.actions["note"], Qt.MouseButton.LeftButton)
    assert opened == [(buyer.id, "call"), (buyer.id, "note")]
    with qtbot.waitSignal(party_page.new_quote) as quote:
        qtbot.mouseClick(party_page.actions["quote"], Qt.MouseButton.LeftButton)
    assert quote.args == [buyer.id]
    with qtbot.waitSignal(party_page.record_payment) as payment:
        qtbot.mouseClick(party_page.actions["payment"], Qt.MouseButton.LeftButton)
    assert payment.args == [buyer.id]


def test_new_task_and_editing_one_use_the_task_dialog(ctx, party_page, buyer, qtbot, monkeypatch):
    party_page.show_party(buyer.id)
    seen = []

    def fill_and_save(dialog):
        seen.append((dialog.party.party_id, dialog.party.text(), dialog.title.text()))
        dialog.title.setText(dialog.title.text() + "!")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", fill_and_save)
    qtbot.mouseClick(party_page.actions["task"], Qt.MouseButton.LeftButton)
    assert seen == [(buyer.id, "Mario Rossi", "")]
    [task] = list_tasks(party_id=buyer.id)
    assert task.title == "!"
    item = party_page.tasks.item(0)
    party_page.tasks.itemDoubleClicked.emit(item)  # the open task, opened for editing
    assert seen[1] == (buyer.id, "Mario Rossi", "!")
    assert [t.title for t in list_tasks(party_id=buyer.id)] == ["!!"]


def test_trash_asks_first_and_can_be_restored(ctx, party_page, buyer, qtbot, monkeypatch):
    party_page.show_party(buyer.id)
    monkeypatch.setattr(PartyPage, "ask", classmethod(lambda cls, parent, title, text: False))
    qtbot.mouseClick(party_page.trash_button, Qt.MouseButton.LeftButton)
    assert get_party(buyer.id).deleted_at is None
    monkeypatch.setattr(PartyPage, "ask", classmethod(lambda cls, parent, title, text: "Mario Rossi" in text))
    qtbot.mouseClick(party_page.trash_button, Qt.MouseButton.LeftButton)
    assert get_party(buyer.id, include_trash=True).deleted_at is not None
    assert party_page.banner.isVisible() and "trash" in party_page.banner_text.text()
    assert not party_page.actions["call"].isEnabled()
    qtbot.mouseClick(party_page.restore_button, Qt.MouseButton.LeftButton)
    assert get_party(buyer.id).deleted_at is None
    assert not party_page.banner.isVisible() and party_page.actions["call"].isEnabled()


def test_main_window_opens_the_page(window, buyer):
    window.show_party(buyer.id)
    page = window.stack.currentWidget()
    assert isinstance(page, PartyPage)
    assert page.header.name.text() == "Mario Rossi"


def _show_imported(ctx, party_page, tmp_path, card: str) -> None:
    """Import one vCard (its lines) and open the contact it made."""
    from smallcrm.db.models import Party
    from smallcrm.domain import PartyKind
    from smallcrm.services.exchange.imports import apply_import, preview_import

    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\n" + card + "END:VCARD\r\n", encoding="utf-8")
    apply_import(ctx.db, preview_import(ctx.db, path))
    party_page.show_party(Party.get(Party.kind == PartyKind.PERSON).id)


def test_a_fax_a_pager_and_a_number_kept_as_typed_are_not_offered_as_calls(ctx, party_page, tmp_path):
    _show_imported(ctx, party_page, tmp_path, "N:Doe;Jo;;;\r\nADR:;;1 Main St;Raleigh;NC;27613;U.S.A.\r\n"
                   "TEL;TYPE=WORK:+1-919-676-9515\r\nTEL;TYPE=FAX,WORK:+1-919-676-9564\r\n"
                   "TEL;TYPE=PAGER:+1 919 676 9566\r\nTEL;TYPE=HOME:+49 PRIVAT\r\n")
    text = party_page.details.phones.text()
    assert re.findall(r'href="tel:([^"]+)"', text) == ["+19196769515"]  # the work number only
    assert "(fax)" in text and "(pager)" in text and "+49 PRIVAT" in text


def test_chat_and_social_addresses_show_with_their_service_and_a_link_where_there_is_one(ctx, party_page, tmp_path):
    """An Apple card's Skype name (IMPP) and Twitter profile (X-SOCIALPROFILE, a web page: a link), a Jabber id
    (X-JABBER) and a LinkedIn handle with no page (no link)."""
    _show_imported(ctx, party_page, tmp_path, "N:Bloggs;Joe;;;\r\n"
                   "IMPP;X-SERVICE-TYPE=Skype;type=HOME:skype:joe.bloggs\r\nX-JABBER:joe@jabber.example.org\r\n"
                   "X-SOCIALPROFILE;type=twitter:http://twitter.com/joebloggs\r\nSOCIAL;TYPE=LINKEDIN:@joe<b>\r\n")
    chats, socials = party_page.details.chats, party_page.details.socials
    assert chats.text() == "Skype: joe.bloggs<br>Jabber: joe@jabber.example.org" and chats.isVisibleTo(party_page)
    assert re.findall(r'href="([^"]+)"', socials.text()) == ["http://twitter.com/joebloggs"]
    assert "Twitter: <a " in socials.text() and "LinkedIn: @joe&lt;b&gt;" in socials.text()
    assert socials.openExternalLinks()
