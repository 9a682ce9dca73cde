"""Settings ▸ Signatures: HR names the timestamp server (asked once, off the UI thread); a bad
address is refused with a message; a manager reads the setting and cannot change it."""
from __future__ import annotations

from unittest.mock import patch

from sqlalchemy import select

from db.models import AppUser
from reviewer.access import Actor
from reviewer.appraisal.timestamps import timestamp_server
from reviewer.workstation import Workstation
from tests.reviewer.appraisal.timestamp_authority import LocalTimestampAuthority
from ui.pages.signatures_tab import SignaturesTab


def test_hr_names_and_clears_the_timestamp_server_and_a_manager_only_reads_it(app, qtbot, demo_database):
    authority = LocalTimestampAuthority()
    try:
        hr = SignaturesTab(Workstation(demo_database))
        qtbot.addWidget(hr)
        assert hr.url.text() == "" and hr.status.text() == "Signatures carry no timestamp."
        hr.url.setText(authority.url)
        hr.save_button.click()
        qtbot.waitUntil(lambda: authority.url in hr.status.text(), timeout=20000)
        assert authority.requests == 1
        with demo_database.session() as session:
            assert timestamp_server(session).url == authority.url
            user = session.scalar(select(AppUser).where(AppUser.username == "manager1"))
            manager = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
        reader = SignaturesTab(Workstation(demo_database, manager))
        qtbot.addWidget(reader)
        assert reader.url.text() == authority.url and not reader.save_button.isEnabled()
        assert reader.status.text() == "Only HR changes the timestamp server."
        with patch("ui.pages.hr_setting_tab.show_error") as shown:
            hr.url.setText("ftp://tsa.example.com")
            hr.save_button.click()
            qtbot.waitUntil(lambda: shown.called, timeout=20000)
        assert "http:// or https://" in str(shown.call_args.args[1])
        hr.clear_button.click()
        qtbot.waitUntil(lambda: hr.status.text() == "Signatures carry no timestamp.", timeout=20000)
        with demo_database.session() as session:
            assert timestamp_server(session).url is None
    finally:
        authority.stop()
