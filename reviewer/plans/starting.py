"""Where a new plan starts from, for the guided flow: the person, the cycle whose results
it answers, the program's proposal and the best-performer comparison, read once.

A plan starts from an appraisal (the program proposes an improvement plan for one at or
below the threshold band once it is released or signed), from a KPI alert (the person's
appraisal in the alert's cycle), or from scratch (a person the acting user may review;
their newest cycle). Nothing is stored here: the flow hands a PlanDraft to
reviewer.plans.drafting.save_draft.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, Cycle, CycleParticipant, Department, Employee, Position

from ..access import acting, require_reviewable
from ..access.scope import reviewable_employee_ids
from ..cycles.scoring import current_appraisals, participant_ids
from ..errors import NotFound, ValidationError
from .comparison import Comparison, best_performer_comparison
from .eligibility import PlanEligibility, eligible_for_plan
from .notices import Notice
from .drafting import KINDS, SOURCES
from .proposals import DEVELOPMENT, IMPROVEMENT, PlanProposal, development_proposal, improvement_proposal
from .rules import plan_rules, threshold_band_code
from .settings import PLAN_MONTHS_RANGE, PlanSettings, add_months

# Once the employee can read the appraisal, the program proposes the plan it calls for.
PROPOSED_FROM_STATES = (AppraisalState.RELEASED, AppraisalState.SIGNED)


def plan_settings(session: Session) -> PlanSettings:
    """The numbers a plan is proposed with: seed 003's defaults, with the company's plan length."""
    return plan_rules(session).proposal_settings()


@dataclass(frozen=True)
class PlanOffer:
    """Whether to offer an improvement plan for one appraisal, and whether the program
    proposes it now (the appraisal is released or signed)."""
    appraisal_id: int
    employee_id: int
    cycle_id: int
    eligibility: PlanEligibility | None  # None: the cycle has no bands
    proposed: bool

    @property
    def eligible(self) -> bool:
        return self.eligibility is not None and self.eligibility.eligible


def plan_offer(session: Session, appraisal_id: int) -> PlanOffer:
    """Whether the appraisal's band calls for an improvement plan by the company's threshold.
    Refused for anyone the acting user may not review."""
    appraisal = session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFound.coded("appraisal_unknown", id=appraisal_id)
    require_reviewable(session, appraisal.employee_id)
    threshold = threshold_band_code(session, appraisal.cycle_id)
    eligibility = eligible_for_plan(session, appraisal_id, threshold) if threshold else None
    proposed = eligibility is not None and eligibility.eligible and appraisal.state in PROPOSED_FROM_STATES
    return PlanOffer(appraisal.id, appraisal.employee_id, appraisal.cycle_id, eligibility, proposed)


@dataclass(frozen=True)
class PlanCandidate:
    """A person a plan may be started for from scratch, with the cycle it would answer."""
    employee_id: int
    employee_no: str
    name: str
    department: str
    position: str | None
    position_zh: str | None
    cycle_id: int | None  # their newest cycle; None: in none yet
    cycle_name: str | None


def plan_candidates(session: Session) -> list[PlanCandidate]:
    """The active people the acting user may review, by employee number, each with the
    newest cycle they take part in."""
    allowed = reviewable_employee_ids(session)
    query = (select(Employee.id, Employee.employee_no, Employee.name, Department.name, Position.title,
                    Position.title_zh)
             .join(Department, Department.id == Employee.department_id)
             .outerjoin(Position, Position.id == Employee.position_id)
             .where(Employee.is_active.is_(True)).order_by(Employee.employee_no))
    newest: dict[int, tuple[int, str]] = {}
    cycles = session.execute(select(Cycle.id, Cycle.name).order_by(Cycle.period_start, Cycle.id)).all()
    for cycle_id, cycle_name in cycles:  # oldest first, so the newest wins
        for who in participant_ids(session, cycle_id):
            newest[who] = (cycle_id, cycle_name)
    actor_id = acting(session).employee_id  # one's own plan is not one's to start
    rows = []
    for who, number, name, department, title, title_zh in session.execute(query):
        if (allowed is not None and who not in allowed) or who == actor_id:
            continue
        cycle_id, cycle_name = newest.get(who, (None, None))
        rows.append(PlanCandidate(who, number, name, department, title, title_zh, cycle_id, cycle_name))
    return rows


@dataclass(frozen=True)
class PlanStart:
    """What the guided flow opens on: the person, the cycle, the proposal (goals, dates,
    cause hints) and the comparison with the best performers."""
    kind: str
    source: str
    employee_id: int
    employee_no: str
    name: str
    cycle_id: int | None
    cycle_name: str | None
    appraisal_id: int | None
    proposal: PlanProposal | None  # None: nothing to propose from (no appraisal in the cycle)
    comparison: Comparison | None  # None: the person takes part in no cycle
    settings: PlanSettings
    start_date: date
    end_date: date
    earliest_end: date  # the plan runs three to six months (PLAN_MONTHS_RANGE)
    latest_end: date
    reason: Notice  # why the plan, as the flow proposes to word it
    notices: tuple[Notice, ...]

    @property
    def months_range(self) -> tuple[int, int]:
        return PLAN_MONTHS_RANGE


def _newest_cycle(session: Session, employee_id: int) -> int | None:
    return session.scalar(select(Cycle.id).where(Cycle.id.in_(
        select(CycleParticipant.cycle_id).where(CycleParticipant.employee_id == employee_id).union(
            select(Appraisal.cycle_id).where(Appraisal.employee_id == employee_id))))
        .order_by(Cycle.period_start.desc(), Cycle.id.desc()).limit(1))


def plan_start(session: Session, *, kind: str, source: str, today: date, appraisal_id: int | None = None,
               employee_id: int | None = None, cycle_id: int | None = None) -> PlanStart:
    """Read everything the guided flow shows for a new plan of ``kind`` (improvement or
    development) started from ``source`` (appraisal, alert, scratch): from an appraisal, its
    person and cycle; else the person's appraisal in ``cycle_id`` (default: their newest
    cycle). Refused for anyone the acting user may not review."""
    if kind not in KINDS:
        raise ValidationError.coded("plan_kind_unknown", value=str(kind))
    if source not in SOURCES:
        raise ValidationError.coded("plan_source_unknown", value=str(source))
    settings = plan_settings(session)
    if appraisal_id is not None:
        appraisal = session.get(Appraisal, appraisal_id)
        if appraisal is None:
            raise NotFound.coded("appraisal_unknown", id=appraisal_id)
        employee_id, cycle_id = appraisal.employee_id, appraisal.cycle_id
    if employee_id is None:
        raise ValidationError.coded("plans_person_missing")
    require_reviewable(session, employee_id)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    if cycle_id is None:
        cycle_id = _newest_cycle(session, employee_id)
    cycle = session.get(Cycle, cycle_id) if cycle_id is not None else None
    if appraisal_id is None and cycle is not None:
        current = current_appraisals(session, cycle.id, [employee_id]).get(employee_id)
        appraisal_id = current.id if current is not None else None
    notices: list[Notice] = []
    proposal: PlanProposal | None = None
    comparison: Comparison | None = None
    if cycle is None:
        notices.append(Notice("plans_no_cycle", {"person": person.name}))
    elif kind == IMPROVEMENT and appraisal_id is not None:
        proposal = improvement_proposal(session, appraisal_id, today=today, settings=settings)
        comparison = proposal.comparison
    else:
        if kind == DEVELOPMENT:
            proposal = development_proposal(session, employee_id, cycle.id, today=today, settings=settings)
        else:
            notices.append(Notice("plans_no_appraisal", {"person": person.name, "cycle": cycle.name}))
        if employee_id in participant_ids(session, cycle.id):
            comparison = best_performer_comparison(session, cycle.id, employee_id, settings)
    if proposal is not None:
        start, end = proposal.start_date, proposal.end_date
    else:
        start, end = today, add_months(today, settings.plan_months)
    return PlanStart(kind, source, employee_id, person.employee_no, person.name,
                     cycle.id if cycle else None, cycle.name if cycle else None, appraisal_id, proposal, comparison,
                     settings, start, end, add_months(start, PLAN_MONTHS_RANGE[0]),
                     add_months(start, PLAN_MONTHS_RANGE[1]),
                     _reason(session, kind, source, cycle, appraisal_id), tuple(notices))


def _reason(session: Session, kind: str, source: str, cycle: Cycle | None, appraisal_id: int | None) -> Notice:
    """The plan's reason as the flow first words it, from where it started."""
    name = cycle.name if cycle is not None else "—"
    if kind == DEVELOPMENT:
        return Notice("plans_reason_development", {"cycle": name})
    if source == "alert":
        return Notice("plans_reason_alert", {"cycle": name})
    if appraisal_id is not None:
        offer = plan_offer(session, appraisal_id)
        if offer.eligibility is not None and offer.eligibility.band_code is not None:
            return Notice("plans_reason_appraisal", {"cycle": name, "band": offer.eligibility.band_code})
    return Notice("plans_reason_results", {"cycle": name})
