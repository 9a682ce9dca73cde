"""Settings ▸ Privacy: HR sets the retention period and anonymises the leavers past it
through a preview and a confirmation, in the background; a manager only reads the period."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import AppUser, Employee
from reviewer.access import Actor
from reviewer.feedback.release import database_today
from reviewer.privacy import retention_months
from reviewer.privacy.retention import retention_ends
from reviewer.workstation import Workstation
from ui.pages.privacy_tab import PrivacyTab


def _due_with_one_month(database) -> dict[int, str]:
    with database.session() as session:
        today = database_today(session)
        return {i: name for i, name, left in session.execute(
            select(Employee.id, Employee.name, Employee.leave_date).where(Employee.is_active.is_(False)))
            if retention_ends(left, 1) <= today}


def test_hr_previews_confirms_and_the_leavers_are_anonymised(app, qtbot, demo_database, monkeypatch):
    tab = PrivacyTab(Workstation(demo_database))
    qtbot.addWidget(tab)
    assert tab.months.value() == 36
    dialog = tab.preview()
    assert not dialog.anonymise_button.isEnabled() and "No leaver" in dialog.summary.text()
    dialog.reject()
    tab.months.setValue(1)
    tab.save_button.click()
    assert tab.status.text() == "Retention period saved."
    with demo_database.session() as session:
        assert retention_months(session) == 1
    due = _due_with_one_month(demo_database)
    assert due
    dialog = tab.preview()
    assert dialog.model.rowCount() == len(due)
    shown = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert shown == set(due.values())
    # Asked once more: "Cancel" leaves everything as it was.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.anonymise_button.click()
    assert dialog.isVisible() and tab._job is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.erased, timeout=60000) as erased:
        dialog.anonymise_button.click()
    assert {p.employee_id for p in erased.args[0].people} == set(due)
    assert tab.status.text().startswith(
        "Anonymised one leaver;" if len(due) == 1 else f"Anonymised {len(due)} leavers;")
    with demo_database.session() as session:
        names = set(session.scalars(select(Employee.name).where(Employee.id.in_(due))))
    assert not names & set(due.values()) and all(n.startswith("Former employee #") for n in names)


def test_a_manager_reads_the_period_and_cannot_anonymise(app, qtbot, demo_database):
    with demo_database.session() as session:
        user = session.scalar(select(AppUser).where(AppUser.username == "manager1"))
        manager = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
    tab = PrivacyTab(Workstation(demo_database, manager))
    qtbot.addWidget(tab)
    assert tab.months.value() == 36
    assert not tab.save_button.isEnabled() and not tab.erase_button.isEnabled()
    assert tab.preview() is None


def test_the_settings_page_has_the_privacy_tab(window):
    page = window.page("settings")
    assert page.tabs.indexOf(page.privacy) >= 0
    assert page.privacy.erase_button.text() == "Anonymise leavers past retention…"
