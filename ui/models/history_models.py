"""The History views' tables: a person's results per cycle, and a team's results
side by side across the chosen cycles."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from ..formatting import format_date
from .base import RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
CYCLE_COLUMNS = (QT_TRANSLATE_NOOP("history", "%1 score"), QT_TRANSLATE_NOOP("history", "%1 band"),
                 QT_TRANSLATE_NOOP("history", "%1 change"))
NOT_SHOWN_TIP = QT_TRANSLATE_NOOP(
    "history", "Not shown yet: the 360 results are not published, or the appraisal is not released to you.")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _change(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


class TrendModel(RowsTableModel):
    CONTEXT = "history"
    HEADERS = (
        QT_TRANSLATE_NOOP("history", "Cycle"), QT_TRANSLATE_NOOP("history", "Period"),
        QT_TRANSLATE_NOOP("history", "KPI part"),
        QT_TRANSLATE_NOOP("history", "Competency part"),
        QT_TRANSLATE_NOOP("history", "Final score"), QT_TRANSLATE_NOOP("history", "Band"),
        QT_TRANSLATE_NOOP("history", "Calibrated band"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        point = self._rows[index.row()]
        if role == ID_ROLE:
            return point.cycle_id
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and point.withheld and index.column() >= 3:
            return QCoreApplication.translate("history", NOT_SHOWN_TIP)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        hidden = QCoreApplication.translate("history", "not shown yet")
        return (point.cycle, f"{format_date(point.period_start)} – {format_date(point.period_end)}",
                _score(point.kpi_score), hidden if point.withheld else _score(point.competency_score),
                hidden if point.withheld else _score(point.final_score),
                "" if point.withheld else point.band or "—",
                "" if point.withheld else point.calibrated_band or "")[index.column()]


class ComparisonModel(RowsTableModel):
    """Three columns per chosen cycle (score, band, change), after who the person is."""
    CONTEXT = "history"
    HEADERS = (QT_TRANSLATE_NOOP("history", "Employee no."),
               QT_TRANSLATE_NOOP("history", "Name"),
               QT_TRANSLATE_NOOP("history", "Department"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cycles: tuple[tuple[int, str], ...] = ()

    def set_comparison(self, comparison: TeamComparison) -> None:
        self.beginResetModel()
        self.cycles, self._rows = comparison.cycles, list(comparison.rows)
        self.endResetModel()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS) + 3 * len(self.cycles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self.HEADERS):
            return super().headerData(section, orientation, role)
        cycle, part = divmod(section - len(self.HEADERS), 3)
        label = CYCLE_COLUMNS[part]
        return QCoreApplication.translate("history", label).replace("%1", self.cycles[cycle][1])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.employee_id
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= len(self.HEADERS) and (
                column - len(self.HEADERS)) % 3 != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column < len(self.HEADERS):
            name = row.name if row.is_active else QCoreApplication.translate(
                "history", "%1 (left)").replace("%1", row.name)
            return (row.employee_no, name, row.department)[column]
        cycle, part = divmod(column - len(self.HEADERS), 3)
        result = row.results[cycle]
        if result is None:
            return ""
        return (_score(result.score), result.band or "—", _change(result.change))[part]
