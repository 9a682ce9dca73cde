"""The window's front door: who is using it, what they may see, the idle lock,
profiles and the audit trail in Settings."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select, update

from db.models import AuditEvent, Employee
from reviewer.access import add_profile, reporting_line
from reviewer.workstation import Workstation, identify
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.main_window import PAGE_KEYS, MainWindow

HR_PASSWORD, MANAGER_PASSWORD = "hr-secret-1", "manager-secret-1"


def a_team_manager(database) -> tuple[Employee, set[int]]:
    """A demo employee in the middle of the organisation: a team below, people above."""
    with database.session() as session:
        for employee in session.scalars(select(Employee).where(Employee.manager_id.is_not(None))
                                        .order_by(Employee.employee_no)):
            line = reporting_line(session, employee.id)
            if 3 <= len(line) <= 60:
                return employee.employee_no, line | {employee.id}
    raise AssertionError("the demo company has no mid-level manager")


@pytest.fixture
def two_profiles(demo_database):
    number, line = a_team_manager(demo_database)
    with demo_database.session() as session:
        add_profile(session, "hr", "hr_admin", HR_PASSWORD)
        add_profile(session, "boss", "manager", MANAGER_PASSWORD, employee_no=number)
    return demo_database, line


def answer_sign_in(qtbot, attempts, seen):
    """Plays the user at the sign-in dialog the program shows: each attempt is
    (name, password); what the dialog said after each is kept in ``seen``."""
    def play():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        for name, password in attempts:
            dialog.name.setText(name)
            dialog.password.setText(password)
            qtbot.keyClick(dialog.password, "\r")  # Enter signs in
            qtbot.waitUntil(lambda: not dialog.checking, timeout=15000)
            seen.append((dialog.message.text(), dialog.isVisible()))
    QTimer.singleShot(0, play)


def test_with_two_profiles_the_window_asks_who_you_are_and_refuses_a_wrong_password(app, qtbot, two_profiles):
    from ui.app import sign_in

    database, _line = two_profiles
    seen = []
    answer_sign_in(qtbot, [("boss", "wrong-password"), ("boss", MANAGER_PASSWORD)], seen)
    started = time.monotonic()
    workstation, signed_in = sign_in(database)
    assert signed_in
    refusal, still_open = seen[0]
    assert "wrong" in refusal and still_open  # the service's own message, in the user's language
    assert time.monotonic() - started >= 1.0  # a failure is slowed
    assert workstation.actor.username == "boss"


def test_a_manager_sees_only_their_line_on_the_people_page(app, qtbot, two_profiles):
    database, line = two_profiles
    manager = identify(database, "boss", MANAGER_PASSWORD)
    window = MainWindow(manager, lock_when_idle=True)
    qtbot.addWidget(window)
    page = window.people_page
    with qtbot.waitSignal(page.people_loaded, timeout=20000):
        window.show()
    page.show_leavers.setChecked(True)
    shown = {page.model.index(row, 0).data(0x0100) for row in range(page.model.rowCount())}
    assert shown == line
    assert "boss" not in window.windowTitle() and manager.actor.display_name in window.windowTitle()
    assert manager.actor.display_name in window.user_label.text()
    assert page.add_button.isVisible() and not page.departments_action.isVisible()
    assert page.read_only_note.text().startswith(f"{manager.actor.display_name} signed in as a manager")


def test_the_window_locks_when_idle_and_asks_the_password_again(app, qtbot, two_profiles):
    from ui.lock import save_idle_minutes

    database, _line = two_profiles
    save_idle_minutes(1)
    window = MainWindow(identify(database, "hr", HR_PASSWORD), lock_when_idle=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.people_page.people_loaded, timeout=20000):
        window.show()
    lock = window.idle_lock
    lock.check()
    assert not lock.locked  # just used
    lock._last_input -= 61
    lock.check()
    assert lock.locked and not window.centralWidget().isEnabled()
    screen = lock.screen
    screen.password.setText("not-it")
    screen.unlock()
    qtbot.waitUntil(lambda: "wrong" in screen.message.text(), timeout=15000)
    assert lock.locked
    screen.password.setText(HR_PASSWORD)
    screen.unlock()
    qtbot.waitUntil(lambda: not lock.locked, timeout=15000)
    assert window.centralWidget().isEnabled()
    save_idle_minutes(0)  # never
    lock._last_input -= 10_000
    lock.check()
    assert not lock.locked


def test_signing_out_from_the_lock_closes_the_window(app, qtbot, two_profiles):
    database, _line = two_profiles
    window = MainWindow(identify(database, "hr", HR_PASSWORD), lock_when_idle=True)
    qtbot.addWidget(window)
    window.show()
    window.idle_lock.lock()
    window.idle_lock.screen.sign_out_button.click()
    assert window.signing_out and not window.isVisible()


def test_hr_manages_profiles_and_a_manager_sees_only_their_own(app, qtbot, two_profiles):
    from ui.pages.settings_page import SettingsPage

    database, _line = two_profiles
    hr = identify(database, "hr", HR_PASSWORD)
    page = SettingsPage(hr)
    qtbot.addWidget(page)
    page.reload()
    profiles = page.profiles
    before = profiles.table.rowCount()  # the demo company's (no password) and the two above
    assert before >= 2 and page.tabs.isTabVisible(page.audit_index)
    dialog = profiles.open_add()
    dialog.name.setText("auditor1")
    dialog.role.setCurrentIndex(dialog.role.findData("auditor"))
    dialog.password.setText("audit-pass-1")
    dialog.again.setText("audit-pass-2")
    dialog.save()
    assert "differ" in dialog.message.text()
    dialog.again.setText("audit-pass-1")
    dialog.save()
    qtbot.waitUntil(lambda: profiles.table.rowCount() == before + 1, timeout=15000)

    manager = SettingsPage(identify(database, "boss", MANAGER_PASSWORD))
    qtbot.addWidget(manager)
    manager.reload()
    assert manager.profiles.table.rowCount() == 1
    assert manager.profiles.add_button.isHidden() and manager.profiles.disable_button.isHidden()
    assert not manager.tabs.isTabVisible(manager.audit_index)


def test_the_audit_viewer_filters_and_names_the_broken_entry(app, qtbot, two_profiles):
    from ui.pages.settings_page import SettingsPage

    database, _line = two_profiles
    page = SettingsPage(identify(database, "hr", HR_PASSWORD))
    qtbot.addWidget(page)
    audit = page.audit
    audit.reload()
    assert audit.model.rowCount() >= 2  # the two profiles were added on the trail
    audit.entity.setCurrentIndex(audit.entity.findData("app_users"))
    audit.reload()
    assert {row.entity_type for row in audit.model.rows} == {"app_users"}
    audit.verify()
    qtbot.waitUntil(lambda: audit.verify_button.isEnabled(), timeout=15000)
    assert "intact" in audit.verdict.text()
    with database.session() as session:
        victim = session.scalar(select(func.min(AuditEvent.id)).where(AuditEvent.sequence.is_not(None)))
        session.execute(update(AuditEvent).where(AuditEvent.id == victim).values(action="edited behind its back"))
    audit.verify()
    qtbot.waitUntil(lambda: audit.verify_button.isEnabled(), timeout=15000)
    assert "broken" in audit.verdict.text() and str(victim) in audit.verdict.text()


def test_the_language_box_shows_the_language_the_window_runs_in(app, qtbot, demo_database):
    from ui.i18n import save_language
    from ui.pages.settings_page import SettingsPage

    save_language("en")
    app.setProperty("language", "zh_CN")  # started with --lang zh_CN
    try:
        page = SettingsPage(Workstation(demo_database))
        qtbot.addWidget(page)
        assert page.language.currentData() == "zh_CN"
    finally:
        app.setProperty("language", "en")


def test_after_the_first_demo_load_the_badge_counts_critical_alerts(app, qtbot, empty_sqlite_database):
    window = MainWindow(Workstation(empty_sqlite_database))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.people_page.people_loaded, timeout=20000):
        window.show()
    item = window.sidebar.item(PAGE_KEYS.index("kpis"))
    assert item.text() == "KPIs"
    window.load_demo()
    qtbot.waitUntil(lambda: "critical" in item.text(), timeout=60000)
    assert "critical" in item.toolTip()


def test_the_person_dialog_shows_positions_in_chinese_in_the_chinese_window(app, qtbot, demo_database):
    from db.models import Position
    from ui.i18n import install_translators

    with demo_database.session() as session:
        employee = session.scalar(select(Employee).join(Position).where(Position.title_zh.is_not(None)).limit(1))
        english, chinese = employee.position.title, employee.position.title_zh
        number = employee.employee_no
    translators = install_translators(app, "zh_CN")
    try:
        window = MainWindow(Workstation(demo_database))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.people_page.people_loaded, timeout=20000):
            window.show()
        page = window.people_page
        qtbot.keyClicks(page.search, number)
        page.table.selectRow(0)
        dialog = page.open_person_dialog(new=False)
        assert dialog.position.currentText() == chinese != english
        assert dialog.validate()  # the Chinese title names the same position
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")


def test_latin_text_uses_the_ui_font_not_the_cjk_one(app):
    from PySide6.QtGui import QTextLayout

    from reviewer.resources import CJK_FONT_FAMILY

    layout = QTextLayout("Loading…", app.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    fonts = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert fonts and CJK_FONT_FAMILY not in fonts and "WenQuanYi Micro Hei" not in fonts


def test_a_shared_database_without_profiles_first_asks_for_its_hr_profile(app, qtbot, database):
    from ui.app import sign_in
    from ui.dialogs.sign_in_dialog import FirstProfileDialog

    if database.engine.dialect.name == "sqlite":  # a local database just opens, as its owner
        workstation, signed_in = sign_in(database)
        assert workstation.actor.user_id is None and not signed_in
        return
    seen = []

    def play():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstProfileDialog)
        dialog.name.setText("chief")
        dialog.password.setText("chief-secret-1")
        dialog.again.setText("chief-secret-2")
        dialog.ok_button.click()
        seen.append(dialog.message.text())
        dialog.again.setText("chief-secret-1")
        dialog.ok_button.click()
    QTimer.singleShot(0, play)
    workstation, signed_in = sign_in(database)
    assert "differ" in seen[0]
    assert signed_in and workstation.actor.username == "chief" and workstation.actor.is_hr


def test_typing_in_the_window_counts_as_use(app, qtbot, two_profiles):
    """Input is seen at the window's native handle, before any widget in it."""
    database, _line = two_profiles
    window = MainWindow(identify(database, "hr", HR_PASSWORD), lock_when_idle=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.people_page.people_loaded, timeout=20000):
        window.show()
    qtbot.waitExposed(window)
    lock = window.idle_lock
    lock._last_input -= 600
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
    assert time.monotonic() - lock._last_input < 60
