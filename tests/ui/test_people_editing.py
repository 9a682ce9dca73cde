"""Adding, editing and marking people as left from the People page."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Employee
from tests.ui.test_main_window import type_with_input_method


def test_add_a_person_with_live_validation(window, qtbot):
    page = window.people_page
    dialog = page.open_person_dialog(new=True)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and dialog.errors["employee_no"].isVisible()
    qtbot.keyClicks(dialog.number, "E10001")  # taken
    type_with_input_method(dialog.name, "欧阳娜娜")
    dialog.validate()
    assert "E10001" in dialog.errors["employee_no"].text() and not save.isEnabled()
    dialog.number.setText("E20001")
    dialog.manager.setText(page.model.person_at(0).name + " (" + page.model.person_at(0).employee_no + ")")
    qtbot.keyClicks(dialog.email, "not-mail")
    dialog.validate()
    assert dialog.errors["email"].isVisible() and not save.isEnabled()
    dialog.email.setText("nana.ouyang@example.com")
    assert dialog.validate() and save.isEnabled()
    with qtbot.waitSignal(page.people_loaded, timeout=10000):
        save.click()
    assert page.detail.title.text() == "欧阳娜娜"
    assert "E20001" in page.detail.fields["employee_no"].text()


def test_an_unknown_manager_name_blocks_saving(window, qtbot):
    page = window.people_page
    page.table.selectRow(30)
    dialog = page.open_person_dialog(new=False)
    dialog.manager.setText("没有这个人")
    assert not dialog.validate() and dialog.errors["manager"].isVisible()


def test_mark_as_left_moves_reports_up_and_ctrl_z_undoes_it(window, qtbot, demo_database):
    page = window.people_page
    lead_row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 3).data() == "Team Lead")
    page.table.selectRow(lead_row)
    lead_id = page.current_person_id()
    with demo_database.session() as session:
        reports = session.scalars(select(Employee.id).where(Employee.manager_id == lead_id)).all()
    with qtbot.waitSignal(page.people_loaded, timeout=10000):
        page.mark_as_left(date(2026, 11, 30))
    with demo_database.session() as session:
        assert not session.get(Employee, lead_id).is_active
        assert all(session.get(Employee, r).manager_id != lead_id for r in reports)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    with qtbot.waitSignal(page.people_loaded, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with demo_database.session() as session:
        assert session.get(Employee, lead_id).is_active
        assert all(session.get(Employee, r).manager_id == lead_id for r in reports)


def test_org_chart_shows_the_reporting_tree_and_follows_selection(window, qtbot):
    page = window.people_page
    page.views.setCurrentWidget(page.org_chart)
    model = page.org_model
    top = model.index(0, 0)
    assert model.rowCount() == 1 and int(model.index(0, 4).data()) == page.model.total_count
    head = model.index(0, 0, top)
    page.org_chart.setCurrentIndex(head)
    assert page.detail.title.text() == head.data()
    assert page.detail.fields["position"].text() == "Department Head"


def test_department_editor_adds_renames_moves_and_explains_refusals(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = window.people_page
    dialog = page.open_departments()
    sales = dialog.tree.findItems("销售部", Qt.MatchFlag.MatchRecursive)[0]
    dialog.tree.setCurrentItem(sales)
    with qtbot.waitSignal(page.people_loaded, timeout=10000):
        dialog.add_child("销售四组")
    new = dialog.current_id()
    dialog.rename("华南销售组")
    assert dialog.tree.currentItem().text(0) == "华南销售组"
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog.tree.setCurrentItem(dialog.tree.findItems("销售部", Qt.MatchFlag.MatchRecursive)[0])  # reloaded items
    dialog.move(new)  # inside its own sub-department
    assert shown and "inside itself" in shown[-1]
    dialog.delete()  # has people
    assert "move them to another department first" in shown[-1]
    qtbot.waitUntil(lambda: page.department.findText("华南销售组", Qt.MatchFlag.MatchContains) >= 0, timeout=10000)
