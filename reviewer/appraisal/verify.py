"""Checking a signed appraisal PDF: is every signature intact, who signed in which
role and when, is the signer's certificate one this database trusts, was anything
changed after each signature, and did this database issue the document at all.

pyHanko does the cryptography and the revision-by-revision difference analysis;
this module turns its findings into facts an HR person can act on
(`verdicts.py` words them).
"""
from __future__ import annotations

import hashlib
import io
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, SignatureRecord, SigningCertificate

from ..messages import QT_TRANSLATE_NOOP
from ..pdf.appraisal_pdf import SIGNER_ROLES, signature_field_name
from .signing import appraisal_of_pdf

ROLE_OF_FIELD = {signature_field_name(role): role for role in SIGNER_ROLES}


class Trust(str, Enum):
    COMPANY_CA = "company_ca"  # issued by a CA whose certificate this database holds
    KNOWN = "known"  # the signer's own certificate is registered here
    SELF_SIGNED = "self_signed"  # signed by itself, not registered here
    UNKNOWN = "unknown"  # issued by someone this database does not know


class Changes(str, Enum):
    NONE = "none"  # the signature covers the whole file
    SIGNATURES = "signatures"  # only later signatures were added
    ANNOTATIONS = "annotations"  # comments or markup were added
    CHANGED = "changed"  # content was edited after signing
    FORBIDDEN = "forbidden"  # edits after a signature that locked the document


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    role: str | None
    signer: str
    signed_at: datetime | None
    intact: bool
    trust: Trust
    changes: Changes
    recorded: bool  # this database holds a record of exactly this signed revision
    certificate_sha256: str
    locks_document: bool
    reason: str | None = None

    @property
    def trusted(self) -> bool:
        return self.trust in (Trust.COMPANY_CA, Trust.KNOWN)


@dataclass(frozen=True)
class DocumentCheck:
    path: Path
    signatures: list[SignatureCheck] = field(default_factory=list)
    appraisal_id: int | None = None
    version: int | None = None
    problem: str | None = None  # unreadable | no_signatures
    issued_here: bool = False  # every signature is one this database recorded
    superseded: bool = False  # a corrected version of this appraisal exists

    @property
    def intact(self) -> bool:
        """Every signature's bytes are exactly what its signer signed."""
        return self.problem is None and bool(self.signatures) and all(s.intact for s in self.signatures)

    @property
    def changed_after_signing(self) -> bool:
        return any(s.changes in (Changes.CHANGED, Changes.FORBIDDEN) for s in self.signatures)

    @property
    def valid(self) -> bool:
        """Intact, and nothing was changed after a signature beyond what it allows (the next
        signatures, or one in a field of its own before HR's signature locks the document)."""
        return self.intact and not self.changed_after_signing


@contextmanager
def _pyhanko_quiet():
    """pyHanko logs every failed difference analysis with its traceback (on stderr when nobody
    configured logging); the verdict already says in words that the document was changed."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    before = [(logger.propagate, logger.handlers[:]) for logger in loggers]
    for logger in loggers:
        logger.propagate = False
        logger.handlers = [logging.NullHandler()]
    try:
        yield
    finally:
        for logger, (propagate, handlers) in zip(loggers, before):
            logger.propagate, logger.handlers = propagate, handlers


def _fingerprint(certificate) -> str:
    return hashlib.sha256(certificate.dump()).hexdigest()


def _trust_roots(session: Session) -> list:
    from asn1crypto import x509

    records = {r.fingerprint: r for r in session.scalars(select(SigningCertificate))}
    # An identity its CA issued is trusted through the CA, so that the report can say so;
    # self-signed and imported certificates are anchors of their own.
    anchors = [r for r in records.values() if r.is_ca or r.issuer_fingerprint not in records]
    return [x509.Certificate.load(r.der) for r in anchors]


def _trust(status, certificate, fingerprint: str) -> Trust:
    """Every certificate this database holds is a trust root: its CA for the
    identities it issued, and the certificates registered here one by one."""
    path = status.validation_path
    if status.trusted and path is not None:
        anchor = getattr(path.trust_anchor, "certificate", None)
        return Trust.KNOWN if anchor is not None and _fingerprint(anchor) == fingerprint else Trust.COMPANY_CA
    if certificate.self_signed in ("maybe", "yes"):
        return Trust.SELF_SIGNED
    return Trust.UNKNOWN


def _changes(status, locked: bool) -> Changes:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return Changes.NONE
    level = status.modification_level
    if status.docmdp_ok is False or (locked and level not in (None, ModificationLevel.NONE,
                                                                ModificationLevel.LTA_UPDATES)):
        return Changes.FORBIDDEN
    if level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING):
        return Changes.SIGNATURES
    if level == ModificationLevel.ANNOTATIONS:
        return Changes.ANNOTATIONS
    return Changes.CHANGED


def _signer_name(certificate) -> str:
    subject = certificate.subject.native
    return str(subject.get("common_name") or certificate.subject.human_friendly)


def verify_pdf(session: Session, path: Path) -> DocumentCheck:
    """Everything a reader of the file needs to know about its signatures."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    path = Path(path)
    try:
        data = path.read_bytes()
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (OSError, PdfReadError, ValueError, KeyError, TypeError, IndexError):
        return DocumentCheck(path, problem="unreadable")
    named = appraisal_of_pdf(reader)
    if not embedded:
        return DocumentCheck(path, appraisal_id=named[0] if named else None, problem="no_signatures")
    context = ValidationContext(trust_roots=_trust_roots(session), allow_fetching=False, revocation_mode="soft-fail")
    with _pyhanko_quiet():
        checks = [_check(session, signature, data, context) for signature in embedded]
    appraisal = session.get(Appraisal, named[0]) if named else None
    issued = appraisal is not None and appraisal.version == named[1] and all(c.recorded for c in checks)
    return DocumentCheck(path, checks, named[0] if named else None, named[1] if named else None,
                         issued_here=issued,
                         superseded=appraisal is not None and appraisal.state == AppraisalState.SUPERSEDED)


def _check(session, signature, data: bytes, context) -> SignatureCheck:
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.sign.validation import validate_pdf_signature

    certificate = signature.signer_cert
    fingerprint = _fingerprint(certificate)
    locked = signature.docmdp_level == MDPPerm.NO_CHANGES
    try:
        status = validate_pdf_signature(signature, context)
    except Exception:  # noqa: BLE001 - a malformed signature is a broken signature, whatever pyHanko raised
        return SignatureCheck(signature.field_name, ROLE_OF_FIELD.get(signature.field_name),
                              _signer_name(certificate), signature.self_reported_timestamp, False, Trust.UNKNOWN,
                              Changes.CHANGED, False, fingerprint, locked)
    intact = bool(status.intact and status.valid)
    _, length1, start2, length2 = signature.byte_range
    revision_sha256 = hashlib.sha256(data[:start2 + length2]).hexdigest()
    recorded = intact and session.scalar(select(SignatureRecord.id).where(
        SignatureRecord.document_sha256 == revision_sha256,
        SignatureRecord.certificate_sha256 == fingerprint)) is not None
    reason = signature.sig_object.get("/Reason")
    return SignatureCheck(
        signature.field_name, ROLE_OF_FIELD.get(signature.field_name), _signer_name(certificate),
        status.signer_reported_dt or signature.self_reported_timestamp, intact,
        _trust(status, certificate, fingerprint) if intact else Trust.UNKNOWN, _changes(status, locked), recorded,
        fingerprint, locked, str(reason) if reason is not None else None)


def verify_pdfs(session: Session, paths: list[Path], progress=None) -> list[DocumentCheck]:
    """verify_pdf for each file, reporting progress."""
    checks = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress.step(done / len(paths), QT_TRANSLATE_NOOP("progress", "Checking signatures"))
        checks.append(verify_pdf(session, Path(path)))
    return checks
