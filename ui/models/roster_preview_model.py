"""Rows of a checked roster, each with what importing would do or why it cannot."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from reviewer.roster.check import RosterPlan, RosterRow

from ..problem_text import problem_text

_HEADERS = (
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Row"),
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Result"),
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Employee no."),
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Name"),
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Department"),
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Manager"),
    QT_TRANSLATE_NOOP("RosterPreviewModel", "Problems"),
)
_OUTCOMES = {
    "create": QT_TRANSLATE_NOOP("RosterPreviewModel", "New"),
    "update": QT_TRANSLATE_NOOP("RosterPreviewModel", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("RosterPreviewModel", "Unchanged"),
}


class RosterPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[RosterRow] = []
        self._rows: list[RosterRow] = []
        self._problems: dict[int, str] = {}

    def set_plan(self, plan: RosterPlan, only_problems: bool = False) -> None:
        self.beginResetModel()
        self._all = plan.rows
        self._problems = {}
        for problem in plan.problems:
            text = problem_text(problem)
            self._problems[problem.row] = (self._problems[problem.row] + "; " + text
                                           if problem.row in self._problems else text)
        self._rows = [r for r in self._all if r.row in self._problems] if only_problems else list(self._all)
        self.endResetModel()

    def show_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if r.row in self._problems] if only else list(self._all)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RosterPreviewModel", _HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        problem = self._problems.get(row.row)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.row
            if column == 1:
                if problem:
                    return QCoreApplication.translate("RosterPreviewModel", "Rejected")
                return QCoreApplication.translate("RosterPreviewModel", _OUTCOMES.get(row.outcome, ""))
            if column == 4:
                return "/".join(row.department_path or row.department or ())
            if column == 5:
                return row.manager_ref or ""
            if column == 6:
                return problem or ""
            return (row.employee_no, row.name)[column - 2] or ""
        if role == Qt.ItemDataRole.DecorationRole and problem and index.column() == 1:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        return None
