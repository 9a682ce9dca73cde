"""Rows of a checked import: each row's cells, what importing would do, or why not."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from reviewer.errors import RowProblem

from ..problem_text import problem_text

_OUTCOMES = {
    "create": QT_TRANSLATE_NOOP("ImportPreviewModel", "New"),
    "update": QT_TRANSLATE_NOOP("ImportPreviewModel", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreviewModel", "Unchanged"),
}


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._all: list[tuple[int, str | None, list]] = []  # (row number, outcome, cells)
        self._rows: list[tuple[int, str | None, list]] = []
        self._problems: dict[int, str] = {}

    def set_preview(self, headers: list[str], rows: list[tuple[int, str | None, list]],
                    problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self._headers = [QCoreApplication.translate("ImportPreviewModel", "Row"),
                         QCoreApplication.translate("ImportPreviewModel", "Result"), *headers,
                         QCoreApplication.translate("ImportPreviewModel", "Problems")]
        self._problems = {}
        for problem in problems:
            if problem.row is None:
                continue
            text = problem_text(problem)
            self._problems[problem.row] = (self._problems[problem.row] + "; " + text
                                           if problem.row in self._problems else text)
        self._all = rows
        self._rows = list(rows)
        self.endResetModel()

    def show_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if r[0] in self._problems] if only else list(self._all)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, outcome, cells = self._rows[index.row()]
        problem = self._problems.get(number)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return number
            if column == 1:
                if problem:
                    return QCoreApplication.translate("ImportPreviewModel", "Rejected")
                return QCoreApplication.translate("ImportPreviewModel", _OUTCOMES.get(outcome, ""))
            if column == len(self._headers) - 1:
                return problem or ""
            value = cells[column - 2] if column - 2 < len(cells) else None
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.DecorationRole and problem and column == 1:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        return None
