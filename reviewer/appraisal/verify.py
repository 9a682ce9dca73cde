"""Checking a signed appraisal (or plan, kinds.py) PDF: is every signature intact, who signed in which
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
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import SigningCertificate

from ..messages import QT_TRANSLATE_NOOP
from ..pdf.appraisal_pdf import SIGNER_ROLES, signature_field_name
from .identities import holder_employee_id
from .kinds import APPRAISAL, DocumentKind
from .long_term import ValidationData, carried_validation_data, validation_revisions
from .roles import held_role_when_signed, holds_role
from .signing import document_of_pdf
from .structure import Foreign, foreign_parts, signature_boxes
from .timestamps import trusted_timestamp_certificates

ROLE_OF_FIELD = {signature_field_name(role): role for role in SIGNER_ROLES}


def _unreadable() -> tuple:
    """What reading a hostile or damaged file may raise (pyHanko does not wrap everything)."""
    from pyhanko.pdf_utils.misc import PdfReadError

    return PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError


class Trust(str, Enum):
    COMPANY_CA = "company_ca"  # issued by a CA whose certificate this database holds
    KNOWN = "known"  # the signer's own certificate is registered here
    SELF_SIGNED = "self_signed"  # signed by itself, not registered here
    UNKNOWN = "unknown"  # issued by someone this database does not know


class Changes(str, Enum):
    NONE = "none"  # the signature covers the whole file
    SIGNATURES = "signatures"  # only later signatures were added
    VALIDATION_DATA = "validation_data"  # only validation data for the long term (long_term.py) was added
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
    role_held: bool = False  # signed by someone who may sign in this field's role (reviewer.appraisal.roles)
    timestamped_at: datetime | None = None  # the time in the signature's RFC 3161 timestamp token (PAdES B-T)
    # The token is intact and made by a timestamp server HR named (timestamps.py); None: no timestamp.
    timestamp_valid: bool | None = None

    @property
    def trusted(self) -> bool:
        return self.trust in (Trust.COMPANY_CA, Trust.KNOWN)


@dataclass(frozen=True)
class DocumentCheck:
    path: Path
    signatures: list[SignatureCheck] = field(default_factory=list)
    appraisal_id: int | None = None
    version: int | None = None
    problem: str | None = None  # unreadable | bytes_after_end | no_signatures
    issued_here: bool = False  # every signature is one this database recorded
    superseded: bool = False  # a corrected version of this appraisal (a newer version of this plan) exists
    # Parts the program never writes (other fields, annotations, scripts, a moved signature field,
    # a signature out of order, bytes after the last signature), in whichever revision they appear.
    irregular: tuple[Foreign, ...] = ()
    kind: str = APPRAISAL.name  # what the file names itself: an appraisal or a plan (kinds.py)
    plan_id: int | None = None
    # The certificates and revocation data the file carries for the long term (PAdES B-LT), or None.
    validation_data: ValidationData | None = None

    @property
    def intact(self) -> bool:
        """Every signature's bytes are exactly what its signer signed."""
        return self.problem is None and bool(self.signatures) and all(s.intact for s in self.signatures)

    @property
    def changed_after_signing(self) -> bool:
        return any(s.changes in (Changes.CHANGED, Changes.FORBIDDEN) for s in self.signatures)

    @property
    def roles_held(self) -> bool:
        return all(s.role_held for s in self.signatures)

    @property
    def valid(self) -> bool:
        """The document this database issued, each signature intact and made by someone who holds
        its role, in the order manager → employee → HR, and after each signature nothing but the
        next one in its own field; nothing the program never writes, in any revision."""
        return (self.intact and not self.changed_after_signing and not self.irregular and self.roles_held
                and self.issued_here)


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
    if level == ModificationLevel.LTA_UPDATES:
        return Changes.VALIDATION_DATA
    if level in (ModificationLevel.NONE, ModificationLevel.FORM_FILLING):
        return Changes.SIGNATURES
    if level == ModificationLevel.ANNOTATIONS:
        return Changes.ANNOTATIONS
    return Changes.CHANGED


def _signer_name(certificate) -> str:
    subject = certificate.subject.native
    return str(subject.get("common_name") or certificate.subject.human_friendly)


def verify_pdf(session: Session, path: Path) -> DocumentCheck:
    """Everything a reader of the file needs to know about its signatures."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        return DocumentCheck(path, problem="unreadable")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = sorted(reader.embedded_signatures, key=lambda signature: signature.signed_revision)
    except _unreadable():
        return DocumentCheck(path, problem="bytes_after_end" if _readable_before_the_end(data) else "unreadable")
    named = document_of_pdf(reader)
    kind, version = (named[0], named[2]) if named else (APPRAISAL, None)
    ids = _ids(kind, named[1] if named else None)
    if not embedded:
        return DocumentCheck(path, **ids, problem="no_signatures", kind=kind.name)
    subject = kind.subject(session, named[1], version) if named else None
    context = ValidationContext(trust_roots=_trust_roots(session), allow_fetching=False, revocation_mode="soft-fail")
    timestamp_context = ValidationContext(trust_roots=trusted_timestamp_certificates(session), allow_fetching=False,
                                          revocation_mode="soft-fail")
    with _pyhanko_quiet():
        checks = [_check(session, signature, data, (context, timestamp_context), kind, subject, version)
                  for signature in embedded]
    irregular, changed_after = _revisions(reader, data, embedded)
    with _pyhanko_quiet():
        validation_data = carried_validation_data(reader, [signature.signer_cert for signature in embedded])
    checks = [replace(check, changes=Changes.FORBIDDEN if check.locks_document else Changes.CHANGED)
              if changed and check.changes not in (Changes.CHANGED, Changes.FORBIDDEN) else check
              for check, changed in zip(checks, changed_after)]
    issued = subject is not None and all(c.recorded for c in checks)
    return DocumentCheck(path, checks, **ids, version=version, issued_here=issued, irregular=tuple(irregular),
                         superseded=subject is not None and kind.superseded(subject, version), kind=kind.name,
                         validation_data=validation_data)


def _ids(kind: DocumentKind, ident: int | None) -> dict:
    return {"plan_id": ident} if kind.name == "plan" else {"appraisal_id": ident}


def _readable_before_the_end(data: bytes) -> bool:
    """Whether the file reads as a PDF once what follows one of its last end markers is cut
    off: then bytes were added after its end (pdfsig still reads such a file)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    at = len(data)
    for _attempt in range(5):
        at = data.rfind(b"%%EOF", 0, at)
        if at < 0:
            return False
        try:
            PdfFileReader(io.BytesIO(data[:at + 5] + b"\n"), strict=False).embedded_signatures
            return True
        except _unreadable():
            continue
    return False


def _expected_field(position: int) -> str | None:
    return signature_field_name(SIGNER_ROLES[position]) if position < len(SIGNER_ROLES) else None


def _revisions(reader, data: bytes, embedded: list) -> tuple[list[Foreign], list[bool]]:
    """What in the file the program never writes (in any revision), and per signature whether
    anything but the next signatures, each in its own field in order, came after it (revisions
    that only add validation data for the long term are allowed anywhere after the first)."""
    total = reader.total_revisions
    revisions = [signature.signed_revision for signature in embedded]
    with _pyhanko_quiet():
        validation_only = validation_revisions(reader, revisions)
    parts: list[set] = []
    boxes: list[dict] = []
    for revision in range(total):
        try:
            root = reader.get_historical_root(revision)
            parts.append(set(foreign_parts(root)))
            boxes.append(signature_boxes(root))
        except _unreadable():
            parts.append({Foreign("field", "?")})
            boxes.append({})
    irregular = sorted(set().union(*parts), key=lambda part: (part.code, part.name, part.page or 0))
    irregular += [Foreign("moved_field", name) for name in sorted(
        {name for later in boxes[1:] for name in set(later) | set(boxes[0])
         if later.get(name) != boxes[0].get(name)})]
    in_order = [signature.field_name == _expected_field(i) for i, signature in enumerate(embedded)]
    irregular += [Foreign("order", signature.field_name) for signature, ok in zip(embedded, in_order) if not ok]
    if revisions[0] != 1:
        irregular.append(Foreign("before_first", ""))
    appended = bool(data[_end_of_last_revision(reader, data, embedded[-1], total):].strip(b" \t\r\n\f\x00"))
    if appended or any(later not in validation_only for later in range(revisions[-1] + 1, total)):
        irregular.append(Foreign("appended", ""))
    changed_after = []
    for i, revision in enumerate(revisions):
        only_next_signatures = ([later for later in range(revision + 1, total) if later not in validation_only]
                                == revisions[i + 1:] and all(in_order[i + 1:]))
        unchanged = all(parts[later] == parts[revision] and boxes[later] == boxes[revision]
                        for later in range(revision + 1, total))
        changed_after.append(not (only_next_signatures and unchanged) or appended)
    return irregular, changed_after


def _end_of_last_revision(reader, data: bytes, last_signature, total: int) -> int:
    """Where the file's last revision ends: its last signature's when that is the last revision,
    else the end marker after the last revision's cross-reference data."""
    _, _, start, length = last_signature.byte_range
    if last_signature.signed_revision == total - 1:
        return start + length
    try:
        xref_end = reader.xrefs.get_xref_container_info(total - 1).end_location
    except _unreadable():
        return start + length
    marker = data.find(b"%%EOF", xref_end)
    return marker + len(b"%%EOF") if marker >= 0 else start + length


def _role_held(session, kind: DocumentKind, appraisal, version: int | None, role: str | None, record,
               fingerprint: str, trusted: bool) -> bool:
    """A signature recorded here in this role was checked when it was made: its signer must still
    be someone who could have held it then. Any other must be by an identity registered here
    whose holder holds the role today."""
    if appraisal is None or role is None:
        return False
    certificate = session.scalar(select(SigningCertificate).where(SigningCertificate.fingerprint == fingerprint))
    holder = holder_employee_id(session, certificate) if certificate is not None else None
    if record is not None and kind.record_is_of(record, appraisal, version) and record.role.value == role:
        signer = record.signer_employee_id if record.signer_employee_id is not None else holder
        return held_role_when_signed(session, appraisal, role, signer)
    return trusted and certificate is not None and holds_role(session, appraisal, role, holder)


def _check(session, signature, data: bytes, contexts, kind: DocumentKind, subject, version: int | None
           ) -> SignatureCheck:
    from pyhanko.sign.fields import MDPPerm
    from pyhanko.sign.validation import validate_pdf_signature

    certificate = signature.signer_cert
    fingerprint = _fingerprint(certificate)
    locked = signature.docmdp_level == MDPPerm.NO_CHANGES
    try:
        status = validate_pdf_signature(signature, *contexts)
    except Exception:  # noqa: BLE001 - a malformed signature is a broken signature, whatever pyHanko raised
        return SignatureCheck(signature.field_name, ROLE_OF_FIELD.get(signature.field_name),
                              _signer_name(certificate), signature.self_reported_timestamp, False, Trust.UNKNOWN,
                              Changes.CHANGED, False, fingerprint, locked)
    intact = bool(status.intact and status.valid)
    _, length1, start2, length2 = signature.byte_range
    revision_sha256 = hashlib.sha256(data[:start2 + length2]).hexdigest()
    records = kind.record_model
    record = session.scalar(select(records).where(
        records.document_sha256 == revision_sha256,
        records.certificate_sha256 == fingerprint).limit(1)) if intact else None
    reason = signature.sig_object.get("/Reason")
    role = ROLE_OF_FIELD.get(signature.field_name)
    trust = _trust(status, certificate, fingerprint) if intact else Trust.UNKNOWN
    return SignatureCheck(
        signature.field_name, role, _signer_name(certificate),
        status.signer_reported_dt or signature.self_reported_timestamp, intact,
        trust, _changes(status, locked), record is not None,
        fingerprint, locked, str(reason) if reason is not None else None,
        role_held=intact and _role_held(session, kind, subject, version, role, record, fingerprint,
                                        trust in (Trust.COMPANY_CA, Trust.KNOWN)),
        **_timestamp(status))


def _timestamp(status) -> dict:
    """When the signature's timestamp token says it was made, and whether the token is intact and
    issued by a timestamp server this data set trusts."""
    token = status.timestamp_validity
    if token is None:
        return {}
    return {"timestamped_at": token.timestamp, "timestamp_valid": bool(token.intact and token.valid and token.trusted)}


def verify_pdfs(session: Session, paths: list[Path], progress=None) -> list[DocumentCheck]:
    """verify_pdf for each file, reporting progress."""
    checks = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress.step(done / len(paths), QT_TRANSLATE_NOOP("progress", "Checking signatures"))
        checks.append(verify_pdf(session, Path(path)))
    return checks
