"""Who rates whom in a cycle: the default rule, manager nominations awaiting HR
approval, external raters, limits per rater group and each rater's workload."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AppSetting,
    AuditEvent,
    Cycle,
    Employee,
    ExternalRater,
    FeedbackRequest,
    FormTemplate,
    Relationship,
    RequestStatus,
)

from ..cycles.lookup import open_cycle
from ..access import require_all_in_scope, require_hr, require_in_scope, reviewable_condition
from .release import refuse_answers_when_published
from ..errors import NotFound, ValidationError
from ..messages import Term
from ..people.directory import department_subtree, list_departments, list_people
from .anonymity import CONFIDENTIAL

LIMITS_KEY = "feedback.group_limits"
# (minimum, maximum) raters per confidential group; the minimum is a goal that
# raises a warning, the maximum is enforced when assigning.
DEFAULT_LIMITS = {"peer": (3, 6), "direct_report": (0, 10), "customer": (0, 4)}
DEFAULT_MAX_FORMS = 12  # a rater asked for more forms than this answers carelessly
COUNTED = (RequestStatus.NOMINATED, RequestStatus.OPEN, RequestStatus.IN_PROGRESS, RequestStatus.SUBMITTED)
MANAGER_FAMILY, CONTRIBUTOR_FAMILY = "people_manager", "individual_contributor"


@dataclass(frozen=True)
class Rule:
    peers: int = 3
    include_reports: bool = True
    max_forms_per_rater: int = DEFAULT_MAX_FORMS


@dataclass(frozen=True)
class Proposal:
    subject_id: int
    relation: Relationship
    rater_id: int


@dataclass
class Coverage:
    subject_id: int
    subject_name: str
    counts: dict[str, int]
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (group, code)


@dataclass(frozen=True)
class Workload:
    rater_id: int | None
    external_id: int | None
    name: str
    total: int
    open: int
    submitted: int
    over_limit: bool


def group_limits(session: Session) -> dict[str, tuple[int, int]]:
    stored = session.get(AppSetting, LIMITS_KEY)
    limits = dict(DEFAULT_LIMITS)
    if stored:
        limits.update({group: tuple(pair) for group, pair in json.loads(stored.value).items() if group in limits})
    return limits


def set_group_limits(session: Session, limits: dict[str, tuple[int, int]]) -> None:
    require_hr(session)
    for group, (low, high) in limits.items():
        if group not in DEFAULT_LIMITS:
            raise ValidationError.coded("group_not_confidential", group=Term("rater_group", group))
        if not 0 <= low <= high or high > 50:
            raise ValidationError.coded("group_limits_invalid", group=Term("rater_group", group), low=low, high=high)
    stored = session.get(AppSetting, LIMITS_KEY) or AppSetting(key=LIMITS_KEY, value="{}")
    stored.value = json.dumps({g: list(p) for g, p in limits.items()})
    session.add(stored)
    session.flush()


def _active_people(session: Session, today: date) -> dict[int, tuple[str, int | None]]:
    """id -> (name, manager id) of everyone not yet gone."""
    return {row.id: (row.name, row.manager_id) for row in session.execute(
        select(Employee.id, Employee.name, Employee.manager_id)
        .where(Employee.is_active, (Employee.leave_date.is_(None)) | (Employee.leave_date > today)))}


def template_for(session: Session, cycle: Cycle, leads_people: bool) -> int:
    """The cycle's own form, else the newest active default for the subject's role."""
    if cycle.form_template_id:
        return cycle.form_template_id
    family = MANAGER_FAMILY if leads_people else CONTRIBUTOR_FAMILY
    template_id = session.scalar(select(FormTemplate.id).where(FormTemplate.family == family,
                                                               FormTemplate.is_active.is_(True))
                                 .order_by(FormTemplate.version.desc()).limit(1))
    if template_id is None:
        raise NotFound.coded("no_active_template", family=family)
    return template_id


def _existing(session: Session, cycle_id: int):
    return session.execute(select(FeedbackRequest.subject_id, FeedbackRequest.rater_employee_id,
                                  FeedbackRequest.relation, FeedbackRequest.status)
                           .where(FeedbackRequest.cycle_id == cycle_id)).all()


def propose(session: Session, cycle_id: int, subject_ids: list[int], rule: Rule = Rule(),
            today: date | None = None) -> list[Proposal]:
    """The default rule for these people: self, manager, direct reports and up to
    ``rule.peers`` teammates, leaving out pairs the cycle already has. Peers are
    picked among the least-loaded teammates so no one is asked for everybody."""
    require_all_in_scope(session, subject_ids, change=True)
    open_cycle(session, cycle_id, "raters")
    refuse_answers_when_published(session, cycle_id)
    people = _active_people(session, today or date.today())
    reports: dict[int, list[int]] = defaultdict(list)
    for person_id, (_name, manager_id) in people.items():
        if manager_id is not None:
            reports[manager_id].append(person_id)
    limits = group_limits(session)
    existing = _existing(session, cycle_id)
    asked = {(subject, rater) for subject, rater, _rel, _status in existing if rater is not None}
    load = Counter(rater for _s, rater, _r, status in existing if rater is not None and status in COUNTED)
    per_group = Counter((subject, rel.value) for subject, _rater, rel, status in existing if status in COUNTED)
    proposals: list[Proposal] = []

    def add(subject_id: int, relation: Relationship, rater_id: int) -> None:
        if (subject_id, rater_id) not in asked:
            asked.add((subject_id, rater_id))
            load[rater_id] += 1
            per_group[(subject_id, relation.value)] += 1
            proposals.append(Proposal(subject_id, relation, rater_id))

    for subject_id in sorted(set(subject_ids)):
        if subject_id not in people:
            continue
        add(subject_id, Relationship.SELF, subject_id)
        manager_id = people[subject_id][1]
        if manager_id in people:
            add(subject_id, Relationship.MANAGER, manager_id)
        if rule.include_reports:
            room = limits["direct_report"][1] - per_group[(subject_id, "direct_report")]
            for report in sorted(reports.get(subject_id, []), key=lambda r: (load[r], r))[:max(room, 0)]:
                add(subject_id, Relationship.DIRECT_REPORT, report)
        wanted = min(rule.peers, limits["peer"][1]) - per_group[(subject_id, "peer")]
        teammates = [p for p in reports.get(manager_id, []) if p != subject_id and (subject_id, p) not in asked
                     and load[p] < rule.max_forms_per_rater] if manager_id is not None else []
        for peer in sorted(teammates, key=lambda p: (load[p], p))[:max(wanted, 0)]:
            add(subject_id, Relationship.PEER, peer)
    return proposals


def assign(session: Session, cycle_id: int, proposals: list[Proposal], due_date: date | None = None,
           status: RequestStatus = RequestStatus.OPEN) -> int:
    """Create the requests; returns how many were new. Pairs already asked are skipped."""
    require_all_in_scope(session, {p.subject_id for p in proposals}, change=True)
    cycle = open_cycle(session, cycle_id, "raters")
    refuse_answers_when_published(session, cycle_id)
    asked = {(s, r) for s, r, _rel, _st in _existing(session, cycle_id)}
    leads = set(session.scalars(select(Employee.manager_id).where(Employee.manager_id.is_not(None)).distinct()))
    templates: dict[bool, int] = {}  # leads people -> template id, looked up once per role
    created = 0
    for proposal in proposals:
        if (proposal.subject_id, proposal.rater_id) in asked:
            continue
        asked.add((proposal.subject_id, proposal.rater_id))
        role = proposal.subject_id in leads
        if role not in templates:
            templates[role] = template_for(session, cycle, role)
        session.add(FeedbackRequest(
            cycle_id=cycle_id, subject_id=proposal.subject_id, rater_employee_id=proposal.rater_id,
            relation=proposal.relation, template_id=templates[role], status=status, due_date=due_date))
        created += 1
    if created:
        session.add(AuditEvent(action="feedback.raters_assigned", entity_type="cycles", entity_id=cycle_id,
                               details={"requests": created, "status": status.value}))
    session.flush()
    return created


def nominate(session: Session, cycle_id: int, subject_id: int, rater_ids: list[int],
             due_date: date | None = None) -> int:
    """A manager proposes peers for one of their people; HR approves them later."""
    require_in_scope(session, subject_id, change=True)
    people = _active_people(session, date.today())
    for rater_id in rater_ids:
        if rater_id == subject_id:
            raise ValidationError.coded("own_peer")
        if rater_id not in people:
            raise ValidationError.coded("employee_gone", id=rater_id)
    proposals = [Proposal(subject_id, Relationship.PEER, r) for r in rater_ids]
    return assign(session, cycle_id, proposals, due_date, status=RequestStatus.NOMINATED)


def decide_nominations(session: Session, request_ids: list[int], approve: bool) -> int:
    """HR's answer to nominations: approved ones open, rejected ones are cancelled."""
    require_hr(session)
    requests = session.scalars(select(FeedbackRequest).where(FeedbackRequest.id.in_(request_ids))).all()
    if approve:
        for cycle_id in sorted({r.cycle_id for r in requests if r.status == RequestStatus.NOMINATED}):
            refuse_answers_when_published(session, cycle_id)
    changed = 0
    for request in requests:
        if request.status != RequestStatus.NOMINATED:
            continue
        request.status = RequestStatus.OPEN if approve else RequestStatus.CANCELLED
        changed += 1
    if changed:
        session.add(AuditEvent(action="feedback.nominations_" + ("approved" if approve else "rejected"),
                               entity_type="feedback_requests", details={"requests": sorted(request_ids)}))
    session.flush()
    return changed


def add_customer(session: Session, cycle_id: int, subject_id: int, name: str, email: str | None = None,
                 organisation: str | None = None, due_date: date | None = None) -> FeedbackRequest:
    """Ask someone outside the organisation (a customer) for feedback on a person."""
    require_in_scope(session, subject_id, change=True)
    cycle = open_cycle(session, cycle_id, "raters")
    refuse_answers_when_published(session, cycle_id)
    name, email = name.strip(), (email or "").strip() or None
    if not name:
        raise ValidationError.coded("external_needs_name")
    if email and ("@" not in email or len(email) > 254 or " " in email):
        raise ValidationError.coded("email_invalid_sentence", value=email)
    if session.get(Employee, subject_id) is None:
        raise NotFound.coded("employee_unknown_id", id=subject_id)
    customers = session.scalar(select(func.count()).select_from(FeedbackRequest).where(
        FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id == subject_id,
        FeedbackRequest.relation == Relationship.CUSTOMER, FeedbackRequest.status.in_(COUNTED)))
    if customers >= group_limits(session)["customer"][1]:
        raise ValidationError.coded("customers_full", count=customers)
    rater = None
    if email:
        rater = session.scalar(select(ExternalRater).where(ExternalRater.email == email).limit(1))
    if rater is None:
        rater = ExternalRater(name=name, email=email, organisation=(organisation or "").strip() or None)
        session.add(rater)
        session.flush()
    if session.scalar(select(FeedbackRequest.id).where(FeedbackRequest.cycle_id == cycle_id,
                                                       FeedbackRequest.subject_id == subject_id,
                                                       FeedbackRequest.external_rater_id == rater.id)):
        raise ValidationError.coded("already_asked", name=rater.name)
    leads = session.scalar(select(func.count()).select_from(Employee).where(Employee.manager_id == subject_id)) > 0
    request = FeedbackRequest(cycle_id=cycle_id, subject_id=subject_id, external_rater_id=rater.id,
                              relation=Relationship.CUSTOMER, template_id=template_for(session, cycle, leads),
                              due_date=due_date)
    session.add(request)
    session.flush()
    return request


def coverage(session: Session, cycle_id: int) -> list[Coverage]:
    """Raters per group for every subject, with warnings: a confidential group under
    the anonymity threshold (its answers will be pooled or withheld), or outside the
    group's minimum and maximum."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    limits = group_limits(session)
    counts: dict[int, Counter] = defaultdict(Counter)
    for subject_id, relation, number in session.execute(
            select(FeedbackRequest.subject_id, FeedbackRequest.relation, func.count())
            .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.status.in_(COUNTED),
                   reviewable_condition(session, FeedbackRequest.subject_id))
            .group_by(FeedbackRequest.subject_id, FeedbackRequest.relation)):
        counts[subject_id][relation.value] += number
    names = dict(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(counts))).all())
    result = []
    for subject_id in sorted(counts, key=lambda s: (names[s], s)):
        row = Coverage(subject_id, names[subject_id], dict(counts[subject_id]))
        for group in CONFIDENTIAL:
            number = counts[subject_id][group]
            low, high = limits[group]
            if 0 < number < cycle.anonymity_threshold:
                row.warnings.append((group, "below_threshold"))
            if number < low:
                row.warnings.append((group, "below_minimum"))
            if number > high:
                row.warnings.append((group, "above_maximum"))
        result.append(row)
    return result


def workload(session: Session, cycle_id: int, limit: int = DEFAULT_MAX_FORMS) -> list[Workload]:
    """Forms per rater, busiest first; raters asked for more than ``limit`` are flagged.
    A manager counts only the forms about their line."""
    rows: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for rater_id, external_id, status, number in session.execute(
            select(FeedbackRequest.rater_employee_id, FeedbackRequest.external_rater_id, FeedbackRequest.status,
                   func.count())
            .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.relation != Relationship.SELF,
                   FeedbackRequest.status.in_(COUNTED), reviewable_condition(session, FeedbackRequest.subject_id))
            .group_by(FeedbackRequest.rater_employee_id, FeedbackRequest.external_rater_id,
                      FeedbackRequest.status)):
        tally = rows[(rater_id, external_id)]
        tally[0] += number
        tally[1 if status != RequestStatus.SUBMITTED else 2] += number
    employees = dict(session.execute(select(Employee.id, Employee.name).where(
        Employee.id.in_({r for r, _e in rows if r}))).all())
    externals = dict(session.execute(select(ExternalRater.id, ExternalRater.name).where(
        ExternalRater.id.in_({e for _r, e in rows if e}))).all())
    loads = [Workload(r, e, employees[r] if r else externals[e], total, open_, done, total > limit)
             for (r, e), (total, open_, done) in rows.items()]
    return sorted(loads, key=lambda w: (-w.total, w.name))


def assign_raters(session: Session, cycle_id: int, rule: Rule, due_date: date | None = None,
                  department_id: int | None = None) -> int:
    """Propose raters by ``rule`` for every active person (of a department and its
    teams, when given) and create the requests; returns how many were created."""
    people = [p for p in list_people(session) if p.is_active]
    if department_id is not None:
        inside = department_subtree(list_departments(session), department_id)
        people = [p for p in people if p.department_id in inside]
    proposals = propose(session, cycle_id, [p.id for p in people], rule)
    return assign(session, cycle_id, proposals, due_date)


@dataclass(frozen=True)
class RaterOverview:
    """The rater limits, each person's coverage and each rater's load in one cycle."""
    limits: dict[str, tuple[int, int]]
    coverage: tuple[Coverage, ...]
    workload: tuple[Workload, ...]


def rater_overview(session: Session, cycle_id: int, max_forms: int = DEFAULT_MAX_FORMS,
                   only_warnings: bool = False) -> RaterOverview:
    rows = coverage(session, cycle_id)
    if only_warnings:
        rows = [r for r in rows if r.warnings]
    return RaterOverview(group_limits(session), tuple(rows), tuple(workload(session, cycle_id, max_forms)))
