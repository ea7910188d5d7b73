"""A fake SdI on loopback: it takes each message the test SMTP server received for one of the SdI's addresses,
reads the e-invoice file attached (as the SdI does: the attachment, whatever the subject), and answers into the
user's PEC mailbox on a real Dovecot, with whole PEC envelopes made by the receipt builders (sdi_messages.py),
following a scenario: for each file, the answers to give (in order).

An answer is "RC", "NS", "MC", "NE:EC01" / "NE:EC02" (a public administration's outcome), or one of those ending
in ".p7m" (the receipt signed as a CMS file) or "broken" (a receipt cut in the middle). The SdI writes from the
address it assigned to this sender (``assigned``), whatever address the file was sent to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree import ElementTree

from smallcrm.clock import utcnow
from tests.services.einvoicing import sdi_messages as sdi
from tests.services.einvoicing.pec import PEC_ADDRESS, attachment
from tests.smtp_test_server import Received, Server

SDI_ADDRESS = re.compile(r"sdi\d+@pec\.fatturapa\.it")


@dataclass
class Taken:
    """One file the fake SdI took: the address it was sent to, its name, its bytes, the SdI identifier given."""

    to: str
    file_name: str
    xml: bytes
    sdi_id: str

    def element(self, name: str) -> str:
        return next(e.text or "" for e in ElementTree.fromstring(self.xml).iter() if e.tag.rsplit("}")[-1] == name)


@dataclass
class FakeSdi:
    smtp: Server
    mailbox: object  # tests.services.mail.fixtures.Mailbox
    assigned: str = "sdi23@pec.fatturapa.it"
    taken: list[Taken] = field(default_factory=list)
    _read: int = 0

    def take_new(self) -> list[Taken]:
        """The files that arrived since the last call (messages to other addresses are not the SdI's)."""
        new = []
        for received in self.smtp.messages[self._read:]:
            for to in received.rcpt_tos:
                if SDI_ADDRESS.fullmatch(to):
                    name, xml = attachment(received)
                    new.append(Taken(to, name, xml, str(7000 + len(self.taken) + len(new))))
        self._read = len(self.smtp.messages)
        self.taken += new
        return new

    def answer(self, taken: Taken, *answers: str) -> None:
        """Put the answers to one file into the PEC mailbox, as the SdI's PEC messages."""
        for number, answer in enumerate(answers, start=1):
            kind, _, outcome = answer.partition(":")
            signed = outcome.endswith(".p7m") or kind.endswith(".p7m")
            kind, outcome = kind.removesuffix(".p7m"), outcome.removesuffix(".p7m")
            xml = self._receipt(kind.removesuffix("broken") or "RC", taken, outcome)
            if kind == "broken":
                xml = sdi.truncated(xml)
            name = sdi.receipt_name(taken.file_name, kind if kind != "broken" else "RC", number)
            data = sdi.p7m(xml) if signed else xml
            self.mailbox.deliver(sdi.pec_envelope(name + (".p7m" if signed else ""), data, self.assigned,
                                                  recipient=PEC_ADDRESS))

    def _receipt(self, kind: str, taken: Taken, outcome: str) -> bytes:
        if kind == "RC":
            return sdi.rc(taken.file_name, taken.sdi_id)
        if kind == "NS":
            return sdi.ns(taken.file_name, taken.sdi_id, received=utcnow().astimezone(sdi.WHEN.tzinfo))  # today:
            # the rejection's date starts the 5 days in which a corrected file may be sent
        if kind == "MC":
            return sdi.mc(taken.file_name, taken.sdi_id)
        if kind == "NE":
            number = taken.element("Numero")
            return sdi.ne(taken.file_name, taken.sdi_id, outcome or "EC01", invoice_number=number,
                          invoice_year=int(taken.element("Data")[:4]),
                          description="" if outcome != "EC02" else "Importo non corrispondente all'ordine")
        raise ValueError(f"no such answer: {kind}")


def received_to(server: Server) -> list[str]:
    """Every recipient of what the SMTP server received, in order."""
    return [to for received in server.messages for to in received.rcpt_tos]


__all__ = ["FakeSdi", "Received", "Taken", "received_to"]
