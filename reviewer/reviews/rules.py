"""Who may read and write which part of an appraisal's reviews, and in which stage.

Each rule answers with a message code and its parameters (None: allowed), so the
services refuse with it and the read view carries it to the form as the reason
the form is read-only: the rule lives here once."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, CycleStage, Employee

from ..database.locking import get_for_update
from ..access import Actor, UserRole, acting, reviewable_employee_ids
from ..errors import NotFound, PermissionDenied, StageBlocked

Refusal = tuple[str, dict[str, Any]]
MAX_TEXT = 4000  # characters in one written answer, as on the 360 form
# Control characters other than tab and line breaks: nobody types them, PostgreSQL refuses
# NUL outright (the whole unit of work would fail), and the others hide text in a document.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# A self-review is written in the self-review and 360 stage; one the manager returned
# may still be corrected while the manager review stage lasts (the manager is waiting for it).
SELF_REVIEW_STAGE = CycleStage.SELF_REVIEW_360
RETURN_STAGES = (CycleStage.SELF_REVIEW_360, CycleStage.MANAGER_REVIEW)
MANAGER_REVIEW_STAGE = CycleStage.MANAGER_REVIEW


def load(session: Session, appraisal_id: int, *, lock: bool = False) -> tuple[Appraisal, Cycle, Employee]:
    """The appraisal (locked for writing when ``lock``), its cycle and its person."""
    appraisal = get_for_update(session, Appraisal, appraisal_id) if lock else session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFound.coded("appraisal_unknown", id=appraisal_id)
    return appraisal, session.get(Cycle, appraisal.cycle_id), session.get(Employee, appraisal.employee_id)


def _is_managed_by(session: Session, actor: Actor, employee_id: int) -> bool:
    """The person is in the actor's reporting line (HR and auditors: everyone)."""
    allowed = reviewable_employee_ids(session)
    return allowed is None or employee_id in allowed


def is_own(actor: Actor, appraisal: Appraisal) -> bool:
    return actor.employee_id is not None and actor.employee_id == appraisal.employee_id


def manager_part_released(appraisal: Appraisal, cycle: Cycle) -> bool:
    return cycle.released_at is not None or appraisal.released_at is not None


def self_review_read_refusal(session: Session, appraisal: Appraisal, person: Employee) -> Refusal | None:
    actor = acting(session)
    if is_own(actor, appraisal) or actor.sees_everyone or _is_managed_by(session, actor, appraisal.employee_id):
        return None
    return "self_review_hidden", {"name": actor.display_name, "person": person.name}


def self_review_write_refusal(session: Session, appraisal: Appraisal, cycle: Cycle,
                              person: Employee) -> Refusal | None:
    actor = acting(session)
    if not actor.may_write:
        return "auditor_reads_only", {"name": actor.display_name}
    if not (actor.is_hr or is_own(actor, appraisal)):
        return "self_review_not_yours", {"name": actor.display_name, "person": person.name}
    if cycle.stage == CycleStage.CLOSED:
        return "cycle_read_only", {"cycle": cycle.name}
    if appraisal.self_submitted_at is not None:
        if cycle.stage in RETURN_STAGES:  # as return_refusal: only then can the manager send it back
            return "self_review_submitted", {"person": person.name}
        return "self_review_submitted_final", {"person": person.name, "cycle": cycle.name}
    returned = appraisal.self_returned_at is not None
    if cycle.stage != SELF_REVIEW_STAGE and not (returned and cycle.stage == MANAGER_REVIEW_STAGE):
        return "self_review_stage", {"cycle": cycle.name}
    return None


def return_refusal(session: Session, appraisal: Appraisal, cycle: Cycle, person: Employee) -> Refusal | None:
    """Why the acting user may not return this self-review to the person (None: they may)."""
    actor = acting(session)
    if not actor.may_write:
        return "auditor_reads_only", {"name": actor.display_name}
    if not actor.is_hr and (is_own(actor, appraisal) or not _is_managed_by(session, actor, appraisal.employee_id)):
        return "manager_review_not_yours", {"name": actor.display_name, "person": person.name}
    if appraisal.self_submitted_at is None:
        return "self_review_not_submitted", {"person": person.name}
    if cycle.stage not in RETURN_STAGES:
        return "self_review_return_stage", {"cycle": cycle.name}
    return None


def manager_review_read_refusal(session: Session, appraisal: Appraisal, cycle: Cycle,
                                person: Employee) -> Refusal | None:
    """The person sees the manager's parts only once released; their managers, HR and
    auditors always; anyone else never."""
    actor = acting(session)
    if actor.sees_everyone:
        return None
    if is_own(actor, appraisal):
        return None if manager_part_released(appraisal, cycle) else ("manager_review_unreleased", {})
    if _is_managed_by(session, actor, appraisal.employee_id):
        return None
    return "outside_scope", {"name": actor.display_name}


def private_note_readable(session: Session, appraisal: Appraisal) -> bool:
    """HR and the managers who write the review; never the person, nor an auditor."""
    actor = acting(session)
    if is_own(actor, appraisal):  # an HR profile linked to the person is the person here
        return False
    if actor.is_hr:
        return True
    return (actor.role == UserRole.MANAGER and not is_own(actor, appraisal)
            and _is_managed_by(session, actor, appraisal.employee_id))


def manager_review_write_refusal(session: Session, appraisal: Appraisal, cycle: Cycle,
                                 person: Employee) -> Refusal | None:
    # While the group calibrates the person, the manager's review underneath must hold still.
    from ..calibration.sessions import open_session_of

    calibrating = open_session_of(session, appraisal.id)
    if calibrating is not None:
        return "review_being_calibrated", {"person": person.name, "session": calibrating[1]}
    actor = acting(session)
    if not actor.may_write:
        return "auditor_reads_only", {"name": actor.display_name}
    if is_own(actor, appraisal):  # nobody reviews themselves, HR included
        return "own_review_confidential", {"name": actor.display_name}
    if not (actor.is_hr or _is_managed_by(session, actor, appraisal.employee_id)):
        return "manager_review_not_yours", {"name": actor.display_name, "person": person.name}
    if cycle.stage == CycleStage.CLOSED:
        return "cycle_read_only", {"cycle": cycle.name}
    if appraisal.manager_submitted_at is not None:
        return "manager_review_submitted", {"person": person.name}
    if cycle.stage != MANAGER_REVIEW_STAGE:
        return "manager_review_stage", {"cycle": cycle.name}
    return None


_PERMISSION_CODES = frozenset({"auditor_reads_only", "self_review_not_yours", "self_review_hidden",
                               "manager_review_not_yours", "own_review_confidential", "outside_scope",
                               "manager_review_unreleased"})


def refuse(refusal: Refusal | None) -> None:
    """Raise the refusal as the error it is: a permission, or a stage/lock that blocks."""
    if refusal is None:
        return
    code, params = refusal
    raise (PermissionDenied if code in _PERMISSION_CODES else StageBlocked).coded(code, **params)


def clean_text(value: Any) -> str | None:
    """Typed text as stored: blank is None; refused when longer than a form answer may be."""
    from ..errors import ValidationError

    text = None if value is None else str(value)
    if text is None or not text.strip():
        return None
    if len(text) > MAX_TEXT:
        raise ValidationError.coded("review_text_too_long", length=len(text), limit=MAX_TEXT)
    if CONTROL_CHARACTERS.search(text):
        raise ValidationError.coded("review_text_control")
    return text
