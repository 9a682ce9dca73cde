"""Sign-off by person rather than by file: someone's current appraisal signed in a role
with the identity of the person who holds that role, and what each appraisal of a cycle
still waits for.

The signature goes on the signing copy the window signs too (export.signing_copy), and
through signing.sign_appraisal, which checks everything again; what is checked here is
checked before anyone types the identity's password. Who may sign in which role is
decided in roles.py alone.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Appraisal, Cycle, Employee, SignatureRecord, SigningCertificate

from ..cycles.release import released_to_employee
from ..errors import NotFound, StageBlocked, ValidationError
from ..messages import Term
from ..pdf.appraisal_pdf import SIGNER_ROLES
from ..text import refuse_hidden_characters
from .batch import cycle_people
from .document import current_appraisal
from .export import signing_copy
from .identities import Identity, holder_employee_id
from .kinds import kind_of
from .signing import check_may_sign, check_role_holder, refuse_a_role_signed, signing_state


@dataclass(frozen=True)
class PreparedSignature:
    """A signature found possible: the file it goes on and the identity that makes it."""
    appraisal_id: int
    employee_no: str
    employee_name: str
    role: str
    identity_id: int
    holder_name: str
    path: Path  # the signing copy of the current appraisal version


def prepare_signature(session: Session, cycle_id: int, employee_id: int, role: str,
                      signer_employee_id: int | None = None, disagrees: bool = False, comment: str | None = None,
                      language: str = "en", path: Path | None = None) -> PreparedSignature:
    """Check that the person's current appraisal may now be signed in ``role`` by the acting
    user with the identity of ``signer_employee_id`` (default: the one person holding the
    role who has an identity here): released, this role next, the identity's holder holding
    the role. Refused with a coded message otherwise; nothing is signed. The signature goes
    on the signing copy, or on ``path`` (a copy signed elsewhere, e.g. by a signed batch)
    when that file is this appraisal's."""
    if role not in SIGNER_ROLES:
        raise ValidationError.coded("role_unknown", role=role)
    if disagrees and role != "employee":
        raise ValidationError.coded("only_employee_disagrees")
    refuse_hidden_characters("comment", comment)
    if path is None:
        path = signing_copy(session, cycle_id, employee_id, language)  # refused until HR releases the appraisal
        state = signing_state(session, path)
    else:
        state = _state_of_file(session, cycle_id, employee_id, Path(path))
    appraisal = session.get(Appraisal, state.appraisal_id)
    check_may_sign(session, appraisal, role)
    if state.next_role is None:
        raise StageBlocked.coded("appraisal_locked")
    refuse_a_role_signed(session, appraisal, role)
    if role != state.next_role:
        raise StageBlocked.coded("signing_order", role=Term("signer_role", role),
                                 expected=Term("signer_role", state.next_role))
    record = _signing_identity(session, appraisal, role, signer_employee_id, state.signers)
    check_role_holder(session, appraisal, role, record)
    person = session.get(Employee, appraisal.employee_id)
    return PreparedSignature(appraisal.id, person.employee_no, person.name, role, record.id, record.holder_name, path)


def _state_of_file(session: Session, cycle_id: int, employee_id: int, path: Path):
    """The signing state of a given file, refused unless it is the person's current,
    released appraisal."""
    if not path.is_file():
        raise NotFound.coded("signing_file_missing", path=str(path))
    state = signing_state(session, path)
    current = current_appraisal(session, cycle_id, employee_id)
    person = session.get(Employee, employee_id)
    if current is None or current.id != state.appraisal_id:
        raise ValidationError.coded("signing_file_other_appraisal", file=path.name, name=person.name)
    if not released_to_employee(session.get(Cycle, cycle_id), current):
        raise StageBlocked.coded("appraisal_not_released", name=person.name)
    return state


def _signing_identity(session: Session, appraisal: Appraisal, role: str, signer_employee_id: int | None,
                      allowed: tuple[Identity, ...]) -> SigningCertificate:
    """The identity that signs: the named signer's (the newest one that may sign, else their
    newest, which check_role_holder then refuses by name), or the only role holder's."""
    subject = session.get(Employee, appraisal.employee_id)
    if signer_employee_id is not None:
        owned = [record for record in session.scalars(
            select(SigningCertificate).where(SigningCertificate.is_ca.is_(False),
                                             SigningCertificate.key_file.is_not(None))
            .order_by(SigningCertificate.id.desc())) if holder_employee_id(session, record) == signer_employee_id]
        if not owned:
            signer = session.get(Employee, signer_employee_id)
            raise NotFound.coded("signing_no_identity_of", name=signer.name, number=signer.employee_no)
        allowed_ids = {identity.id for identity in allowed}
        return next((record for record in owned if record.id in allowed_ids), owned[0])
    if not allowed:
        raise NotFound.coded(kind_of(appraisal).code("signing_no_identity_for_role"), role=role, name=subject.name)
    records = [session.get(SigningCertificate, identity.id) for identity in allowed]
    holders = {holder_employee_id(session, record) for record in records}
    if len(holders) > 1:
        numbers = sorted(session.scalars(select(Employee.employee_no).where(Employee.id.in_(holders))))
        raise ValidationError.coded(kind_of(appraisal).code("signing_choose_identity"), role=role, name=subject.name,
                                    numbers=", ".join(numbers))
    return max(records, key=lambda record: record.id)  # the newest of the one holder's


@dataclass(frozen=True)
class SignatureLine:
    role: str
    signer: str
    signer_employee_no: str | None
    signed_at: datetime  # aware, UTC
    disagrees: bool
    comment: str | None

    def as_dict(self) -> dict:
        return {"role": self.role, "signer": self.signer, "signer_employee_no": self.signer_employee_no,
                "signed_at": self.signed_at.isoformat(timespec="seconds"), "disagrees": self.disagrees,
                "comment": self.comment}


@dataclass(frozen=True)
class AppraisalSignOff:
    """One current appraisal's signatures, in the order they were made, and the roles missing."""
    employee_no: str
    name: str
    version: int
    state: str
    released: bool
    signatures: tuple[SignatureLine, ...]
    missing: tuple[str, ...]  # in signing order

    @property
    def next_role(self) -> str | None:
        """Who signs next; None before the release (nobody may sign yet) and once all have."""
        return self.missing[0] if self.released and self.missing else None

    def as_dict(self) -> dict:
        return {"employee_no": self.employee_no, "name": self.name, "version": self.version, "state": self.state,
                "released": self.released, "signatures": [s.as_dict() for s in self.signatures],
                "missing": list(self.missing), "next_role": self.next_role}


def sign_off_status(session: Session, cycle_id: int) -> list[AppraisalSignOff]:
    """The signatures of every current appraisal in the cycle the acting user may review,
    by employee number."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    appraisal_ids = [appraisal_id for _, appraisal_id in cycle_people(session, cycle_id)]
    signatures: dict[int, list[SignatureLine]] = defaultdict(list)
    for chunk in batches(appraisal_ids):
        for record, signer_no in session.execute(
                select(SignatureRecord, Employee.employee_no)
                .outerjoin(Employee, Employee.id == SignatureRecord.signer_employee_id)
                .where(SignatureRecord.appraisal_id.in_(chunk))
                .order_by(SignatureRecord.signed_at, SignatureRecord.id)):
            signatures[record.appraisal_id].append(SignatureLine(
                record.role.value, record.signer_name, signer_no, record.signed_at.replace(tzinfo=timezone.utc),
                record.disagrees, record.comment))  # recorded in UTC (signing.record_signature)
    rows = []
    for chunk in batches(appraisal_ids):
        for appraisal, person in session.execute(select(Appraisal, Employee).join(
                Employee, Employee.id == Appraisal.employee_id).where(Appraisal.id.in_(chunk))):
            made = signatures[appraisal.id]
            signed = {line.role for line in made}
            rows.append(AppraisalSignOff(person.employee_no, person.name, appraisal.version, appraisal.state.value,
                                         released_to_employee(cycle, appraisal), tuple(made),
                                         tuple(role for role in SIGNER_ROLES if role not in signed)))
    return sorted(rows, key=lambda row: row.employee_no)
