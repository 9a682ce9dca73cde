"""Who may sign an appraisal (or a plan: kinds.py) in which role.

An identity belongs to an employee (identities.holder_employee_id, the same rule the
signed batch uses). The manager's signature is the appraised person's direct
manager's, the employee's is the appraised person's own, HR's is that of someone
with an active HR profile in this database (hr_admin). HR signs their own appraisal
as HR only when nobody else could: no other active HR profile's employee holds a
signing identity here. Signing refuses anyone else, and verification names such a signature.
A plan's manager signature is its owner's (kinds.PlanKind.manager_id).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppUser, Employee, SigningCertificate, UserRole

from .identities import Identity, holder_employee_id, list_identities


def _has_hr_profile(session: Session, employee_id: int, *, active_only: bool = True) -> bool:
    query = select(AppUser.id).where(AppUser.employee_id == employee_id, AppUser.role == UserRole.HR_ADMIN)
    if active_only:
        query = query.where(AppUser.is_active.is_(True))
    return session.scalar(query.limit(1)) is not None


def _other_hr_can_sign(session: Session, employee_id: int) -> bool:
    """Whether an active HR profile other than ``employee_id``'s belongs to someone holding
    a signing identity (with its key) here."""
    others = set(session.scalars(select(AppUser.employee_id).where(
        AppUser.role == UserRole.HR_ADMIN, AppUser.is_active.is_(True), AppUser.employee_id.is_not(None),
        AppUser.employee_id != employee_id)))
    if not others:
        return False
    return any(holder_employee_id(session, record) in others for record in session.scalars(
        select(SigningCertificate).where(SigningCertificate.is_ca.is_(False), SigningCertificate.key_file.is_not(None))))


def holds_role(session: Session, appraisal: Appraisal, role: str, employee_id: int | None) -> bool:
    """Whether the employee may sign this appraisal (or plan) in this role today."""
    from .kinds import kind_of

    if employee_id is None:
        return False
    subject = session.get(Employee, appraisal.employee_id)
    if role == "manager":
        manager_id = kind_of(appraisal).manager_id(session, appraisal)
        return manager_id is not None and employee_id == manager_id
    if role == "employee":
        return employee_id == subject.id
    if role == "hr":
        if not _has_hr_profile(session, employee_id):
            return False
        return employee_id != subject.id or not _other_hr_can_sign(session, subject.id)
    return False


def held_role_when_signed(session: Session, appraisal: Appraisal, role: str, employee_id: int | None) -> bool:
    """For a signature this database recorded (its role was checked when it was made): the
    facts that do not change later. A manager who has since moved on, or HR whose profile
    was disabled, still held the role then; the appraised person never holds another's."""
    if employee_id is None:
        return False
    subject_id = appraisal.employee_id
    if role == "employee":
        return employee_id == subject_id
    if role == "manager":
        return employee_id != subject_id
    if role == "hr":
        return _has_hr_profile(session, employee_id, active_only=False)
    return False


def identity_holds_role(session: Session, appraisal: Appraisal, role: str, record: SigningCertificate) -> bool:
    return not record.is_ca and holds_role(session, appraisal, role, holder_employee_id(session, record))


def identities_for_role(session: Session, appraisal: Appraisal, role: str | None) -> list[Identity]:
    """The signing identities (with a key here) that may sign this appraisal in the role."""
    if role is None:
        return []
    allowed = []
    for identity in list_identities(session):
        if identity.is_ca or identity.key_file is None:
            continue
        if identity_holds_role(session, appraisal, role, session.get(SigningCertificate, identity.id)):
            allowed.append(identity)
    return allowed
