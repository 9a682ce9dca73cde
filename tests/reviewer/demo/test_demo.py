"""The demo company is realistic, deterministic and all-or-nothing."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from sqlalchemy import func, select

from db.models import (
    Answer,
    Appraisal,
    AppraisalTargetReview,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    FeedbackRequest,
    ImprovementPlan,
    PlanStatus,
    RequestStatus,
)
from reviewer.demo import build_demo
from reviewer.errors import ValidationError
from reviewer.progress import Cancelled, Progress

CJK = re.compile(r"[\u4e00-\u9fff]")


def _depth(session) -> int:
    managers = dict(session.execute(select(Employee.id, Employee.manager_id)).all())

    def depth(eid):
        return 1 if managers[eid] is None else 1 + depth(managers[eid])

    return max(depth(e) for e in managers)


def test_demo_company_has_the_shape_hr_expects(demo_database):
    with demo_database.session() as session:
        names = session.scalars(select(Employee.name)).all()
        assert 230 <= len(names) <= 270
        chinese = sum(bool(CJK.search(n)) for n in names)
        assert 0.8 * len(names) <= chinese < len(names)  # mostly Chinese, some English
        root = session.scalar(select(Department).where(Department.parent_id.is_(None)))
        top = session.scalars(select(Department.name).where(Department.parent_id == root.id)).all()
        assert len(top) == 6 and {"销售部", "大客户部", "客户服务部", "市场部", "外勤拜访部"} <= set(top)
        assert _depth(session) in (3, 4)
        assert session.scalar(select(func.count()).select_from(Employee).where(~Employee.is_active)) >= 1


def test_closed_cycle_is_complete_and_open_cycle_is_partial(demo_database):
    with demo_database.session() as session:
        cycles = {c.stage: c for c in session.scalars(select(Cycle))}
        closed, current = cycles[CycleStage.CLOSED], cycles[CycleStage.SELF_REVIEW_360]
        appraisals = session.scalars(select(Appraisal).where(Appraisal.cycle_id == closed.id)).all()
        assert len(appraisals) > 200
        assert all(a.final_score is not None and a.calibrated_band_id for a in appraisals)
        bands = Counter(a.calibrated_band_id for a in appraisals)
        assert len(bands) == 5  # every rating band is used
        statuses = Counter(session.scalars(
            select(FeedbackRequest.status).where(FeedbackRequest.cycle_id == current.id)))
        assert statuses[RequestStatus.SUBMITTED] and statuses[RequestStatus.IN_PROGRESS] and statuses[RequestStatus.OPEN]
        in_progress_answers = session.scalar(
            select(func.count(Answer.id)).join(FeedbackRequest)
            .where(FeedbackRequest.status == RequestStatus.IN_PROGRESS))
        assert in_progress_answers > 0
        plans = session.scalars(select(ImprovementPlan)).all()
        assert len(plans) == 3 and plans[0].status == PlanStatus.ACTIVE and plans[0].check_ins


def test_demo_plans_stand_at_each_point_of_the_lifecycle(demo_database):
    """An improvement plan under way (acknowledged, progress per goal at every check-in, at
    risk now, a recognition and a warning naming the check-in that recorded the shortfall),
    a development plan with one check-in, and a plan that waits for acknowledgement, owned
    by manager1. History rows name people; none points at an app user."""
    from db.models import AppUser, PlanAcknowledgement, PlanCheckIn, PlanCheckInGoal, PlanEvent, PlanWarning
    from reviewer.plans.timing import health_of, stage_of

    with demo_database.session() as session:
        plans = session.scalars(select(ImprovementPlan).order_by(ImprovementPlan.id)).all()
        acknowledged = dict(session.execute(select(PlanAcknowledgement.plan_id, func.max(PlanAcknowledgement.version))
                                            .group_by(PlanAcknowledgement.plan_id)).all())
        stages = [(plan.kind, stage_of(plan.status, plan.approved_at, acknowledged.get(plan.id), plan.version))
                  for plan in plans]
        assert stages == [("improvement", "active"), ("development", "active"),
                          ("improvement", "awaiting_acknowledgement")]
        under_way, development, waiting = plans
        assert all(goal.baseline and goal.target for plan in plans for goal in plan.goals)
        progress = {(row.check_in_id, row.goal_id): row.state for row in session.scalars(select(PlanCheckInGoal))}
        for check_in in under_way.check_ins:
            assert all((check_in.id, goal.id) in progress for goal in under_way.goals)
        latest = under_way.check_ins[-1]
        assert health_of([progress[(latest.id, goal.id)] for goal in under_way.goals]) == "at_risk"
        notes = {note.kind: note for note in under_way.warnings}
        warning = notes["warning"]
        assert all(progress[(warning.check_in_id, goal_id)] in ("at_risk", "off_track") for goal_id in warning.goal_ids)
        assert notes["recognition"].reason and len(development.check_ins) == 1 and not waiting.check_ins
        events = session.execute(select(PlanEvent.plan_id, PlanEvent.kind).order_by(PlanEvent.id)).all()
        assert events == [(under_way.id, "approved"), (under_way.id, "acknowledged"), (development.id, "approved"),
                          (development.id, "acknowledged"), (waiting.id, "approved")]
        manager1 = session.scalar(select(AppUser.employee_id).where(AppUser.username == "manager1"))
        assert waiting.owner_id == manager1
        assert not session.scalar(select(func.count()).select_from(PlanCheckIn)
                                  .where(PlanCheckIn.recorded_by_id.is_not(None)))
        assert not session.scalar(select(func.count()).select_from(PlanWarning)
                                  .where(PlanWarning.issued_by_id.is_not(None)))


def test_open_cycle_has_appraisals_and_self_reviews_at_every_step(demo_database):
    """The self-review stage as HR would find it: everyone has an appraisal, some
    self-reviews submitted (with self-ratings), some drafts, some returned, some not
    started; scored by the scoring service, so the dashboard and the gate have people to show."""
    from reviewer.cycles.stages import check_gate

    with demo_database.session() as session:
        current = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
        participants = set(session.scalars(select(CycleParticipant.employee_id)
                                           .where(CycleParticipant.cycle_id == current.id)))
        appraisals = session.scalars(select(Appraisal).where(Appraisal.cycle_id == current.id)).all()
        assert {a.employee_id for a in appraisals} == participants and len(appraisals) == len(participants)
        steps = Counter("submitted" if a.self_submitted_at else "returned" if a.self_returned_at
                        else "draft" if a.self_achievements else "not started" for a in appraisals)
        assert steps["submitted"] > 0.3 * len(appraisals)
        assert steps["draft"] and steps["not started"] and steps["returned"]
        submitted = [a for a in appraisals if a.self_submitted_at]
        assert all(a.self_achievements and a.self_challenges for a in submitted)
        assert any(CJK.search(a.self_achievements + a.self_challenges) for a in submitted)
        ratings = session.scalars(select(AppraisalTargetReview.self_rating).join(Appraisal).where(
            Appraisal.cycle_id == current.id)).all()
        assert ratings and set(ratings) <= {1, 2, 3, 4, 5}
        assert sum(a.kpi_score is not None for a in appraisals) > 0.9 * len(appraisals)
        check = check_gate(session, current.id)
        blocked = Counter(b.code for b in check.blockers)
        assert blocked["self_review_not_submitted"] == len(appraisals) - steps["submitted"]


def test_the_same_seed_gives_the_same_company(empty_sqlite_database, demo_database):
    with empty_sqlite_database.session() as session:
        build_demo(session)
    def fingerprint(database):
        with database.session() as session:
            people = session.execute(select(Employee.employee_no, Employee.name, Employee.email,
                                            Employee.manager_id).order_by(Employee.id)).all()
            scores = session.scalars(select(Appraisal.final_score).order_by(Appraisal.id)).all()
        return people, scores
    assert fingerprint(empty_sqlite_database) == fingerprint(demo_database)


def test_demo_refuses_a_database_that_has_people(demo_database):
    with pytest.raises(ValidationError, match="empty database"):
        with demo_database.session() as session:
            build_demo(session)


def test_cancelling_the_demo_leaves_nothing_behind(empty_sqlite_database):
    steps = []

    def report(fraction, message):
        steps.append(message)

    progress = Progress(report=report, is_cancelled=lambda: len(steps) >= 4)
    with pytest.raises(Cancelled):
        with empty_sqlite_database.session() as session:
            build_demo(session, progress)
    with empty_sqlite_database.session() as session:
        assert session.scalar(select(func.count()).select_from(Employee)) == 0
        assert session.scalar(select(func.count()).select_from(Cycle)) == 0
