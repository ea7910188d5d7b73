"""At start, the documents whose edits the last session left unsaved (``document_drafts``) are offered back; when a
person is erased, their drafts go (the open editors of their documents close without keeping one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smallcrm.domain import DocumentKind
from ui.common.context import AppContext
from ui.sales.document_drafts import KeptDraft, drop_of_party, left_over
from ui.sales.document_editor import DocumentEditor
from ui.sales.open_invoices import open_invoice
from ui.sales.quote_editor import open_quote_editor


class DraftOffer:
    """At start: open again the documents whose edits the last session left unsaved, or let them go."""

    @classmethod
    def ask(cls, parent: QWidget, drafts: list[KeptDraft]) -> bool:
        """Whether to open them again (tests replace this)."""
        names = "\n".join(f"• {draft.title}" for draft in drafts)
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("DraftOffer", "Unsaved documents"),
            QCoreApplication.translate(
                "DraftOffer", "These documents had changes that were not saved when SmallCRM last closed:\n%1\n\n"
                "Open them again with those changes?").replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes


def offer_left_over_drafts(window, ctx: AppContext) -> list[QWidget]:
    """Offer the drafts the last session left; the editors opened with them (none when declined)."""
    drafts = left_over(ctx)
    if not drafts:
        return []
    if not DraftOffer.ask(window, drafts):
        for draft in drafts:
            draft.path.unlink(missing_ok=True)
        return []
    opened = []
    for draft in drafts:
        draft.path.unlink(missing_ok=True)  # the editor keeps it again under its own key
        if draft.kind == DocumentKind.QUOTE:
            editor = open_quote_editor(ctx, draft.document_id, window)
        elif draft.document_id is not None:
            editor = open_invoice(ctx, draft.document_id, window)
        else:
            continue
        if hasattr(editor, "restore_draft"):
            editor.restore_draft(draft.state)
            opened.append(editor)
    return opened


def erase_party_drafts(ctx: AppContext, party_id: int) -> int:
    """After ``party_id`` was erased or anonymised: the editors of their documents close without a draft (their
    typing would keep one again), and the drafts kept of them are removed. How many draft files were removed."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DocumentEditor) and widget.ctx is ctx and widget.customer.party_id == party_id:
            widget.drop_draft()
            widget.dirty = False  # nothing to confirm: what was typed about them must go
            widget.close()
    return drop_of_party(ctx, party_id)
