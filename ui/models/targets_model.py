"""One person's targets: target value and weight edited in place."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from reviewer.kpi.targets import TargetRow

from ..formatting import format_date, localized
from ..vocabulary import name_of
from .base import RowsTableModel

_HEADERS = (
    QT_TRANSLATE_NOOP("TargetsModel", "KPI"),
    QT_TRANSLATE_NOOP("TargetsModel", "Unit"),
    QT_TRANSLATE_NOOP("TargetsModel", "Target"),
    QT_TRANSLATE_NOOP("TargetsModel", "Weight %"),
    QT_TRANSLATE_NOOP("TargetsModel", "Latest result"),
    QT_TRANSLATE_NOOP("TargetsModel", "As of"),
    QT_TRANSLATE_NOOP("TargetsModel", "Attainment"),
    QT_TRANSLATE_NOOP("TargetsModel", "Points"),
)
TARGET, WEIGHT = 2, 3


class TargetsModel(RowsTableModel):
    CONTEXT = "TargetsModel"
    HEADERS = _HEADERS

    def __init__(self, save: Callable[[TargetRow, float, float], bool], parent=None):
        super().__init__(parent)
        self._rows: list[TargetRow] = []
        self._save = save  # returns False when the service refused the change
        self.editable = True

    def set_rows(self, rows: list[TargetRow], editable: bool) -> None:
        self.beginResetModel()
        self._rows, self.editable = rows, editable
        self.endResetModel()

    def row_at(self, row: int) -> TargetRow:
        return self._rows[row]

    def flags(self, index):
        flags = super().flags(index)
        if self.editable and index.column() in (TARGET, WEIGHT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TARGET:
                return row.target_value if role == Qt.ItemDataRole.EditRole else f"{row.target_value:g}"
            if column == WEIGHT:
                return row.weight if role == Qt.ItemDataRole.EditRole else f"{row.weight:g}"
            return (localized(row.kpi_name, row.kpi_name_zh), name_of(row.unit), None, None,
                    "" if row.actual is None else f"{row.actual:g}", format_date(row.as_of),
                    "" if row.attainment is None else f"{row.attainment:.0%}",
                    "" if row.points is None else f"{row.points:.0f}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.kpi_code
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (TARGET, WEIGHT):
            return False
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        row = self._rows[index.row()]
        target = number if index.column() == TARGET else row.target_value
        weight = number if index.column() == WEIGHT else row.weight
        return self._save(row, target, weight)
