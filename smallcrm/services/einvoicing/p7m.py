"""Signed files (.p7m): the CMS SignedData envelope the SdI and the suppliers sign with (CAdES), unwrapped to the
file it holds.

The signature is checked only when a CA bundle is configured: the ``SMALLCRM_SDI_CA_BUNDLE`` environment variable
names a PEM file of the certificates trusted (e.g. the Agenzia's and the qualified CAs' list, exported), or a caller
hands the PEM bytes in. Then each signer's signature over the content is verified and its certificate must chain
(through the certificates the file carries) to one of the bundle's, valid today. Without a bundle the content is
taken as is: the receipts arrive inside a PEC message the provider already certified, and a wrong chain would
otherwise stop every receipt on a laptop whose CA list is out of date."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from smallcrm.domain import ReceiptReason as R
from smallcrm.services.einvoicing.unusable import Unusable

CA_BUNDLE_ENV = "SMALLCRM_SDI_CA_BUNDLE"


class NotSigned(Unusable):
    """Not a CMS signed file (or a damaged one): the message says what, in plain words."""


def configured_ca_bundle() -> bytes | None:
    """The PEM bundle ``SMALLCRM_SDI_CA_BUNDLE`` names, or None (no verification)."""
    path = os.environ.get(CA_BUNDLE_ENV, "").strip()
    return Path(path).read_bytes() if path else None


def _der(data: bytes) -> bytes:
    """The DER of a .p7m given as DER, as base64 text (some providers hand it over so) or as PEM."""
    stripped = data.strip()
    if stripped[:1] == b"\x30":
        return data
    if stripped.startswith(b"-----BEGIN"):
        stripped = b"".join(line for line in stripped.splitlines() if not line.startswith(b"-----"))
    try:
        return base64.b64decode(b"".join(stripped.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NotSigned("not a CMS signed file (neither DER nor base64)", R.P7M_NOT_CMS) from exc


def looks_signed(data: bytes) -> bool:
    """Whether ``data`` reads as a CMS SignedData (DER or base64), without raising."""
    try:
        unwrap(data, None)
    except NotSigned:
        return False
    return True


def unwrap(data: bytes, ca_bundle: bytes | None = None) -> bytes:
    """The file inside a .p7m; checked against ``ca_bundle`` (PEM) when one is given."""
    der = _der(data)
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise NotSigned(f"a CMS {info['content_type'].native}, not a signed file", R.P7M_NOT_CMS)
        signed = info["content"]
        content = signed["encap_content_info"]["content"].native
    except NotSigned:
        raise
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise NotSigned("not a CMS signed file", R.P7M_NOT_CMS) from exc
    if not isinstance(content, bytes):
        raise NotSigned("a signature without the file it signs (detached)", R.P7M_DETACHED)
    if ca_bundle:
        verify(signed, content, ca_bundle)
    return content


_HASHES = {"sha1": hashes.SHA1, "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}


def _check_signer(signer, content: bytes, certificate: x509.Certificate) -> None:
    algorithm = signer["digest_algorithm"]["algorithm"].native
    if algorithm not in _HASHES:
        raise NotSigned(f"a signature made with {algorithm}, which is not checked here", R.P7M_UNSUPPORTED)
    signed_data = content
    attributes = signer["signed_attrs"]
    if attributes.native is not None and len(attributes):
        digests = [a["values"][0].native for a in attributes if a["type"].native == "message_digest"]
        if not digests or digests[0] != hashlib.new(algorithm, content).digest():
            raise NotSigned("the signature does not match the file (it was changed after signing)", R.P7M_CHANGED)
        signed_data = b"\x31" + attributes.dump(force=True)[1:]  # signed as a SET, stored as [0] IMPLICIT
    signature = signer["signature"].native
    key = certificate.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, signed_data, padding.PKCS1v15(), _HASHES[algorithm]())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed_data, ec.ECDSA(_HASHES[algorithm]()))
        else:
            raise NotSigned("a signature with a key kind that is not checked here", R.P7M_UNSUPPORTED)
    except InvalidSignature as exc:
        raise NotSigned("the signature does not verify", R.P7M_BAD_SIGNATURE) from exc


def _chains(certificate: x509.Certificate, carried: list[x509.Certificate], trusted: list[x509.Certificate]) -> bool:
    now = datetime.now(UTC)
    current = certificate
    for _ in range(6):  # a signer, its intermediates, a root
        if not current.not_valid_before_utc <= now <= current.not_valid_after_utc:
            return False
        for anchor in trusted:
            if anchor == current:
                return True
            try:
                current.verify_directly_issued_by(anchor)
                return True
            except (ValueError, TypeError, InvalidSignature):
                continue
        issuers = [c for c in carried if c.subject == current.issuer and c != current]
        if not issuers:
            return False
        current = issuers[0]
    return False


def verify(signed: cms.SignedData, content: bytes, ca_bundle: bytes) -> None:
    """Each signer's signature verifies and its certificate chains to the bundle; NotSigned says what failed."""
    try:
        trusted = x509.load_pem_x509_certificates(ca_bundle)
    except ValueError as exc:
        raise NotSigned(f"the CA bundle is not a list of PEM certificates ({exc})", R.CA_BUNDLE_INVALID) from exc
    carried = [x509.load_der_x509_certificate(c.chosen.dump()) for c in (signed["certificates"] or [])
               if c.name == "certificate"]
    if not signed["signer_infos"]:
        raise NotSigned("a signed file without a signer", R.P7M_NO_SIGNER)
    for signer in signed["signer_infos"]:
        sid = signer["sid"]
        if sid.name != "issuer_and_serial_number":
            raise NotSigned("a signer named by key identifier, which is not checked here", R.P7M_UNSUPPORTED)
        serial = sid.chosen["serial_number"].native
        matching = [c for c in carried if c.serial_number == serial]
        if not matching:
            raise NotSigned("the signer's certificate is not in the file", R.P7M_NO_SIGNER)
        _check_signer(signer, content, matching[0])
        if not _chains(matching[0], carried, trusted):
            raise NotSigned("the signer's certificate is not issued by a trusted authority (or has expired)",
                            R.P7M_UNTRUSTED)
