"""The erase dialog shows its whole warning: it used to open at a height that cut the text at the top and the
bottom (a word-wrapped label in a dialog sized before its lines were counted)."""

from __future__ import annotations

import pytest

from smallcrm.services.parties.parties import get_party
from tests import factories
from ui.common import i18n
from ui.privacy.erase_dialog import EraseDialog


@pytest.mark.parametrize("language", ["it", "ro", "en"])
@pytest.mark.parametrize("anonymise", [False, True])
def test_the_whole_warning_shows(ctx, qtbot, qapp, language, anonymise):
    person = factories.private_customer(ctx.db)
    factories.issued_invoice(ctx.db, person.id)  # a "kept" part, the longest text
    i18n.install_translators(qapp, language)
    try:
        dialog = EraseDialog(ctx, get_party(person.id), anonymise)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        summary = dialog.summary
        assert summary.height() >= summary.heightForWidth(summary.width())
        assert dialog.height() <= 700  # and it fits a laptop's screen
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
