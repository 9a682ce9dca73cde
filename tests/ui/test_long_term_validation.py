"""Long-term validation in the window (issue 18, item 6): the verification view extends
the checked documents that verify and says what it embedded; Settings ▸ Signatures turns
embedding at signing on (HR only)."""
from __future__ import annotations

from sqlalchemy import select

from db.models import AppUser
from reviewer.access import Actor
from reviewer.appraisal.long_term import embeds_on_signing
from reviewer.workstation import Workstation


def test_the_verification_view_extends_a_good_file_and_reports_the_embedded_data(app, qtbot, signed_appraisal):
    from ui.pages.verification_view import VerificationView

    view = VerificationView(Workstation(signed_appraisal.database))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    assert not view.extend_button.isEnabled()  # nothing checked yet
    before = signed_appraisal.path.read_bytes()
    view.verify_files([signed_appraisal.path])
    qtbot.waitUntil(lambda: bool(view.checks), timeout=20000)
    assert "No long-term validation data is embedded" in view.results.text()
    assert view.extend_button.isEnabled()
    view.extend_button.click()
    qtbot.waitUntil(lambda: bool(view.extension_texts), timeout=60000)
    text = view.results.text()
    assert "Extended for long-term validation (PAdES B-LT)" in text
    assert "names no CRL or OCSP service" in text  # said, not pretended
    assert "Long-term validation data is embedded (PAdES B-LT): 4 certificate(s)" in text
    assert "Every signature (3) is intact." in text
    assert signed_appraisal.path.read_bytes().startswith(before)


def test_hr_turns_embedding_at_signing_on_and_a_manager_cannot(app, qtbot, demo_database):
    from ui.pages.signatures_tab import SignaturesTab

    hr = SignaturesTab(Workstation(demo_database))
    qtbot.addWidget(hr)
    assert not hr.embed.isChecked() and hr.embed.isEnabled()
    hr.embed.click()
    with demo_database.session() as session:
        assert embeds_on_signing(session)
        user = session.scalar(select(AppUser).where(AppUser.username == "manager1"))
        manager = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
    reader = SignaturesTab(Workstation(demo_database, manager))
    qtbot.addWidget(reader)
    assert reader.embed.isChecked() and not reader.embed.isEnabled()
    hr.embed.click()
    with demo_database.session() as session:
        assert not embeds_on_signing(session)
