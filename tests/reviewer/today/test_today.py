"""The Today view on the demo company, against lists computed here from the database
with plain queries (never the service's helpers), on a controlled clock."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from db.models import (Actual, Appraisal, AppraisalState, AppUser, Cycle, CycleParticipant, CycleStage, Employee,
                       FeedbackRequest, Kpi, KpiDirection, RequestStatus, Target)
from reviewer.access import Actor
from reviewer.kpi.alerts import CRITICAL, kpi_alerts
from reviewer.today import DUE_LATER, DUE_TODAY, OVERDUE, today, urgency_of
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
    return demo_database


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
            for kind, code, person, due, count, _mine, *kpi in rows}


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
        assert teams and all(i.place == "cycles" and i.manager_name for i in teams)
    else:
        assert "kpi_alert" in kinds and "self_review_read" in kinds


def test_overdue_the_day_after_the_due_date_and_not_on_it(demo):
    actor = _actor(demo, "manager1")
    on_the_day = Workstation(demo, actor).call(today, now=datetime(2026, 12, 11, 23, 59))
    after = Workstation(demo, actor).call(today, now=DAY_AFTER)
    deadline = [i for i in on_the_day.items if i.kind == "stage_deadline"]
    assert [i.urgency for i in deadline] == [DUE_TODAY]
    assert not any(i.kind.endswith("_chase") for i in on_the_day.items)  # nothing is late yet
    assert {i.urgency for i in on_the_day.items if i.kind == "feedback_form"} == {DUE_TODAY}
    assert [i.urgency for i in after.items if i.kind == "stage_deadline"] == [OVERDUE]
    assert any(i.kind == "self_review_chase" for i in after.items)
    assert on_the_day.items[0].urgency == DUE_TODAY and after.items[0].urgency == OVERDUE  # most urgent first


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
