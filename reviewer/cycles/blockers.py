"""What holds each person at a stage gate of a cycle, and where it is fixed.

Every gate is checked with a handful of set-based queries over the whole cycle
(grouped in the database, one row per person or per target), never one query per
person: a cycle of 20,000 people is checked in well under two seconds.
"""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from sqlalchemy import Integer, String, and_, case, exists, false, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from db.models import (
    Actual,
    Appraisal,
    AppraisalState,
    Cycle,
    CycleParticipant,
    CycleStage,
    Employee,
    FeedbackRequest,
    Kpi,
    RatingBand,
    Relationship,
    RequestStatus,
    SignatureRecord,
    SignerRole,
    Target,
)

from ..access import reviewable_condition
from ..feedback.anonymity import CONFIDENTIAL, Cell, publish
from ..kpi.scoring import band_earned, band_for_score
from ..kpi.targets import WEIGHT_TOLERANCE, WEIGHT_TOTAL, weights_balanced
from ..messages import Terms

# The stages in the order a cycle goes through them.
STAGE_ORDER: tuple[CycleStage, ...] = tuple(CycleStage)

# Where in the program each blocker is fixed: a page the window can open on the person.
PLACE_PEOPLE = "people"
PLACE_TARGETS = "targets"
PLACE_FEEDBACK = "feedback"
PLACE_REVIEW = "review"
PLACE_APPRAISALS = "appraisals"

# Raters asked but who can no longer answer do not count as asked.
_NOT_ASKED = (RequestStatus.DECLINED, RequestStatus.CANCELLED, RequestStatus.NOMINATED)
SIGNING_ORDER = (SignerRole.MANAGER, SignerRole.EMPLOYEE, SignerRole.HR)


@dataclass(frozen=True)
class Blocker:
    """One thing that holds one person at a gate: ``code`` names the blocker (kept with
    an exception), ``message_code`` and ``params`` say what to do (reviewer.messages),
    ``place`` is where it is fixed."""

    employee_id: int
    employee_no: str
    name: str
    code: str
    message_code: str
    params: dict[str, Any] = field(default_factory=dict)
    place: str = PLACE_PEOPLE
    leaver: bool = False

    @property
    def message(self) -> str:
        from ..messages import render

        return render(self.message_code, self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"employee_no": self.employee_no, "code": self.code, "message": self.message}


class Person(NamedTuple):
    """A participant as the gates need them (a named tuple: a cycle has 20,000)."""

    employee_id: int
    employee_no: str
    name: str
    manager_id: int | None
    department_id: int
    active: bool


def next_stage(stage: CycleStage) -> CycleStage | None:
    index = STAGE_ORDER.index(stage)
    return STAGE_ORDER[index + 1] if index + 1 < len(STAGE_ORDER) else None


def participants(session: Session, cycle_id: int) -> dict[int, Person]:
    """The people of the cycle whom the acting user may review, by employee id."""
    # A Core query on the session's connection: nothing here is an entity, and the ORM's
    # row handling would cost a third of the dashboard's time budget.
    rows = session.connection().execute(
        select(Employee.id, Employee.employee_no, Employee.name, Employee.manager_id, Employee.department_id,
               Employee.is_active)
        .join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
        .where(CycleParticipant.cycle_id == cycle_id, reviewable_condition(session, Employee.id))
        .order_by(Employee.employee_no)).all()
    return {row[0]: Person._make(row) for row in rows}


def _blocker(person: Person, code: str, place: str, message_code: str | None = None, **params: Any) -> Blocker:
    return Blocker(person.employee_id, person.employee_no, person.name, code, message_code or f"blocker_{code}",
                   {"name": person.name, "number": person.employee_no, **params}, place, not person.active)


def current_appraisal_condition(cycle_id: int):
    """Keeps the newest version of each person's appraisal in the cycle (a correction
    after sign-off adds a version; the superseded one no longer counts)."""
    return and_(Appraisal.cycle_id == cycle_id, Appraisal.state != AppraisalState.SUPERSEDED)


_FACTS_READ = "reviewer.cycles.blockers.facts_read"


@contextmanager
def facts_read_once(session: Session) -> Iterator[None]:
    """Within the block, a fact that several gates read (who has not submitted which
    review) is read once: the dashboard checks every gate in one go, over data that does
    not change meanwhile. Outside it every gate reads afresh."""
    outer = session.info.get(_FACTS_READ)
    session.info[_FACTS_READ] = {} if outer is None else outer
    try:
        yield
    finally:
        if outer is None:
            session.info.pop(_FACTS_READ, None)


def _without_submitted(session: Session, cycle_id: int, submitted_at) -> list[int]:
    """Participants whose current appraisal has no ``submitted_at`` (or who have none):
    only they come back, not the thousands who did submit."""
    facts = session.info.get(_FACTS_READ)
    key = ("unsubmitted", cycle_id)
    if facts is not None and key in facts:
        unsubmitted = facts[key]
    else:
        unsubmitted = _unsubmitted(session, cycle_id)
        if facts is not None:
            facts[key] = unsubmitted
    which = (Appraisal.self_submitted_at, Appraisal.manager_submitted_at).index(submitted_at)
    return [employee_id for employee_id, missing in unsubmitted.items() if missing[which]]


def _unsubmitted(session: Session, cycle_id: int) -> dict[int, tuple[bool, bool]]:
    """Participants without a submitted self-review or manager review in any current
    appraisal (or with none): (self-review missing, manager review missing). Both in one
    pass over the participants, the same cost as one."""
    submitted = [func.max(case((column.is_not(None), 1), else_=0))
                 for column in (Appraisal.self_submitted_at, Appraisal.manager_submitted_at)]
    # Through the session, not its connection: the ORM flushes a review just submitted first.
    rows = session.execute(
        select(CycleParticipant.employee_id, *submitted)
        .join(Appraisal, and_(current_appraisal_condition(cycle_id),
                              Appraisal.employee_id == CycleParticipant.employee_id), isouter=True)
        .where(CycleParticipant.cycle_id == cycle_id)
        .group_by(CycleParticipant.employee_id)
        .having(or_(*(flag == 0 for flag in submitted))))
    return {employee_id: (not self_done, not manager_done) for employee_id, self_done, manager_done in rows}


def _heads(session: Session, without_manager: list[Person]) -> set[int]:
    """Of people with no manager, those with someone reporting to them: the company's head(s)."""
    if not without_manager:
        return set()
    return set(session.scalars(select(Employee.manager_id).where(
        Employee.manager_id.in_([p.employee_id for p in without_manager]), Employee.is_active.is_(True)).distinct()))


# -- leaving draft ----------------------------------------------------------------------
def _leaving_draft(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    without = [p for p in people.values() if p.manager_id is None]
    if not without:
        return []
    heads = _heads(session, without)
    # Everyone needs a manager review; whoever heads the company has nobody above them
    # in the program, so the message says to let them past with a reason instead.
    return [_blocker(p, "no_manager_top" if p.employee_id in heads else "no_manager", PLACE_PEOPLE)
            for p in without]


# -- leaving goal setting ---------------------------------------------------------------
def _leaving_goal_setting(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    # Only the totals not clearly 100 come back (half the tolerance either side is surely
    # balanced, whatever the rounding): weights_balanced decides the rest, so the rule
    # stays in one place and 20,000 balanced people cost no Python.
    total = func.sum(Target.weight)
    margin = WEIGHT_TOLERANCE / 2
    unbalanced = session.connection().execute(
        select(Target.employee_id, total).where(Target.cycle_id == cycle.id).group_by(Target.employee_id)
        .having(or_(total < WEIGHT_TOTAL - margin, total > WEIGHT_TOTAL + margin))).all()
    without_targets = session.connection().execute(select(CycleParticipant.employee_id).where(
        CycleParticipant.cycle_id == cycle.id,
        ~exists().where(Target.cycle_id == cycle.id, Target.employee_id == CycleParticipant.employee_id))).all()
    blockers = [_blocker(people[e], "no_targets", PLACE_TARGETS) for e, in without_targets if e in people]
    blockers += [_blocker(people[e], "weights_not_100", PLACE_TARGETS, total=f"{round(total, 2):g}")
                 for e, total in unbalanced if e in people and not weights_balanced(total)]
    return blockers


# -- leaving self-review and 360 ---------------------------------------------------------
def _leaving_self_review(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    blockers = [_blocker(people[e], "self_review_not_submitted", PLACE_REVIEW)
                for e in _without_submitted(session, cycle.id, Appraisal.self_submitted_at) if e in people]
    blockers += _feedback_groups_short(session, cycle, people)
    return blockers


def _feedback_groups_short(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    """A group whose raters were asked but whose answers would count for nothing: the
    manager who has not answered, or a confidential group whose answers the anonymity
    rules withhold (too few, even pooled with the other small groups) or that nobody
    answered. The rule is reviewer.feedback.anonymity's, applied to rater counts."""
    asked_groups = (Relationship.MANAGER, *map(Relationship, CONFIDENTIAL))
    threshold = cycle.anonymity_threshold
    relation = type_coerce(FeedbackRequest.relation, String)  # as text: no enum per row
    answered = func.sum((FeedbackRequest.status == RequestStatus.SUBMITTED).cast(Integer))
    counted = (FeedbackRequest.cycle_id == cycle.id, FeedbackRequest.relation.in_(asked_groups),
               FeedbackRequest.status.not_in(_NOT_ASKED))
    # A group with its minimum of answers is always published on its own, so only the
    # subjects with a group below it can be held: only theirs come back to be published.
    # Grouped by subject alone, in the order of the (cycle, subject) index, with each
    # group's counts filtered out of the subject's rows: no sort of every request by
    # subject and group.
    submitted = FeedbackRequest.status == RequestStatus.SUBMITTED
    short_groups = []
    for group in asked_groups:
        in_group = FeedbackRequest.relation == group
        short_groups.append(and_(func.count().filter(in_group) > 0, func.count().filter(and_(in_group, submitted))
                                 < (1 if group == Relationship.MANAGER else threshold)))
    below_minimum = (select(FeedbackRequest.subject_id).where(*counted)
                     .group_by(FeedbackRequest.subject_id).having(or_(*short_groups)))
    rows = session.connection().execute(
        select(FeedbackRequest.subject_id, relation, func.count(), answered)
        .where(*counted, FeedbackRequest.subject_id.in_(below_minimum))
        .group_by(FeedbackRequest.subject_id, FeedbackRequest.relation))
    groups: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for subject, group, asked_count, answered_count in rows:
        if subject in people:
            groups[subject][group] = (asked_count, int(answered_count or 0))
    blockers = []
    for subject, by_group in groups.items():
        publication = publish({g: Cell(answered) for g, (_asked, answered) in by_group.items()}, threshold)
        for group, (asked, answered) in by_group.items():
            if group in publication.cells or group in publication.pooled_from:
                continue
            minimum = 1 if group == Relationship.MANAGER.value else threshold
            blockers.append(_blocker(people[subject], f"feedback_short_{group}", PLACE_FEEDBACK,
                                     answered=answered, asked=asked, minimum=minimum))
    return blockers


# -- leaving manager review --------------------------------------------------------------
def _leaving_manager_review(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    missing = [people[e] for e in _without_submitted(session, cycle.id, Appraisal.manager_submitted_at)
               if e in people]
    # "The manager completes it" is no advice for someone with no manager (the head of the
    # company, let past at the draft gate): say what leaving draft said instead.
    heads = _heads(session, [p for p in missing if p.manager_id is None])
    blockers = [_blocker(p, "manager_review_not_submitted", PLACE_REVIEW,
                         None if p.manager_id is not None else
                         "blocker_no_manager_top" if p.employee_id in heads else "blocker_no_manager")
                for p in missing]
    in_period = exists().where(Actual.target_id == Target.id, Actual.as_of >= cycle.period_start,
                               Actual.as_of <= cycle.period_end)
    for employee_id, kpi_code in session.execute(
            select(Target.employee_id, Kpi.code).join(Kpi, Kpi.id == Target.kpi_id)
            .where(Target.cycle_id == cycle.id, ~in_period).order_by(Target.employee_id, Kpi.code)):
        if employee_id in people:
            blockers.append(_blocker(people[employee_id], "target_without_result", PLACE_TARGETS, kpi=kpi_code,
                                     start=str(cycle.period_start), end=str(cycle.period_end)))
    return blockers


# -- leaving calibration -----------------------------------------------------------------
def _leaving_calibration(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    bands = session.execute(select(RatingBand.id, RatingBand.min_score, RatingBand.code)
                            .where(RatingBand.cycle_id == cycle.id)).all()
    limits = [(band_id, minimum) for band_id, minimum, _code in bands]
    codes = {band_id: code for band_id, _minimum, code in bands}
    current = current_appraisal_condition(cycle.id)
    # Most proposals are the band the score earns and could never block: the database
    # leaves out those whose score sits well inside their proposed band, and band_earned
    # decides every other row (edges, no score, another band), so its rule stays the one.
    surely_earned = [and_(Appraisal.proposed_band_id == band_id, Appraisal.final_score >= low,
                          *([] if high is None else [Appraisal.final_score <= high]))
                     for band_id, low, high in _surely_earned_ranges(limits)]
    blockers = []
    for employee_id, score, proposed, justification in session.connection().execute(
            select(Appraisal.employee_id, Appraisal.final_score, Appraisal.proposed_band_id,
                   Appraisal.rating_justification).where(
                current, Appraisal.proposed_band_id.is_not(None),
                or_(Appraisal.final_score.is_(None), ~or_(false(), *surely_earned)))).all():
        if employee_id not in people or (justification or "").strip():
            continue
        computed = band_earned(score, limits)
        if computed != proposed:
            blockers.append(_blocker(people[employee_id], "band_unjustified", PLACE_REVIEW,
                                     proposed=codes.get(proposed, "?"),
                                     computed=codes.get(computed, "—") if computed else "—",
                                     score="—" if score is None else f"{score:.1f}"))
    blockers += _in_open_calibration_session(session, cycle, people)
    return blockers


# Shown to one decimal, a score moves at most 0.05 (and a float's error): a score this
# far inside a band's limits earns that band however it rounds.
_ROUNDING_MARGIN = 0.1


def _surely_earned_ranges(limits: list[tuple[int, float]]) -> list[tuple[int, float, float | None]]:
    """(band id, lowest score, highest score or None) between which every score earns
    that band by band_earned, rounding included."""
    ranges = []
    above = None  # the minimum of the band above
    for band_id, minimum in sorted(limits, key=lambda b: b[1], reverse=True):
        low, high = minimum + _ROUNDING_MARGIN, None if above is None else above - _ROUNDING_MARGIN
        # Two bands sharing a minimum (not allowed, but then only band_earned knows which wins).
        if band_for_score(minimum, limits) == band_id and (high is None or low <= high):
            ranges.append((band_id, low, high))
        above = minimum
    return ranges


def _in_open_calibration_session(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    """Nobody leaves calibration while a session still calibrates them: closing it fixes their band."""
    from db.models import CalibrationMember, CalibrationSession

    rows = session.connection().execute(
        select(Appraisal.employee_id, CalibrationSession.name)
        .join(CalibrationMember, CalibrationMember.appraisal_id == Appraisal.id)
        .join(CalibrationSession, CalibrationSession.id == CalibrationMember.session_id)
        .where(CalibrationSession.cycle_id == cycle.id, CalibrationSession.closed_at.is_(None))).all()
    return [_blocker(people[employee_id], "in_calibration_session", PLACE_APPRAISALS, session=name)
            for employee_id, name in rows if employee_id in people]


# -- leaving sign-off (closing) ----------------------------------------------------------
def _leaving_sign_off(session: Session, cycle: Cycle, people: dict[int, Person]) -> list[Blocker]:
    current = current_appraisal_condition(cycle.id)
    # Only appraisals with fewer than three signatures (one per role: a signature's role is
    # unique to its appraisal), or no appraisal at all, come back: counting each one's
    # signatures in its index is far cheaper than grouping every signature of the cycle.
    signatures = (select(func.count()).where(SignatureRecord.appraisal_id == Appraisal.id)
                  .correlate(Appraisal).scalar_subquery())
    # Which roles signed, over every current appraisal of the person (as the gate always
    # counted), asked only for the rows that come back.
    mine = aliased(Appraisal)
    signed = [exists().where(mine.cycle_id == cycle.id, mine.state != AppraisalState.SUPERSEDED,
                             mine.employee_id == CycleParticipant.employee_id,
                             SignatureRecord.appraisal_id == mine.id, SignatureRecord.role == r)
              for r in SIGNING_ORDER]
    rows = session.connection().execute(
        select(CycleParticipant.employee_id, *signed)
        .join(Appraisal, and_(current, Appraisal.employee_id == CycleParticipant.employee_id), isouter=True)
        .where(CycleParticipant.cycle_id == cycle.id, or_(Appraisal.id.is_(None), signatures < len(SIGNING_ORDER))))
    blockers, seen = [], set()
    for employee_id, *flags in rows:
        # Someone with two current appraisals (a broken correction) comes back once per
        # short one, and not at all held if the other holds the missing roles.
        if employee_id not in people or employee_id in seen or all(flags):
            continue
        seen.add(employee_id)
        missing = [r.value for r, flag in zip(SIGNING_ORDER, flags) if not flag]
        blockers.append(_blocker(people[employee_id], "signatures_missing", PLACE_APPRAISALS,
                                 roles=Terms("signer_role", missing)))
    return blockers


GATES: dict[CycleStage, Callable[[Session, Cycle, dict[int, Person]], list[Blocker]]] = {
    CycleStage.DRAFT: _leaving_draft,
    CycleStage.GOAL_SETTING: _leaving_goal_setting,
    CycleStage.SELF_REVIEW_360: _leaving_self_review,
    CycleStage.MANAGER_REVIEW: _leaving_manager_review,
    CycleStage.CALIBRATION: _leaving_calibration,
    CycleStage.SIGN_OFF: _leaving_sign_off,
}


def gate_blockers(session: Session, cycle: Cycle, leaving: CycleStage | None = None,
                  people: dict[int, Person] | None = None) -> list[Blocker]:
    """Every blocker of the gate out of ``leaving`` (default: the cycle's stage), for the
    people the acting user may review, by employee number."""
    stage = leaving or cycle.stage
    gate = GATES.get(stage)
    if gate is None:
        return []
    people = participants(session, cycle.id) if people is None else people
    order = {employee_id: n for n, employee_id in enumerate(people)}
    return sorted(gate(session, cycle, people), key=lambda b: order[b.employee_id])


def blocked_people(blockers: Iterable[Blocker]) -> set[int]:
    return {b.employee_id for b in blockers}

