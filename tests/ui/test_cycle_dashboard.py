"""The cycle dashboard: the next gate's blockers, each one click from where it is
fixed, and HR advancing past named people with a reason each."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Cycle, CycleStage, CycleStageEvent
from reviewer.workstation import Workstation
from ui.pages.cycle_dashboard import CycleDashboard, ExceptionsDialog, ReopenDialog

from tests.reviewer.cycles.company import build_company


def _dashboard(qtbot, database, company) -> CycleDashboard:
    page = CycleDashboard(Workstation(database), company.cycle_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None, timeout=30000)
    page.resize(980, 560)
    page.show()
    return page


def test_blockers_lead_to_where_they_are_fixed_and_advance_takes_reasons(app, qtbot, empty_sqlite_database,
                                                                          monkeypatch, tmp_path):
    with empty_sqlite_database.session() as session:
        company = build_company(session)
    page = _dashboard(qtbot, empty_sqlite_database, company)
    model = page.blockers_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["E1", "E6"]
    assert "heads the organisation" in model.index(0, 2).data() and model.index(0, 3).data() == "People"
    assert "0 of 6 people" not in page.summary.text() and "4 of 6 people" in page.summary.text()
    assert page.advance_button.isEnabled() and not page.release_button.isEnabled()
    page.grab().save(str(tmp_path / "cycle-dashboard-en.png"))

    with qtbot.waitSignal(page.go_to) as signal:
        page.blockers.doubleClicked.emit(model.index(1, 2))
    assert signal.args[:2] == ["people", company.ids["Lou"]]

    def let_past(dialog):
        dialog.set_reason(0, "Reviewed by the board")
        dialog.set_reason(1, "Contractor")
        return ExceptionsDialog.DialogCode.Accepted

    monkeypatch.setattr(ExceptionsDialog, "exec", let_past)
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.ask_advance()
    qtbot.waitUntil(lambda: page.view.stage == CycleStage.GOAL_SETTING, timeout=30000)
    assert model.rowCount() == 6 and model.index(0, 3).data() == "KPI targets and results"
    with empty_sqlite_database.session() as session:
        assert session.get(Cycle, company.cycle_id).stage == CycleStage.GOAL_SETTING
        reasons = set(session.scalars(select(CycleStageEvent.reason).where(CycleStageEvent.kind == "exception")))
    assert reasons == {"Reviewed by the board", "Contractor"}

    def back(dialog):
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no reason yet
        dialog.why.setPlainText("Wrong people in the cycle")
        return ReopenDialog.DialogCode.Accepted

    monkeypatch.setattr(ReopenDialog, "exec", back)
    page.ask_reopen()
    qtbot.waitUntil(lambda: page.view.stage == CycleStage.DRAFT, timeout=30000)


def test_a_manager_sees_the_dashboard_but_may_not_move_the_cycle(app, qtbot, empty_sqlite_database):
    from reviewer.access import Actor
    from reviewer.access import UserRole

    with empty_sqlite_database.session() as session:
        company = build_company(session)
    workstation = Workstation(empty_sqlite_database, Actor(None, "mei", "Mei", UserRole.MANAGER, company.ids["Mei"]))
    page = CycleDashboard(workstation, company.cycle_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None, timeout=30000)
    assert page.blockers_model.rowCount() == 0  # nobody in Mei's line lacks a manager
    assert not any(b.isEnabled() for b in (page.advance_button, page.back_button, page.release_button,
                                           page.close_button))
    assert "Only HR" in page.advance_button.toolTip()


def test_progress_by_stage_is_a_matrix_by_department_or_by_manager(app, qtbot, empty_sqlite_database, tmp_path):
    from PySide6.QtCore import Qt

    from tests.reviewer.cycles.test_dashboard_progress import in_manager_review, with_support

    with empty_sqlite_database.session() as session:
        company = build_company(session)
        with_support(session, company)
        in_manager_review(session, company)
    page = _dashboard(qtbot, empty_sqlite_database, company)
    page.tabs.setCurrentIndex(1)
    assert page.tabs.tabText(1) == "Progress by stage"
    model = page.progress_model

    def header(column):
        return model.headerData(column, Qt.Orientation.Horizontal)

    def row(r):
        return [model.index(r, c).data() for c in range(model.columnCount())]

    assert [header(c) for c in range(model.columnCount())] == [
        "Department", "People", "Goal setting", "Self-review and 360", "● Manager review", "Calibration", "Sign-off"]
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    # Hand-counted in tests/reviewer/cycles/test_dashboard_progress.py; Support is furthest behind.
    assert row(0) == ["Everyone", "6", "4/6", "4/6", "4/6", "3/6", "1/6"]
    assert row(1) == ["Support", "1", "1/1", "1/1", "0/1", "—", "—"]
    assert row(2) == ["Sales", "5", "3/5", "3/5", "4/5", "3/5", "1/5"]
    assert "targets set and weighing 100 %" in model.index(2, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "3 of 5 through the gate" in model.index(2, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "not reached yet" in model.index(2, 5).data(Qt.ItemDataRole.ToolTipRole)
    tints = {model.index(r, 2).data(Qt.ItemDataRole.BackgroundRole).name() for r in (1, 2)}
    assert len(tints) == 2  # everyone through and some through look different
    assert model.index(1, 5).data(Qt.ItemDataRole.BackgroundRole) is None  # not reached: no tint
    page.grab().save(str(tmp_path / "cycle-progress-by-department.png"))

    qtbot.mouseClick(page.by_manager_button, Qt.MouseButton.LeftButton)
    assert header(0) == "Manager"
    assert [row(r)[:3] for r in range(model.rowCount())] == [
        ["Everyone", "6", "4/6"], ["No manager", "2", "2/2"], ["Mei", "3", "1/3"], ["Chen", "1", "1/1"]]
    assert model.index(2, 0).data(Qt.ItemDataRole.UserRole) == company.ids["Mei"]
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.reload()  # the choice survives a reload
    assert page.by_manager_button.isChecked() and header(0) == "Manager"
