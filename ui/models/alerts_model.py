"""KPI alerts as a table, newest first."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from reviewer.kpi.alerts import CRITICAL, KpiAlert

from ..formatting import format_date, localized
from .base import RowsTableModel
from .people_model import ID_ROLE

_HEADERS = (
    QT_TRANSLATE_NOOP("AlertsModel", "Level"),
    QT_TRANSLATE_NOOP("AlertsModel", "As of"),
    QT_TRANSLATE_NOOP("AlertsModel", "Name"),
    QT_TRANSLATE_NOOP("AlertsModel", "Department"),
    QT_TRANSLATE_NOOP("AlertsModel", "KPI"),
    QT_TRANSLATE_NOOP("AlertsModel", "Actual"),
    QT_TRANSLATE_NOOP("AlertsModel", "Due by then"),
    QT_TRANSLATE_NOOP("AlertsModel", "Attainment"),
)


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}".rstrip("0").rstrip(".")


class AlertsModel(RowsTableModel):
    CONTEXT = "AlertsModel"
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[KpiAlert] = []
        self._rows: list[KpiAlert] = []
        self._only_critical = False

    def set_alerts(self, alerts: list[KpiAlert]) -> None:
        self._all = alerts
        self.show_only_critical(self._only_critical)

    def show_only_critical(self, only: bool) -> None:
        self._only_critical = only
        self.beginResetModel()
        self._rows = [a for a in self._all if a.level == CRITICAL] if only else list(self._all)
        self.endResetModel()

    def alert(self, row: int) -> KpiAlert:
        return self._rows[row]

    def counts(self) -> tuple[int, int]:
        critical = sum(a.level == CRITICAL for a in self._all)
        return critical, len(self._all) - critical

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        alert, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            level = (QCoreApplication.translate("AlertsModel", "Critical") if alert.level == CRITICAL
                     else QCoreApplication.translate("AlertsModel", "Warning"))
            return (level, format_date(alert.as_of), f"{alert.name} ({alert.employee_no})", alert.department,
                    localized(alert.kpi_name, alert.kpi_name_zh), _number(alert.actual), _number(alert.expected),
                    f"{alert.attainment:.0%}")[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if alert.level == CRITICAL
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return alert.employee_id
        return None
