"""Settings → Audit trail: the chain's state, checked in the background, in a line a
user can select (and a head they can copy to compare with `audit verify --expect-head`)."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select, text

from db.models import AuditEvent
from reviewer.audit import verify_chain
from reviewer.workstation import Workstation
from ui.pages.audit_tab import AuditTab


def _verify(qtbot, tab: AuditTab) -> str:
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.verify_button.isEnabled(), timeout=20000)
    return tab.verdict.text()


def test_the_audit_viewer_shows_the_chain_intact_with_its_head_then_broken_at_a_tampered_entry(
        app, qtbot, demo_database):
    tab = AuditTab(Workstation(demo_database))
    qtbot.addWidget(tab)
    tab.show()
    with demo_database.session() as session:
        report = verify_chain(session)
    assert report.intact and report.entries > 100
    head = f"{report.head_sequence}:{report.head_hash}"
    assert _verify(qtbot, tab) == (f"✔ Chain intact: {report.entries} entries, "
                                   f"head {report.head_sequence}:{report.head_hash[:16]}…")
    assert tab.verdict.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert tab.verdict.toolTip() == head
    assert tab.copy_head_button.isVisible()
    qtbot.mouseClick(tab.copy_head_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == head

    with demo_database.session() as session:
        victim, position = session.execute(select(AuditEvent.id, AuditEvent.sequence)
                                           .where(AuditEvent.sequence == report.entries // 2)).one()
        session.execute(text("UPDATE audit_events SET details = :d WHERE id = :id"),
                        {"d": json.dumps({"values": {"name": "behind its back"}}), "id": victim})
        session.commit()
    assert _verify(qtbot, tab) == (f"✘ Chain broken at entry {victim}: Entry {victim} (position {position}) "
                                   "was changed after it was written.")
    assert not tab.copy_head_button.isVisible() and tab.verdict.toolTip() == ""
