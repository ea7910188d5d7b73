"""The one exception of the readers of the SdI's side (``p7m``, ``pec_envelope``, ``sdi_messages``): input that
cannot be used, with why in English (for the CLI and the log) and as a ``ReceiptReason`` (for the window, which
says it in the user's language)."""

from __future__ import annotations

from smallcrm.domain import ReceiptReason


class Unusable(ValueError):
    """A message or file that cannot be used; ``reason`` is what the incoming list keeps of why."""

    def __init__(self, message: str, reason: ReceiptReason) -> None:
        super().__init__(message)
        self.reason = reason
