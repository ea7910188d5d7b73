"""The sections of the sidebar, in order. Each factory builds its page from the AppContext and the
main window (to open a party, a quote, an invoice from anywhere)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated with context "pages"
    factory: Callable[..., QWidget]  # factory(ctx, window) -> page


def _contacts(ctx, window):
    from ui.views.contacts_page import ContactsPage

    page = ContactsPage(ctx, kind="person")
    page.open_party.connect(window.show_party)
    page.new_party.connect(window.new_party)
    return page


def _companies(ctx, window):
    from ui.views.contacts_page import ContactsPage

    page = ContactsPage(ctx, kind="company")
    page.open_party.connect(window.show_party)
    page.new_party.connect(window.new_party)
    return page


PAGES: list[PageSpec] = [
    PageSpec("contacts", QT_TRANSLATE_NOOP("pages", "Contacts"), _contacts),
    PageSpec("companies", QT_TRANSLATE_NOOP("pages", "Companies"), _companies),
]
