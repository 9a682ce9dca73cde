"""Evidence on a check-in through the window: the check-in dialog lists the person's
target evidence with checkboxes and takes new files; after recording, the plan's
check-in list shows both, and a file opens from a copy or is saved where the user says."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Target
from reviewer.kpi import evidence as store
from reviewer.plans.reading import list_plans
from tests.ui.test_plans_page import _accept_with, _open_plans, _wait_shown
from ui.plans.step_dialogs import CheckInDialog


def _evidence_rows(page) -> list[tuple[str, str]]:
    """(first column, title) of the evidence rows under the newest check-in, as shown."""
    model = page.plan_view.check_ins_model
    newest = model.item(0, 0)
    rows = []
    for row in range(newest.rowCount()):
        if newest.child(row, 0).data(Qt.ItemDataRole.UserRole + 1):
            rows.append((newest.child(row, 0).text(), newest.child(row, 2).text()))
    return rows


def test_a_check_in_with_a_picked_item_and_a_new_file_lists_both(window, qtbot, monkeypatch, tmp_path):
    errors = []
    monkeypatch.setattr("ui.pages.plans_page.show_error", lambda _parent, error: errors.append(error))
    workstation = window.workstation
    plan = next(row for row in workstation.call(list_plans) if row.stage == "active")
    with workstation.unit() as session:
        target_id = session.scalar(select(Target.id).where(Target.employee_id == plan.employee_id).limit(1))
    visit_log = tmp_path / "visit-log.csv"
    visit_log.write_text("date,client\n2026-11-20,Acme\n", encoding="utf-8")
    picked = workstation.call(lambda session: store.attach_file(session, target_id, visit_log).id)
    coaching = tmp_path / "coaching-notes.txt"
    coaching.write_text("Two sessions with the team lead.", encoding="utf-8")

    page = _open_plans(window, qtbot)
    _wait_shown(page, qtbot, lambda: page.show_plan(plan.id))
    before = len(page.view.check_ins)
    listed = []

    def fill(dialog: CheckInDialog):
        items = [dialog.evidence.item(n) for n in range(dialog.evidence.count())]
        listed.extend(item.text() for item in items)
        assert all(item.checkState() == Qt.CheckState.Unchecked for item in items)
        dialog.pick_evidence(picked)
        dialog.add_files([str(coaching)])

    monkeypatch.setattr(CheckInDialog, "exec", _accept_with(fill))
    _wait_shown(page, qtbot, page.check_in_action.trigger)
    assert errors == []
    assert any(text.startswith("File: visit-log.csv") for text in listed)
    assert len(page.view.check_ins) == before + 1
    recorded = page.view.check_ins[-1].evidence
    assert [(item.kind, item.title) for item in recorded] == [("file", "visit-log.csv"),
                                                              ("file", "coaching-notes.txt")]
    assert _evidence_rows(page) == [("Evidence · File", "visit-log.csv"), ("Evidence · File", "coaching-notes.txt")]

    # open the new file: a copy under its own name is handed to the desktop
    opened = []
    monkeypatch.setattr(page, "open_url", lambda url: opened.append(Path(url.toLocalFile())))
    assert page.plan_view.select_evidence(recorded[1].id)
    assert page.plan_view.open_evidence_button.isEnabled() and page.plan_view.save_evidence_button.isEnabled()
    qtbot.mouseClick(page.plan_view.open_evidence_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened[0].name == "coaching-notes.txt" and opened[0].read_text(encoding="utf-8") == coaching.read_text(
        encoding="utf-8")
    kept = tmp_path / "kept" / "log.csv"
    kept.parent.mkdir()
    page.save_evidence(recorded[0].id, "visit-log.csv", str(kept))
    qtbot.waitUntil(kept.exists, timeout=20000)
    assert kept.read_bytes() == visit_log.read_bytes() and errors == []
