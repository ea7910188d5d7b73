"""The server row of the mail, IMAP and PEC settings: a port left at a choice's usual number follows the security
chosen, a port of one's own stays, a load shows the saved values untouched, and a refused part is said under the
row on the part itself."""

from __future__ import annotations

import pytest

from smallcrm.errors import ValidationError
from ui.common.field_errors import FieldErrors
from ui.common.server_row import IMAP_PORTS, SMTP_PORTS, ServerRow


def _row(qtbot, ports=SMTP_PORTS, name="smtp") -> ServerRow:
    row = ServerRow(name, ports, "smtp.example.com")
    qtbot.addWidget(row)
    return row


def _choose(row: ServerRow, security: str) -> None:
    row.security.setCurrentIndex(row.security.findData(security))


@pytest.mark.parametrize(("ports", "moves"), [
    (SMTP_PORTS, [("starttls", 587), ("none", 25), ("ssl", 465)]),
    (IMAP_PORTS, [("starttls", 143), ("none", 143), ("ssl", 993)]),
])
def test_a_usual_port_follows_the_security_chosen(qtbot, ports, moves):
    row = _row(qtbot, ports)
    row.set_values("mail.example.com", ports["ssl"], "ssl")
    for security, port in moves:
        _choose(row, security)
        assert row.port.value() == port, security
    assert row.values() == ("mail.example.com", ports["ssl"], "ssl")


def test_a_port_of_ones_own_stays_as_typed(qtbot):
    row = _row(qtbot)
    row.set_values("smtp.example.com", 465, "ssl")
    row.port.setValue(2525)
    _choose(row, "starttls")
    assert row.values() == ("smtp.example.com", 2525, "starttls")


def test_loading_keeps_the_saved_port_even_when_it_is_another_choices_usual_one(qtbot):
    row = _row(qtbot)
    row.set_values("smtp.example.com", 587, "starttls")
    row.set_values("smtp.example.com", 465, "starttls")  # saved so, as odd as it is: shown as it is
    assert row.values() == ("smtp.example.com", 465, "starttls")
    assert row.security.currentText() == "STARTTLS"
    assert row.host.objectName() == "setting-smtp_host" and row.port.objectName() == "setting-smtp_port"


@pytest.mark.parametrize("part", ["host", "port", "security"])
def test_a_refused_part_is_said_under_the_row_and_marks_that_part(qtbot, part):
    row = _row(qtbot, name="pec_smtp")
    errors = FieldErrors()
    box = row.with_errors(errors)
    qtbot.addWidget(box)
    box.show()
    assert errors.show(ValidationError(f"pec_smtp_{part}", "Give the outgoing server", code="required"))
    line = errors.label(f"pec_smtp_{part}")
    assert line.text() == "Give the outgoing server" and not line.isHidden()
    assert getattr(row, part).styleSheet() != ""  # the part named is marked, not the whole row
    assert all(getattr(row, other).styleSheet() == "" for other in ("host", "port", "security") if other != part)
