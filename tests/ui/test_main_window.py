"""Driving the real main window as a user would."""
from __future__ import annotations

from reviewer.workstation import Workstation
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from ui.main_window import MainWindow
from ui.models.people_model import ID_ROLE


def type_with_input_method(widget, text: str) -> None:
    """Chinese reaches a widget from the input method: composing text first, then
    the committed characters (QTest can only type ASCII keys)."""
    widget.setFocus()
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))  # still composing
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def visible_names(page) -> list[str]:
    model = page.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_search_by_chinese_name_and_open_the_detail(window, qtbot):
    page = window.people_page
    assert window.current_page_key() == "people"
    everyone = page.model.rowCount()
    assert everyone > 200
    some_name = page.model.index(37, 1).data()
    type_with_input_method(page.search, some_name)
    assert page.search.text() == some_name
    names = visible_names(page)
    assert some_name in names and len(names) < everyone
    assert all(some_name in n for n in names)
    row = names.index(some_name)
    page.table.selectRow(row)
    assert page.detail.title.text() == some_name
    assert page.detail.fields["employee_no"].text() == page.model.index(row, 0).data()
    assert page.detail.fields["manager"].text()  # everyone but the top has a manager
    assert f"{page.model.rowCount()} of" in page.count_label.text()


def test_search_by_surname_matches_every_holder(window, qtbot):
    page = window.people_page
    type_with_input_method(page.search, "王")
    names = visible_names(page)
    assert len(names) > 5 and all("王" in n for n in names)


def test_search_by_employee_number_and_email(window, qtbot):
    page = window.people_page
    qtbot.keyClicks(page.search, "E10005")
    assert page.model.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "HUAXIN-TRADING")  # case does not matter
    assert page.model.rowCount() == page.model.total_count


def test_department_filter_includes_sub_teams(window):
    page = window.people_page
    page.department.setCurrentIndex(page.department.findText("销售部", Qt.MatchFlag.MatchContains))
    departments = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert departments == {"销售部", "销售一组", "销售二组", "销售三组"}


def test_clicking_the_manager_link_moves_to_the_manager(window, qtbot):
    page = window.people_page
    page.table.selectRow(50)
    manager_name = page.model.index(50, 4).data()
    link = page.detail.fields["manager"].text()
    manager_id = int(link.split('href="')[1].split('"')[0])
    page.detail.fields["manager"].linkActivated.emit(str(manager_id))
    assert page.detail.title.text() == manager_name
    current = page.table.currentIndex()
    assert current.data(ID_ROLE) == manager_id


def test_leavers_are_hidden_until_asked_for(window):
    page = window.people_page
    active = page.model.rowCount()
    page.show_leavers.setChecked(True)
    assert page.model.rowCount() > active


def test_every_page_can_be_opened_and_says_what_it_holds(window, qtbot):
    for key in ("kpis", "cycles", "feedback", "plans", "appraisals", "settings", "people"):
        window.show_page(key)
        assert window.current_page_key() == key
    window.show_page("cycles")
    page = window.pages["cycles"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    shown = [page.model.index(row, column).data() for row in range(page.model.rowCount()) for column in (0, 2)]
    assert "2026 H1" in shown and "Closed" in shown
    window.show_page("plans")
    plans = window.pages["plans"]
    qtbot.waitUntil(lambda: plans.model.rowCount() > 0, timeout=10000)  # the demo's plan


def test_keyboard_shortcuts_switch_pages_and_focus_search(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Today is Ctrl+1
    assert window.current_page_key() == "cycles"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.people_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.people_page.search.hasFocus()


def test_status_bar_names_the_open_database(window, demo_database):
    assert str(demo_database.url).split("///")[1] in window.database_label.text()


def test_window_geometry_and_page_are_remembered(window, qtbot, demo_database):
    window.resize(720, 520)  # within the 800x600 offscreen screen, or restoring clamps it
    window.show_page("plans")
    window.close()
    again = MainWindow(Workstation(demo_database))
    qtbot.addWidget(again)
    assert again.current_page_key() == "plans"
    qtbot.waitUntil(lambda: again.pages["plans"].model.rowCount() > 0)
    assert (again.size().width(), again.size().height()) == (720, 520)
    assert QSettings().value("window/page") == "plans"


def test_empty_database_offers_the_demo_and_loads_it_in_the_background(app, qtbot, empty_sqlite_database):
    main = MainWindow(Workstation(empty_sqlite_database))
    qtbot.addWidget(main)
    page = main.people_page
    assert page.stack.currentIndex() == page.LOADING
    with qtbot.waitSignal(page.people_loaded, timeout=20000):
        main.show()
    assert page.stack.currentIndex() == page.EMPTY
    texts = [label.text() for label in page.stack.currentWidget().findChildren(QLabel)]
    assert "No people yet" in texts
    with qtbot.waitSignals([main.demo_loaded, page.people_loaded], timeout=60000):
        main.load_demo()
    assert page.stack.currentIndex() == page.TABLE
    assert page.model.rowCount() > 200


def test_the_local_user_is_named_in_the_window_language(app, qtbot, demo_database):
    """An unshared database opens as the local owner; the status bar said "Local user" in
    English inside a Chinese window."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from reviewer.workstation import Workstation
    from ui.main_window import MainWindow

    class OnlyLocalUser(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "本机用户" if (context, source) == ("MainWindow", "Local user") else None

    translator = OnlyLocalUser()
    QCoreApplication.installTranslator(translator)
    try:
        main = MainWindow(Workstation(demo_database))
        qtbot.addWidget(main)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "本机用户" in main.user_label.text() and "Local user" not in main.user_label.text()
