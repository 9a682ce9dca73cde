"""The Calibration page on a company built for the test (not the demo), its cycle moved to
calibration by the stage service: HR opens a session on a department, moves a person by
keyboard with a reason and sees the distribution change; a blank reason is refused;
Ctrl+Z undoes; a blind session shows codes, never names."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from reviewer.calibration.moves import session_moves
from reviewer.calibration.sessions import open_session
from reviewer.workstation import Workstation
from ui.calibration import session_view as session_view_module
from ui.calibration.dialogs import MoveDialog
from ui.pages.calibration_page import CalibrationPage

from tests.reviewer.calibration.company import PEOPLE, build_company


@pytest.fixture
def company_database(empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        company = build_company(session)
    return empty_sqlite_database, company


def _page(qtbot, database) -> CalibrationPage:
    page = CalibrationPage(Workstation(database))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.sessions_loaded, timeout=30000):
        page.reload()
    return page


def _wait_loaded(qtbot, page, condition) -> None:
    qtbot.waitUntil(lambda: page.session_view.data is not None and condition(page.session_view.data),
                    timeout=30000)


def _give_reason(monkeypatch, reason: str, seen: list | None = None) -> None:
    def answer(dialog):
        if seen is not None:
            seen.append(dialog)
        dialog.why.setPlainText(reason)
        return MoveDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveDialog, "exec", answer)


def _counts(page) -> dict[str, int]:
    model = page.session_view.distribution_view.model
    return {model.index(r, 0).data().split(" ")[0]: int(model.index(r, 3).data()) for r in range(model.rowCount())}


def _open_on_department(qtbot, page, company, department: str, blind: bool = False) -> None:
    page.open_new_session()
    qtbot.waitUntil(lambda: getattr(page, "open_dialog", None) is not None, timeout=30000)
    dialog = page.open_dialog
    dialog.set_scope("department", company.departments[department])
    dialog.blind.setChecked(blind)
    # The managers of the people in scope are ticked for the user: Chen (Mei's) and Mei (her reps').
    qtbot.waitUntil(lambda: set(dialog.participant_ids()) == {company.ids["Chen Wei"], company.ids["Mei Lan"]},
                    timeout=30000)
    with qtbot.waitSignal(page.sessions_loaded, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _wait_loaded(qtbot, page, lambda data: True)


def test_a_keyboard_move_with_a_reason_changes_the_distribution(app, qtbot, company_database, monkeypatch):
    database, company = company_database
    page = _page(qtbot, database)
    # No session yet: the page says so and offers to open one.
    assert page.session_stack.currentIndex() == page.NO_SESSION and page.empty_open_button.isVisible()

    _open_on_department(qtbot, page, company, "Sales")
    view = page.session_view
    assert view.data.header.member_count == 4 and view.data.header.name == "Sales"
    assert _counts(page) == {"A": 1, "B": 2, "C": 1, "D": 0}
    before_chart = view.distribution_view.drawn_after_shares()
    assert before_chart == [25.0, 50.0, 25.0, 0.0]

    view.tabs.setCurrentWidget(view.grid_view)
    bo = company.appraisals["Bo Zhang"]
    assert view.grid_view.select_appraisal(bo)
    seen: list[MoveDialog] = []
    _give_reason(monkeypatch, "Carried the East region's launch", seen)
    column = next(v for band, _t, v, _m in view.grid_view.columns if band.code == "B")
    qtbot.keyClick(column, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # one band up: B -> A
    _wait_loaded(qtbot, page, lambda data: len(data.moves) == 1)

    assert seen and seen[0].band.currentText().startswith("A")
    assert _counts(page) == {"A": 2, "B": 1, "C": 1, "D": 0}
    assert view.distribution_view.drawn_after_shares() == [50.0, 25.0, 25.0, 0.0] != before_chart
    assert "Bo Zhang" in view.grid_view.column_labels()["A"]
    card = next(m for band, _t, _v, m in view.grid_view.columns if band.code == "A")
    bo_card = next(card.data(card.index(n), Qt.ItemDataRole.UserRole + 2) for n, row in enumerate(card.rows)
                   if row.appraisal_id == bo)
    assert "<s>B</s>" in bo_card  # the band the session started from, struck through
    record = view.record_view.model
    assert [record.index(0, c).data() for c in (2, 3, 4, 5)] == ["Bo Zhang", "B", "A",
                                                                  "Carried the East region's launch"]
    assert view.grid_view.selected_appraisal() == bo  # still selected: the keyboard can move on

    # M chooses the band: two bands down from A is C, a big mover.
    _give_reason(monkeypatch, "Launch numbers were restated")
    monkeypatch.setattr(MoveDialog, "band_id", lambda dialog: company.bands["C"])
    column = next(v for band, _t, v, _m in view.grid_view.columns if band.code == "A")
    qtbot.keyClick(column, Qt.Key.Key_M)
    _wait_loaded(qtbot, page, lambda data: len(data.moves) == 2)
    assert "big mover" in record.index(0, 6).data()
    assert _counts(page) == {"A": 1, "B": 1, "C": 2, "D": 0}


def test_a_blank_reason_is_refused(app, qtbot, company_database, monkeypatch):
    database, company = company_database
    page = _page(qtbot, database)
    _open_on_department(qtbot, page, company, "Sales")
    view = page.session_view
    row = view.grid_view.row_of(company.appraisals["Cai Ling"])
    dialog = MoveDialog(row.label, "C", list(view.data.grid.bands), company.bands["B"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.hint.isHidden()
    dialog.why.setPlainText("   \n ")
    assert not ok.isEnabled()
    dialog.why.setPlainText("Covered two accounts")
    assert ok.isEnabled()

    # The service refuses a blank reason too, and the window says why.
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    view.move(company.appraisals["Cai Ling"], company.bands["B"], "  ")
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown[0].code == "calibration_reason_missing"
    with database.session() as session:
        assert session_moves(session, view.session_id) == []


def test_ctrl_z_undoes_the_last_move(app, qtbot, company_database, monkeypatch):
    database, company = company_database
    page = _page(qtbot, database)
    _open_on_department(qtbot, page, company, "Sales")
    view = page.session_view
    view.tabs.setCurrentWidget(view.grid_view)
    _give_reason(monkeypatch, "Too harsh on the renewals")
    view.grid_view.select_appraisal(company.appraisals["Cai Ling"])
    column = next(v for band, _t, v, _m in view.grid_view.columns if band.code == "C")
    qtbot.keyClick(column, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    _wait_loaded(qtbot, page, lambda data: len(data.moves) == 1)
    assert _counts(page)["B"] == 3

    page.activateWindow()
    qtbot.waitUntil(lambda: view.grid_view.selected_appraisal() is not None and page.isActiveWindow(), timeout=30000)
    focused = page.focusWidget()
    assert focused is not None and view.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _wait_loaded(qtbot, page, lambda data: data.moves and data.moves[0].undone)
    assert _counts(page) == {"A": 1, "B": 2, "C": 1, "D": 0}
    assert view.record_view.model.index(0, 6).data() == "undone"
    assert view.record_view.model.index(0, 2).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_a_blind_session_shows_codes_and_no_names(app, qtbot, company_database, monkeypatch):
    database, company = company_database
    page = _page(qtbot, database)
    _open_on_department(qtbot, page, company, "Sales", blind=True)
    view = page.session_view
    view.tabs.setCurrentWidget(view.grid_view)
    ann = company.appraisals["Ann Smith"]
    _give_reason(monkeypatch, "Rated on one quarter only")
    view.grid_view.select_appraisal(ann)
    column = next(v for band, _t, v, _m in view.grid_view.columns if band.code == "A")
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    _wait_loaded(qtbot, page, lambda data: len(data.moves) == 1)

    shown = [view.title.text(), view.details.text()]
    for _band, title, _view, model in view.grid_view.columns:
        shown.append(title.text())
        shown += [model.data(model.index(n), Qt.ItemDataRole.UserRole + 2) for n in range(model.rowCount())]
    record = view.record_view.model
    shown += [str(record.index(r, c).data()) for r in range(record.rowCount()) for c in range(record.columnCount())]
    text = "\n".join(shown)
    for name, (number, *_rest) in PEOPLE.items():
        assert name not in text and name.split()[0] not in text and number not in text
    labels = [label for labels in view.grid_view.column_labels().values() for label in labels]
    assert len(labels) == 4 and all(label.startswith("P-") for label in labels)
    assert record.index(0, 2).data().startswith("P-")
    assert "M-" in text  # managers show as their codes

    # Closing reveals the names.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    view.ask_close()
    _wait_loaded(qtbot, page, lambda data: not data.header.open)
    assert "Ann Smith" in view.grid_view.column_labels()["B"]
    assert not view.close_button.isEnabled()


def test_dropping_a_person_on_another_band_asks_the_reason_and_moves(app, qtbot, company_database, monkeypatch):
    database, company = company_database
    page = _page(qtbot, database)
    _open_on_department(qtbot, page, company, "Sales")
    view = page.session_view
    columns = {band.code: (v, m) for band, _t, v, m in view.grid_view.columns}
    source_view, source = columns["C"]
    cai = next(n for n, row in enumerate(source.rows) if row.appraisal_id == company.appraisals["Cai Ling"])
    dragged = source.mimeData([source.index(cai)])
    target_view, target = columns["B"]
    seen: list[MoveDialog] = []
    _give_reason(monkeypatch, "Took over two accounts", seen)
    assert target.canDropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, target.index(0).parent())
    target.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, target.index(0).parent())
    _wait_loaded(qtbot, page, lambda data: len(data.moves) == 1)
    assert seen[0].band.currentText().startswith("B")
    assert "Cai Ling" in view.grid_view.column_labels()["B"]
    # Dropping a person back on their own column asks nothing.
    _b, _t, _v, model = next(c for c in view.grid_view.columns if c[0].code == "B")
    model.dropMimeData(model.mimeData([model.index(0)]), Qt.DropAction.MoveAction, -1, -1, model.index(0).parent())
    assert len(seen) == 1


def test_the_window_lists_calibration_after_cycles_and_builds_it_on_first_use(window, qtbot):
    from ui.main_window import PAGE_KEYS
    from ui.pages.calibration_page import CalibrationPage

    assert PAGE_KEYS.index("calibration") == PAGE_KEYS.index("cycles") + 1
    assert window.sidebar.item(PAGE_KEYS.index("calibration")).text() == "Calibration"
    assert "calibration" not in window.pages
    window.show_page("calibration")
    page = window.page("calibration")
    assert isinstance(page, CalibrationPage)
    qtbot.waitUntil(lambda: page.stack.currentIndex() != page.LOADING, timeout=30000)
    # The demo's cycles: either one is in calibration or the page says how to get there.
    if page.stack.currentIndex() == page.NO_CYCLE:
        assert "Advance" in page.no_cycle_text.text()
        with qtbot.waitSignal(page.go_to_cycles):
            page.go_cycles_button.click()
        assert window.current_page_key() == "cycles"


def test_the_page_remembers_its_splitter_tab_and_cycle(app, qtbot, company_database):
    from PySide6.QtCore import QSettings

    database, company = company_database
    page = _page(qtbot, database)
    page.splitter.setSizes([250, 950])
    page.session_view.tabs.setCurrentIndex(2)
    sizes = page.splitter.sizes()
    page.save_state(QSettings())
    again = CalibrationPage(Workstation(database))
    qtbot.addWidget(again)
    again.resize(1200, 760)
    again.restore_state(QSettings())
    again.show()
    with qtbot.waitSignal(again.sessions_loaded, timeout=30000):
        again.reload()
    assert again.session_view.tabs.currentIndex() == 2
    assert again.splitter.sizes() == sizes
    assert again._remembered_cycle == company.cycle_id


def test_choosing_a_person_shows_their_context_and_the_panels_read_the_session(app, qtbot, company_database):
    database, company = company_database
    page = _page(qtbot, database)
    _open_on_department(qtbot, page, company, "Sales", blind=True)
    view = page.session_view
    view.tabs.setCurrentWidget(view.grid_view)
    assert view.context_panel.isVisible()
    view.grid_view.select_appraisal(company.appraisals["Ann Smith"])
    qtbot.waitUntil(lambda: view.context_panel.context is not None, timeout=30000)
    # One click away, and blind: the person's code, never the name.
    assert view.context_panel.title.text().startswith("P-") and "Ann" not in view.context_panel.title.text()

    view.tabs.setCurrentWidget(view.leniency_panel)
    assert not view.context_panel.isVisible()
    qtbot.waitUntil(lambda: view.leniency_panel.session_id == view.data.header.id, timeout=30000)
    view.tabs.setCurrentWidget(view.ranking_view)
    qtbot.waitUntil(lambda: view.ranking_view.session_id == view.data.header.id, timeout=30000)
    view.tabs.setCurrentWidget(view.ninebox_view)
    qtbot.waitUntil(lambda: view.ninebox_view.session_id == view.data.header.id, timeout=30000)


def test_the_chinese_window_names_the_local_user_in_chinese_in_the_header_and_record(
        app, qtbot, company_database, monkeypatch):
    from ui.app import create_application

    create_application([], "zh_CN")
    try:
        database, company = company_database
        page = _page(qtbot, database)
        _open_on_department(qtbot, page, company, "Sales")
        view = page.session_view
        view.tabs.setCurrentWidget(view.grid_view)
        _give_reason(monkeypatch, "Renewals")
        view.grid_view.select_appraisal(company.appraisals["Cai Ling"])
        column = next(v for band, _t, v, _m in view.grid_view.columns if band.code == "C")
        qtbot.keyClick(column, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
        _wait_loaded(qtbot, page, lambda data: len(data.moves) == 1)
        # A database without profiles acts as "Local user": the status bar says 本机用户, so here too.
        assert "本机用户" in view.details.text() and "Local user" not in view.details.text()
        assert view.record_view.model.index(0, 1).data() == "本机用户"
    finally:
        create_application([], "en")
