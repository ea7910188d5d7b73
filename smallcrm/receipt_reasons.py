"""Why a message read from the SdI's side was not used: a closed vocabulary like those of ``smallcrm.domain``
(imported from there; kept in its own module for length)."""

from __future__ import annotations

from enum import StrEnum


class ReceiptReason(StrEnum):
    """Why a message read from the SdI's side was not used, or what the PEC layer said of it: stored with the
    message (``einvoice_message.reason_code``) for the window to say in the user's language; "" when the action
    says it all or the SdI's own words follow."""

    EMPTY = "empty"
    DAMAGED = "damaged"  # MIME or XML the parsers tripped over
    NOT_XML = "not_xml"  # neither XML nor a signed file
    P7M_NOT_CMS = "p7m_not_cms"
    P7M_DETACHED = "p7m_detached"
    P7M_UNSUPPORTED = "p7m_unsupported"  # a digest, key or signer kind not checked here
    P7M_CHANGED = "p7m_changed"
    P7M_BAD_SIGNATURE = "p7m_bad_signature"
    P7M_NO_SIGNER = "p7m_no_signer"
    P7M_UNTRUSTED = "p7m_untrusted"
    CA_BUNDLE_INVALID = "ca_bundle_invalid"
    CA_BUNDLE_UNREADABLE = "ca_bundle_unreadable"
    XML_DAMAGED = "xml_damaged"
    XML_ENTITIES = "xml_entities"
    NOT_SDI_XML = "not_sdi_xml"
    NOT_MAIL = "not_mail"
    ORDINARY_MAIL = "ordinary_mail"
    PEC_NO_ORIGINAL = "pec_no_original"
    PEC_DATICERT_DAMAGED = "pec_daticert_damaged"
    PEC_WITHOUT_FILE = "pec_without_file"  # a PEC message from the SdI's side with no SdI file in it
    PEC_NOT_DELIVERED = "pec_not_delivered"  # the provider's words follow (``error``)
    STATUS_CONTRADICTS = "status_contradicts"  # ``current`` and ``status``: the file's status and the receipt's
