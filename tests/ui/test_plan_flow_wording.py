"""What a new user reads in the guided plan flow and on a plan's timeline: KPIs named as
the user knows them (not by their codes), every label of the summary translatable and
shown without its keyboard mark, and a timeline that spans the plan, not some years."""
from __future__ import annotations

import ast
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from db.models import Appraisal
from reviewer.plans.comparison import best_performer_comparison
from reviewer.plans.starting import plan_offer
from reviewer.workstation import Workstation
from ui.app import create_application
from ui.plans.guided_flow import GuidedPlanDialog

TODAY = date(2026, 12, 2)
ROOT = Path(__file__).resolve().parents[2]


def _proposed_appraisal(workstation) -> int:
    with workstation.unit() as session:
        ids = session.scalars(select(Appraisal.id).order_by(Appraisal.id)).all()
    for appraisal_id in ids:
        offer = workstation.call(plan_offer, appraisal_id)
        if offer.proposed:
            comparison = workstation.call(best_performer_comparison, offer.cycle_id, offer.employee_id)
            if any(k.peers_attainment.published and k.below_target for k in comparison.kpis):
                return appraisal_id
    raise AssertionError("the demo has no low appraisal with KPIs below target")


def _open(qtbot, workstation) -> GuidedPlanDialog:
    dialog = GuidedPlanDialog(workstation, appraisal_id=_proposed_appraisal(workstation), source="appraisal",
                              today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    return dialog


def _translated_inside_f_strings(path: Path) -> list[int]:
    """Lines where self.tr(...) is called inside an f-string: pyside6-lupdate does not see
    those, so their text never reaches the catalogue and stays English in Chinese."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr == "tr"):
                    lines.append(inner.lineno)
    return lines


@pytest.mark.parametrize("module", ["ui/plans/guided_flow.py", "ui/plans/plan_view.py",
                                    "ui/plans/step_dialogs.py", "ui/pages/plans_page.py",
                                    "ui/pages/today_page.py"])
def test_plan_and_today_texts_are_all_visible_to_the_translation_tool(module):
    assert _translated_inside_f_strings(ROOT / module) == []


def test_the_summary_names_the_main_cause_without_its_keyboard_mark_in_chinese(app, qtbot, demo_database):
    create_application([], "zh_CN")
    try:
        dialog = _open(qtbot, Workstation(demo_database))
        dialog.cause_radios["skills"].setChecked(True)
        summary = dialog._summary_html()
        assert "技能：" in summary and "(K)" not in summary and "&" not in dialog.root_cause_text()
    finally:
        create_application([], "en")


def test_hints_and_proposed_goals_name_the_kpi_not_its_code(app, qtbot, demo_database):
    dialog = _open(qtbot, Workstation(demo_database))
    kpis = dialog.start.comparison.kpis
    codes = {k.kpi_code for k in kpis}
    hints = dialog.hints.text()
    goals = [dialog.goals.item(row, 0).text() for row in range(dialog.goals.rowCount())]
    assert goals and hints
    for text in [hints, *goals]:
        assert not any(code in text for code in codes), text
    named = {k.kpi_name for k in kpis}
    assert all(any(text.startswith(name) for name in named) for text in goals)


def test_the_timeline_spans_the_plan_when_every_check_in_fell_on_one_day(app, qtbot):
    from matplotlib.dates import num2date

    from ui.plans.timeline_chart import TimelineChart

    day = date(2026, 12, 1)
    goal = SimpleNamespace(id=1, position=1, description="New customers")
    check_ins = [SimpleNamespace(held_on=day, progress_pct=pct, goals=[SimpleNamespace(goal_id=1, progress_pct=pct)])
                 for pct in (15, 40)]
    view = SimpleNamespace(goals=[goal], check_ins=check_ins, notes=[],
                           row=SimpleNamespace(start_date=day, end_date=date(2027, 3, 1)))
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.show_view(view)
    low, high = (num2date(x).date() for x in chart.figure.axes[0].get_xlim())
    assert low <= day and high >= date(2027, 3, 1)
    assert (high - low).days < 120  # the plan's three months, not years either side
