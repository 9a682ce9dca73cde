"""The ranking tab and the context panel in the window: reorder by keyboard and by drag,
save, reset; a person's bands, KPIs and 360 summary; codes only in a blind session."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from sqlalchemy import select

from db.models import PositionRanking
from reviewer.workstation import Workstation
from ui.calibration.context_panel import ContextPanel
from ui.calibration.ranking_view import RankingView

from tests.reviewer.calibration.rank_company import HR, build_rank_company, open_blind_session

SHOTS = os.environ.get("RANK_SHOTS")  # a folder: save screenshots there (for review, not for the test)


@pytest.fixture
def company_database(empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        company = build_rank_company(session)
    return empty_sqlite_database, company


def _people(view: RankingView) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_reorder_by_keyboard_and_drag_then_save_and_reset(app, qtbot, company_database):
    database, company = company_database
    view = RankingView(Workstation(database, HR))
    qtbot.addWidget(view)
    view.resize(760, 420)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show_session(company.cycle_id, None)
    assert _people(view) == ["Bo (E12)", "Ann (E11)", "Cai (E13)", "Dan (E14)", "Eve (E15)"]
    assert view.save_button.isEnabled() and not view.reset_button.isEnabled()
    # Keyboard: Eve up two places.
    view.table.setFocus()
    view.table.selectRow(4)
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _people(view)[2] == "Eve (E15)" and view.model.index(2, 0).data() == "3"
    # Drag: Ann dropped on top (what the view does on a drop between rows).
    data = view.model.mimeData([view.model.index(1, 0)])
    view.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _people(view)[:3] == ["Ann (E11)", "Bo (E12)", "Eve (E15)"]
    _shot(view, "rank-ranking-en.png")
    with qtbot.waitSignal(view.changed, timeout=20000):
        qtbot.keyClick(view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with database.session() as session:
        saved = [e for e in session.scalars(select(PositionRanking.employee_id).order_by(PositionRanking.rank))]
    assert saved == [company.ids[n] for n in ("Ann", "Bo", "Eve", "Cai", "Dan")]
    assert "Hanna HR" in view.state.text() and view.reset_button.isEnabled()
    with qtbot.waitSignal(view.changed, timeout=20000):
        view.reset_button.click()
    assert _people(view)[0] == "Bo (E12)" and not view.ranking.saved


def test_a_reader_cannot_reorder(app, qtbot, company_database):
    from reviewer.access import Actor, UserRole

    database, company = company_database
    view = RankingView(Workstation(database, Actor(None, "audit", "Otto", UserRole.AUDITOR)))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show_session(company.cycle_id, None)
    view.table.selectRow(4)
    view.move_selected(-1)
    assert _people(view)[4] == "Eve (E15)"
    assert not view.save_button.isEnabled() and not view.reset_button.isEnabled()
    assert not view.model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_context_panel_shows_bands_kpis_and_codes_in_a_blind_session(app, qtbot, company_database):
    database, company = company_database
    with database.session() as session:
        blind = open_blind_session(session, company, ["Ann", "Bo"], [])
    panel = ContextPanel(Workstation(database, HR))
    qtbot.addWidget(panel)
    panel.resize(620, 640)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_person(company.cycle_id, company.appraisals["Ann"], None)
    assert panel.title.text() == "Ann (E11)"
    assert [panel.bands.index(r, 1).data() for r in range(4)] == ["C Solid", "B Strong", "A Outstanding", "B Strong"]
    assert panel.kpis.index(0, 3).data() == "88%"
    _shot(panel, "rank-context-en.png")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_person(company.cycle_id, company.appraisals["Ann"], blind)
    assert panel.title.text().startswith("P-") and "Ann" not in panel.title.text()
    assert "Mei" not in panel.subtitle.text() and "M-" in panel.subtitle.text()


def test_an_error_is_a_message_box_not_a_traceback(app, qtbot, company_database, monkeypatch):
    database, company = company_database
    shown = []
    monkeypatch.setattr("ui.errors.QMessageBox.exec", lambda box: shown.append(box.text()))
    panel = ContextPanel(Workstation(database, HR))
    qtbot.addWidget(panel)
    panel.show_person(company.cycle_id, 99999, None)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["There is no appraisal with id 99999."]
