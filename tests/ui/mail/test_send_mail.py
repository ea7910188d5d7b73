"""Sending a quote by e-mail from the window, through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smallcrm.services.mail.outbox import list_outbox
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.attachments import list_attachments
from smallcrm.services.timeline.communications import list_communications
from tests import factories
from tests.smtp_test_server import configure
from ui.mail.send_mail_dialog import SendMailDialog, mail_quote
from ui.sales.quote_editor import QuoteEditor


def _dialog(ctx, qtbot, quote) -> SendMailDialog:
    dialog = SendMailDialog(ctx, "quote", quote.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_proposes_the_template_and_sends_the_pdf(ctx, qtbot, quote, smtp_server):
    server = smtp_server()
    configure(ctx.db, server)
    dialog = _dialog(ctx, qtbot, quote)
    assert dialog.to.currentText() == "ufficio@rossi-impianti.example" and dialog.to.count() == 2
    assert dialog.subject.text() == f"Preventivo {quote.number} - {factories.OUR_COMPANY['name']}"
    assert "Gentile Rossi Impianti S.r.l." in dialog.body.toPlainText()
    assert dialog.attachment.text().endswith(f"Preventivo {quote.number}.pdf")
    dialog.subject.selectAll()
    qtbot.keyClicks(dialog.subject, "Il preventivo richiesto")
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome == "Sent to ufficio@rossi-impianti.example."
    (received,) = server.messages
    mail = message_from_bytes(received.data, policy=policy.default)
    assert mail["Subject"] == "Il preventivo richiesto"
    assert [p.get_filename() for p in mail.iter_attachments()] == [f"Preventivo {quote.number}.pdf"]
    (logged,) = list_communications(quote.party.id)
    assert logged.subject == "Il preventivo richiesto" and len(list_attachments(logged.id)) == 1


def test_a_server_that_drops_keeps_the_mail_in_the_outbox_and_says_so(ctx, qtbot, quote, smtp_server):
    configure(ctx.db, smtp_server("drop"))
    dialog = _dialog(ctx, qtbot, quote)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "closed the connection" in dialog.status.text()
    assert "kept in the outbox" in dialog.status.text() and dialog.send_button.isHidden()
    (waiting,) = list_outbox()
    assert waiting.status == "queued" and waiting.last_error_code == "smtp_dropped"


def test_a_wrong_address_is_shown_under_the_field(ctx, qtbot, quote, smtp_server):
    configure(ctx.db, smtp_server())
    dialog = _dialog(ctx, qtbot, quote)
    dialog.to.setEditText("mario@")
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert "to" in dialog.errors.visible() and dialog.isVisible() and list_outbox() == []


def test_without_smtp_the_mail_program_opens_with_the_pdf_saved_beside(ctx, qtbot, quote, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(SendMailDialog, "ask_folder", classmethod(lambda cls, parent, start: str(tmp_path)))
    monkeypatch.setattr(SendMailDialog, "open_url",
                        classmethod(lambda cls, url: opened.append(bytes(url.toEncoded()).decode())))
    dialog = _dialog(ctx, qtbot, quote)
    assert not dialog.send_button.isEnabled() and "Settings → Mail" in dialog.note.text()
    qtbot.mouseClick(dialog.mailto_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / f"Preventivo {quote.number}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    link = urlsplit(opened[0])
    assert link.scheme == "mailto" and unquote(link.path) == "ufficio@rossi-impianti.example"
    assert f"subject=Preventivo%20{quote.number}%20-%20Bottega%20Verdi%20S.r.l.&body=Gentile%20Rossi" in link.query
    assert opened[1].startswith("file://") and dialog.result() == QDialog.DialogCode.Accepted


def test_the_quote_editor_mails_only_a_saved_quote(ctx, qtbot, quote):
    editor = QuoteEditor(ctx, quote.id)
    qtbot.addWidget(editor)
    assert editor.mail_button.text() == "Send by e-mail…"
    editor.dirty = True
    assert mail_quote(editor) is None and "Save the quote" in editor.status.text()
    editor.dirty = False
    dialog = mail_quote(editor)
    assert dialog is not None and dialog.subject.text().startswith("Preventivo")
    dialog.close()


def test_the_invoice_window_mails_only_an_issued_invoice(ctx, qtbot, quote, smtp_server):
    from smallcrm.services.sales import invoices
    from ui.mail.send_mail_dialog import mail_invoice
    from ui.sales.invoice_window import InvoiceWindow

    server = smtp_server()
    configure(ctx.db, server)
    draft = factories.draft_invoice(ctx.db, quote.party.id, [LineDraft("Lavori", 1, "200", 0, "22")])
    window = InvoiceWindow(ctx, draft.id)
    qtbot.addWidget(window)
    assert mail_invoice(window) is None and "Issue the invoice" in window.status.text()
    issued, _ = invoices.issue_invoice(ctx.db, draft.id, date(2026, 11, 20))
    window.reload()
    dialog = mail_invoice(window)
    assert dialog.subject.text() == f"Fattura {issued.number} - {factories.OUR_COMPANY['name']}"
    assert dialog.attachment.text() == f"Fattura {issued.number.replace('/', '-')}.pdf"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert len(server.messages) == 1 and window.status.text() == "Sent to ufficio@rossi-impianti.example."


def test_a_document_that_cannot_be_mailed_says_why_and_offers_nothing_to_send(ctx, qtbot, quote):

    draft = factories.draft_invoice(ctx.db, quote.party.id, [LineDraft("X", 1, "1", 0, "22")])
    dialog = SendMailDialog(ctx, "invoice", draft.id)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "Issue the invoice before sending it."
    assert not any(b.isEnabled() for b in (dialog.send_button, dialog.later_button, dialog.mailto_button))


def test_a_sent_quote_plans_the_call_back_unless_unticked(ctx, qtbot, quote, smtp_server):
    from datetime import timedelta

    from smallcrm.clock import local_today, to_local
    from smallcrm.services.timeline.tasks import list_tasks

    configure(ctx.db, smtp_server())
    dialog = _dialog(ctx, qtbot, quote)
    assert dialog.call_back.text() == "Remind me to call back in 7 day(s) if there is no answer"
    assert dialog.call_back.isChecked()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    (task,) = list_tasks(party_id=quote.party.id)
    assert task.title == f"Call back about quote {quote.number}"
    assert to_local(task.due_at).date() == local_today() + timedelta(days=7)
    again = _dialog(ctx, qtbot, quote)
    again.call_back.setChecked(False)
    qtbot.mouseClick(again.later_button, Qt.MouseButton.LeftButton)
    assert len(list_tasks(party_id=quote.party.id)) == 1
