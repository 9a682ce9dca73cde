"""The guided flow that starts a plan: from a low appraisal, the comparison with the best
performers beside the cause analysis, the proposed goals kept, an action added, and the
draft saved with its goals and dates; screenshots of the comparison step in English and
Chinese for a person to look at."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Appraisal, ImprovementPlan, PlanAction, PlanGoal
from reviewer.plans.comparison import best_performer_comparison
from reviewer.plans.starting import plan_offer
from reviewer.workstation import Workstation
from ui.app import create_application
from ui.plans.comparison_model import MEDIAN, TOP_QUARTILE, ComparisonModel
from ui.plans.guided_flow import ACTIONS, CAUSE, GOALS, SUMMARY, GuidedPlanDialog

TODAY = date(2026, 12, 2)
SHOTS = Path("/tmp/planflow-shots")


def _low_appraisal(workstation) -> int:
    """A demo appraisal the program proposes a plan for whose KPIs have others to compare with."""
    with workstation.unit() as session:
        ids = session.scalars(select(Appraisal.id).order_by(Appraisal.id)).all()
    for appraisal_id in ids:
        offer = workstation.call(plan_offer, appraisal_id)
        if offer.proposed:
            comparison = workstation.call(best_performer_comparison, offer.cycle_id, offer.employee_id)
            if any(k.peers_attainment.published and k.below_target for k in comparison.kpis):
                return appraisal_id
    raise AssertionError("the demo has no low appraisal with a comparison")


def _open(qtbot, workstation, appraisal_id) -> GuidedPlanDialog:
    dialog = GuidedPlanDialog(workstation, appraisal_id=appraisal_id, source="appraisal", today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    return dialog


def test_a_plan_from_a_low_appraisal_is_saved_as_a_draft_with_goals_and_dates(app, qtbot, demo_database):
    workstation = Workstation(demo_database)
    appraisal_id = _low_appraisal(workstation)
    dialog = _open(qtbot, workstation, appraisal_id)
    assert dialog.pages.currentIndex() == CAUSE
    comparison = dialog.start.comparison
    # The table shows the others' median and top quartile of a KPI the person misses.
    kpi = next(k for k in comparison.kpis if k.peers_actual.published and k.below_target)
    row = dialog.comparison.kpi_row(kpi.kpi_code)
    table = dialog.comparison
    assert table.headerData(MEDIAN, Qt.Orientation.Horizontal) == "Median"
    assert table.headerData(TOP_QUARTILE, Qt.Orientation.Horizontal) == "Top quartile"
    assert table.index(row, MEDIAN).data() not in ("", "—", "too few")
    from ui.formatting import format_number

    assert table.index(row, MEDIAN).data() == format_number(kpi.peers_actual.median)
    dialog.compare_mode.setCurrentIndex(1)  # share of target
    assert table.index(row, TOP_QUARTILE).data() == f"{kpi.peers_attainment.top_quartile * 100:.0f} %"
    assert dialog.hints.text().startswith("• ")
    # cause analysis
    qtbot.mouseClick(dialog.cause_radios["skills"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.analysis, "Takes too long over each customer call; the best performers use the script.")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    # goals: the proposal's, kept
    assert dialog.pages.currentIndex() == GOALS
    proposed = dialog.start.proposal.goals
    assert dialog.goals.rowCount() == len(proposed) > 0
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    # actions: one mentoring action with an owner and a date
    assert dialog.pages.currentIndex() == ACTIONS
    qtbot.mouseClick(dialog.add_action_button, Qt.MouseButton.LeftButton)
    dialog.actions.cellWidget(0, 0).setCurrentIndex(dialog.actions.cellWidget(0, 0).findData("mentoring"))
    dialog.actions.item(0, 1).setText("Shadow a top performer's calls weekly")
    dialog.actions.item(0, 2).setText("Team lead")
    dialog.actions.cellWidget(0, 3).setDate(dialog.actions.cellWidget(0, 3).date().addDays(7))
    qtbot.keyClicks(dialog.support, "Two hours of coaching a week")
    dialog.cadence.setCurrentIndex(dialog.cadence.findData(7))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == SUMMARY
    assert "Shadow a top performer" in dialog.summary.toPlainText()
    with qtbot.waitSignal(dialog.plan_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plan_id = saved.args[0]
    with demo_database.session() as session:
        plan = session.get(ImprovementPlan, plan_id)
        appraisal = session.get(Appraisal, appraisal_id)
        assert (plan.employee_id, plan.kind, plan.source, plan.source_appraisal_id) == (
            appraisal.employee_id, "improvement", "appraisal", appraisal_id)
        assert plan.approved_at is None and plan.root_cause == "skills" and "script" in plan.analysis
        assert (plan.start_date, plan.end_date, plan.cadence_days) == (TODAY, date(2027, 3, 2), 7)
        goals = session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan_id).order_by(PlanGoal.position)).all()
        assert [(g.horizon, g.due_date) for g in goals] == [(p.horizon, p.due_date) for p in proposed]
        assert {g.due_date for g in goals} == {date(2027, 1, 2), date(2027, 3, 2)}
        action = session.scalars(select(PlanAction).where(PlanAction.plan_id == plan_id)).one()
        assert (action.kind, action.owner, action.due_date) == ("mentoring", "Team lead", date(2026, 12, 9))
        assert plan.support == "Two hours of coaching a week"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_comparison_step(app, qtbot, demo_database, language):
    create_application([], language)
    try:
        workstation = Workstation(demo_database)
        dialog = _open(qtbot, workstation, _low_appraisal(workstation))
        dialog.resize(1100, 680)
        qtbot.wait(50)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"comparison-{language}.png"))
        # Nothing in the table is cut off: every column fits its header and its cells.
        view = dialog.comparison_table
        for column in range(1, dialog.comparison.columnCount()):
            assert view.columnWidth(column) >= view.sizeHintForColumn(column) - 1
    finally:
        create_application([], "en")


def test_the_appraisals_page_proposes_a_plan_for_a_low_released_appraisal(app, qtbot, window, monkeypatch):
    workstation = window.workstation
    appraisal_id = _low_appraisal(workstation)
    offer = workstation.call(plan_offer, appraisal_id)
    window.open_place("appraisals", offer.employee_id, cycle_id=offer.cycle_id)
    page = window.page("appraisals")
    assert page.selected_row().appraisal_id == appraisal_id
    assert page.plan_banner_row.isVisible() and "an improvement plan is proposed" in page.plan_banner.text()
    assert page.improvement_button.isEnabled() and page.development_button.isEnabled()
    # A saved plan opens on the Plans page.
    opened = []
    plans = window.page("plans")
    monkeypatch.setattr(plans, "show_plan", opened.append, raising=False)
    dialog = page.start_plan("improvement")
    qtbot.waitUntil(lambda: dialog.start is not None, timeout=20000)
    assert dialog.start.appraisal_id == appraisal_id and dialog.start.source == "appraisal"
    dialog.save()
    assert window.current_page_key() == "plans" and opened == [dialog.saved_plan_id]
    # A person whose band is above the threshold gets no improvement plan from here, a development plan yes.
    for row in range(page.model.rowCount()):
        candidate = page.model.row(row)
        if not workstation.call(plan_offer, candidate.appraisal_id).eligible:
            page.table.selectRow(row)
            break
    assert not page.improvement_button.isEnabled() and not page.plan_banner_row.isVisible()
    assert page.development_button.isEnabled()


def test_a_kpi_alert_starts_an_improvement_plan_for_its_person(app, qtbot, window):
    page = window.kpi_page
    window.show_page("kpis")
    qtbot.waitUntil(lambda: page.alerts_model.rowCount() > 0, timeout=20000)
    page.alerts_table.selectRow(0)
    alert = page.selected_alert()
    assert page.alert_plan_button.isEnabled()
    dialog = page.start_plan_from_alert()
    qtbot.waitUntil(lambda: dialog.start is not None, timeout=20000)
    assert (dialog.start.employee_id, dialog.start.cycle_id, dialog.start.source, dialog.start.kind) == (
        alert.employee_id, alert.cycle_id, "alert", "improvement")
    assert dialog.reason.text().startswith("KPI results below their alert level")
    dialog.reject()


def test_from_scratch_the_person_and_the_kind_come_first(app, qtbot, demo_database):
    dialog = GuidedPlanDialog(Workstation(demo_database), today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.candidates_loaded, timeout=20000):
        dialog.show()
    assert dialog.pages.currentIndex() == 0 and not dialog.next_button.isEnabled()
    qtbot.keyClicks(dialog.person_filter, "E10020")
    assert dialog.candidates_proxy.rowCount() == 1
    dialog.person_table.selectRow(0)
    dialog.development_radio.setChecked(True)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.start.kind == "development" and dialog.start.employee_no == "E10020"
    assert dialog.pages.currentIndex() == CAUSE and dialog.back_button.isEnabled()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
