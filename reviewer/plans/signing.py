"""A plan's document as the program issues it (rendered and sealed by this database) and
its signatures: manager (the plan's owner), employee (receipt, optionally "I disagree"
with a comment) and HR, through the same signing and verification as appraisals
(reviewer.appraisal.signing with the plan kind)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import Employee, ImprovementPlan

from ..appraisal.kinds import PLAN
from ..appraisal.signing import (
    SignedRevision,
    SigningState,
    check_may_sign,
    check_role_holder,
    refuse_a_role_signed,
    sign_document,
    signing_state,
)
from ..errors import NotFound, StageBlocked, ValidationError
from ..io.files import write_whole
from ..messages import Term
from ..pdf.appraisal_pdf import SIGNER_ROLES
from ..text import refuse_hidden_characters
from .document import plan_document
from .lifecycle import acknowledgement_due, check_acknowledgement_comment


def issued_plan_pdf(session: Session, plan_id: int, language: str = "en") -> bytes:
    """The plan's current version as a PDF, sealed so that signing can tell it from a file
    made or changed elsewhere (reviewer.appraisal.seal)."""
    from ..appraisal.seal import DocumentSeal
    from ..pdf.plan_pdf import render_plan

    return DocumentSeal.load(session).apply(render_plan(plan_document(session, plan_id), language))


def write_plan_pdf(session: Session, plan_id: int, path: Path, language: str = "en") -> Path:
    """The plan's document written whole to path (a half-written file never stays); a path
    that cannot be written is refused naming it, for the window as for the command line."""
    data = issued_plan_pdf(session, plan_id, language)
    try:
        write_whole(Path(path), data)
    except OSError as error:
        raise ValidationError.coded("file_not_written", path=str(path),
                                    detail=str(error.strerror or error)) from None
    return Path(path)


def plan_signing_state(session: Session, path: Path) -> SigningState:
    """Whose signature a plan PDF waits for (shown before anyone types a password)."""
    return signing_state(session, path, PLAN)


def sign_plan(session: Session, path: Path, role: str, identity_id: int, password: str, disagrees: bool = False,
              comment: str | None = None, language: str = "en") -> SignedRevision:
    """Add the signer's signature to the plan PDF at path (replaced whole) and record it; the
    employee's signature on a version not yet acknowledged records the acknowledgement too
    (lifecycle.acknowledge_by_signature), with the same "I disagree" and comment."""
    return sign_document(session, path, role, identity_id, password, disagrees, comment, language, PLAN)


@dataclass(frozen=True)
class PreparedPlanSignature:
    """A plan signature found possible: the identity that makes it."""

    plan_id: int
    version: int
    employee_no: str
    employee_name: str
    role: str
    identity_id: int
    holder_name: str


def prepare_plan_signature(session: Session, path: Path, role: str, signer_employee_id: int | None = None,
                           disagrees: bool = False, comment: str | None = None,
                           plan_id: int | None = None) -> PreparedPlanSignature:
    """Check, before any password is typed, that the plan PDF at path may now be signed in
    ``role`` by the acting user with the identity of ``signer_employee_id`` (default: the one
    person holding the role who has an identity here); ``plan_id``, when given, must be the
    plan the file shows. Refused with a coded message otherwise; nothing is signed."""
    from ..appraisal.sign_off import _signing_identity

    if role not in SIGNER_ROLES:
        raise ValidationError.coded("role_unknown", role=role)
    if disagrees and role != "employee":
        raise ValidationError.coded("only_employee_disagrees")
    refuse_hidden_characters("comment", comment)
    if not Path(path).is_file():
        raise NotFound.coded("signing_file_missing", path=str(path))
    state = plan_signing_state(session, path)
    plan = session.get(ImprovementPlan, state.document_id)
    if plan_id is not None and plan_id != plan.id:
        raise ValidationError.coded("plan_pdf_other_plan", file=Path(path).name, plan=plan_id)
    check_may_sign(session, plan, role)
    refusal = PLAN.refusal(plan, state.version)
    if refusal is not None:
        raise StageBlocked.coded(refusal, version=state.version)
    refuse_a_role_signed(session, plan, role, state.version)
    if role == "employee" and acknowledgement_due(session, plan, state.version):
        check_acknowledgement_comment(disagrees, comment)  # the signature records the acknowledgement
    if role != state.next_role:
        raise StageBlocked.coded("signing_order", role=Term("signer_role", role),
                                 expected=Term("signer_role", state.next_role or "-"))
    record = _signing_identity(session, plan, role, signer_employee_id, state.signers)
    check_role_holder(session, plan, role, record)
    person = session.get(Employee, plan.employee_id)
    return PreparedPlanSignature(plan.id, state.version, person.employee_no, person.name, role, record.id,
                                 record.holder_name)
