"""An invoice's e-invoice as the user sees and saves it (the window's preview and "Save as…", ``smallcrm invoices
xml``): the file it has, or the one it would have."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.db.einvoice_models import EInvoiceFile
from smallcrm.domain import EInvoiceStatus, stored
from smallcrm.errors import StorageError, ValidationError
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.incoming import Correction, books_only, correction
from smallcrm.services.einvoicing.reading import invoice_xml
from smallcrm.services.einvoicing.source import EInvoiceOptions

PROVISIONAL = "00000"  # the progressive of a preview: a file gets its own when it is made
_STATUS = stored(EInvoiceStatus)


@dataclass(frozen=True)
class EInvoiceOutput:
    """An e-invoice's bytes and what is known of it: its file name and status (``status`` None and
    ``file_name`` "" for a preview of a file not made yet), and the local checks' problems (checked only while the
    file may still leave: a sent file is what it was). ``rejected``: the previous file's name when the SdI rejected
    it (the preview is then the corrected file the invoice would get)."""

    xml: bytes
    file_name: str
    status: EInvoiceStatus | None
    problems: tuple[ValidationError, ...]
    path: str = ""  # where it was saved
    rejected: str = ""
    correction: Correction | None = None  # after a rejection: the way out the rules allow
    books_only: bool = False  # a credit note whose invoice the SdI rejected: not to be sent (incoming.books_only)

    @property
    def checked(self) -> bool:
        """The local checks ran on it: a file not sent yet (a preview, or one waiting to leave)."""
        return self.status in (None, EInvoiceStatus.TO_SEND)


def current_einvoice(invoice_id: int) -> EInvoiceOutput:
    """The invoice's last file (as kept), or the file it would get now (not stored: a preview). After a rejection,
    the corrected file it would get while the rules allow one and it can work; otherwise the rejected file as it
    was (with the way out: a credit note and a new invoice)."""
    latest = (EInvoiceFile.select().where(EInvoiceFile.invoice == invoice_id).order_by(EInvoiceFile.id.desc())
              .first())
    fix = correction(invoice_id) if latest is not None and _STATUS(latest.status) == EInvoiceStatus.REJECTED \
        else None
    if latest is not None and (fix is None or not fix.resend):
        xml = bytes(latest.xml)
        status = _STATUS(latest.status)
        return EInvoiceOutput(xml, latest.file_name, status, check_xml(xml) if status == EInvoiceStatus.TO_SEND
                              else (), correction=fix, books_only=books_only(invoice_id) is not None)
    xml = invoice_xml(invoice_id, PROVISIONAL)
    return EInvoiceOutput(xml, "", None, check_xml(xml), rejected=latest.file_name if latest is not None else "",
                          correction=fix, books_only=books_only(invoice_id) is not None)


def save_einvoice(db: Database, invoice_id: int, target: Path, options: EInvoiceOptions | None = None
                  ) -> tuple[EInvoiceOutput, Changes]:
    """Write the invoice's e-invoice to ``target`` (a folder gets the official file name): its file made (or
    rebuilt while it waits, with ``options`` when given) and kept with it, or, once sent, the file as it was sent.
    The problems the local checks found come back with it: such a file is kept to be corrected, and must not be
    sent."""
    latest = current_einvoice(invoice_id)
    changes = Changes()
    if latest.status in (None, EInvoiceStatus.TO_SEND) or options is not None:
        made, changes = files.prepare_file(db, invoice_id, options)
        latest = EInvoiceOutput(files.file_xml(made.id), made.file_name, made.status, made.problems)
    path = target / latest.file_name if target.is_dir() else target
    try:
        path.write_bytes(latest.xml)
    except OSError as exc:
        raise StorageError(f"Cannot write {path}: {exc.strerror or exc}", path=str(path)) from exc
    return EInvoiceOutput(latest.xml, latest.file_name, latest.status, latest.problems, str(path)), changes
