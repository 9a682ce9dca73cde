"""Settings ▸ Backups: HR sets how many backups are kept; a manager reads it and cannot
change it; on a PostgreSQL server the tab explains pg_dump instead."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AppUser
from reviewer.access import Actor
from reviewer.database import backup as backups
from reviewer.workstation import Workstation
from ui.pages.backups_tab import BackupsTab
from ui.pages.settings_page import SettingsPage


def test_hr_sets_how_many_backups_are_kept_and_a_manager_only_reads_it(app, qtbot, demo_database):
    page = SettingsPage(Workstation(demo_database))
    qtbot.addWidget(page)
    hr = page.backups
    assert page.tabs.tabText(page.tabs.indexOf(hr)) == "Backups"
    assert hr.keep.value() == backups.DEFAULT_KEEP and hr.folder.text() == str(backups.backups_folder())
    assert (hr.keep.minimum(), hr.keep.maximum()) == (1, 365)
    hr.keep.setValue(4)
    hr.save_button.click()
    assert hr.status.text() == "Backup settings saved."
    with demo_database.session() as session:
        assert backups.stored_keep(session) == 4
        user = session.scalar(select(AppUser).where(AppUser.username == "manager1"))
        manager = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
    reader = BackupsTab(Workstation(demo_database, manager))
    qtbot.addWidget(reader)
    assert reader.keep.value() == 4
    assert not reader.keep.isEnabled() and not reader.save_button.isEnabled()
    assert reader.status.text() == "Only HR changes the backup settings."
    made = [backups.back_up_now(Workstation(demo_database)).path for _ in range(6)]  # rotated by it
    assert sorted(backups.backups_folder().glob("demo.backup-*")) == made[-4:]


def test_a_refused_number_is_shown_and_nothing_stored(app, qtbot, demo_database, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.pages.hr_setting_tab.show_error", lambda _parent, error: shown.append(error))
    hr = BackupsTab(Workstation(demo_database))
    qtbot.addWidget(hr)
    hr.keep.setRange(0, 1000)  # past the box's own limits: the service refuses by itself
    hr.keep.setValue(366)
    hr.save_button.click()
    assert [error.code for error in shown] == ["backup_keep_invalid"]
    with demo_database.session() as session:
        assert backups.stored_keep(session) == backups.DEFAULT_KEEP


def test_on_a_server_the_backups_tab_explains_pg_dump(app, qtbot, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    from db.migrate import open_database

    database, _ = open_database(database_url)
    try:
        tab = BackupsTab(Workstation(database))
        qtbot.addWidget(tab)
        assert "pg_dump" in tab.status.text() and "***" not in tab.status.text()
        assert not tab.keep.isEnabled() and not tab.save_button.isEnabled()
    finally:
        database.dispose()
