"""People page: "Export personal data…" writes the selected person's ZIP in the background (HR only)."""
from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from db.models import Employee, UserRole
from reviewer.access import Actor


def _select(page, employee_no: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.person_at(r).employee_no == employee_no)
    page.table.selectRow(row)


def test_hr_exports_the_selected_person_through_the_save_dialog(window, qtbot, tmp_path, monkeypatch):
    page = window.people_page
    assert page.export_personal_action.isVisible() and not page.export_personal_action.isEnabled()
    _select(page, "E10027")
    assert page.export_personal_action.isEnabled()
    path = tmp_path / "个人数据.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "ZIP files (*.zip)"))
    with qtbot.waitSignal(page.status_message, timeout=60000) as said:
        page.export_personal_action.trigger()
    assert "个人数据.zip" in said.args[0]
    with zipfile.ZipFile(path) as archive:
        assert any(name.endswith(".xlsx") for name in archive.namelist())


def test_cancel_leaves_no_file(window, qtbot, tmp_path):
    page = window.people_page
    _select(page, "E10027")
    path = tmp_path / "cancelled.zip"
    job = page.export_personal_data(str(path))
    with qtbot.waitSignal(job.finished, timeout=60000):
        job.cancel()
    assert not path.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert "written" not in window.statusBar().currentMessage()


def test_a_manager_is_not_offered_the_action(app, qtbot, demo_database):
    from reviewer.workstation import Workstation
    from ui.main_window import MainWindow

    with demo_database.session() as session:
        manager_id = session.scalar(select(Employee.manager_id).where(Employee.manager_id.is_not(None))
                                    .order_by(Employee.id))
    actor = Actor(None, "lead", "Lead", UserRole.MANAGER, manager_id)
    main = MainWindow(Workstation(demo_database, actor))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.people_page.people_loaded, timeout=20000):
        main.show()
    page = main.people_page
    assert not page.export_personal_action.isVisible()
    page.table.selectRow(0)
    assert page.export_personal_data("/nonexistent/x.zip") is None
