"""Editing the department tree: add, rename, move, remove."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reviewer.people.departments import create_department, delete_department, move_department, rename_department
from reviewer.errors import ReviewerError
from reviewer.people.directory import list_departments
from reviewer.workstation import Workstation

from ..errors import show_error


class DepartmentsDialog(QDialog):
    changed = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setWindowTitle(self.tr("Departments"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Department"), self.tr("People")])
        self.tree.setColumnWidth(0, 360)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add sub-department…"))
        self.add_top_button = QPushButton(self.tr("Add at the top…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.move_button = QPushButton(self.tr("Move to…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button, slot in ((self.add_button, self.add_child), (self.add_top_button, self.add_top),
                             (self.rename_button, self.rename), (self.move_button, self.move),
                             (self.delete_button, self.delete)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.tree, activated=self.rename)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, activated=self.delete)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self, select: int | None = None) -> None:
        departments = self.workstation.call(list_departments)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        pending = sorted(departments, key=lambda d: d.name)
        placed = True
        while pending and placed:  # parents before children
            placed = False
            for node in list(pending):
                if node.parent_id is None or node.parent_id in items:
                    parent = items.get(node.parent_id)
                    item = QTreeWidgetItem([node.name, str(node.headcount) if node.headcount else ""])
                    item.setData(0, Qt.ItemDataRole.UserRole, node.id)
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
                    items[node.id] = item
                    pending.remove(node)
                    placed = True
        self.tree.expandAll()
        if select in items:
            self.tree.setCurrentItem(items[select])
        self._names = {d.id: d.name for d in departments}
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for button in (self.add_button, self.rename_button, self.move_button, self.delete_button):
            button.setEnabled(has)

    def _run(self, action, select_after=None) -> bool:
        try:
            result = self.workstation.call(action)
        except ReviewerError as error:
            show_error(self, error)
            return False
        self.reload(select_after if select_after is not None else result)
        self.changed.emit()
        return True

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=text)
        return name if ok and name.strip() else None

    def add_child(self, name: str | None = None) -> None:
        parent = self.current_id()
        name = name or self._ask_name(self.tr("Add sub-department"))
        if parent is not None and name:
            self._run(lambda s: create_department(s, name, parent))

    def add_top(self, name: str | None = None) -> None:
        name = name or self._ask_name(self.tr("Add a department at the top"))
        if name:
            self._run(lambda s: create_department(s, name, None))

    def rename(self, name: str | None = None) -> None:
        current = self.current_id()
        if current is None:
            return
        name = name or self._ask_name(self.tr("Rename department"), self._names[current])
        if name:
            self._run(lambda s: rename_department(s, current, name), current)

    def move(self, new_parent: int | None | bool = False) -> None:
        current = self.current_id()
        if current is None:
            return
        if new_parent is False:
            choices = [self.tr("(top of the tree)")] + [n for i, n in self._names.items() if i != current]
            ids = [None] + [i for i in self._names if i != current]
            chosen, ok = QInputDialog.getItem(self, self.tr("Move %1").replace("%1", self._names[current]),
                                              self.tr("Put it under:"), choices, 0, False)
            if not ok:
                return
            new_parent = ids[choices.index(chosen)]
        self._run(lambda s: move_department(s, current, new_parent), current)

    def delete(self) -> None:
        current = self.current_id()
        if current is not None:
            self._run(lambda s: delete_department(s, current), -1)
