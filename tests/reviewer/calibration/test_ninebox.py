"""The nine-box: bands fold into three performance levels, people land in the box of
their current band and potential, axes flip, a blind session shows codes only, and a
move between boxes is recorded as calibration moves with its reason."""
from __future__ import annotations

import dataclasses

import pytest

from db.models import Appraisal, CalibrationAdjustment
from reviewer.calibration.bands import BandRef
from reviewer.calibration.moves import session_moves
from reviewer.calibration.ninebox import BOX_KINDS, move_to_box, nine_box, performance_levels, plan_box_move
from reviewer.calibration.sessions import close_session
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError

from .ninebox_company import calibration_company, codes_of, open_test_session


@pytest.mark.parametrize("count, expected", [
    (1, ["medium"]),
    (2, ["low", "high"]),
    (3, ["low", "medium", "high"]),
    (4, ["low", "medium", "medium", "high"]),
    (5, ["low", "low", "medium", "high", "high"]),
    (7, ["low", "low", "medium", "medium", "medium", "high", "high"]),
    (8, ["low", "low", "low", "medium", "medium", "high", "high", "high"]),
])
def test_bands_fold_into_three_levels_a_third_at_each_end(count, expected):
    levels = performance_levels([BandRef(n, f"B{n}", f"Band {n}", None, n * 10.0, None) for n in range(count)])
    assert [levels[n] for n in range(count)] == expected


def test_the_box_names_are_the_usual_nine_in_both_languages():
    assert len({(k.performance, k.potential) for k in BOX_KINDS}) == 9
    names = {(k.performance, k.potential): (k.name, k.name_zh) for k in BOX_KINDS}
    assert names[("high", "high")] == ("Star", "明星")
    assert names[("medium", "medium")] == ("Core player", "中坚力量")
    assert names[("low", "low")] == ("Underperformer", "待改进者")
    assert all(k.meaning and k.meaning_zh for k in BOX_KINDS)


def test_people_land_in_the_box_of_their_current_band_and_potential(database):
    company = calibration_company(database)
    grid = company.as_("hr").call(nine_box, company.cycle_id)
    where = {p.label: box.kind.key for box in grid.boxes for p in box.people}
    assert where == {"周建国": "star", "李娜": "core_player", "王磊": "rough_diamond"}  # calibrated D beats proposed A
    assert [p.label for p in grid.potential_not_rated] == ["陈静"]
    assert [p.label for p in grid.performance_not_rated] == ["赵敏"]
    assert grid.box("high", "high").count == 1 and grid.total == 5
    assert grid.rows()[0][2].kind.key == "star" and grid.rows()[2][0].kind.key == "underperformer"
    assert not grid.may_move  # no session: nothing to record a move in

    # A manager sees their own line only (never themselves), a department only its people.
    lina = company.as_("lina").call(nine_box, company.cycle_id)
    assert {p.label for b in lina.boxes for p in b.people} | {p.label for p in lina.potential_not_rated} == {
        "王磊", "陈静"}
    with company.database.session() as session:
        from db.models import Employee
        service = session.get(Employee, company.ids["K001"]).department_id
    only = company.as_("hr").call(nine_box, company.cycle_id, department_id=service)
    assert only.total == 1 and only.performance_not_rated[0].label == "赵敏"


def test_flipping_swaps_the_axes_not_the_boxes(database):
    company = calibration_company(database)
    usual = company.as_("hr").call(nine_box, company.cycle_id)
    flipped = company.as_("hr").call(nine_box, company.cycle_id, flipped=True)
    assert (usual.across, usual.up) == ("performance", "potential")
    assert (flipped.across, flipped.up) == ("potential", "performance")
    # High performance, low potential: bottom right when performance runs across, top left when flipped.
    assert usual.rows()[2][2].kind.key == "trusted_professional"
    assert flipped.rows()[0][0].kind.key == "trusted_professional"
    assert flipped.rows()[0][1].kind.key == "high_performer"
    assert [b.count for b in usual.boxes] == [b.count for b in flipped.boxes]


def test_a_blind_session_shows_codes_and_no_name_anywhere(database):
    company = calibration_company(database)
    session_id = open_test_session(company, blind=True)
    grid = company.as_("hr").call(nine_box, company.cycle_id, session_id=session_id)
    assert grid.blind and grid.may_move
    everyone = [p for b in grid.boxes for p in b.people] + list(grid.potential_not_rated) + list(
        grid.performance_not_rated)
    assert sorted(p.label for p in everyone) == sorted(codes_of(company, session_id).values())
    assert all(p.employee_no is None for p in everyone)
    text = repr(grid)
    for name in ("周建国", "李娜", "王磊", "陈静", "赵敏", "S001", "S003", "K001"):
        assert name not in text
    company.as_("hr").call(close_session, session_id)
    revealed = company.as_("hr").call(nine_box, company.cycle_id, session_id=session_id)
    assert not revealed.blind and not revealed.may_move
    assert "周建国" in {p.label for b in revealed.boxes for p in b.people}


def test_a_session_is_read_by_hr_auditors_and_its_participants_only(database):
    company = calibration_company(database)
    session_id = open_test_session(company, participants=("S002",))
    assert company.as_("lina").call(nine_box, company.cycle_id, session_id=session_id).total == 5
    assert company.as_("audit").call(nine_box, company.cycle_id, session_id=session_id).total == 5
    assert not company.as_("audit").call(nine_box, company.cycle_id, session_id=session_id).may_move
    with pytest.raises(PermissionDenied) as refused:
        company.as_("zhaomin").call(nine_box, company.cycle_id, session_id=session_id)
    assert refused.value.code == "calibration_not_participant"


def test_a_box_move_changes_the_band_to_the_nearest_of_the_level_and_or_the_potential():
    bands = [(1, "low"), (2, "low"), (3, "medium"), (4, "high"), (5, "high")]  # E D C B A
    assert plan_box_move(bands, 3, "medium", "high", "medium") == plan_box_move(bands, 3, "medium", "high", "medium")
    assert dataclasses.astuple(plan_box_move(bands, 3, "medium", "high", "medium")) == (4, None)
    assert dataclasses.astuple(plan_box_move(bands, 1, "low", "high", "high")) == (4, "high")
    assert dataclasses.astuple(plan_box_move(bands, 5, "low", "low", "low")) == (2, None)
    assert dataclasses.astuple(plan_box_move(bands, 4, "low", "high", "medium")) == (None, "medium")
    assert dataclasses.astuple(plan_box_move(bands, 4, None, "high", "low")) == (None, "low")
    with pytest.raises(ValidationError) as refused:
        plan_box_move(bands, 4, "low", "high", "low")
    assert refused.value.code == "ninebox_same_box"
    with pytest.raises(ValidationError) as refused:
        plan_box_move(bands, None, "low", "medium", "low")
    assert refused.value.code == "ninebox_no_band"


def _appraisal(company, number) -> Appraisal:
    with company.database.session() as session:
        found = session.get(Appraisal, company.appraisals[number])
        session.expunge(found)
        return found


def test_moving_a_person_to_another_box_records_each_axis_with_the_reason(database):
    company = calibration_company(database)
    session_id = open_test_session(company)
    hr = company.as_("hr")
    # Core player (C, medium) to star: the band goes to B (the high band nearest C) and potential to high.
    moves = hr.call(move_to_box, session_id, company.appraisals["S002"], "star", "带队拿下华东大客户")
    assert [(m.axis, m.to_band_code, m.to_level) for m in moves] == [("potential", None, "high"), ("band", "B", None)]
    stored = _appraisal(company, "S002")
    assert (stored.calibrated_band_id, stored.potential) == (company.bands["B"], "high")
    recorded = hr.call(session_moves, session_id)
    assert {(m.axis, m.reason, m.by) for m in recorded} == {("potential", "带队拿下华东大客户", "hr"),
                                                            ("band", "带队拿下华东大客户", "hr")}
    assert next(m for m in recorded if m.axis == "potential").from_level == "medium"
    assert next(m for m in recorded if m.axis == "band").from_band_code == "C"
    grid = hr.call(nine_box, company.cycle_id, session_id=session_id)
    assert "李娜" in {p.label for p in grid.box("high", "high").people}

    # Within the same performance level only the potential moves.
    moves = hr.call(move_to_box, session_id, company.appraisals["S001"], "high_performer", "Not ready to lead yet")
    assert [(m.axis, m.from_level, m.to_level) for m in moves] == [("potential", "high", "medium")]
    assert _appraisal(company, "S001").calibrated_band_id is None  # the band did not move
    # Someone without a potential rating is placed by rating it.
    moves = hr.call(move_to_box, session_id, company.appraisals["S004"], "high_performer", "Rated in the meeting")
    assert [(m.axis, m.from_level, m.to_level) for m in moves] == [("potential", None, "medium")]


def test_a_box_move_without_a_reason_or_outside_an_open_session_is_refused_and_changes_nothing(database):
    company = calibration_company(database)
    session_id = open_test_session(company)
    for reason in ("", "   ", None):
        with pytest.raises(ValidationError) as refused:
            company.as_("hr").call(move_to_box, session_id, company.appraisals["S002"], "star", reason)
        assert refused.value.code == "calibration_reason_missing"
    with pytest.raises(ValidationError) as refused:
        company.as_("hr").call(move_to_box, session_id, company.appraisals["S002"], "core_player", "same")
    assert refused.value.code == "ninebox_same_box"
    with pytest.raises(PermissionDenied):  # a participant reads the session but only HR moves
        company.as_("lina").call(move_to_box, session_id, company.appraisals["S003"], "star", "because")
    company.as_("hr").call(close_session, session_id)
    with pytest.raises(StageBlocked) as refused:
        company.as_("hr").call(move_to_box, session_id, company.appraisals["S002"], "star", "too late")
    assert refused.value.code == "calibration_session_closed"
    stored = _appraisal(company, "S002")
    assert (stored.potential, stored.calibrated_band_id) == ("medium", company.bands["C"])  # closing calibrated C
    with company.database.session() as session:
        assert session.query(CalibrationAdjustment).count() == 0
