"""The Goals tab: add goals in Chinese through the dialog, link targets, and read each
goal's roll-up as a bar; a manager sees a roll-up over their line that says so; the
cycle dashboard shows the same tree."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from reviewer.goals.links import link_target
from reviewer.goals.tree import GoalInput, add_goal
from reviewer.workstation import Workstation
from tests.reviewer.goals.company import build_goal_company
from ui.goals.goal_tree_view import ATTAINMENT_ROLE
from ui.pages.goals_tab import GoalsTab


@pytest.fixture
def company(empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        return build_goal_company(session)


def _tab(qtbot, workstation, cycle_id) -> GoalsTab:
    tab = GoalsTab(workstation)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.set_cycle(cycle_id)
    return tab


def _rows(tab):
    """(depth, title, attained text) of every goal shown, depth-first."""
    model, found = tab.tree.goal_model, []

    def walk(parent, depth):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append((depth, index.data(), model.index(row, 1, parent).data()))
            walk(index, depth + 1)

    from PySide6.QtCore import QModelIndex
    walk(QModelIndex(), 0)
    return found


def test_hr_adds_goals_links_targets_and_sees_the_roll_up(app, qtbot, company, empty_sqlite_database):
    hr = Workstation(empty_sqlite_database)
    tab = _tab(qtbot, hr, company.cycle_id)
    assert "No goals yet" in tab.note.text() and not tab.link_action.isEnabled()

    dialog = tab.open_add()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # a goal needs a title
    dialog.title.setText("提高收入")
    dialog.measure.setText("营业收入")
    assert save.isEnabled()
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        save.click()
    assert _rows(tab) == [(0, "提高收入", "no result yet")]

    tab.tree.select_goal(tab.nodes[0].id)
    dialog = tab.open_add(below=True)
    dialog.title.setText("扩大销售")
    dialog.department.setCurrentIndex(dialog.department.findText("总部/销售部"))
    assert dialog.parent_goal.currentText().strip() == "提高收入"
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()

    tab.tree.select_goal(next(n.id for n in tab.nodes if n.title == "扩大销售"))
    tab.open_link()
    qtbot.waitUntil(lambda: getattr(tab, "link_dialog", None) is not None, timeout=20000)
    link = tab.link_dialog
    assert link.goal.currentText().strip() == "扩大销售"
    for row in range(link.table.rowCount()):
        if link.table.item(row, 0).text().split()[0] in ("E3", "E4", "E5"):
            link.set_checked(row)
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        link.link_button.click()
    # Ann 0.8×60 + 1.2×40, Bo 1.0×50 (+ K1 without a result), Cai 0.9×100: 236 / 250.
    assert _rows(tab) == [(0, "提高收入", "94.4 %"), (1, "扩大销售", "94.4 %")]
    top = tab.tree.goal_model.index(0, 1)
    assert top.data(ATTAINMENT_ROLE) == pytest.approx(0.944)
    assert "5 targets" not in tab.note.text() and "weighted mean" in tab.note.text()


def test_a_department_goal_refuses_a_target_of_someone_outside_it(app, qtbot, company, empty_sqlite_database,
                                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    hr = Workstation(empty_sqlite_database)
    hr.call(add_goal, company.cycle_id, GoalInput("扩大销售", None, company.departments["sales"]))
    tab = _tab(qtbot, hr, company.cycle_id)
    tab.tree.select_goal(tab.nodes[0].id)
    tab.open_link()
    qtbot.waitUntil(lambda: getattr(tab, "link_dialog", None) is not None, timeout=20000)
    link = tab.link_dialog
    link.set_checked(next(r for r in range(link.table.rowCount()) if link.table.item(r, 0).text().startswith("E6")))
    link.link_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Lou" in shown[0] and "销售部" in shown[0]


def test_a_manager_sees_the_roll_up_of_their_line_and_keeps_only_their_departments_goals(
        app, qtbot, company, empty_sqlite_database):
    hr = Workstation(empty_sqlite_database)
    with hr.unit() as session:
        top = add_goal(session, company.cycle_id, GoalInput("提高收入"))
        sales = add_goal(session, company.cycle_id, GoalInput("扩大销售", top, company.departments["sales"]))
        link_target(session, company.targets[("Ann", 0)], sales)
        link_target(session, company.targets[("Lou", 0)], top)
    tab = _tab(qtbot, company.manager(empty_sqlite_database), company.cycle_id)
    assert "reporting line" in tab.note.text()
    assert _rows(tab) == [(0, "提高收入", "80.0 %"), (1, "扩大销售", "80.0 %")]  # Lou's 50 % is left out
    tab.tree.select_goal(top)
    assert not tab.edit_action.isEnabled() and not tab.remove_action.isEnabled()
    tab.tree.select_goal(sales)
    assert tab.edit_action.isEnabled()
    dialog = tab.open_add()
    assert dialog.department.findText("Company goal (no department)") < 0  # company goals are HR's


def test_the_cycle_dashboard_shows_the_goal_tree(app, qtbot, company, empty_sqlite_database):
    from ui.pages.cycle_dashboard import CycleDashboard

    hr = Workstation(empty_sqlite_database)
    with hr.unit() as session:
        top = add_goal(session, company.cycle_id, GoalInput("提高收入"))
        link_target(session, company.targets[("Cai", 0)], top)
    dashboard = CycleDashboard(hr, None)
    qtbot.addWidget(dashboard)
    dashboard.set_cycle(company.cycle_id)
    qtbot.waitUntil(lambda: dashboard.goal_tree.goal_model.rowCount() == 1, timeout=20000)
    model = dashboard.goal_tree.goal_model
    assert model.columnCount() == 2 and model.index(0, 0).data() == "提高收入" and model.index(0, 1).data() == "90.0 %"
