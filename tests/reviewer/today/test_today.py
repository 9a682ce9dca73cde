"""The Today view on the demo company, against lists computed here from the database
with plain queries (never the service's helpers), on a controlled clock."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from db.models import (Actual, Appraisal, AppraisalState, AppUser, Cycle, CycleParticipant, CycleStage, Employee,
                       FeedbackRequest, GoalHorizon, ImprovementPlan, Kpi, KpiDirection, PlanAcknowledgement,
                       PlanCheckIn, PlanEvent, PlanGoal, PlanStatus, RequestStatus, Target)
from reviewer.access import Actor
from reviewer.kpi.alerts import CRITICAL, kpi_alerts
from reviewer.today import DUE_LATER, DUE_TODAY, OVERDUE, URGENCIES, today, urgency_of
from reviewer.workstation import Workstation

DUE = date(2026, 12, 11)  # the demo's 360 requests are due then; the stage is given the same deadline
DAY_AFTER = datetime(2026, 12, 12, 9, 30)


def _actor(database, username: str) -> Actor:
    with database.session() as session:
        user = session.scalar(select(AppUser).where(AppUser.username == username))
        return Actor(user.id, user.username, user.display_name, user.role, user.employee_id)


@pytest.fixture
def demo(demo_database):
    """The demo with a deadline on the open cycle's 360 stage, and a result far below
    target for one of manager1's direct reports (a critical alert)."""
    with demo_database.session() as session:
        session.execute(update(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360)
                        .values(stage_due_dates={"self_review_360": DUE.isoformat()}))
        head = session.scalar(select(AppUser.employee_id).where(AppUser.username == "manager1"))
        target = session.scalars(
            select(Target).join(Employee, Employee.id == Target.employee_id).join(Kpi, Kpi.id == Target.kpi_id)
            .join(Cycle, Cycle.id == Target.cycle_id)
            .where(Employee.manager_id == head, Cycle.stage == CycleStage.SELF_REVIEW_360,
                   Kpi.critical_below.is_not(None), Kpi.direction == KpiDirection.HIGHER_BETTER)).first()
        session.add(Actual(target_id=target.id, value=0, as_of=date(2026, 12, 1), source="test"))
        _add_plans(session, head)
    return demo_database


def _plan(session, employee_id, owner_id, **fields) -> ImprovementPlan:
    plan = ImprovementPlan(employee_id=employee_id, owner_id=owner_id, reason="Below target", **fields)
    plan.goals = [PlanGoal(position=1, horizon=GoalHorizon.SHORT_TERM, description="Calls", measure="Calls a week",
                           due_date=fields["end_date"])]
    session.add(plan)
    session.flush()
    return plan


def _add_plans(session, head: int) -> None:
    """Besides the demo's three plans, manager1 (``head``) owns two running ones: one acknowledged
    on 27 November (its first check-in due on 11 December), whose goals changed on 3 December
    (version 2 to acknowledge within a week), and one whose last check-in was held on its end
    date, 10 December (its decision is due). A team lead below manager1 owns a plan running since
    1 November from before approvals were recorded (none held: missed since the 15th). HR has a
    draft with goals to approve (and one without goals, still being written)."""
    first, second = sorted(session.scalars(select(Employee.id).where(
        Employee.manager_id == head, ~Employee.id.in_(select(ImprovementPlan.employee_id)))))[:2]
    changed = _plan(session, first, head, start_date=date(2026, 11, 27), end_date=date(2027, 2, 27),
                    status=PlanStatus.ACTIVE, approved_at=datetime(2026, 11, 20, 10), approved_by_name="hr",
                    version=2)
    session.add_all([PlanAcknowledgement(plan_id=changed.id, version=1, employee_id=first,
                                         acknowledged_at=datetime(2026, 11, 27, 9)),
                     PlanEvent(plan_id=changed.id, kind="goals_changed", at=datetime(2026, 12, 3, 11), by_name="m",
                               reason="A clearer measure")])
    ending = _plan(session, second, head, start_date=date(2026, 6, 1), end_date=date(2026, 12, 10),
                   status=PlanStatus.ACTIVE, approved_at=datetime(2026, 5, 28, 10), approved_by_name="hr")
    session.add_all([PlanAcknowledgement(plan_id=ending.id, version=1, employee_id=second,
                                         acknowledged_at=datetime(2026, 6, 1, 9)),
                     PlanCheckIn(plan_id=ending.id, held_on=date(2026, 12, 10), progress_pct=80)])
    _plan(session, first, head, start_date=date(2027, 1, 4), end_date=date(2027, 4, 4))
    lead = session.scalar(select(Employee.id).where(Employee.manager_id == head,
                                                    Employee.id.in_(select(Employee.manager_id))))
    report = session.scalar(select(Employee.id).where(Employee.manager_id == lead, Employee.is_active.is_(True),
                                                      ~Employee.id.in_(select(ImprovementPlan.employee_id))))
    _plan(session, report, lead, start_date=date(2026, 11, 1), end_date=date(2027, 1, 31), status=PlanStatus.ACTIVE)
    session.add(ImprovementPlan(employee_id=second, owner_id=head, reason="Not written yet",
                                start_date=date(2027, 1, 4), end_date=date(2027, 4, 4)))


def _urgency(due, day):
    return "due_later" if due is None or due > day else "due_today" if due == day else "overdue"


def _expected(database, me: int, hr: bool, day: date) -> set[tuple]:
    """(kind, message code, person, cycle, due, urgency, count) of everything that needs ``me``."""
    with database.session() as s:
        managers = dict(s.execute(select(Employee.id, Employee.manager_id)).all())
        active = {e for (e,) in s.execute(select(Employee.id).where(Employee.is_active.is_(True)))}
        below = defaultdict(set)
        for person, manager in managers.items():
            below[manager].add(person)
        line, todo = set(), [me]
        while todo:
            for person in below[todo.pop()]:
                if person not in line:
                    line.add(person)
                    todo.append(person)
        chased = (set(managers) - {me}) if hr else line
        cycle = s.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
        stage_due = date.fromisoformat(cycle.stage_due_dates["self_review_360"])
        participants = set(s.scalars(select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle.id)))
        current = {a.employee_id: a for a in s.scalars(select(Appraisal).where(
            Appraisal.cycle_id == cycle.id, Appraisal.state != AppraisalState.SUPERSEDED))}
        requests = s.scalars(select(FeedbackRequest).where(
            FeedbackRequest.cycle_id == cycle.id,
            FeedbackRequest.status.in_((RequestStatus.OPEN, RequestStatus.IN_PROGRESS)))).all()
        rows = []  # (kind, code, person, due, count, mine)
        chase = defaultdict(list)
        for request in requests:
            due = request.due_date or stage_due
            if request.rater_employee_id == me:
                code = "today_feedback_form_self" if request.relation.value == "self" else "today_feedback_form"
                rows.append(("feedback_form", code, request.subject_id, due, 1, True))
            elif request.subject_id in chased and request.subject_id != me and due < day:
                chase[request.subject_id].append(due)
        rows += [("feedback_chase", "today_feedback_chase", subject, min(dues), len(dues), False)
                 for subject, dues in chase.items()]
        submitted = {e for e, a in current.items() if a.self_submitted_at is not None}
        for person in participants & active:
            if person == me and person not in submitted:
                rows.append(("self_review", "today_self_review", person, stage_due, 1, True))
            if managers[person] == me and person in submitted and current[person].manager_submitted_at is None:
                rows.append(("self_review_read", "today_self_review_read", person, stage_due, 1, True))
            if person in chased and person != me and person not in submitted and stage_due < day:
                rows.append(("self_review_chase", "today_self_review_chase", person, stage_due, 1, False))
        rows += [("kpi_alert", "today_kpi_alert", alert.employee_id, None, 1, True, alert.kpi_name)
                 for alert in kpi_alerts(s) if alert.level == CRITICAL and managers[alert.employee_id] == me]
        rows.append(("stage_deadline", "today_stage_deadline", None, stage_due, 1, True))
    if hr:  # someone else's late work: one line per manager's team
        teams = defaultdict(list)
        kept = []
        for row in rows:
            if not row[5] and managers[row[2]] is not None:
                teams[(row[0], managers[row[2]])].append(row)
            else:
                kept.append(row)
        kept += [(kind, f"today_{kind}_team", manager, min(r[3] for r in members), sum(r[4] for r in members), False)
                 for (kind, manager), members in teams.items()]
        rows = kept
    return {(kind, code, person, cycle.id, due, _urgency(due, day), count, *kpi)
            for kind, code, person, due, count, _mine, *kpi in rows} | _expected_plans(database, me, hr, day, chased)


def _expected_plans(database, me: int, hr: bool, day: date, chased: set[int]) -> set[tuple]:
    """The plan items, from the plan rows and the rule as the issue states it: check-ins a
    cadence after the later of the start and the first acknowledgement, then after the latest
    check-in, capped at the end date; acknowledgement within 7 days of the approval or of the
    first goal change since the last acknowledgement."""
    with database.session() as s:
        active = {e for (e,) in s.execute(select(Employee.id).where(Employee.is_active.is_(True)))}
        plans = [p for p in s.scalars(select(ImprovementPlan)) if p.employee_id in active and p.employee_id != me]
        acks = defaultdict(list)
        for ack in s.scalars(select(PlanAcknowledgement)):
            acks[ack.plan_id].append(ack)
        check_ins = defaultdict(list)
        for check_in in s.scalars(select(PlanCheckIn)):
            check_ins[check_in.plan_id].append(check_in.held_on)
        changes = defaultdict(list)
        for event in s.scalars(select(PlanEvent).where(PlanEvent.kind == "goals_changed")):
            changes[event.plan_id].append(event.at)
        drafts = sum(1 for p in s.scalars(select(ImprovementPlan)) if p.status == PlanStatus.DRAFT and p.approved_at is None and p.goals)
    rows, late_by_owner = set(), defaultdict(list)
    for plan in plans:
        running = plan.status in (PlanStatus.ACTIVE, PlanStatus.EXTENDED)
        if (plan.approved_at is None and not running) or plan.status == PlanStatus.CLOSED:
            continue
        mine = plan.owner_id == me
        if plan.employee_id not in chased and not (mine and hr):  # a manager's own plans: their line's
            continue
        latest_ack = max(acks[plan.id], key=lambda a: a.version, default=None)
        if mine and plan.approved_at is not None and (latest_ack is None or latest_ack.version < plan.version):
            since = plan.approved_at
            if latest_ack is not None:
                since = min((at for at in changes[plan.id] if at >= latest_ack.acknowledged_at), default=since)
            due = since.date() + timedelta(days=7)
            rows.add(("plan_acknowledgement", "today_plan_acknowledgement", plan.employee_id, None, due,
                      _urgency(due, day), 1))
        # a plan running from before approvals were recorded runs from its start date
        started = min((a.acknowledged_at.date() for a in acks[plan.id]),
                      default=plan.start_date if plan.approved_at is None else None)
        if running and started is not None:
            held = max(check_ins[plan.id], default=None)
            due = (held or max(plan.start_date, started)) + timedelta(days=plan.cadence_days)
            due = None if held is not None and held >= plan.end_date else min(due, plan.end_date)
            if due is not None and mine and due <= day:
                rows.add(("plan_check_in", "today_plan_check_in", plan.employee_id, None, due, _urgency(due, day), 1))
            elif due is not None and not mine and due < day:
                if hr:
                    late_by_owner[plan.owner_id].append(due)
                else:
                    rows.add(("plan_check_in_chase", "today_plan_check_in_chase", plan.employee_id, None, due,
                              OVERDUE, 1))
            if mine and day > plan.end_date:
                rows.add(("plan_decision", "today_plan_decision", plan.employee_id, None, plan.end_date, OVERDUE, 1))
    rows |= {("plan_check_in_chase", "today_plan_check_in_chase_team", owner, None, min(dues), OVERDUE, len(dues))
             for owner, dues in late_by_owner.items()}
    if hr and drafts:
        rows.add(("plan_approval", "today_plan_approval", None, None, None, DUE_LATER, drafts))
    return rows


def _actual(view) -> set[tuple]:
    return {(i.kind, i.message_code, i.employee_id, i.cycle_id, i.due, i.urgency, i.count,
             *([i.params["kpi"]] if i.kind == "kpi_alert" else [])) for i in view.items}


@pytest.mark.parametrize("username", ["manager1", "hr.admin"])
def test_today_lists_exactly_what_the_data_implies(demo, username):
    actor = _actor(demo, username)
    view = Workstation(demo, actor).call(today, now=DAY_AFTER)
    expected = _expected(demo, actor.employee_id, actor.is_hr, DAY_AFTER.date())
    assert len(view.items) == len(expected)  # no duplicates hiding behind the set
    assert _actual(view) == expected
    kinds = {item.kind for item in view.items}
    assert {"feedback_form", "feedback_chase", "self_review_chase", "stage_deadline"} <= kinds
    if actor.is_hr:
        teams = [i for i in view.items if i.message_code.endswith("_team")]
        assert teams and all(i.place == ("plans" if i.kind.startswith("plan") else "cycles") and i.manager_name
                             for i in teams)
        assert {"plan_check_in_chase", "plan_approval"} <= kinds
    else:
        assert "kpi_alert" in kinds and "self_review_read" in kinds
        assert {"plan_check_in", "plan_check_in_chase", "plan_acknowledgement", "plan_decision"} <= kinds
    plans = [i for i in view.items if i.kind.startswith("plan") and i.kind != "plan_approval"]
    assert all(i.place == "plans" for i in plans)
    assert all(i.ref for i in plans if not i.message_code.endswith("_team"))  # the window opens that plan


def test_overdue_the_day_after_the_due_date_and_not_on_it(demo):
    actor = _actor(demo, "manager1")
    on_the_day = Workstation(demo, actor).call(today, now=datetime(2026, 12, 11, 23, 59))
    after = Workstation(demo, actor).call(today, now=DAY_AFTER)
    deadline = [i for i in on_the_day.items if i.kind == "stage_deadline"]
    assert [i.urgency for i in deadline] == [DUE_TODAY]
    # nothing of the cycle is late yet (plans keep their own dates)
    assert not any(i.kind.endswith("_chase") for i in on_the_day.items if not i.kind.startswith("plan"))
    assert {i.urgency for i in on_the_day.items if i.kind == "feedback_form"} == {DUE_TODAY}
    assert [i.urgency for i in after.items if i.kind == "stage_deadline"] == [OVERDUE]
    assert any(i.kind == "self_review_chase" for i in after.items)
    for view in (on_the_day, after):  # most urgent first
        ranks = [URGENCIES.index(i.urgency) for i in view.items]
        assert ranks == sorted(ranks)
    assert after.items[0].urgency == OVERDUE


def test_a_plan_check_in_is_overdue_the_day_after_it_is_due_and_not_before(demo):
    """manager1's own plan: its check-in due on 11 December is not listed on the 10th, due
    today on the 11th, overdue on the 12th. The demo's plan in manager1's line, due on 4
    December, is theirs to chase from the 5th, not on the 4th."""
    actor = _actor(demo, "manager1")

    def plan_items(day: datetime):
        view = Workstation(demo, actor).call(today, now=day)
        return {(i.kind, i.urgency, i.due) for i in view.items if i.kind in ("plan_check_in", "plan_check_in_chase")}

    check_in, chase = date(2026, 12, 11), date(2026, 12, 4)
    assert ("plan_check_in", DUE_TODAY, check_in) in plan_items(datetime(2026, 12, 11, 23, 59))
    assert ("plan_check_in", OVERDUE, check_in) in plan_items(datetime(2026, 12, 12, 0, 1))
    assert not any(kind == "plan_check_in" for kind, _u, _d in plan_items(datetime(2026, 12, 10, 12)))
    assert ("plan_check_in_chase", OVERDUE, chase) in plan_items(datetime(2026, 12, 5, 8))
    assert not any(due == chase for _kind, _u, due in plan_items(datetime(2026, 12, 4, 18)))


def test_urgency_of_a_due_date():
    assert urgency_of(date(2026, 12, 11), date(2026, 12, 10)) == DUE_LATER
    assert urgency_of(date(2026, 12, 11), date(2026, 12, 11)) == DUE_TODAY
    assert urgency_of(date(2026, 12, 11), date(2026, 12, 12)) == OVERDUE
    assert urgency_of(None, date(2026, 12, 12)) == DUE_LATER


def test_an_auditor_has_nothing_to_do(demo):
    auditor = Actor(None, "audit", "Auditor", "auditor")
    assert Workstation(demo, auditor).call(today, now=DAY_AFTER).items == ()


def test_a_manager_never_sees_work_outside_their_line(demo):
    actor = _actor(demo, "manager2")
    view = Workstation(demo, actor).call(today, now=DAY_AFTER)
    with demo.session() as s:
        managers = dict(s.execute(select(Employee.id, Employee.manager_id)).all())

    def in_line(person):
        while person is not None:
            person = managers[person]
            if person == actor.employee_id:
                return True
        return False

    for item in view.items:
        if not item.mine:
            assert in_line(item.employee_id), item.title


def test_signatures_follow_the_signing_order_and_calibration_sessions_are_listed(demo_database):
    """The open cycle moved on by hand: at sign-off, released, each appraisal of manager1's
    direct reports waits for the manager's signature (one also has it: then the employee's);
    at calibration, a session manager1 sits in and one they do not."""
    from db.models import CalibrationParticipant, CalibrationSession, SignatureRecord, SignerRole

    actor = _actor(demo_database, "manager1")
    with demo_database.session() as s:
        cycle = s.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
        cycle.stage, cycle.released_at = CycleStage.SIGN_OFF, datetime(2026, 12, 1)
        cycle.stage_due_dates = {"sign_off": "2026-12-11"}
        reports = set(s.scalars(select(Employee.id).where(Employee.manager_id == actor.employee_id,
                                                          Employee.is_active.is_(True))))
        appraisals = s.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle.id,
                                                       Appraisal.employee_id.in_(reports))).all()
        for appraisal in appraisals:
            appraisal.state = AppraisalState.RELEASED
        signed = appraisals[0]
        s.add(SignatureRecord(appraisal_id=signed.id, signer_employee_id=actor.employee_id, signer_name="m",
                              role=SignerRole.MANAGER, signed_at=datetime(2026, 12, 2),
                              certificate_sha256="0" * 64, document_sha256="1" * 64))
        cycle_id, waiting = cycle.id, {a.employee_id for a in appraisals} - {signed.employee_id}
    view = Workstation(demo_database, actor).call(today, now=DAY_AFTER)
    assert {i.employee_id for i in view.items if i.kind == "sign"} == waiting
    assert all(i.urgency == OVERDUE and i.message_code == "today_sign_manager" for i in view.items if i.kind == "sign")
    assert not any(i.kind == "sign_chase" and i.employee_id in waiting for i in view.items)  # theirs to sign, not to chase

    with demo_database.session() as s:
        cycle = s.get(Cycle, cycle_id)
        cycle.stage, cycle.stage_due_dates = CycleStage.CALIBRATION, {"calibration": "2026-12-20"}
        mine = CalibrationSession(cycle_id=cycle_id, name="销售部", scope_kind="cycle", opened_by_name="hr")
        other = CalibrationSession(cycle_id=cycle_id, name="财务部", scope_kind="cycle", opened_by_name="hr")
        s.add_all([mine, other])
        s.flush()
        s.add(CalibrationParticipant(session_id=mine.id, employee_id=actor.employee_id))
    view = Workstation(demo_database, actor).call(today, now=DAY_AFTER)
    sessions = [i for i in view.items if i.kind.startswith("calibration")]
    assert [(i.kind, i.params["session"], i.urgency) for i in sessions] == [("calibration_session", "销售部", DUE_LATER)]
    hr = Workstation(demo_database, _actor(demo_database, "hr.admin")).call(today, now=DAY_AFTER)
    assert sorted(i.params["session"] for i in hr.items if i.kind == "calibration_close") == sorted(["财务部", "销售部"])
