"""Starting on your own data: the catalogue, creating cycles, their settings and participants."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import (
    Appraisal,
    Competency,
    Cycle,
    CycleStage,
    Department,
    Employee,
    FormTemplate,
    Kpi,
    KpiTemplate,
    Relationship,
    Target,
    UserRole,
)
from reviewer.access import Actor
from reviewer.cycles.participants import add_participant
from reviewer.cycles.settings import Band, SettingsChange, change_settings, default_bands, group_weights_of
from reviewer.cycles.setup import NewCycle, create_cycle, cycle_detail, find_cycle, install_shipped_catalogue, list_cycles
from reviewer.errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from reviewer.workstation import Workstation

from .roster_company import import_company

H1 = NewCycle("2027 H1", date(2027, 1, 1), date(2027, 6, 30), "half_year")


@pytest.fixture
def company(database, tmp_path):
    import_company(database, tmp_path)
    return Workstation(database)


def _counts(session):
    return [session.scalar(select(func.count()).select_from(m)) for m in (Kpi, KpiTemplate, Competency, FormTemplate)]


def _employee_id(session, number):
    return session.scalar(select(Employee.id).where(Employee.employee_no == number))


def _department_id(session, name):
    return session.scalar(select(Department.id).where(Department.name == name))


def test_the_catalogue_installs_once_and_adds_only_what_is_missing(company):
    added = company.call(install_shipped_catalogue)
    assert added.kpis > 0 and added.role_templates > 0 and added.competencies > 0 and added.forms == 2
    with company.unit() as session:
        first = _counts(session)
    again = company.call(install_shipped_catalogue)
    assert not again.anything
    with company.unit() as session:
        assert _counts(session) == first
        # A database lacking one part gets only that part back, edits elsewhere kept.
        session.delete(session.scalars(select(KpiTemplate).limit(1)).one())
        session.scalars(select(Kpi).limit(1)).one().name = "Renamed by HR"
    added = company.call(install_shipped_catalogue)
    assert added.as_dict() == {"kpis": 0, "role_templates": 1, "competencies": 0, "forms": 0}
    with company.unit() as session:
        assert session.scalar(select(func.count()).where(Kpi.name == "Renamed by HR")) == 1


def test_a_new_cycle_takes_everyone_active_on_its_start_date_and_the_five_default_bands(company):
    created = company.call(create_cycle, H1)
    assert created.participants == 5  # E6 joins in March
    detail = company.call(cycle_detail, created.id)
    assert detail.row.stage == CycleStage.DRAFT
    assert [b.code for b in detail.bands] == ["S", "A", "B", "C", "D"]
    assert detail.bands == default_bands()
    assert sum(b.guideline_pct for b in detail.bands) == 100
    assert {p.employee_no for p in detail.participants} == {"E1", "E2", "E3", "E4", "E5"}
    assert detail.departments is None
    assert company.call(find_cycle, "2027 H1") == created.id == company.call(find_cycle, str(created.id))


def test_a_department_scope_includes_its_sub_departments(company):
    with company.unit() as session:
        sales = _department_id(session, "销售部")
    created = company.call(create_cycle, NewCycle("Sales 2027", date(2027, 4, 1), date(2027, 6, 30), "quarter",
                                                  department_ids=[sales]))
    detail = company.call(cycle_detail, created.id)
    # E2 in 销售部, E3 and E4 in 销售一组 below it, E6 hired 2027-03-01; not E1 (总部) nor E5 (财务部).
    assert {p.employee_no for p in detail.participants} == {"E2", "E3", "E4", "E6"}
    assert detail.departments == ["销售部"]


def test_bad_new_cycle_input_names_every_field(company):
    company.call(create_cycle, H1)
    with pytest.raises(ValidationError) as refused:
        company.call(create_cycle, NewCycle("2027 H1", date(2027, 6, 1), date(2027, 1, 1), "weekly"))
    fields = {p.field: p.code for p in refused.value.problems}
    assert fields == {"cycle_name": "cycle_name_taken", "period_end": "cycle_end_before_start",
                      "frequency": "cycle_frequency_unknown"}
    assert "choose another name" in str(refused.value)


def test_copying_an_earlier_cycle_takes_its_settings_bands_form_and_targets(company):
    company.call(install_shipped_catalogue)
    earlier = company.call(create_cycle, H1)
    with company.unit() as session:
        form = session.scalar(select(FormTemplate.id).where(FormTemplate.family == "people_manager"))
        kpi = session.scalars(select(Kpi).limit(1)).one()
        session.add(Target(cycle_id=earlier.id, employee_id=_employee_id(session, "E3"), kpi_id=kpi.id,
                           target_value=40, weight=100))
    bands = [Band("HI", "High", "高", 80, 30), Band("MID", "Middle", "中", 50, 50), Band("LO", "Low", "低", 0, 20)]
    company.call(change_settings, earlier.id, SettingsChange(
        kpi_weight=60, group_weights={"peer": 30}, bands=bands, anonymity_threshold=4, form_template_id=form))
    later = company.call(create_cycle, NewCycle("2027 H2", date(2027, 7, 1), date(2027, 12, 31), "half_year",
                                                copy_from_id=earlier.id))
    assert later.targets_copied == 1 and later.participants == 6
    detail = company.call(cycle_detail, later.id)
    assert (detail.kpi_weight, detail.competency_weight, detail.anonymity_threshold) == (60, 40, 4)
    assert detail.group_weights["peer"] == 30 and detail.group_weights["manager"] == 50
    assert detail.bands == bands and detail.form_template_id == form and detail.copied_from == "2027 H1"


def test_settings_are_checked_and_every_problem_names_its_field(company):
    cycle_id = company.call(create_cycle, H1).id
    with pytest.raises(ValidationError) as refused:
        company.call(change_settings, cycle_id, SettingsChange(
            kpi_weight=70, competency_weight=40, group_weights={"manager": -1, "boss": 5}, anonymity_threshold=0,
            due_dates={"someday": date(2027, 2, 1)}))
    codes = {(p.field, p.code) for p in refused.value.problems}
    assert codes == {("kpi_weight", "part_weights_not_100"), ("group_weights", "group_weight_negative"),
                     ("group_weights", "group_weight_unknown_group"),
                     ("anonymity_threshold", "anonymity_threshold_range"), ("due", "due_stage_unknown")}
    with pytest.raises(ValidationError, match="give at least one"):
        company.call(change_settings, cycle_id, SettingsChange(
            group_weights={"manager": 0, "peer": 0, "direct_report": 0, "customer": 0, "self": 10}))
    detail = company.call(cycle_detail, cycle_id)
    assert (detail.kpi_weight, detail.anonymity_threshold) == (70, 3)  # nothing changed
    company.call(change_settings, cycle_id, SettingsChange(
        competency_weight=25, group_weights={"manager": 40, "customer": 20}, anonymity_threshold=5,
        due_dates={"goal_setting": date(2027, 1, 31)}))
    detail = company.call(cycle_detail, cycle_id)
    assert (detail.kpi_weight, detail.competency_weight, detail.anonymity_threshold) == (75, 25, 5)
    assert detail.due_dates == {"goal_setting": "2027-01-31"}
    with company.unit() as session:
        weights = group_weights_of(session.get(Cycle, cycle_id))
    assert weights[Relationship.MANAGER] == 40 and weights[Relationship.CUSTOMER] == 20
    assert weights[Relationship.PEER] == 20 and weights[Relationship.SELF] == 0


@pytest.mark.parametrize("bands, expected", [
    ([Band("X", "Only", "唯一", 0, 100)], {(None, "bands", "band_count")}),
    ([Band("A", "Good", "好", 50, 50), Band("B", "Fair", "", 20, 50)],
     {(2, "name_zh", "band_field_missing"), (None, "min_score", "band_none_at_zero")}),
    ([Band("A", "Good", "好", 50, 60), Band("a", "Fair", "中", 50, 30), Band("C", "Poor", "差", 0, 5)],
     {(2, "code", "duplicate_in_file"), (2, "min_score", "duplicate_in_file"),
      (None, "guideline_pct", "band_guidelines_not_100")}),
    ([Band("A", "Good", "好", 151, 50), Band("B", "Poor", "差", 0, None)],
     {(1, "min_score", "band_min_score_range"), (2, "guideline_pct", "band_guideline_range")}),
])
def test_bad_bands_are_refused_row_by_row(company, bands, expected):
    cycle_id = company.call(create_cycle, H1).id
    with pytest.raises(ValidationError) as refused:
        company.call(change_settings, cycle_id, SettingsChange(bands=bands))
    assert {(p.row, p.field, p.code) for p in refused.value.problems} == expected


def test_bands_keep_their_rows_when_renamed_and_reordered(company):
    cycle_id = company.call(create_cycle, H1).id
    swapped = [Band("S", "Star", "明星", 85, 10), Band("A", "Strong", "强", 95, 20), Band("B", "Meets", "达标", 70, 50),
               Band("C", "Improve", "改进", 60, 15), Band("D", "Below", "不足", 0, 5)]
    company.call(change_settings, cycle_id, SettingsChange(bands=swapped))
    assert [b.code for b in company.call(cycle_detail, cycle_id).bands] == ["A", "S", "B", "C", "D"]


def test_settings_are_locked_from_calibration_on(company):
    cycle_id = company.call(create_cycle, H1).id
    with company.unit() as session:
        session.get(Cycle, cycle_id).stage = CycleStage.CALIBRATION
    with pytest.raises(StageBlocked) as refused:
        company.call(change_settings, cycle_id, SettingsChange(anonymity_threshold=4))
    assert refused.value.code == "cycle_settings_locked"
    assert company.call(cycle_detail, cycle_id).locked_code == "cycle_settings_locked"
    assert not company.call(list_cycles)[0].may_change


def test_a_joiner_gets_an_appraisal_once_goal_setting_began_and_leavers_are_marked(company):
    cycle_id = company.call(create_cycle, H1).id
    with company.unit() as session:
        session.get(Cycle, cycle_id).stage = CycleStage.GOAL_SETTING
        joiner = _employee_id(session, "E6")
        leaver = session.get(Employee, _employee_id(session, "E5"))
        leaver.is_active, leaver.leave_date = False, date(2027, 4, 30)
    row = company.call(add_participant, cycle_id, joiner)
    assert row.added_late and row.employee_no == "E6"
    with company.unit() as session:
        assert session.scalar(select(func.count()).select_from(Appraisal).where(Appraisal.employee_id == joiner)) == 1
    with pytest.raises(StageBlocked, match="already in"):
        company.call(add_participant, cycle_id, joiner)
    detail = company.call(cycle_detail, cycle_id)
    assert [p.employee_no for p in detail.participants if p.is_leaver] == ["E5"]
    assert detail.row.participants == 6 and detail.row.leavers == 1
    with pytest.raises(NotFound):
        company.call(add_participant, cycle_id, 99999)


def test_access_hr_writes_managers_see_their_line_auditors_read(company):
    cycle_id = company.call(create_cycle, H1).id
    with company.unit() as session:
        manager_id = _employee_id(session, "E2")
    manager = Workstation(company.database, Actor(7, "wang", "王芳", UserRole.MANAGER, manager_id))
    auditor = Workstation(company.database, Actor(8, "audit", "Auditor", UserRole.AUDITOR))
    # The manager sees the cycle, counted over their line only (E3, E4).
    assert manager.call(list_cycles)[0].participants == 2
    assert {p.employee_no for p in manager.call(cycle_detail, cycle_id).participants} == {"E3", "E4"}
    assert auditor.call(list_cycles)[0].participants == 5
    for workstation in (manager, auditor):
        with pytest.raises(PermissionDenied):
            workstation.call(create_cycle, NewCycle("X", date(2027, 1, 1), date(2027, 1, 31), "month"))
        with pytest.raises(PermissionDenied):
            workstation.call(change_settings, cycle_id, SettingsChange(anonymity_threshold=4))
        with pytest.raises(PermissionDenied):
            workstation.call(install_shipped_catalogue)
        with pytest.raises(PermissionDenied):
            workstation.call(add_participant, cycle_id, manager_id)


def test_an_unknown_stage_or_group_names_every_choice_whole(company):
    """A new user who writes --due self_review=… learns every stage's name, not 'calib…'."""
    from reviewer.cycles.stages import reopen
    from reviewer.messages import render

    cycle_id = company.call(create_cycle, H1).id
    with pytest.raises(ValidationError) as refused:
        company.call(change_settings, cycle_id, SettingsChange(
            group_weights={"boss": 5}, due_dates={"self_review": date(2027, 3, 31)}))
    texts = " ".join(render(p.code, p.params) for p in refused.value.problems)
    # Each choice by its word and what to type for it.
    assert "Manager review (manager_review), Calibration (calibration), Sign-off (sign_off)" in texts
    assert "…" not in texts
    assert "Self (self), Manager (manager), Peer (peer), Direct report (direct_report), Customer (customer)" in texts
    with pytest.raises(ValidationError) as refused:
        company.call(reopen, cycle_id, "review", "a reason")
    assert "Sign-off (sign_off), Closed (closed)" in render(refused.value.code, refused.value.params)


def test_participants_are_listed_by_employee_number(company):
    cycle_id = company.call(create_cycle, H1).id
    numbers = [p.employee_no for p in company.call(cycle_detail, cycle_id).participants]
    assert numbers == sorted(numbers) == ["E1", "E2", "E3", "E4", "E5"]
