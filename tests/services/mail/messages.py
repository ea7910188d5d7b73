"""Messages for the mail tests, built with the standard library as a mail program would send them."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def message(sender: str = "Mario Rossi <mario.rossi@acme.it>", to: str = "Anna <anna@ourshop.it>",
            subject: str = "Richiesta preventivo", body: str = "Buongiorno, vorrei un preventivo.",
            when: datetime | None = None, message_id: str | None = "", cc: str = "",
            files: tuple[tuple[str, str, bytes], ...] = ()) -> bytes:
    mail = EmailMessage()
    if sender:
        mail["From"] = sender
    mail["To"] = to
    if cc:
        mail["Cc"] = cc
    mail["Subject"] = subject
    mail["Date"] = format_datetime(when or datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    if message_id is not None:
        mail["Message-ID"] = message_id or make_msgid(domain="acme.it")
    mail.set_content(body)
    for name, media_type, data in files:
        main, sub = media_type.split("/")
        mail.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return mail.as_bytes()
