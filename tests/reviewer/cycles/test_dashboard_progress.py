"""The dashboard's progress by stage: for each stage from goal setting to sign-off, how
many of each department's and manager's people its gate lets through, counted by hand
on a small company and checked against the gates themselves.

    Chen (CEO, no manager) ── Mei (manager) ── Ann, Bo, Cai      all in Sales
    Lou (no manager)                                              in Support
"""
from datetime import datetime

from sqlalchemy import select

from db.models import Cycle, CycleStage, Department, Employee, RatingBand, Relationship, SignerRole, UserRole
from reviewer.access import Actor, bind
from reviewer.cycles.blockers import blocked_people, gate_blockers
from reviewer.cycles.dashboard import PROGRESS_STAGES, cycle_dashboard
from reviewer.cycles.participation import ensure_appraisals

from .company import appraisal_of, ask, build_company, give_targets, sign

SUBMITTED = datetime(2027, 6, 1)


def with_support(session, company) -> int:
    support = Department(name="Support")
    session.add(support)
    session.flush()
    session.get(Employee, company.ids["Lou"]).department_id = support.id
    session.flush()
    return support.id


def in_manager_review(session, company) -> None:
    """Goal setting: Bo's weights total 90, Cai has no targets. Self-review and 360: Ann
    has not submitted, Bo's peers are withheld (1 of 3 answered). Manager review (the
    current stage): not submitted for Cai and Lou. Calibration: Ann's proposed band
    differs from her computed one without a justification. Sign-off: only Chen signed
    by all three, Mei by her manager only."""
    for first in ("Chen", "Mei", "Ann", "Lou"):
        give_targets(session, company, first)
    give_targets(session, company, "Bo", weights=(50, 40))
    cycle = session.get(Cycle, company.cycle_id)
    cycle.stage = CycleStage.MANAGER_REVIEW
    ensure_appraisals(session, cycle)
    for first in company.ids:
        appraisal = appraisal_of(session, company, first)
        if first != "Ann":
            appraisal.self_submitted_at = SUBMITTED
        if first not in ("Cai", "Lou"):
            appraisal.manager_submitted_at = SUBMITTED
    ask(session, company, "Bo", Relationship.PEER, ["Ann", "Cai", "Lou"], answered=1)
    bands = {b.code: b.id for b in session.scalars(select(RatingBand))}
    ann = appraisal_of(session, company, "Ann")
    ann.final_score, ann.proposed_band_id = 95.0, bands["D"]
    sign(session, appraisal_of(session, company, "Chen"), SignerRole.MANAGER, SignerRole.EMPLOYEE, SignerRole.HR)
    sign(session, appraisal_of(session, company, "Mei"), SignerRole.MANAGER)
    session.flush()


def _cells(groups) -> dict[str, tuple[int, tuple[int, ...]]]:
    return {g.name: (g.total, g.done) for g in groups}


def test_each_stage_counts_the_people_its_gate_lets_through_by_department_and_by_manager(database):
    with database.session() as session:
        company = build_company(session)
        with_support(session, company)
        in_manager_review(session, company)
        view = cycle_dashboard(session, company.cycle_id)
        matrix = view.progress_by_stage
        assert matrix.stages == (CycleStage.GOAL_SETTING, CycleStage.SELF_REVIEW_360, CycleStage.MANAGER_REVIEW,
                                 CycleStage.CALIBRATION, CycleStage.SIGN_OFF)
        assert matrix.reached == (True, True, True, False, False)
        # Goal setting: Chen, Mei, Ann, Lou. Self-review and 360: Chen, Mei, Cai, Lou.
        # Manager review: Chen, Mei, Ann, Bo. Calibration, not reached: through manager
        # review and not held at calibration: Chen, Mei, Bo. Sign-off: Chen.
        assert (matrix.everyone.total, matrix.everyone.done) == (6, (4, 4, 4, 3, 1))
        # Sorted with the group furthest behind at the current stage (manager review) first.
        assert [g.name for g in matrix.by_department] == ["Support", "Sales"]
        assert _cells(matrix.by_department) == {"Sales": (5, (3, 3, 4, 3, 1)), "Support": (1, (1, 1, 0, 0, 0))}
        # By manager: Chen and Lou have none ("—"); Mei leads Ann, Bo and Cai; Chen leads Mei.
        assert [g.name for g in matrix.by_manager] == ["—", "Mei", "Chen"]
        assert _cells(matrix.by_manager) == {"—": (2, (2, 2, 1, 1, 1)), "Mei": (3, (1, 1, 2, 1, 0)),
                                             "Chen": (1, (1, 1, 1, 1, 0))}
        assert next(g for g in matrix.by_manager if g.name == "Mei").group_id == company.ids["Mei"]
        # The current stage's summary is the matrix's column, and the gate's own count.
        assert (view.progress.done, view.progress.total) == (4, 6)
        assert {g.name: (g.done, g.total) for g in view.progress.by_department} == {"Sales": (4, 5), "Support": (0, 1)}


def test_a_reached_stage_counts_exactly_whom_its_gate_does_not_hold(database):
    with database.session() as session:
        company = build_company(session)
        in_manager_review(session, company)
        cycle = session.get(Cycle, company.cycle_id)
        cycle.stage = CycleStage.SIGN_OFF
        matrix = cycle_dashboard(session, company.cycle_id).progress_by_stage
        assert all(matrix.reached)
        for stage, done in zip(PROGRESS_STAGES, matrix.everyone.done):
            assert done == 6 - len(blocked_people(gate_blockers(session, cycle, stage))), stage
        # Reached, calibration counts everyone its gate lets through, even without a review.
        assert matrix.everyone.done == (4, 4, 4, 5, 1)


def test_before_a_stage_is_reached_only_work_done_early_counts(database):
    with database.session() as session:
        company = build_company(session)
        with_support(session, company)
        give_targets(session, company, "Ann")
        give_targets(session, company, "Lou")
        give_targets(session, company, "Bo", weights=(50, 40))
        matrix = cycle_dashboard(session, company.cycle_id).progress_by_stage  # in draft
        assert matrix.reached == (False,) * 5
        # Targets set early count; calibration's gate holds nobody before any review
        # exists, but nobody is through the stages before it, so nobody counts there.
        assert matrix.everyone.done == (2, 0, 0, 0, 0)
        assert _cells(matrix.by_department) == {"Sales": (5, (1, 0, 0, 0, 0)), "Support": (1, (1, 0, 0, 0, 0))}


def test_a_manager_sees_the_progress_of_their_own_line_only(database):
    with database.session() as session:
        company = build_company(session)
        in_manager_review(session, company)
        bind(session, Actor(None, "mei", "Mei", UserRole.MANAGER, company.ids["Mei"]))
        matrix = cycle_dashboard(session, company.cycle_id).progress_by_stage
        assert matrix.everyone.total == 3
        assert _cells(matrix.by_manager) == {"Mei": (3, (1, 1, 2, 1, 0))}
