"""What each list of the main window says while it has no rows, and the buttons to fill it (see
``ui/common/empty_state.py``). Built here, beside the sidebar's pages, because the next step often lies on
another page (an empty list of invoices points to the quotes) and only the main window reaches every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smallcrm.domain import PartyKind
from ui.common.empty_state import EmptyState
from ui.common.icons import Icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmptyStates", text)


def _list_filtered(page) -> bool:
    """A document list's filter: words typed, or a state other than all."""
    return bool(page.search.text().strip()) or page.state.currentData() not in (None, "all")


def _clear_list_filter(page) -> None:
    page.search.clear()
    page.state.setCurrentIndex(max(page.state.findData("all"), 0))
    page.reload() if page.state_asks_service else page.apply_filter()


def _contacts_filtered(page) -> bool:
    return bool(page.search.text().strip()) or page.stage.currentIndex() > 0 or page.tag.currentIndex() > 0


def _clear_contacts_filter(page) -> None:
    page.search.clear()
    page.stage.setCurrentIndex(0)
    page.tag.setCurrentIndex(0)
    page.apply_filters()


def install_empty_state(window, key: str, page: QWidget) -> EmptyState | None:
    """The empty state of the page ``key``'s list (None for a page without one)."""
    section = window.show_section
    if key in ("contacts", "companies"):
        person = key == "contacts"
        return EmptyState(
            page.table, Icon.CONTACTS if person else Icon.COMPANIES,
            _tr("No contacts yet") if person else _tr("No companies yet"),
            _tr("Import an address book or add a contact.") if person else
            _tr("Import an address book or add a company."),
            [(_tr("Import an address book…"), Icon.IMPORT, page.open_import, True),
             (_tr("Add a contact") if person else _tr("Add a company"), Icon.NEW_PERSON if person else
              Icon.NEW_COMPANY, lambda: window.new_party(PartyKind.PERSON if person else PartyKind.COMPANY), True)],
            lambda: _contacts_filtered(page), lambda: _clear_contacts_filter(page))
    if key == "activities":
        return EmptyState(
            page.table, Icon.ACTIVITIES, _tr("No activities yet"),
            _tr("Log a call, a meeting or a note on a contact's page (Ctrl+L): every one is listed here."),
            [(_tr("Open the contacts"), Icon.CONTACTS, lambda: section("contacts"))],
            lambda: page.channel.currentIndex() > 0, lambda: page.channel.setCurrentIndex(0))
    if key == "tasks":
        return EmptyState(
            page.table, Icon.TASKS, _tr("No tasks here"),
            _tr("Add a task for a call back, a visit or a deadline: it comes back on the day it is due."),
            [(_tr("New task"), Icon.NEW_TASK, page.new_task, True)],
            lambda: page._view != "open", lambda: page.show_view("open"))
    if key == "quotes":
        return EmptyState(
            page.table, Icon.QUOTES, _tr("No quotes yet"),
            _tr("Make a quote for a customer; once accepted, it becomes an invoice in one click."),
            [(_tr("New quote"), Icon.NEW_DOCUMENT, page.new_button.click, True)],
            lambda: _list_filtered(page), lambda: _clear_list_filter(page))
    if key == "invoices":
        return EmptyState(
            page.table, Icon.INVOICES, _tr("No invoices yet"),
            _tr("An invoice is made from an accepted quote, or from a customer's page."),
            [(_tr("Open the quotes"), Icon.QUOTES, lambda: section("quotes")),
             (_tr("Open the contacts"), Icon.CONTACTS, lambda: section("contacts"))],
            lambda: _list_filtered(page), lambda: _clear_list_filter(page))
    if key == "receivables":
        return EmptyState(
            page.table, Icon.RECEIVABLES, _tr("Nobody owes you anything"),
            _tr("Issued invoices that are not paid yet are listed here, the oldest due first."),
            [(_tr("Open the invoices"), Icon.INVOICES, lambda: section("invoices"))],
            lambda: _list_filtered(page), lambda: _clear_list_filter(page))
    if key == "outbox":
        return EmptyState(
            page.table, Icon.OUTBOX, _tr("The outbox is empty"),
            _tr("Every mail has gone. A quote or an invoice sent by e-mail waits here while the mail server cannot "
                "be reached: open one and choose Send by e-mail."),
            [(_tr("Open the quotes"), Icon.QUOTES, lambda: section("quotes")),
             (_tr("Open the invoices"), Icon.INVOICES, lambda: section("invoices")),
             (_tr("Set up mail"), Icon.SETTINGS, window.show_mail_settings)])
    if key == "deals":
        return EmptyState(
            page.board, Icon.DEALS, _tr("No deals yet"),
            _tr("A deal is a sale you are working on: with whom, what it may be worth and how likely it is. Move it "
                "from stage to stage until it is won or lost; the forecast adds up the open ones."),
            [(_tr("New deal"), Icon.NEW, page.new_deal, True)],
            models=[column.model for column in page.columns.values()])
    if key == "mail":
        return EmptyState(
            page.table, Icon.MAIL, _tr("No mail to review"),
            _tr("Mail from senders who are not contacts yet comes here. Fetch it now, or import .eml or mbox "
                "files; the account is set in Settings → Mail."),
            [(_tr("Fetch mail now"), Icon.FETCH, page.fetch, True),
             (_tr("Import .eml/mbox…"), Icon.IMPORT, page.import_files, True)])
    return None
