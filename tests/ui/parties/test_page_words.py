"""Words that used to mislead: Italian said "Cronologia" both for the History tab and for the Timeline over the
Activity tab of a contact's page, and the companies list had a "Company" column that is always empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from smallcrm.domain import PartyKind
from ui.common import i18n
from ui.parties.contacts_page import ContactsPage
from ui.parties.party_page import PartyPage


@pytest.mark.parametrize("language", ["it", "en", "ro"])
def test_the_timeline_and_the_tabs_of_a_contacts_page_have_different_names(ctx, qtbot, qapp, language):
    i18n.install_translators(qapp, language)
    try:
        page = PartyPage(ctx)
        qtbot.addWidget(page)
        tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        timeline = QCoreApplication.translate("PartyPage", "Timeline")
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
    assert len(set(tabs)) == len(tabs) == 3
    assert timeline not in tabs, (timeline, tabs)


def test_the_companies_list_has_no_company_column(ctx, qtbot):
    def shown(page: ContactsPage) -> list[str]:
        return [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
                if not page.table.isColumnHidden(c)]

    companies, people = ContactsPage(ctx, kind=PartyKind.COMPANY), ContactsPage(ctx, kind=PartyKind.PERSON)
    for page in (companies, people):
        qtbot.addWidget(page)
    assert "Company" not in shown(companies) and "Company" in shown(people)
