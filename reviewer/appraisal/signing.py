"""Signing an appraisal or plan PDF (kinds.py): a standard PDF signature (PAdES B-B)
per signer, in the order manager → employee → HR, each an incremental update that
fills the signer's empty signature field with a visible stamp (name, role, time).

The stamp is drawn by reportlab, whose CJK font is already loaded and subset in
milliseconds, and handed to pyHanko as a static appearance: pyHanko's own text
stamp would subset the 4.6 MB font again for every signature (~0.4 s).
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent, Employee, SignerRole, SigningCertificate

from ..access import require_reviewable, require_writer
from ..database.locking import get_for_update
from ..errors import NotFound, StageBlocked, ValidationError
from ..io.files import write_whole
from ..messages import Term
from ..pdf.appraisal_pdf import SIGNATURE_BOX, SIGNER_ROLES, signature_field_name
from .identities import Identity, holder_employee_id, identities_dir
from .kinds import APPRAISAL, DocumentKind, kind_of, named_in
from .long_term import Extension

APPRAISAL_KEYWORDS = APPRAISAL.keywords


@dataclass(frozen=True)
class SignedRevision:
    role: str
    signer: str
    signed_at: datetime
    certificate_sha256: str
    document_sha256: str
    extension: Extension | None = None  # the validation data embedded after it (long_term.py), if asked


def document_of_pdf(reader) -> tuple[DocumentKind, int, int] | None:
    """(kind, id, version) a document of this program names in its keywords;
    ``reader`` is a pyHanko PdfFileReader (the one that signs or verifies the file)."""
    try:
        keywords = reader.trailer["/Info"].get("/Keywords") or ""
    except (KeyError, TypeError, ValueError):  # no document information: it names nothing
        return None
    return named_in(str(keywords))


def appraisal_of_pdf(reader) -> tuple[int, int] | None:
    """(appraisal id, version) an appraisal document of this program names in its keywords."""
    named = document_of_pdf(reader)
    return (named[1], named[2]) if named is not None and named[0] is APPRAISAL else None


def _stamp_pdf(holder: str, role: str, when: datetime, language: str, note: str | None,
               kind: DocumentKind = APPRAISAL) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from ..pdf.fonts import register_page_font

    font = register_page_font()
    width, height = SIGNATURE_BOX
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=font)
    canvas.setFillColorRGB(0.12, 0.16, 0.22)
    canvas.setFont(font, 15)
    canvas.drawString(8, height - 24, holder)
    canvas.setFont(font, 8.5)
    canvas.setFillColorRGB(0.3, 0.33, 0.38)
    canvas.drawString(8, height - 40, kind.label(f"role.{role}", language) + (f" · {note}" if note else ""))
    canvas.drawString(8, height - 53, when.astimezone().strftime("%Y-%m-%d %H:%M %Z"))
    canvas.setFont(font, 7)
    canvas.drawString(8, 8, kind.label("digitally_signed", language))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stamp_style(pdf: bytes):
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.stamp import StaticStampStyle

    class _InMemoryPage(ImportedPdfPage):
        """pyHanko imports stamp pages from a file name; this one is in memory."""

        def __init__(self, data: bytes):
            super().__init__(file_name=None)
            self.data = data

        def render(self) -> bytes:
            import binascii
            import uuid

            from pyhanko.pdf_utils.layout import BoxConstraints
            from pyhanko.pdf_utils.reader import PdfFileReader

            xobject = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name + b" Do"

    return StaticStampStyle(background=_InMemoryPage(pdf), background_opacity=1, border_width=0)


def _signed_roles(session: Session, subject, version: int) -> list[str]:
    kind = kind_of(subject)
    return [r.value for r in session.scalars(select(kind.record_model.role).where(
        *kind.records_of(subject, version)).order_by(kind.record_model.signed_at))]


def _next_role(signed: list[str]) -> str | None:
    return next((r for r in SIGNER_ROLES if r not in signed), None)


@dataclass(frozen=True)
class SigningState:
    document_id: int  # the appraisal's or the plan's id (kind)
    employee_name: str
    version: int
    signed_roles: list[str]
    next_role: str | None  # None: every signer has signed
    signers: tuple[Identity, ...] = ()  # the identities that may sign next (roles.identities_for_role)
    kind: str = APPRAISAL.name

    @property
    def appraisal_id(self) -> int:
        return self.document_id


def _subject_named_by(session: Session, reader, kind: DocumentKind) -> tuple[object, int]:
    """The row of ``kind`` the file names, and the version it shows."""
    named = document_of_pdf(reader)
    subject = named[0].subject(session, named[1], named[2]) if named and named[0] is kind else None
    if subject is None:
        raise ValidationError.coded(kind.code("not_an_appraisal_pdf"))
    return subject, named[2]


def _appraisal_named_by(session: Session, reader):
    return _subject_named_by(session, reader, APPRAISAL)[0]


def signing_state(session: Session, path: Path, kind: DocumentKind = APPRAISAL) -> SigningState:
    """Whose signature an appraisal (or plan) PDF waits for (shown before anyone types a password)."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(Path(path).read_bytes()), strict=False)
    except (OSError, PdfReadError, ValueError) as error:
        raise ValidationError.coded(kind.code("not_an_appraisal_pdf")) from error
    from .roles import identities_for_role

    subject, version = _subject_named_by(session, reader, kind)
    done = _signed_roles(session, subject, version)
    expected = None if kind.superseded(subject, version) else _next_role(done)
    return SigningState(subject.id, session.get(Employee, subject.employee_id).name, version, done,
                        expected, tuple(identities_for_role(session, subject, expected)), kind.name)


def _check_document_is_ours(session: Session, appraisal, pdf: bytes, reader, version: int | None = None) -> None:
    """The file to sign is the program's document for this appraisal (or plan) version: sealed by this
    database when nobody has signed yet, else exactly the file the last recorded signature
    produced; and it holds nothing but the program's three signature fields."""
    from .long_term import is_recorded_with_validation_data
    from .seal import DocumentSeal
    from .structure import foreign_parts

    kind = kind_of(appraisal)
    version = appraisal.version if version is None else version
    try:
        foreign = foreign_parts(reader.root)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError.coded(kind.code("not_an_appraisal_pdf")) from error
    if foreign:
        raise ValidationError.coded(kind.code("signing_foreign_parts"), parts=", ".join(
            sorted({f"{part.name} (page {part.page})" if part.page else part.name for part in foreign})))
    records = kind.record_model
    last = session.scalar(select(records).where(*kind.records_of(appraisal, version))
                          .order_by(records.signed_at.desc(), records.id.desc()).limit(1))
    if last is None:
        if not DocumentSeal.load(session).holds(pdf):
            raise ValidationError.coded(kind.code("signing_not_issued"), version=version)
    elif not is_recorded_with_validation_data(reader, pdf, last.document_sha256):
        raise ValidationError.coded("signing_not_latest", role=Term("signer_role", last.role))


def check_may_sign(session: Session, appraisal, role: str) -> None:
    """Refuse a signature the acting user may not add to this appraisal (or plan) in the role."""
    # Acknowledging one's own appraisal is the employee's act; every other signature
    # is on someone the acting user reviews.
    if not (role == SignerRole.EMPLOYEE.value and require_writer(session).employee_id == appraisal.employee_id):
        require_reviewable(session, appraisal.employee_id, change=True)


def refuse_a_role_signed(session: Session, appraisal, role: str, version: int | None = None) -> None:
    """Refuse a second signature in a role (e.g. two programs signing as the manager at
    once), naming who signed in it."""
    kind = kind_of(appraisal)
    version = appraisal.version if version is None else version
    signer = session.scalar(select(kind.record_model.signer_name).where(
        *kind.records_of(appraisal, version), kind.record_model.role == SignerRole(role)))
    if signer is not None:
        raise StageBlocked.coded(kind.code("signing_role_done"), name=session.get(Employee, appraisal.employee_id).name,
                                 role=Term("signer_role", role), signer=signer)


def check_role_holder(session: Session, appraisal, role: str, record: SigningCertificate) -> None:
    """Refuse, naming the role's holder, an identity whose holder may not sign in the role
    (the rule is roles.identity_holds_role)."""
    from .roles import identity_holds_role

    if identity_holds_role(session, appraisal, role, record):
        return
    kind = kind_of(appraisal)
    subject = session.get(Employee, appraisal.employee_id)
    manager_id = kind.manager_id(session, appraisal)
    manager = session.get(Employee, manager_id) if manager_id else None
    code = {"manager": "signing_not_the_manager", "employee": "signing_not_the_employee", "hr": "signing_not_the_hr"}
    raise ValidationError.coded(kind.code(code[role]), identity=record.holder_name, name=subject.name,
                                manager=manager.name if manager else "-")


def load_signer(key_file: str, password: str):
    """The signer of a PKCS#12 file, or None when the password does not open it."""
    from pyhanko.sign import signers

    try:
        return signers.SimpleSigner.load_pkcs12(key_file, passphrase=password.encode("utf-8"))
    except (OSError, ValueError):
        return None


def open_signer(record: SigningCertificate, password: str):
    if record.key_file is None:
        raise NotFound.coded("identity_unknown", id=record.id)
    signer = load_signer(str(identities_dir() / record.key_file), password)
    if signer is None:
        raise ValidationError.coded("identity_wrong_password")
    return signer


def sign_bytes(pdf: bytes, role: str, signer, holder: str, when: datetime, language: str,
               disagrees: bool = False, comment: str | None = None, kind: DocumentKind = APPRAISAL,
               timestamp_url: str | None = None) -> bytes:
    """The PDF with the signer's signature added as one incremental update (no database involved:
    batch workers call this too); with ``timestamp_url`` it carries that server's timestamp
    (PAdES B-T), or nothing is signed when the server gives none."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError

    from .timestamps import refuse_unreachable, timestamper_for

    label = kind.label
    note = label("disagree", language) if disagrees else label("acknowledged", language) if role == "employee" else None
    reason = " — ".join(filter(None, [label(f"reason.{role}", language), note, comment]))
    metadata = signers.PdfSignatureMetadata(
        field_name=signature_field_name(role), md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason, name=holder,
        # HR's field carries a /Lock with "no changes"; asking for the same keeps pyHanko from warning.
        docmdp_permissions=fields.MDPPerm.NO_CHANGES if role == SIGNER_ROLES[-1] else fields.MDPPerm.FILL_FORMS)
    pdf_signer = signers.PdfSigner(metadata, signer=signer, timestamper=timestamper_for(timestamp_url),
                                   stamp_style=_stamp_style(_stamp_pdf(holder, role, when, language, note, kind)))
    output = io.BytesIO()
    try:
        pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=output)
    except (OSError, SigningError) as error:
        if timestamp_url is None:
            raise
        # The promise was a timestamped signature: without the timestamp there is none.
        raise refuse_unreachable(timestamp_url, error) from None
    return output.getvalue()


def record_signature(session: Session, appraisal, role: str, record: SigningCertificate, when: datetime,
                     document_sha256: str, disagrees: bool = False, comment: str | None = None,
                     version: int | None = None) -> SignedRevision:
    kind = kind_of(appraisal)
    version = appraisal.version if version is None else version
    revision = SignedRevision(role, record.holder_name, when, record.fingerprint, document_sha256)
    session.add(kind.new_record(
        appraisal, version, signer_employee_id=holder_employee_id(session, record),
        signer_name=record.holder_name,
        role=SignerRole(role), signed_at=when.replace(tzinfo=None), certificate_sha256=record.fingerprint,
        document_sha256=revision.document_sha256, disagrees=disagrees, comment=comment))
    kind.signed(session, appraisal, role, version, disagrees=disagrees, comment=comment, when=when)
    session.add(AuditEvent(action=f"{kind.name}.signed", entity_type=kind.model.__tablename__, entity_id=appraisal.id,
                           details={"role": role, "certificate": record.fingerprint, "version": version,
                                    "document_sha256": revision.document_sha256, "disagrees": disagrees}))
    return revision


def sign_appraisal(session: Session, path: Path, role: str, identity_id: int, password: str,
                   disagrees: bool = False, comment: str | None = None, language: str = "en") -> SignedRevision:
    """Add the signer's signature to the appraisal PDF at path (replaced whole) and record it."""
    return sign_document(session, path, role, identity_id, password, disagrees, comment, language, APPRAISAL)


def sign_document(session: Session, path: Path, role: str, identity_id: int, password: str,
                  disagrees: bool = False, comment: str | None = None, language: str = "en",
                  kind: DocumentKind = APPRAISAL) -> SignedRevision:
    """Add the signer's signature to the PDF of ``kind`` at path (replaced whole) and record it."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if role not in SIGNER_ROLES:
        raise ValidationError.coded("role_unknown", role=role)
    def read() -> tuple[bytes, object, object, int]:
        pdf = Path(path).read_bytes()
        try:
            reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as error:
            raise ValidationError.coded(kind.code("not_an_appraisal_pdf")) from error
        return (pdf, reader, *_subject_named_by(session, reader, kind))

    original, reader, subject, version = read()
    # One signer of a document at a time: a second program signing it meanwhile is waited
    # for, and the file and signatures are read again after it, so its signature is seen.
    get_for_update(session, kind.model, subject.id)
    if Path(path).read_bytes() != original:
        original, reader, subject, version = read()
    check_may_sign(session, subject, role)
    refusal = kind.refusal(subject, version)
    if refusal is not None:
        raise StageBlocked.coded(refusal, version=version)
    refuse_a_role_signed(session, subject, role, version)
    expected = _next_role(_signed_roles(session, subject, version))
    if role != expected:
        raise StageBlocked.coded("signing_order", role=Term("signer_role", role),
                                 expected=Term("signer_role", expected or "-"))
    if disagrees and role != SignerRole.EMPLOYEE.value:
        raise ValidationError.coded("only_employee_disagrees")
    comment = (comment or "").strip() or None
    record = session.get(SigningCertificate, identity_id)
    if record is None or record.key_file is None:
        raise NotFound.coded("identity_unknown", id=identity_id)
    _check_document_is_ours(session, subject, original, reader, version)
    signer = open_signer(record, password)
    check_role_holder(session, subject, role, record)
    now = datetime.now(timezone.utc)
    from .timestamps import timestamp_server_url

    signed = sign_bytes(original, role, signer, record.holder_name, now, language, disagrees, comment, kind,
                        timestamp_server_url(session))
    revision = record_signature(session, subject, role, record, now, hashlib.sha256(signed).hexdigest(),
                                disagrees, comment, version)
    session.flush()
    written, extension = signed, None
    from .long_term import embed_validation_data, embeds_on_signing, roots_trusted_here

    if embeds_on_signing(session):
        # The record keeps the signed revision's digest: the extension is one more revision after it.
        written, extension = embed_validation_data(signed, *roots_trusted_here(session))
    write_whole(Path(path), written)
    return replace(revision, extension=extension) if extension is not None else revision
