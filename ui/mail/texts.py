"""What went wrong with a mail, in the user's language, from the stable codes of the sending services."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from smallcrm.errors import SmallCrmError, ValidationError
from ui.common.errors import field_message, message_for

_TEXTS = {
    "smtp_not_configured": QT_TRANSLATE_NOOP("mail", "No outgoing mail server is set: see Settings → Mail."),
    "mail_not_configured": QT_TRANSLATE_NOOP("mail", "Set the sender's address in Settings → Mail first."),
    "smtp_auth_refused": QT_TRANSLATE_NOOP("mail", "The mail server refused the user name or password."),
    "smtp_not_supported": QT_TRANSLATE_NOOP("mail", "The mail server does not offer what was asked: check the "
                                                    "security setting."),
    "smtp_recipient_refused": QT_TRANSLATE_NOOP("mail", "The mail server refused the address %1."),
    "smtp_sender_refused": QT_TRANSLATE_NOOP("mail", "The mail server refused the sender's address."),
    "smtp_refused": QT_TRANSLATE_NOOP("mail", "The mail server refused the message."),
    "smtp_dropped": QT_TRANSLATE_NOOP("mail", "The mail server closed the connection."),
    "smtp_timeout": QT_TRANSLATE_NOOP("mail", "The mail server did not answer in time."),
    "smtp_connection_refused": QT_TRANSLATE_NOOP("mail", "Nothing answers at the mail server's address: it is "
                                                         "down, there is no connection, or the port is wrong."),
    "smtp_offline": QT_TRANSLATE_NOOP("mail", "The mail server cannot be found: no connection, or a wrong name."),
    "smtp_tls_failed": QT_TRANSLATE_NOOP("mail", "The secure connection failed: check the security setting and "
                                                 "the port."),
    "smtp_unreachable": QT_TRANSLATE_NOOP("mail", "The mail server cannot be reached."),
    "smtp_error": QT_TRANSLATE_NOOP("mail", "The mail server answered unexpectedly."),
    "maybe_sent": QT_TRANSLATE_NOOP("mail", "SmallCRM stopped while this mail was being sent: it may have gone. "
                                            "Look in the Sent folder of your mail program, then mark it sent or "
                                            "send it again."),
    "not_logged": QT_TRANSLATE_NOOP("mail", "Sent, but it could not be written on the timeline."),
    "party_trashed": QT_TRANSLATE_NOOP("mail", "The customer is in the trash."),
    "invoice_not_issued": QT_TRANSLATE_NOOP("mail", "Issue the invoice before sending it."),
}


def text_for_code(code: str, fallback: str, **params: str) -> str:
    """The translated text of a mail error code (the stored English text when the code has none)."""
    if code not in _TEXTS:
        return fallback
    text = QCoreApplication.translate("mail", _TEXTS[code])
    return text.replace("%1", str(params.get("recipients") or ""))


def mail_error(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return field_message(error)
    if isinstance(error, SmallCrmError) and error.code in _TEXTS:
        return text_for_code(error.code, error.message, **{k: str(v) for k, v in error.params.items()})
    return message_for(error)


class MailInSummary(QObject):
    """What a fetch or a mail import did (a ``MailInReport``), in one sentence."""

    def text(self, report) -> str:
        parts = [self.tr("%n message(s) logged on timelines", "", report.logged),
                 self.tr("%n waiting for review", "", report.for_review),
                 self.tr("%n already known", "", report.already_known)]
        if report.rejected:
            parts.append(self.tr("%n not readable as mail", "", len(report.rejected)))
        text = ", ".join(parts) + "."
        return text + " " + self.tr("Stopped before the end.") if report.cancelled else text


def mail_in_summary(report) -> str:
    return MailInSummary().text(report)


def no_sent_copy(problem: Exception) -> str:
    """Said after "sent" when the copy for the IMAP Sent folder could not be kept."""
    return QCoreApplication.translate("mail", "No copy was kept in the Sent folder: %1").replace(
        "%1", message_for(problem))
