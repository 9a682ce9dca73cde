"""The "how was this computed" view, opened from the Appraisals page on the selected appraisal."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewer.access import Actor
from reviewer.workstation import Workstation
from db.models import UserRole


def _open_explain(qtbot, page):
    page.reload()
    page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))  # the closed cycle: scored in both parts
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    # someone with both parts
    page.table.selectRow(next(n for n in range(page.model.rowCount()) if page.model.row(n).kpi_score is not None))
    assert page.explain_button.isEnabled()
    qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)
    dialog = page.explain_dialog
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=20000)
    return dialog


def test_explain_score_shows_every_step_of_the_selected_appraisal(app, qtbot, demo_database):
    from ui.pages.appraisals_page import AppraisalsPage

    page = AppraisalsPage(Workstation(demo_database))
    qtbot.addWidget(page)
    page.show()
    assert not page.explain_button.isEnabled()  # nothing selected yet
    dialog = _open_explain(qtbot, page)
    row = page.selected_row()
    steps = dialog.step_texts()
    assert dialog.explanation.employee_no == row.employee_no
    assert steps[0].startswith("2026 H1, 2026-01-01 to 2026-06-30: the KPI part weighs 70 %")
    top = [line.split("\t")[0] for line in steps if not line.startswith(" ")]
    assert any(line.startswith("KPI part: ") for line in top)
    assert any(line.startswith("Competency part (360): ") for line in top)
    assert f"Final score: {row.final_score:,.2f}" in top
    assert any("Weighted mean of the points of the targets with a result" in line for line in steps)
    assert any(line.strip().startswith("Linear rule: 100 × attainment") for line in steps)
    assert dialog.tree.model().rowCount() == len(top)
    dialog.close()


def test_a_manager_cannot_explain_their_own_score(app, qtbot, demo_database, monkeypatch):
    from sqlalchemy import select

    from db.models import Appraisal, Employee
    from ui.dialogs.score_explain import ScoreExplainDialog

    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id)
                                   .where(Employee.manager_id.is_not(None)).order_by(Appraisal.id))
        employee_id, cycle_id = appraisal.employee_id, appraisal.cycle_id
    shown = []
    monkeypatch.setattr("ui.dialogs.score_explain.show_error", lambda parent, error: shown.append(error))
    own = Actor(user_id=None, username="m", display_name="Manager", role=UserRole.MANAGER, employee_id=employee_id)
    dialog = ScoreExplainDialog(Workstation(demo_database, own), cycle_id, employee_id, "en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].code == "own_review_confidential" and dialog.explanation is None


def test_the_explanation_names_the_band_the_appraisals_list_shows(app, qtbot, demo_database):
    from ui.pages.appraisals_page import AppraisalsPage

    page = AppraisalsPage(Workstation(demo_database))
    qtbot.addWidget(page)
    page.show()
    dialog = _open_explain(qtbot, page)
    listed = page.selected_row().band
    top = [line.split("\t")[0] for line in dialog.step_texts() if not line.startswith(" ")]
    assert any(line.startswith("Band the score reaches: ") for line in top)
    assert any(line.startswith("Band proposed by the manager: ") for line in top)
    carried = next(line for line in top if line.startswith("Calibrated band: "))
    assert listed and f"{listed} (" in carried  # the band the list shows, named where the appraisal carries it
    dialog.close()
