"""How an e-invoice file reaches the SdI: a channel. The PEC mailbox (SMTP out, IMAP in, through the outbox) is the
first; a commercial intermediary's web API can be another, behind the same interface, without the files, their
statuses or the window knowing which one carried a file.

A channel is handed a file that may leave (``files.prepare_file`` made it, status to send, no problem found) and
its exact bytes (``files.file_xml``); it answers what it did. The caller then moves the file with
``files.set_status`` (sent), and the receipts, matched by ``files.find_file`` (the SdI names the file in every
receipt), move it on (delivered, not delivered, rejected, accepted, refused)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from smallcrm.services.einvoicing.files import EInvoiceFileView


@dataclass(frozen=True)
class Handover:
    """What a channel did with a file: ``queued`` (it waits in the outbox, e.g. offline) or handed over
    (``queued`` False); ``reference`` is the channel's own (the PEC message's Message-ID)."""

    queued: bool
    reference: str = ""


class EInvoiceChannel(Protocol):
    """A way to the SdI."""

    name: str  # "pec", as the settings and the file's history name it

    def send(self, file: EInvoiceFileView, xml: bytes) -> Handover:
        """Hand ``xml`` (the file's bytes, unchanged) to the SdI, or queue it to leave once: never twice."""
        ...
