"""Signing identities: a key pair and an X.509 certificate per signer, kept in a
password-protected PKCS#12 file in the data folder.

HR can create a company CA in the program; identities it issues chain to it, so
the CA is the trust anchor when documents are verified. An identity may also be
self-signed, or imported from a PKCS#12 file issued elsewhere. Passwords are only
ever used to open or write the PKCS#12 files; nothing stores them.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.location import data_dir
from db.models import AuditEvent, Employee, SigningCertificate

from ..access import require_hr
from ..errors import NotFound, ValidationError
from ..io.files import write_whole
from ..text import refuse_hidden_characters

KEY_BITS = 2048  # RSA: what every PDF reader verifies
PERSON_YEARS, CA_YEARS = 3, 10
MIN_PASSWORD = 8


@dataclass(frozen=True)
class Identity:
    id: int
    holder_name: str
    fingerprint: str
    is_ca: bool
    issued_by_ca: bool
    key_file: Path | None
    not_after: datetime

    @property
    def can_sign(self) -> bool:
        """Whether appraisals can be signed with it: a person's identity whose key
        this database keeps (a CA only issues identities)."""
        return not self.is_ca and self.key_file is not None


def identities_dir() -> Path:
    return data_dir() / "identities"


def fingerprint_of(certificate: x509.Certificate) -> str:
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def _check_password(password: str) -> bytes:
    if len(password) < MIN_PASSWORD:
        raise ValidationError.coded("password_too_short", limit=MIN_PASSWORD)
    return password.encode("utf-8")


def _name(common_name: str, organisation: str | None, email: str | None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(parts)


def _certificate(subject: x509.Name, key, issuer_name: x509.Name, issuer_key, years: int, is_ca: bool,
                 issuer_certificate: x509.Certificate | None = None) -> x509.Certificate:
    now = datetime.now(timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
               .not_valid_after(now + timedelta(days=365 * years))
               .add_extension(x509.BasicConstraints(ca=is_ca, path_length=0 if is_ca else None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if is_ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                                         critical=False)
    if issuer_certificate is not None:
        builder = builder.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            issuer_certificate.public_key()), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _store(session: Session, holder: str, key, certificate: x509.Certificate, password: bytes, is_ca: bool,
           employee_id: int | None, chain: list[x509.Certificate], issuer_fingerprint: str | None) -> Identity:
    fingerprint = fingerprint_of(certificate)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", holder).strip("-")[:30] or "identity"
    key_file = identities_dir() / f"{slug}-{fingerprint[:12]}.p12"
    write_whole(key_file, pkcs12.serialize_key_and_certificates(
        holder.encode("utf-8"), key, certificate, chain or None, serialization.BestAvailableEncryption(password)),
        private=True)
    record = SigningCertificate(
        fingerprint=fingerprint, subject=certificate.subject.rfc4514_string()[:300], holder_name=holder[:100],
        employee_id=employee_id, is_ca=is_ca, issuer_fingerprint=issuer_fingerprint,
        der=certificate.public_bytes(serialization.Encoding.DER), key_file=key_file.name,
        not_after=certificate.not_valid_after_utc.replace(tzinfo=None))
    session.add(record)
    session.flush()
    session.add(AuditEvent(action="identity.created", entity_type="signing_certificates", entity_id=record.id,
                           details={"holder": holder, "fingerprint": fingerprint, "ca": is_ca}))
    return _identity(record)


def _identity(record: SigningCertificate) -> Identity:
    return Identity(record.id, record.holder_name, record.fingerprint, record.is_ca,
                    record.issuer_fingerprint is not None, identities_dir() / record.key_file if record.key_file else None,
                    record.not_after)


def company_ca(session: Session) -> SigningCertificate | None:
    return session.scalar(select(SigningCertificate).where(SigningCertificate.is_ca.is_(True),
                                                           SigningCertificate.key_file.is_not(None))
                          .order_by(SigningCertificate.created_at.desc()).limit(1))


def create_company_ca(session: Session, organisation: str, password: str) -> Identity:
    """HR's certificate authority: the trust anchor for identities it issues. HR only,
    checked before any key file is written."""
    require_hr(session)
    refuse_hidden_characters("name", organisation)
    secret = _check_password(password)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    name = _name(f"{organisation} Appraisal CA", organisation, None)
    certificate = _certificate(name, key, name, key, CA_YEARS, True)
    return _store(session, f"{organisation} CA", key, certificate, secret, True, None, [], None)


def create_identity(session: Session, holder: str, password: str, employee_id: int | None = None,
                    ca_password: str | None = None) -> Identity:
    """A personal signing identity; issued by the company CA when its password is given, else self-signed.
    HR only: an identity decides whose signature a document carries."""
    require_hr(session)
    holder = holder.strip()
    if not holder:
        raise ValidationError.coded("identity_needs_name")
    refuse_hidden_characters("name", holder)
    secret = _check_password(password)
    email = None
    if employee_id is not None:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFound.coded("employee_unknown_id", id=employee_id)
        email = employee.email
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    if ca_password is None:
        name = _name(holder, None, email)
        certificate = _certificate(name, key, name, key, PERSON_YEARS, False)
        return _store(session, holder, key, certificate, secret, False, employee_id, [], None)
    ca_record = company_ca(session)
    if ca_record is None:
        raise NotFound.coded("no_company_ca")
    ca_key, ca_certificate = _open_p12(identities_dir() / ca_record.key_file, ca_password)
    organisation = ca_certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    name = _name(holder, organisation[0].value if organisation else None, email)
    certificate = _certificate(name, key, ca_certificate.subject, ca_key, PERSON_YEARS, False, ca_certificate)
    return _store(session, holder, key, certificate, secret, False, employee_id, [ca_certificate],
                  ca_record.fingerprint)


def _open_p12(path: Path, password: str):
    try:
        data = path.read_bytes()
    except OSError as error:
        raise NotFound.coded("identity_file_missing", path=str(path)) from error
    try:
        key, certificate, _chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as error:
        raise ValidationError.coded("identity_wrong_password") from error
    if key is None or certificate is None:
        raise ValidationError.coded("identity_without_key")
    return key, certificate


def import_identity(session: Session, source: Path, password: str, employee_id: int | None = None) -> Identity:
    """Register a PKCS#12 issued elsewhere; it is copied into the identities folder. HR only."""
    require_hr(session)
    key, certificate = _open_p12(Path(source), password)
    fingerprint = fingerprint_of(certificate)
    if session.scalar(select(SigningCertificate.id).where(SigningCertificate.fingerprint == fingerprint)):
        raise ValidationError.coded("identity_known", fingerprint=fingerprint[:16])
    _key, _cert, chain = pkcs12.load_key_and_certificates(Path(source).read_bytes(), password.encode("utf-8"))
    common = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    holder = common[0].value if common else certificate.subject.rfc4514_string()
    refuse_hidden_characters("name", str(holder))
    issuer = None if certificate.issuer == certificate.subject else next(
        (fingerprint_of(c) for c in chain if c.subject == certificate.issuer), None)
    return _store(session, str(holder), key, certificate, password.encode("utf-8"), False, employee_id,
                  list(chain), issuer)


def holder_employee_id(session: Session, record: SigningCertificate) -> int | None:
    """The employee an identity belongs to: the one it was created or imported for, else the
    only active employee whose name is exactly its holder's (identities made in the window
    carry a name only); None when no employee, or several, match."""
    if record.employee_id is not None:
        return record.employee_id
    matches = session.scalars(select(Employee.id).where(Employee.name == record.holder_name.strip(),
                                                        Employee.is_active.is_(True)).limit(2)).all()
    return matches[0] if len(matches) == 1 else None


def list_identities(session: Session) -> list[Identity]:
    return [_identity(r) for r in session.scalars(select(SigningCertificate).order_by(SigningCertificate.holder_name))]


def signing_identities(session: Session) -> list[Identity]:
    """The identities an appraisal can be signed with, by holder."""
    return [i for i in list_identities(session) if i.can_sign]


@dataclass(frozen=True)
class IdentityOverview:
    identities: tuple[Identity, ...]
    has_ca: bool  # the company CA exists, so new identities can be issued by it


def identity_overview(session: Session) -> IdentityOverview:
    return IdentityOverview(tuple(list_identities(session)), company_ca(session) is not None)


def identity(session: Session, identity_id: int) -> Identity:
    record = session.get(SigningCertificate, identity_id)
    if record is None or record.key_file is None:
        raise NotFound.coded("identity_unknown", id=identity_id)
    return _identity(record)


def create_employee_identity(session: Session, employee_id: int, password: str,
                             ca_password: str | None = None) -> Identity:
    """A signing identity for an employee, in their name and tied to them (so it signs as
    them even when another employee has the same name); what HR's New identity makes."""
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    return create_identity(session, employee.name, password, employee_id, ca_password)


@dataclass(frozen=True)
class IdentityRow:
    identity: Identity
    employee_no: str | None  # whose it is (holder_employee_id); None for a CA or an unclaimed name

    def as_dict(self) -> dict:
        identity = self.identity
        kind = "ca" if identity.is_ca else "issued_by_ca" if identity.issued_by_ca else "self_signed_or_imported"
        return {"id": identity.id, "holder": identity.holder_name, "employee_no": self.employee_no, "kind": kind,
                "can_sign": identity.can_sign, "valid_until": identity.not_after.date().isoformat(),
                "fingerprint": identity.fingerprint}


def identity_rows(session: Session) -> list[IdentityRow]:
    """Every identity with the employee number of the person it belongs to, by holder."""
    rows = []
    for record in session.scalars(select(SigningCertificate).order_by(SigningCertificate.holder_name,
                                                                      SigningCertificate.id)):
        employee_id = None if record.is_ca else holder_employee_id(session, record)
        employee = session.get(Employee, employee_id) if employee_id is not None else None
        rows.append(IdentityRow(_identity(record), employee.employee_no if employee else None))
    return rows
