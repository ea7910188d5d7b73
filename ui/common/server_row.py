"""One mail server in a settings form, on one row: its host, the security of the connection and the port. The
outgoing mail (Settings → Mail), the incoming mail (IMAP) and the PEC mailbox's two servers all use it, so that
they look alike and share one rule: a port left at one choice's usual number follows the choice made, a port of
the user's own stays as typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from smallcrm.domain import MailSecurity
from ui.common.field_errors import FieldErrors

SMTP_PORTS = {MailSecurity.SSL: 465, MailSecurity.STARTTLS: 587, MailSecurity.NONE: 25}
IMAP_PORTS = {MailSecurity.SSL: 993, MailSecurity.STARTTLS: 143, MailSecurity.NONE: 143}
SECURITY_NAMES = {
    MailSecurity.SSL: QT_TRANSLATE_NOOP("ServerRow", "SSL/TLS"),
    MailSecurity.STARTTLS: QT_TRANSLATE_NOOP("ServerRow", "STARTTLS"),
    MailSecurity.NONE: QT_TRANSLATE_NOOP("ServerRow", "None (unencrypted)"),
}


class ServerRow(QWidget):
    """``name`` is the settings' prefix ("smtp", "imap", "pec_smtp"): the fields are named ``setting-<name>_host``,
    ``_security`` and ``_port`` like the settings they edit; ``ports`` gives each security's usual port, in the
    order the choices are offered."""

    def __init__(self, name: str, ports: dict[MailSecurity, int], example: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.ports = name, ports
        self.host = QLineEdit(objectName=f"setting-{name}_host", placeholderText=example)
        self.security = QComboBox(objectName=f"setting-{name}_security")
        for code in ports:
            self.security.addItem(QCoreApplication.translate("ServerRow", SECURITY_NAMES[code]), str(code))
        self.port = QSpinBox(objectName=f"setting-{name}_port", maximumWidth=100)
        self.port.setRange(1, 65535)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.host, 1)
        row.addWidget(self.security)
        row.addWidget(QLabel(self.tr("Port")))
        row.addWidget(self.port)
        self.security.currentIndexChanged.connect(self._security_chosen)  # set_values holds it back

    def _security_chosen(self, _index: int) -> None:
        """A port left at another choice's usual number follows the new choice."""
        if self.port.value() in self.ports.values():
            self.port.setValue(self.ports[MailSecurity(self.security.currentData())])

    def set_values(self, host: str, port: int, security: str) -> None:
        """Show the saved values as they are (the port is not moved)."""
        self.host.setText(host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(self.security.findData(security), 0))
        self.security.blockSignals(False)
        self.port.setValue(port)

    def values(self) -> tuple[str, int, str]:
        """(host, port, security) as typed and chosen."""
        return self.host.text().strip(), self.port.value(), self.security.currentData()

    def with_errors(self, errors: FieldErrors) -> QWidget:
        """The row with one error line under it, for a refused host, port or security alike; each marks its own
        field."""
        return errors.wrap_row(self, {f"{self.name}_host": self.host, f"{self.name}_security": self.security,
                                      f"{self.name}_port": self.port})
