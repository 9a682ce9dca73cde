"""Stage gates: each blocker reported for the right person, exceptions and going back
recorded with their reasons, and only HR moving a cycle."""
from datetime import date, datetime

import pytest
from sqlalchemy import select

from db.models import (
    Appraisal,
    AppraisalState,
    Cycle,
    CycleStage,
    CycleStageEvent,
    RatingBand,
    Relationship,
    SignerRole,
    UserRole,
)
from reviewer.access import Actor, bind
from reviewer.cycles.blockers import gate_blockers
from reviewer.cycles.closing import close
from reviewer.cycles.release import release
from reviewer.cycles.stages import GateHeld, advance, check_gate, reopen, stage_events
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError

from .company import appraisal_of, ask, build_company, give_targets, sign


def _held(session, company, stage=None):
    cycle = session.get(Cycle, company.cycle_id)
    names = {v: k for k, v in company.ids.items()}
    return sorted((names[b.employee_id], b.code) for b in gate_blockers(session, cycle, stage))


def _at(session, company, stage):
    session.get(Cycle, company.cycle_id).stage = stage
    session.flush()


def test_leaving_draft_needs_a_manager_and_says_so_for_the_head_of_the_company(database):
    with database.session() as session:
        company = build_company(session)
        assert _held(session, company) == [("Chen", "no_manager_top"), ("Lou", "no_manager")]
        blocker = gate_blockers(session, session.get(Cycle, company.cycle_id))[0]
        assert blocker.place == "people" and blocker.employee_no == "E1"
        assert "heads the organisation" in blocker.message and "reason" in blocker.message


def test_leaving_goal_setting_needs_targets_that_weigh_100(database):
    with database.session() as session:
        company = build_company(session)
        for first in ("Chen", "Mei", "Ann"):
            give_targets(session, company, first)
        give_targets(session, company, "Bo", weights=(50, 40))
        give_targets(session, company, "Lou", weights=(33.3, 66.7))  # within the 100 % tolerance
        assert _held(session, company, CycleStage.GOAL_SETTING) == [("Bo", "weights_not_100"),
                                                                    ("Cai", "no_targets")]
        weights = next(b for b in gate_blockers(session, session.get(Cycle, company.cycle_id), CycleStage.GOAL_SETTING)
                       if b.code == "weights_not_100")
        assert weights.params["total"] == "90" and weights.place == "targets"


def test_leaving_self_review_needs_the_self_review_and_enough_360_raters(database):
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.GOAL_SETTING)
        from reviewer.cycles.participation import ensure_appraisals
        ensure_appraisals(session, session.get(Cycle, company.cycle_id))
        for first in company.ids:
            if first != "Ann":
                appraisal_of(session, company, first).self_submitted_at = datetime(2027, 6, 1)
        ask(session, company, "Bo", Relationship.PEER, ["Ann", "Cai", "Lou"], answered=1)  # withheld
        ask(session, company, "Cai", Relationship.MANAGER, ["Mei"], answered=0)
        # Two peers and one customer pooled reach the threshold of 3: published as "others".
        ask(session, company, "Mei", Relationship.PEER, ["Lou", "Ann"], answered=2)
        ask(session, company, "Mei", Relationship.CUSTOMER, ["Bo"], answered=1)
        ask(session, company, "Ann", Relationship.PEER, ["Bo", "Cai", "Lou"], answered=3)
        assert _held(session, company, CycleStage.SELF_REVIEW_360) == [
            ("Ann", "self_review_not_submitted"), ("Bo", "feedback_short_peer"), ("Cai", "feedback_short_manager")]
        short = next(b for b in gate_blockers(session, session.get(Cycle, company.cycle_id),
                                              CycleStage.SELF_REVIEW_360) if b.code == "feedback_short_peer")
        assert short.params.items() >= {"answered": 1, "asked": 3, "minimum": 3}.items() and short.place == "feedback"


def test_leaving_manager_review_needs_the_review_and_a_result_for_every_target(database):
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.GOAL_SETTING)
        from reviewer.cycles.participation import ensure_appraisals
        ensure_appraisals(session, session.get(Cycle, company.cycle_id))
        give_targets(session, company, "Ann", result_on=date(2026, 12, 31))  # before the period: no result
        give_targets(session, company, "Cai")
        for first in company.ids:
            if first != "Bo":
                appraisal_of(session, company, first).manager_submitted_at = datetime(2027, 6, 20)
        assert _held(session, company, CycleStage.MANAGER_REVIEW) == [
            ("Ann", "target_without_result"), ("Ann", "target_without_result"),
            ("Bo", "manager_review_not_submitted")]
        kpis = [b.params["kpi"] for b in gate_blockers(session, session.get(Cycle, company.cycle_id),
                                                       CycleStage.MANAGER_REVIEW) if b.code == "target_without_result"]
        assert kpis == ["K0", "K1"]


def test_the_head_without_a_manager_review_is_told_to_be_let_past_not_to_ask_their_manager(database):
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.GOAL_SETTING)
        from reviewer.cycles.participation import ensure_appraisals
        ensure_appraisals(session, session.get(Cycle, company.cycle_id))
        for first in company.ids:
            give_targets(session, company, first)
            if first not in ("Chen", "Bo"):
                appraisal_of(session, company, first).manager_submitted_at = datetime(2027, 6, 20)
        blockers = {b.name.split()[0]: b for b in gate_blockers(session, session.get(Cycle, company.cycle_id),
                                                                 CycleStage.MANAGER_REVIEW)}
        assert {first: b.code for first, b in blockers.items()} == {
            "Chen": "manager_review_not_submitted", "Bo": "manager_review_not_submitted"}
        assert "heads the organisation" in blockers["Chen"].message and "reason" in blockers["Chen"].message
        assert "the manager completes" in blockers["Bo"].message


def test_leaving_calibration_needs_a_justification_when_the_proposed_band_differs(database):
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.GOAL_SETTING)
        from reviewer.cycles.participation import ensure_appraisals
        ensure_appraisals(session, session.get(Cycle, company.cycle_id))
        bands = {b.code: b.id for b in session.scalars(select(RatingBand))}
        for first in company.ids:
            appraisal = appraisal_of(session, company, first)
            appraisal.final_score, appraisal.proposed_band_id = 80.0, bands["B"]
        appraisal_of(session, company, "Ann").proposed_band_id = bands["A"]
        bo = appraisal_of(session, company, "Bo")
        bo.proposed_band_id, bo.rating_justification = bands["A"], "Carried the key account alone."
        # 89.96 is shown as 90.0, which reaches band A: no justification needed.
        cai = appraisal_of(session, company, "Cai")
        cai.final_score, cai.proposed_band_id = 89.96, bands["A"]
        assert _held(session, company, CycleStage.CALIBRATION) == [("Ann", "band_unjustified")]
        blocker = gate_blockers(session, session.get(Cycle, company.cycle_id), CycleStage.CALIBRATION)[0]
        assert blocker.params.items() >= {"proposed": "A", "computed": "B", "score": "80.0"}.items()


def test_leaving_sign_off_needs_three_signatures(database):
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.GOAL_SETTING)
        from reviewer.cycles.participation import ensure_appraisals
        ensure_appraisals(session, session.get(Cycle, company.cycle_id))
        for first in company.ids:
            roles = (SignerRole.MANAGER,) if first == "Cai" else tuple(SignerRole)
            sign(session, appraisal_of(session, company, first), *roles)
        held = gate_blockers(session, session.get(Cycle, company.cycle_id), CycleStage.SIGN_OFF)
        assert [(b.employee_no, b.code, b.params["roles"]) for b in held] == [
            ("E5", "signatures_missing", "employee, hr")]
        assert "still needs the signatures of: Employee, HR." in held[0].message  # words, not values


def test_a_cycle_runs_from_draft_to_closed_with_exceptions_and_a_step_back(database):
    with database.session() as session:
        company = build_company(session)
        cycle_id = company.cycle_id
        with pytest.raises(GateHeld) as held:
            advance(session, cycle_id)
        assert {b.employee_no for b in held.value.blockers} == {"E1", "E6"}
        dry = advance(session, cycle_id, {"E1": "Reviewed by the board"}, dry_run=True)
        assert [b.employee_no for b in dry.blockers] == ["E6"] and not dry.moved
        assert session.get(Cycle, cycle_id).stage == CycleStage.DRAFT
        with pytest.raises(ValidationError) as missing:
            advance(session, cycle_id, {"E1": "Reviewed by the board", "E6": "  "})
        assert missing.value.code == "exception_reason_missing"
        moved = advance(session, cycle_id, {"E1": "Reviewed by the board", company.ids["Lou"]: "Contractor"})
        assert moved.moved and moved.to_stage == CycleStage.GOAL_SETTING
        cycle = session.get(Cycle, cycle_id)
        assert session.scalar(select(Appraisal.id).where(Appraisal.cycle_id == cycle_id).limit(1)) is not None

        for first in company.ids:
            give_targets(session, company, first)
        advance(session, cycle_id)  # -> self-review and 360
        for first in company.ids:
            appraisal_of(session, company, first).self_submitted_at = datetime(2027, 6, 1)
        advance(session, cycle_id)  # -> manager review
        for first in company.ids:
            appraisal_of(session, company, first).manager_submitted_at = datetime(2027, 6, 20)
        advance(session, cycle_id)  # -> calibration
        assert cycle.stage == CycleStage.CALIBRATION and cycle.scores_frozen_at is not None

        reopen(session, cycle_id, "manager_review", "Mei's team needs another week")
        assert cycle.stage == CycleStage.MANAGER_REVIEW and cycle.scores_frozen_at is None
        advance(session, cycle_id)
        advance(session, cycle_id)  # -> sign-off
        with pytest.raises(StageBlocked) as unreleased:
            close(session, cycle_id)
        assert unreleased.value.code == "close_needs_release"
        assert release(session, cycle_id) == 6
        assert appraisal_of(session, company, "Ann").state == AppraisalState.RELEASED
        for first in company.ids:
            if first != "Lou":
                sign(session, appraisal_of(session, company, first), *SignerRole)
        sign(session, appraisal_of(session, company, "Lou"), SignerRole.MANAGER)
        with pytest.raises(GateHeld):
            close(session, cycle_id)
        close(session, cycle_id, {"E6": "Left in June; cannot sign"})
        assert cycle.stage == CycleStage.CLOSED and cycle.closed_at is not None
        with pytest.raises(StageBlocked):
            reopen(session, cycle_id, "sign_off", "too late")

        events = [(e.kind, e.from_stage.value, e.to_stage.value, e.employee_no, e.blocker, e.reason)
                  for e in stage_events(session, cycle_id)]
        assert ("exception", "draft", "goal_setting", "E1", "no_manager_top", "Reviewed by the board") in events
        assert ("exception", "draft", "goal_setting", "E6", "no_manager", "Contractor") in events
        assert ("reopen", "calibration", "manager_review", None, None, "Mei's team needs another week") in events
        assert ("exception", "sign_off", "closed", "E6", "signatures_missing", "Left in June; cannot sign") in events
        assert [e[0] for e in events].count("advance") == 7


def test_an_exception_for_someone_not_held_and_a_reopen_without_reason_are_refused(database):
    with database.session() as session:
        company = build_company(session)
        with pytest.raises(ValidationError) as wrong:
            advance(session, company.cycle_id, {"E3": "typo"})
        assert wrong.value.code == "exception_not_held"
        _at(session, company, CycleStage.MANAGER_REVIEW)
        with pytest.raises(ValidationError) as no_reason:
            reopen(session, company.cycle_id, CycleStage.GOAL_SETTING, " ")
        assert no_reason.value.code == "stage_reason_missing"
        with pytest.raises(ValidationError) as forward:
            reopen(session, company.cycle_id, CycleStage.SIGN_OFF, "why not")
        assert forward.value.code == "reopen_not_back"
        assert session.scalars(select(CycleStageEvent)).all() == []


@pytest.mark.parametrize("role", [UserRole.MANAGER, UserRole.AUDITOR])
def test_only_hr_moves_a_cycle(database, role):
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.SIGN_OFF)
        session.commit()
        bind(session, Actor(None, "someone", "Mei", role, company.ids["Mei"]))
        for attempt in (lambda: advance(session, company.cycle_id, dry_run=True),
                        lambda: reopen(session, company.cycle_id, "draft", "why"),
                        lambda: release(session, company.cycle_id),
                        lambda: close(session, company.cycle_id, {"E1": "x"})):
            with pytest.raises(PermissionDenied) as refused:
                attempt()
            assert refused.value.code == "hr_only"


def test_a_manager_sees_the_blockers_of_their_own_line_only(database):
    with database.session() as session:
        company = build_company(session)
        session.get(Cycle, company.cycle_id).stage = CycleStage.GOAL_SETTING
        session.commit()
        bind(session, Actor(None, "mei", "Mei", UserRole.MANAGER, company.ids["Mei"]))
        check = check_gate(session, company.cycle_id)
        assert sorted(b.employee_no for b in check.blockers) == ["E3", "E4", "E5"]


def test_entering_calibration_refreshes_the_scores_before_freezing_them(database, monkeypatch):
    import sys
    import types

    calls = []
    scoring = types.ModuleType("reviewer.cycles.scoring")
    scoring.refresh_cycle_scores = lambda session, cycle: calls.append((cycle.id, cycle.scores_frozen_at))
    monkeypatch.setitem(sys.modules, "reviewer.cycles.scoring", scoring)
    with database.session() as session:
        company = build_company(session)
        _at(session, company, CycleStage.MANAGER_REVIEW)
        advance(session, company.cycle_id, {"E1": "x", "E2": "x", "E3": "x", "E4": "x", "E5": "x", "E6": "x"})
        assert calls == [(company.cycle_id, None)]
        assert session.get(Cycle, company.cycle_id).scores_frozen_at is not None
