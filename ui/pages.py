"""The sections of the sidebar, in order. Each factory builds its page from the AppContext and the
main window (to open a party, a quote, an invoice from anywhere)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from smallcrm.domain import PartyKind
from ui.common.icons import Icon


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated with context "pages"
    factory: Callable[..., QWidget]  # factory(ctx, window) -> page
    icon: Icon  # beside the title in the sidebar


def _home(ctx, window):
    from ui.timeline.home_page import HomePage

    page = HomePage(ctx)
    page.open_section.connect(window.show_section)
    page.start.connect(lambda step: window.file_menu.import_contacts() if step == "import" else
                       window.new_party(PartyKind.PERSON))
    return page


def _contacts(ctx, window):
    from ui.parties.contacts_page import ContactsPage

    page = ContactsPage(ctx, kind=PartyKind.PERSON)
    page.open_party.connect(window.show_party)
    page.new_party.connect(window.new_party)
    return page


def _companies(ctx, window):
    from ui.parties.contacts_page import ContactsPage

    page = ContactsPage(ctx, kind=PartyKind.COMPANY)
    page.open_party.connect(window.show_party)
    page.new_party.connect(window.new_party)
    return page


def _activities(ctx, window):
    from ui.timeline.activities_page import ActivitiesPage

    page = ActivitiesPage(ctx)
    page.open_party.connect(window.show_party)
    return page


def _tasks(ctx, window):
    from ui.timeline.tasks_page import TasksPage

    page = TasksPage(ctx)
    page.open_party.connect(window.show_party)
    return page


def _deals(ctx, window):
    from ui.sales.deals_board import DealsBoard

    page = DealsBoard(ctx)
    page.open_party.connect(window.show_party)
    return page


def _mail(ctx, window):
    from ui.mail.review_page import MailReviewPage

    page = MailReviewPage(ctx)
    page.open_party.connect(window.show_party)
    return page


def _settings(ctx, window):
    from ui.settings.page import SettingsPage

    page = SettingsPage(ctx)
    page.privacy.open_party.connect(window.show_party)
    return page


def _quotes(ctx, window):
    from ui.sales.quotes_page import QuotesPage

    return QuotesPage(ctx)


def _invoices(ctx, window):
    from ui.sales.invoices_page import InvoicesPage

    return InvoicesPage(ctx)


def _outbox(ctx, window):
    from ui.mail.outbox_page import OutboxPage

    return OutboxPage(ctx, getattr(window, "outbox", None))


def _receivables(ctx, window):
    from ui.sales.receivables_page import ReceivablesPage

    return ReceivablesPage(ctx)


PAGES: list[PageSpec] = [
    PageSpec("home", QT_TRANSLATE_NOOP("pages", "Home"), _home, Icon.HOME),
    PageSpec("contacts", QT_TRANSLATE_NOOP("pages", "Contacts"), _contacts, Icon.CONTACTS),
    PageSpec("companies", QT_TRANSLATE_NOOP("pages", "Companies"), _companies, Icon.COMPANIES),
    PageSpec("activities", QT_TRANSLATE_NOOP("pages", "Activities"), _activities, Icon.ACTIVITIES),
    PageSpec("tasks", QT_TRANSLATE_NOOP("pages", "Tasks"), _tasks, Icon.TASKS),
    PageSpec("deals", QT_TRANSLATE_NOOP("pages", "Deals"), _deals, Icon.DEALS),
    PageSpec("quotes", QT_TRANSLATE_NOOP("pages", "Quotes"), _quotes, Icon.QUOTES),
    PageSpec("invoices", QT_TRANSLATE_NOOP("pages", "Invoices"), _invoices, Icon.INVOICES),
    PageSpec("receivables", QT_TRANSLATE_NOOP("pages", "Receivables"), _receivables, Icon.RECEIVABLES),
    PageSpec("outbox", QT_TRANSLATE_NOOP("pages", "Outbox"), _outbox, Icon.OUTBOX),
    PageSpec("mail", QT_TRANSLATE_NOOP("pages", "Incoming mail"), _mail, Icon.MAIL),
    PageSpec("settings", QT_TRANSLATE_NOOP("pages", "Settings"), _settings, Icon.SETTINGS),  # stays last
]
