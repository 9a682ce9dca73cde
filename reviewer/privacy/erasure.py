"""Erasure of a leaver's personal data once the retention period after their leave date
has run out: the person becomes a stable pseudonym, while every number the statistics
are made of stays, so distributions, history charts and signed documents' hashes read
the same before and after.

What goes, in one transaction:
- their record: name and employee number become the pseudonym, the email is cleared, and
  a profile of theirs is renamed, loses its password and is switched off; their signing
  key file is deleted (nobody signs as a leaver);
- free text about them or by them (ERASED_FIELDS): review and self-review texts, comments,
  notes, plan texts, 360 comments they received or gave, signature comments;
- their evidence (files, notes, links); the files leave the store once the transaction
  has committed, and only when no other evidence uses them;
- their name, number, email and profile name wherever else they were written (who changed
  a plan, who signed, who moved a band, words in other people's texts);
- the same in the audit trail, whose chain stays verifiable (audit.erasure).
What stays: ids, scores, ratings, bands, potential, weights, targets and actuals, counts,
department, position, manager, hire and leave dates, and every signature record's
document SHA-256, certificate fingerprint, role and signing time.

Signer names: a signature record's signer name becomes the pseudonym. The record proves
*that* a document with this SHA-256 was signed at this time with this certificate; the
signed PDF itself, which HR keeps as long as the law asks, carries the signer's
certificate and so their name. Keeping the name a second time here is not needed for that
proof, so it is not kept. The certificate (its DER, whose fingerprint verification looks
up) stays as it is for the same reason; its holder name and subject are pseudonymised.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from sqlalchemy import JSON, Table, and_, cast, event, false, func, or_, select, update
from sqlalchemy import Text as TextType
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import (
    Actual,
    Answer,
    Appraisal,
    AppraisalTargetReview,
    AppUser,
    AuditEvent,
    Base,
    CalibrationAdjustment,
    CycleStageEvent,
    Department,
    Employee,
    Evidence,
    FeedbackRequest,
    ImprovementPlan,
    PlanAcknowledgement,
    PlanAction,
    PlanCheckIn,
    PlanCheckInGoal,
    PlanEvent,
    PlanGoal,
    PlanGoalRevision,
    PlanSignatureRecord,
    PlanWarning,
    Position,
    SignatureRecord,
    SigningCertificate,
    StoredFile,
    Target,
    utcnow,
)

from ..access import require_hr
from ..appraisal.identities import identities_dir
from ..audit.chain import ERASURE_ACTION, WITNESS_KEY, append
from ..audit.erasure import rewrite_entries
from ..audit.record import entry
from ..database.locking import get_for_update, take_write_lock
from ..errors import NotFound, ValidationError
from ..kpi.evidence import stored_path
from ..messages import QT_TRANSLATE_NOOP
from ..progress import Progress
from .retention import retention_ends, retention_months
from .scrubbing import Identifiers, replace_identifiers

ANONYMISING = QT_TRANSLATE_NOOP("progress", "Anonymising leavers past retention")
FINISHED = QT_TRANSLATE_NOOP("progress", "Leavers anonymised")

# Written where a required text must stay non-empty; NULL everywhere else.
ERASED_TEXT = "[erased]"
PSEUDONYM_PREFIX = "Former employee #"

# Free text about or by the person, per table, on the rows of theirs (_their_rows). The
# same fields are erased from the audit entries about those rows.
ERASED_FIELDS: dict[str, tuple[str, ...]] = {
    "employees": ("email",),
    "appraisals": ("strengths", "development_areas", "self_comment", "manager_comment", "hr_comment",
                   "self_achievements", "self_challenges", "self_development_wishes", "self_return_note",
                   "rating_justification", "manager_private_note"),
    "appraisal_target_reviews": ("self_comment", "manager_comment"),
    "calibration_adjustments": ("reason",),
    "actuals": ("note",),
    "answers": ("text",),
    "evidence": ("original_name", "note", "url"),
    "improvement_plans": ("reason", "analysis", "outcome_note", "support"),
    "plan_goals": ("description", "measure", "baseline", "target"),
    "plan_actions": ("description", "owner"),
    "plan_check_ins": ("notes",),
    "plan_check_in_goals": ("note",),
    "plan_warnings": ("reason",),
    "plan_goal_revisions": ("reason", "before", "after"),
    "plan_acknowledgements": ("comment",),
    "plan_events": ("reason", "details"),
    "signature_records": ("comment",),
    "plan_signature_records": ("comment",),
    "cycle_stage_events": ("reason",),
}


@dataclass(frozen=True)
class LeaverDue:
    """A leaver whose retention period has run out, and what the erasure would touch."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    position: str | None
    left_on: date
    retention_ended: date
    appraisals: int
    plans: int
    feedback_comments: int
    evidence: int
    signatures: int


@dataclass(frozen=True)
class AnonymisedPerson:
    employee_id: int
    pseudonym: str
    texts_erased: int
    evidence_removed: int
    files_deleted: int
    names_replaced: int
    audit_entries_rewritten: int


@dataclass(frozen=True)
class ErasureResult:
    people: tuple[AnonymisedPerson, ...]
    retention_months: int

    def as_dict(self) -> dict:
        return {"retention_months": self.retention_months,
                "anonymised": [vars(p) for p in self.people]}


def pseudonym_code(employee_id: int) -> str:
    """Stable: the same person gets the same code however often it is asked."""
    return hashlib.sha256(f"former-employee:{employee_id}".encode()).hexdigest()[:6].upper()


def _today(session: Session, today: date | None) -> date:
    if today is not None:
        return today
    from ..feedback.release import database_today

    return database_today(session)


def leavers_due(session: Session, today: date | None = None) -> list[LeaverDue]:
    """HR only: the leavers past the retention period, not yet anonymised, oldest leave first."""
    require_hr(session)
    today, months = _today(session, today), retention_months(session)
    leavers = session.scalars(select(Employee).where(Employee.is_active == false(), Employee.leave_date.is_not(None),
                                                     Employee.anonymised_at.is_(None))
                              .order_by(Employee.leave_date, Employee.employee_no))
    return [_due(session, person, months) for person in leavers
            if retention_ends(person.leave_date, months) <= today]


def _due(session: Session, person: Employee, months: int) -> LeaverDue:
    rows = _their_rows(session, person.id)
    comments = session.scalar(select(func.count()).select_from(Answer).where(
        Answer.id.in_(rows["answers"]), Answer.text.is_not(None))) if rows["answers"] else 0
    department = session.get(Department, person.department_id)
    position = session.get(Position, person.position_id) if person.position_id else None
    return LeaverDue(person.id, person.employee_no, person.name, department.name if department else "",
                     position.title if position else None, person.leave_date,
                     retention_ends(person.leave_date, months), len(rows["appraisals"]),
                     len(rows["improvement_plans"]), comments or 0, len(rows["evidence"]),
                     len(rows["signature_records"]) + len(rows["plan_signature_records"]))


def anonymise_leavers(session: Session, employee_ids: Iterable[int] | None = None, today: date | None = None,
                      progress: Progress | None = None) -> ErasureResult:
    """HR only: anonymise the given leavers (all those past retention when None) in the
    caller's transaction. A person who is not a leaver, is still within the retention period
    or was anonymised already is refused by name, and nothing is changed."""
    require_hr(session)
    progress = progress or Progress()
    today, months = _today(session, today), retention_months(session)
    # Another program erasing at the same time waits here, then reads what it left.
    take_write_lock(session)
    if employee_ids is None:
        employee_ids = [due.employee_id for due in leavers_due(session, today)]
    people = []
    for employee_id in dict.fromkeys(employee_ids):
        person = get_for_update(session, Employee, employee_id)
        if person is None:
            raise NotFound.coded("employee_unknown_id", id=employee_id)
        _check_due(person, months, today)
        people.append(person)
    done = []
    for index, person in enumerate(people):
        progress.step(index / max(1, len(people)), ANONYMISING)
        done.append(_anonymise(session, person))
    progress.step(1.0, FINISHED)
    if done and session.get_bind().dialect.name == "sqlite":
        event.listen(session, "after_commit", _fold_wal_into_file, once=True)
    return ErasureResult(tuple(done), months)


def _fold_wal_into_file(session: Session) -> None:
    """While another program (the window) has the file open, nothing copies the erasure from
    the WAL into the file, which then still holds the old words; copy it now and empty the
    WAL, whose older frames hold them too. A reader mid-transaction may hold part of it back:
    the last program to close the file then finishes the copy."""
    from sqlalchemy.exc import DBAPIError

    from db.engine import busy_timeout_seconds

    try:
        with session.get_bind().connect() as connection:
            # The erasure has committed: a reader holding the copy back is not waited for long.
            connection.exec_driver_sql("PRAGMA busy_timeout=1000")
            try:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={int(busy_timeout_seconds() * 1000)}")
    except DBAPIError:
        pass  # the erasure stands; the last program to close the file copies the rest


def check_due(session: Session, employee_id: int, today: date | None = None) -> LeaverDue:
    """HR only: the person as the preview lists them, or the coded refusal the erasure would give."""
    require_hr(session)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    months = retention_months(session)
    _check_due(person, months, _today(session, today))
    return _due(session, person, months)


def _check_due(person: Employee, months: int, today: date) -> None:
    if person.anonymised_at is not None:
        raise ValidationError.coded("privacy_already_anonymised", employee_no=person.employee_no)
    if person.is_active or person.leave_date is None:
        raise ValidationError.coded("privacy_not_a_leaver", name=person.name, employee_no=person.employee_no)
    ends = retention_ends(person.leave_date, months)
    if ends > today:
        raise ValidationError.coded("privacy_retention_running", name=person.name, employee_no=person.employee_no,
                                    left=person.leave_date.isoformat(), ends=ends.isoformat(), months=months)


def _ids(session: Session, query) -> list[int]:
    return list(session.scalars(query))


def _their_rows(session: Session, employee_id: int) -> dict[str, list[int]]:
    """The ids of the rows about or by the person, per table."""
    appraisals = _ids(session, select(Appraisal.id).where(Appraisal.employee_id == employee_id))
    targets = _ids(session, select(Target.id).where(Target.employee_id == employee_id))
    plans = _ids(session, select(ImprovementPlan.id).where(ImprovementPlan.employee_id == employee_id))
    goals = _ids(session, select(PlanGoal.id).where(PlanGoal.plan_id.in_(plans)))
    check_ins = _ids(session, select(PlanCheckIn.id).where(PlanCheckIn.plan_id.in_(plans)))
    requests = _ids(session, select(FeedbackRequest.id).where(or_(
        FeedbackRequest.subject_id == employee_id, FeedbackRequest.rater_employee_id == employee_id)))
    answers = _ids(session, select(Answer.id).where(Answer.request_id.in_(requests)))
    return {
        "employees": [employee_id],
        "appraisals": appraisals,
        "appraisal_target_reviews": _ids(session, select(AppraisalTargetReview.id).where(
            AppraisalTargetReview.appraisal_id.in_(appraisals))),
        "calibration_adjustments": _ids(session, select(CalibrationAdjustment.id).where(
            CalibrationAdjustment.appraisal_id.in_(appraisals))),
        "targets": targets,
        "actuals": _ids(session, select(Actual.id).where(Actual.target_id.in_(targets))),
        "feedback_requests": requests,
        "answers": answers,
        "evidence": _ids(session, select(Evidence.id).where(or_(
            Evidence.target_id.in_(targets), Evidence.check_in_id.in_(check_ins), Evidence.answer_id.in_(answers)))),
        "improvement_plans": plans,
        "plan_goals": goals,
        "plan_actions": _ids(session, select(PlanAction.id).where(PlanAction.plan_id.in_(plans))),
        "plan_check_ins": check_ins,
        "plan_check_in_goals": _ids(session, select(PlanCheckInGoal.id).where(
            PlanCheckInGoal.check_in_id.in_(check_ins))),
        "plan_warnings": _ids(session, select(PlanWarning.id).where(PlanWarning.plan_id.in_(plans))),
        "plan_goal_revisions": _ids(session, select(PlanGoalRevision.id).where(PlanGoalRevision.goal_id.in_(goals))),
        "plan_acknowledgements": _ids(session, select(PlanAcknowledgement.id).where(or_(
            PlanAcknowledgement.plan_id.in_(plans), PlanAcknowledgement.employee_id == employee_id))),
        "plan_events": _ids(session, select(PlanEvent.id).where(PlanEvent.plan_id.in_(plans))),
        "signature_records": _ids(session, select(SignatureRecord.id).where(or_(
            SignatureRecord.appraisal_id.in_(appraisals), SignatureRecord.signer_employee_id == employee_id))),
        "plan_signature_records": _ids(session, select(PlanSignatureRecord.id).where(or_(
            PlanSignatureRecord.plan_id.in_(plans), PlanSignatureRecord.signer_employee_id == employee_id))),
        "cycle_stage_events": _ids(session, select(CycleStageEvent.id).where(
            CycleStageEvent.employee_id == employee_id)),
        "signing_certificates": _ids(session, select(SigningCertificate.id).where(
            SigningCertificate.employee_id == employee_id)),
        "app_users": _ids(session, select(AppUser.id).where(AppUser.employee_id == employee_id)),
    }


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _erased_value(table: Table, field: str) -> Any:
    column = table.c[field]
    if column.nullable:
        return None
    return {} if isinstance(column.type, JSON) else ERASED_TEXT


def _anonymise(session: Session, person: Employee) -> AnonymisedPerson:
    code = pseudonym_code(person.id)
    pseudonym = f"{PSEUDONYM_PREFIX}{code}"
    number = f"FORMER-{code}"
    if session.scalar(select(Employee.id).where(Employee.employee_no == number, Employee.id != person.id)):
        number = f"FORMER-{person.id}-{code}"  # a real number that happens to look like ours
    users = list(session.scalars(select(AppUser).where(AppUser.employee_id == person.id)))
    user_names = {u.id: f"former-{code.lower()}" + (f"-{i}" if i else "") for i, u in enumerate(users)}
    replacements = {person.name: pseudonym, person.employee_no: number}
    if person.email:
        replacements[person.email] = pseudonym
    for user in users:
        replacements.setdefault(user.display_name, pseudonym)
        replacements.setdefault(user.username, user_names[user.id])
    others = session.scalars(select(Employee.name).where(Employee.id != person.id)).all()
    others += session.scalars(select(AppUser.display_name).where(or_(AppUser.employee_id.is_(None),
                                                                     AppUser.employee_id != person.id))).all()
    identifiers = Identifiers(replacements, protected=others)
    rows = _their_rows(session, person.id)

    texts = _erase_texts(session, rows)
    audit_rows = _audit_rows(session, rows, identifiers, list(user_names))
    evidence_removed, files = _remove_evidence(session, rows["evidence"])
    names = replace_identifiers(session, identifiers)
    key_files = _rename_person(session, person, pseudonym, number, users, user_names, identifiers)
    rewritten = rewrite_entries(session, audit_rows, _audit_rewrite(rows, identifiers, user_names))

    result = AnonymisedPerson(person.id, pseudonym, texts, evidence_removed, len(files), names, rewritten.entries)
    details = {"employee_id": person.id, "pseudonym": pseudonym, "texts_erased": texts,
               "evidence_removed": evidence_removed, "files_deleted": len(files), "names_replaced": names,
               "audit_entries_rewritten": rewritten.entries, WITNESS_KEY: rewritten.witness}
    # Appended now, not at commit: a second person's rewrite in the same run may rewrite
    # an entry again, and its witness must then come later in the chain than this one.
    append(session.connection(), [entry(session, ERASURE_ACTION, "employees", person.id, details)])
    session.expire_all()  # the ORM's copies of the rewritten rows are stale

    def delete_files(_session) -> None:
        for sha256 in files:
            stored_path(sha256).unlink(missing_ok=True)
        for key_file in key_files:
            (identities_dir() / key_file).unlink(missing_ok=True)

    if files or key_files:
        event.listen(session, "after_commit", delete_files, once=True)
    return result


def _erase_texts(session: Session, rows: dict[str, list[int]]) -> int:
    """Blank the free text on the person's rows; returns how many values held text."""
    erased = 0
    for name, fields in ERASED_FIELDS.items():
        ids = rows.get(name) or []
        if not ids or name in ("employees", "evidence"):  # their record and evidence are handled whole
            continue
        table = _table(name)
        for field in fields:
            column = table.c[field]
            for chunk in batches(ids):
                held = column.is_not(None)
                if not column.nullable and not isinstance(column.type, JSON):
                    held = and_(held, column != ERASED_TEXT)
                statement = update(table).where(table.c.id.in_(chunk), held).values(
                    {field: _erased_value(table, field)})
                if "row_version" in table.c:  # a form opened on it before must not save over the erasure
                    statement = statement.values(row_version=table.c.row_version + 1)
                erased += session.execute(statement).rowcount or 0
    return erased


def _remove_evidence(session: Session, evidence_ids: list[int]) -> tuple[int, list[str]]:
    """Delete the person's evidence rows; returns the count and the stored files no longer used."""
    if not evidence_ids:
        return 0, []
    table = Evidence.__table__
    hashes = set()
    removed = 0
    for chunk in batches(evidence_ids):
        hashes |= set(session.scalars(select(table.c.file_sha256).where(table.c.id.in_(chunk),
                                                                       table.c.file_sha256.is_not(None))))
        removed += session.execute(table.delete().where(table.c.id.in_(chunk))).rowcount or 0
    still_used = set(session.scalars(select(table.c.file_sha256).where(table.c.file_sha256.in_(hashes))))
    unused = sorted(hashes - still_used)
    if unused:
        session.execute(StoredFile.__table__.delete().where(StoredFile.__table__.c.sha256.in_(unused)))
    return removed, unused


def _rename_person(session: Session, person: Employee, pseudonym: str, number: str, users: list[AppUser],
                   user_names: dict[int, str], identifiers: Identifiers) -> list[str]:
    """Their record, profiles and signing certificates under the pseudonym; returns the
    names of their key files, deleted once the erasure has committed."""
    session.execute(update(Employee.__table__).where(Employee.__table__.c.id == person.id).values(
        name=pseudonym, employee_no=number, email=None, anonymised_at=utcnow()))
    for user in users:
        session.execute(update(AppUser.__table__).where(AppUser.__table__.c.id == user.id).values(
            username=user_names[user.id], display_name=pseudonym, password_hash=None, is_active=False))
    certificates = SigningCertificate.__table__
    key_files = []
    for certificate_id, subject, key_file in session.execute(
            select(certificates.c.id, certificates.c.subject, certificates.c.key_file).where(
                certificates.c.employee_id == person.id)).all():
        # Their key goes: nobody signs as a leaver; the certificate stays to verify what they signed.
        session.execute(update(certificates).where(certificates.c.id == certificate_id).values(
            holder_name=pseudonym, subject=identifiers.replaced(subject)[:300], key_file=None))
        if key_file:
            key_files.append(key_file)
    return key_files


def _audit_rows(session: Session, rows: dict[str, list[int]], identifiers: Identifiers, user_ids: list[int]):
    """The entries that may carry the person's data: about their rows, by their profile, or
    naming them."""
    table = AuditEvent.__table__
    about = [and_(table.c.entity_type == name, table.c.entity_id.in_(chunk))
             for name, ids in rows.items() for chunk in batches(ids)]
    naming = [cast(table.c.details, TextType).ilike(p, escape="!") for p in identifiers.like_patterns()]
    naming += [table.c.actor_name.ilike(p, escape="!") for p in identifiers.like_patterns()]
    by_them = [table.c.actor_user_id.in_(user_ids)] if user_ids else []
    return or_(*about, *naming, *by_them, false())


def _audit_rewrite(rows: dict[str, list[int]], identifiers: Identifiers, user_names: dict[int, str]):
    theirs = {name: set(ids) for name, ids in rows.items()}

    def rewrite(row) -> tuple[str | None, Any]:
        details = row.details
        fields = ERASED_FIELDS.get(row.entity_type, ()) if row.entity_id in theirs.get(row.entity_type, ()) else ()
        if fields and isinstance(details, dict):
            details = {part: _without_fields(value, fields) if part in ("values", "changes") else value
                       for part, value in details.items()}
        actor_name = user_names.get(row.actor_user_id) or identifiers.replaced(row.actor_name)
        return actor_name, identifiers.replaced(details)

    return rewrite


def _without_fields(values: Any, fields: tuple[str, ...]) -> Any:
    """A created/deleted entry's values or an updated entry's changes with the erased fields emptied."""
    if not isinstance(values, dict):
        return values
    return {field: ([None, None] if isinstance(value, list) and len(value) == 2 else None) if field in fields
            else value for field, value in values.items()}
