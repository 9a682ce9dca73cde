"""The Cycles page with its dashboard, wired into the window: a blocker double-clicked
opens the page where it is fixed on that person, moves on the dashboard refresh the
cycle list, and the page's keys and splitter behave like the other pages'."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from db.models import Cycle, CycleParticipant, CycleStage, Frequency, Relationship
from reviewer.workstation import Workstation
from tests.reviewer.cycles.company import ask, build_company
from ui.main_window import MainWindow
from ui.pages.cycle_dashboard import ExceptionsDialog
from ui.pages.review_forms import ManagerReviewForm, SelfReviewForm


def _company_at(database, stage: CycleStage | None = None):
    with database.session() as session:
        company = build_company(session)
        if stage is not None:
            from reviewer.cycles.participation import ensure_appraisals

            cycle = session.get(Cycle, company.cycle_id)
            cycle.stage = stage
            session.flush()
            ensure_appraisals(session, cycle)
            ask(session, company, "Ann", Relationship.PEER, ["Bo", "Cai"], answered=1)
    return company


def _window(qtbot, database) -> MainWindow:
    main = MainWindow(Workstation(database))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.people_page.people_loaded, timeout=20000):
        main.show()
    return main


def _cycles_page(qtbot, window):
    window.show_page("cycles")
    page = window.pages["cycles"]
    dashboard = page.dashboard
    qtbot.waitUntil(lambda: dashboard.view is not None and dashboard.view.cycle_id == page.current_cycle_id(),
                    timeout=20000)
    return page, dashboard


def _double_click_blocker(qtbot, dashboard, employee_no: str, code: str) -> None:
    model = dashboard.blockers_model
    row = next(r for r in range(model.rowCount())
               if model.blocker(r).employee_no == employee_no and model.blocker(r).code == code)
    table = dashboard.blockers
    index = model.index(row, 2)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_dashboard_is_the_first_tab_and_follows_the_selected_cycle(app, qtbot, empty_sqlite_database):
    company = _company_at(empty_sqlite_database)
    with empty_sqlite_database.session() as session:
        later = Cycle(name="2027 H2", period_start=date(2027, 7, 1), period_end=date(2027, 12, 31),
                      frequency=Frequency.HALF_YEAR)
        session.add(later)
        session.flush()
        session.add_all(CycleParticipant(cycle_id=later.id, employee_id=e) for e in company.ids.values())
        other = later.id
    window = _window(qtbot, empty_sqlite_database)
    page, dashboard = _cycles_page(qtbot, window)
    assert page.detail_tabs.tabText(0) == "Dashboard" and page.detail_tabs.currentWidget() is dashboard
    shown = dashboard.view.cycle_id
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id != shown)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: dashboard.view is not None and dashboard.view.cycle_id != shown, timeout=20000)
    assert {shown, dashboard.view.cycle_id} == {company.cycle_id, other}
    assert page.dashboard.heading.text().startswith(page.model.row_at(row).name)
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert dashboard.pages.currentIndex() == dashboard.EMPTY and dashboard.view is None


def test_a_blocker_opens_the_people_page_on_that_person_and_an_advance_refreshes_the_list(
        app, qtbot, empty_sqlite_database, monkeypatch):
    company = _company_at(empty_sqlite_database)
    window = _window(qtbot, empty_sqlite_database)
    page, dashboard = _cycles_page(qtbot, window)
    _double_click_blocker(qtbot, dashboard, "E6", "no_manager")
    assert window.current_page_key() == "people"
    assert window.people_page.current_person_id() == company.ids["Lou"]

    window.show_page("cycles")
    monkeypatch.setattr(ExceptionsDialog, "exec", lambda dialog: (
        dialog.set_reason(0, "Heads the company"), dialog.set_reason(1, "Contractor"),
        ExceptionsDialog.DialogCode.Accepted)[-1])
    with qtbot.waitSignal(page.cycles_loaded, timeout=20000):
        qtbot.keyClick(page.table, Qt.Key.Key_A,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.index(0, 2).data() == "Goal setting"  # the list read again after the move
    qtbot.waitUntil(lambda: dashboard.view is not None and dashboard.view.stage == CycleStage.GOAL_SETTING,
                    timeout=20000)


def test_a_no_targets_blocker_opens_the_targets_tab_on_that_person_and_cycle(app, qtbot, empty_sqlite_database):
    company = _company_at(empty_sqlite_database, CycleStage.GOAL_SETTING)
    window = _window(qtbot, empty_sqlite_database)
    _page, dashboard = _cycles_page(qtbot, window)
    _double_click_blocker(qtbot, dashboard, "E4", "no_targets")
    assert window.current_page_key() == "kpis"
    tab = window.kpi_page.targets_tab
    assert window.kpi_page.tabs.currentWidget() is tab
    assert tab.cycle.currentData() == company.cycle_id
    assert tab.current_employee() == company.ids["Bo"] and "Bo" in tab.person_title.text()
    assert "0%" in tab.total.text()  # nobody has targets yet: Bo is listed to get some


def test_review_blockers_open_the_right_form_on_that_person(app, qtbot, empty_sqlite_database, monkeypatch):
    company = _company_at(empty_sqlite_database, CycleStage.SELF_REVIEW_360)
    opened = []
    monkeypatch.setattr(SelfReviewForm, "exec", lambda form: opened.append(("self", form.sheet.employee_no)))
    monkeypatch.setattr(ManagerReviewForm, "exec", lambda form: opened.append(("manager", form.sheet.employee_no)))
    window = _window(qtbot, empty_sqlite_database)
    _page, dashboard = _cycles_page(qtbot, window)
    _double_click_blocker(qtbot, dashboard, "E5", "self_review_not_submitted")
    assert window.current_page_key() == "appraisals"
    appraisals = window.pages["appraisals"]
    assert appraisals.cycle.currentData() == company.cycle_id
    assert appraisals.selected_row().employee_id == company.ids["Cai"]
    qtbot.waitUntil(lambda: opened == [("self", "E5")], timeout=5000)

    window.show_page("cycles")
    _double_click_blocker(qtbot, dashboard, "E3", "feedback_short_peer")
    assert window.current_page_key() == "feedback"
    requests = window.pages["feedback"].requests_tab
    qtbot.waitUntil(lambda: requests.model.rowCount() == 2, timeout=20000)
    assert {requests.model.row_at(r).subject_id for r in range(2)} == {company.ids["Ann"]}
    assert requests.about_row.isVisible() and "Ann" in requests.about_note.text()
    requests.everyone_button.click()
    assert not requests.about_row.isVisible()


def test_a_manager_review_blocker_opens_the_manager_form(app, qtbot, empty_sqlite_database, monkeypatch):
    _company_at(empty_sqlite_database, CycleStage.MANAGER_REVIEW)
    opened = []
    monkeypatch.setattr(ManagerReviewForm, "exec", lambda form: opened.append(("manager", form.sheet.employee_no)))
    window = _window(qtbot, empty_sqlite_database)
    _page, dashboard = _cycles_page(qtbot, window)
    _double_click_blocker(qtbot, dashboard, "E4", "manager_review_not_submitted")
    qtbot.waitUntil(lambda: opened == [("manager", "E4")], timeout=5000)


def test_the_window_remembers_the_cycles_splitter(app, qtbot, empty_sqlite_database):
    _company_at(empty_sqlite_database)
    window = _window(qtbot, empty_sqlite_database)
    page, _dashboard = _cycles_page(qtbot, window)
    page.splitter.setSizes([120, 480])
    sizes = page.splitter.sizes()
    window.close()
    assert QSettings().value("cycles/splitter") is not None
    again = MainWindow(Workstation(empty_sqlite_database))
    qtbot.addWidget(again)
    again.show()
    assert again.current_page_key() == "cycles"  # opened on the page shown last
    restored = again.pages["cycles"].splitter.sizes()
    # The window may lay out at another height before it is exposed: the shares are kept
    # (the page's own default gives the list 40 %).
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
