"""History in the window: a person's trend from the People page (chart and table),
the team comparison tab of the Appraisals page and its export; screenshots in
English and Chinese."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from reviewer.workstation import Workstation
from tests.reviewer.appraisal.history_company import build_history_company

SHOTS = Path(os.environ.get("HISTORY_SCREENSHOTS", "")) if os.environ.get("HISTORY_SCREENSHOTS") else None


@pytest.fixture
def company(empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        ids = build_history_company(session)
        session.commit()
    return empty_sqlite_database, ids


def _shot(widget, tmp_path: Path, name: str) -> None:
    widget.grab().save(str((SHOTS or tmp_path) / name))


def _people_page(qtbot, workstation):
    from ui.pages.people_page import PeoplePage

    page = PeoplePage(workstation)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.people_loaded, timeout=20000):
        page.reload()
    page.resize(1100, 700)
    page.show()
    return page


def test_the_people_page_opens_a_persons_history_with_its_chart(app, qtbot, company, tmp_path):
    database, ids = company
    page = _people_page(qtbot, Workstation(database))
    page.select_person(ids["E1"])
    assert page.history_action.isEnabled()
    dialog = page.open_history()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    view = dialog.view
    assert "李娜" in view.title.text()
    model = view.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [row[0] for row in cells] == ["2025 H1", "2025 H2", "2026 H1"]
    assert cells[1][4:] == ["90.4", "Outstanding", "Outstanding"]
    assert cells[2][2] == "88.0" and cells[2][4] == "not shown yet"
    assert view.note.isVisible() and "not shown yet" in view.note.text()
    series = view.drawn_series()
    assert series["Final score"] == [70.6, 90.4] and series["KPI part"] == [70.0, 91.0, 88.0]
    _shot(dialog, tmp_path, "history-person-en.png")


def test_a_manager_cannot_open_the_history_of_someone_outside_their_line(app, qtbot, company, monkeypatch):
    from reviewer.access import Actor, UserRole
    from ui.pages import people_page

    database, ids = company
    shown = []
    monkeypatch.setattr(people_page, "show_error", lambda _parent, error: shown.append(str(error)))
    page = _people_page(qtbot, Workstation(database, Actor(5, "li", "李娜", UserRole.MANAGER, ids["E1"])))
    page.select_person(ids["E1"])  # her own record: she sees what was released to her
    dialog = page.open_history()
    qtbot.addWidget(dialog)
    model = dialog.view.model
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["70.6", "90.4", "not shown yet"]
    monkeypatch.setattr(page, "current_person_id", lambda: ids["E2"])  # e.g. a stale selection
    assert page.open_history() is None
    assert shown and "outside the reporting line" in shown[0]


def test_the_team_comparison_lists_each_cycle_and_exports_in_the_background(app, qtbot, company, tmp_path):
    from ui.pages.appraisals_page import AppraisalsPage

    database, ids = company
    page = AppraisalsPage(Workstation(database))
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.reload()
    page.tabs.setCurrentWidget(page.history)
    page.show()
    tab = page.history
    model = tab.model
    assert model.columnCount() == 3 + 3 * 3
    assert model.headerData(6, Qt.Orientation.Horizontal) == "2025 H2 score"
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert rows["E1"][3:9] == ["70.6", "Solid", "", "90.4", "Outstanding", "+19.8"]
    assert rows["E4"][1] == "赵离 (left)"
    tab.cycles.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert model.columnCount() == 3 + 3 * 2
    tab.department.setCurrentIndex(tab.department.findData(ids["team"]))
    assert model.rowCount() == 4  # 销售一组 only: the manager sits in 销售部
    _shot(page, tmp_path, "history-team-en.png")

    target = tmp_path / "comparison.xlsx"
    with qtbot.waitSignal(tab.status_message, timeout=20000) as saved:
        tab.export(target)
    assert "Saved 4 rows" in saved.args[0]
    header = next(load_workbook(target).active.iter_rows(values_only=True))
    assert header[-1] == "2025 H2 change"


def test_screenshots_in_chinese(qtbot, qapp, company, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.app import create_application
    from ui.pages.appraisals_page import AppraisalsPage
    from ui.pages.history_view import HistoryDialog

    create_application([], "zh_CN")
    QSettings().clear()
    try:
        database, ids = company
        workstation = Workstation(database)
        dialog = HistoryDialog(workstation, ids["E2"])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.view.model.index(1, 5).data() == "良好"
        _shot(dialog, tmp_path, "history-person-zh.png")
        page = AppraisalsPage(workstation)
        qtbot.addWidget(page)
        page.resize(1200, 650)
        page.reload()
        page.tabs.setCurrentWidget(page.history)
        page.show()
        qtbot.waitExposed(page)
        _shot(page, tmp_path, "history-team-zh.png")
    finally:
        for translator in qapp._translators:  # back to English for the tests that follow
            qapp.removeTranslator(translator)
        create_application([], "en")


def test_the_offline_forms_tab_exports_and_imports_self_review_forms(app, qtbot, company, tmp_path):
    from ui.pages.feedback_requests import RequestsTab
    from tests.reviewer.reviews.test_offline_self_review import fill

    database, ids = company
    tab = RequestsTab(Workstation(database))
    qtbot.addWidget(tab)
    tab.cycle_id = ids["2026 H1"]
    tab._update_buttons()
    assert tab.self_review_button.isEnabled()
    with qtbot.waitSignal(tab.status_message, timeout=30000) as written:
        tab.export_self_reviews(tmp_path / "out")
    assert "written to" in written.args[0]
    forms = sorted((tmp_path / "out").glob("*.pdf"))
    assert any("李娜" in f.name for f in forms)
    filled = tmp_path / "returned.pdf"
    fill(next(f for f in forms if "李娜" in f.name), filled)
    job = tab.import_files([filled])
    qtbot.waitUntil(lambda: hasattr(tab, "last_import"), timeout=20000)
    assert job is not None
    table = tab.last_import.table
    assert table.item(0, 1).text() == "Accepted" and "李娜" in table.item(0, 2).text()
