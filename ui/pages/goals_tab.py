"""The Goals tab of the Cycles page: the selected cycle's company and department goals
as a tree, each with the roll-up of the targets serving it; add, edit, remove goals
and link targets to them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from reviewer.goals.links import cycle_target_links
from reviewer.goals.rollup import GoalNode, goal_tree
from reviewer.goals.tree import GoalFormChoices, goal_form_choices, remove_goal
from reviewer.workstation import Workstation

from ..context import changes
from ..errors import show_error
from ..goals.goal_dialogs import GOALS, GoalDialog, LinkTargetsDialog
from ..goals.goal_tree_view import GoalTreeView
from ..worker import Job


class GoalsTab(QWidget):
    """``set_cycle(cycle_id)`` shows that cycle's goals (None or -1: none)."""

    loaded = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id: int | None = None
        self.nodes: list[GoalNode] = []
        self.choices = GoalFormChoices((), False)
        self._job = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        actions = QToolBar()
        self.add_action = actions.addAction(self.tr("Add goal…"), self.open_add)
        self.add_below_action = actions.addAction(self.tr("Add sub-goal…"), lambda: self.open_add(below=True))
        self.edit_action = actions.addAction(self.tr("Edit…"), self.open_edit)
        self.remove_action = actions.addAction(self.tr("Remove…"), self.ask_remove)
        self.link_action = actions.addAction(self.tr("Link targets…"), self.open_link)
        self.link_action.setToolTip(self.tr("Say which goal people's targets serve"))
        layout.addWidget(actions)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)
        self.tree = GoalTreeView()
        self.tree.doubleClicked.connect(lambda _index: self.open_edit())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.tree, 1)
        changes(workstation).changed.connect(lambda _areas: self.reload())
        self._enable()

    def set_cycle(self, cycle_id: int | None) -> None:
        self.cycle_id = None if cycle_id is None or cycle_id < 0 else cycle_id
        self.reload()

    def reload(self) -> None:
        cycle_id = self.cycle_id
        if cycle_id is None:
            self.show_nodes(None, [], GoalFormChoices((), False))
            return

        def read(workstation, _progress):
            with workstation.unit() as session:
                return cycle_id, goal_tree(session, cycle_id), goal_form_choices(session)

        self._job = Job(self, self.tr("Loading goals"), read, lambda found: self.show_nodes(*found), dialog=False,
                        workstation=self.workstation).start()

    def show_nodes(self, cycle_id: int | None, nodes: list[GoalNode], choices: GoalFormChoices) -> None:
        if cycle_id != self.cycle_id:
            return  # another cycle was chosen meanwhile
        self.nodes, self.choices = nodes, choices
        self.tree.set_nodes(nodes)
        if cycle_id is None:
            self.note.setText(self.tr("Choose a cycle to see its goals."))
        elif not nodes:
            self.note.setText(self.tr("No goals yet. Company and department goals say what the cycle is for; "
                                      "people's targets then name the goal they serve, and each goal shows how "
                                      "far its targets are attained. Add the first goal…"))
        elif nodes[0].scoped:
            self.note.setText(self.tr("Attainment covers only the targets of the people in your reporting line "
                                      "(and your own): people outside it are left out of every figure."))
        else:
            self.note.setText(self.tr("Attained: the weighted mean attainment of the targets serving the goal and "
                                      "its sub-goals that have a result, each counted up to its cap."))
        self._enable()
        self.loaded.emit()

    def _enable(self) -> None:
        node = self.tree.current_node()
        writer = self.workstation.actor.may_write and self.cycle_id is not None
        self.add_action.setEnabled(writer and self.choices.may_add)
        self.add_below_action.setEnabled(writer and node is not None and self.choices.may_add)
        self.edit_action.setEnabled(writer and node is not None and node.may_edit)
        self.remove_action.setEnabled(writer and node is not None and node.may_edit)
        self.link_action.setEnabled(writer and bool(self.nodes))

    def open_add(self, below: bool = False) -> GoalDialog | None:
        if self.cycle_id is None:
            return None
        parent_id = self.tree.current_goal_id() if below else None
        self.dialog = GoalDialog(self.workstation, self.cycle_id, self.nodes, self.choices, parent_id=parent_id,
                                 parent=self)
        self.dialog.saved.connect(self.tree.select_goal)
        self.dialog.open()
        return self.dialog

    def open_edit(self) -> GoalDialog | None:
        node = self.tree.current_node()
        if node is None or self.cycle_id is None or not node.may_edit:
            return None
        self.dialog = GoalDialog(self.workstation, self.cycle_id, self.nodes, self.choices, goal=node, parent=self)
        self.dialog.open()
        return self.dialog

    def ask_remove(self) -> None:
        node = self.tree.current_node()
        if node is None:
            return
        below = sum(1 for n in self.nodes if n.parent_id == node.id)
        unlink = bool(below or node.own_targets)
        text = self.tr("Remove the goal '%1'?").replace("%1", node.title)
        if unlink:
            text += "\n\n" + self.tr("Its %1 sub-goals move up a level and its %2 targets will serve no goal.") \
                .replace("%1", str(below)).replace("%2", str(node.own_targets))
        if QMessageBox.question(self, self.tr("Remove goal"), text) != QMessageBox.StandardButton.Yes:
            return
        goal_id = node.id
        self._job = Job(self, self.tr("Removing the goal"),
                        lambda ws, _p: ws.call(remove_goal, goal_id, unlink=unlink), lambda _none: None,
                        on_error=lambda e: show_error(self, e), workstation=self.workstation,
                        changes={GOALS}).start()

    def open_link(self) -> None:
        cycle_id, nodes, goal_id = self.cycle_id, self.nodes, self.tree.current_goal_id()
        if cycle_id is None:
            return

        def show(links):
            self.link_dialog = LinkTargetsDialog(self.workstation, nodes, links, goal_id, parent=self)
            self.link_dialog.open()

        self._job = Job(self, self.tr("Loading targets"), lambda ws, _p: ws.call(cycle_target_links, cycle_id),
                        show, dialog=False, workstation=self.workstation).start()
