"""The texts of the mails that carry quotes and invoices, per document and language, with their placeholders;
only what differs from the built-in text is stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import ValidationError
from smallcrm.services.mail.outgoing import default_mail_template
from ui.common.errors import field_message
from ui.common.i18n import LANGUAGES
from ui.common.read_only_guard import writes

KINDS = (("quote", QT_TRANSLATE_NOOP("MailTemplates", "Quote")),
         ("invoice", QT_TRANSLATE_NOOP("MailTemplates", "Invoice")),
         ("credit_note", QT_TRANSLATE_NOOP("MailTemplates", "Credit note")))


class MailTemplates(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Texts of the mails"))
        self._texts: dict[tuple[str, str], tuple[str, str]] = {}
        self._shown: tuple[str, str] | None = None
        self.kind = QComboBox(objectName="template-kind")
        for key, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("MailTemplates", text), key)
        self.language = QComboBox(objectName="template-language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.subject = QLineEdit(objectName="template-subject")
        self.body = QPlainTextEdit(objectName="template-body")
        self.hint = QLabel(self.tr("Placeholders: %1").replace(
            "%1", "{customer} {number} {total} {due_date} {company}"), wordWrap=True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel(wordWrap=True, objectName="error-mail_templates")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.restore_button = QPushButton(self.tr("Restore the built-in text"))
        writes(self.restore_button)
        self.restore_button.clicked.connect(self.restore_default)
        choose = QHBoxLayout()
        choose.addWidget(self.kind)
        choose.addWidget(self.language)
        choose.addStretch(1)
        choose.addWidget(self.restore_button)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.kind.currentIndexChanged.connect(lambda _i: self._switch())
        self.language.currentIndexChanged.connect(lambda _i: self._switch())

    def load(self, overrides: dict, language: str | None = None) -> None:
        """Show the texts (the built-in ones where ``overrides`` has none), first in ``language``."""
        self._texts.clear()
        self._shown = None
        if language is not None:
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
        for kind, _ in KINDS:
            for language in LANGUAGES:
                subject, body = default_mail_template(kind, language)
                custom = (overrides.get(kind) or {}).get(language) or {}
                self._texts[(kind, language)] = (custom.get("subject") or subject, custom.get("body") or body)
        self._shown = None
        self._switch()

    def _keep(self) -> None:
        if self._shown is not None:
            self._texts[self._shown] = (self.subject.text(), self.body.toPlainText())

    def _switch(self) -> None:
        self._keep()
        self._shown = (self.kind.currentData(), self.language.currentData())
        subject, body = self._texts.get(self._shown, ("", ""))
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def restore_default(self) -> None:
        subject, body = default_mail_template(*self._shown)
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def overrides(self) -> dict:
        """The texts that differ from the built-in ones, as the ``mail_templates`` setting stores them."""
        self._keep()
        result: dict = {}
        for (kind, language), (subject, body) in self._texts.items():
            default_subject, default_body = default_mail_template(kind, language)
            changed = {name: text for name, text, default in (("subject", subject.strip(), default_subject),
                                                              ("body", body.strip(), default_body.strip()))
                       if text and text != default}
            if changed:
                result.setdefault(kind, {})[language] = changed
        return result

    def show_error(self, error: ValidationError) -> bool:
        if error.field != "mail_templates":
            return False
        self.error.setText(field_message(error))
        self.error.show()
        return True
