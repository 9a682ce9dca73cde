"""The KPI library as a table."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from reviewer.kpi.library import KpiRow

from ..formatting import localized
from ..vocabulary import name_of
from .base import RowsTableModel
from .people_model import ID_ROLE

_HEADERS = (
    QT_TRANSLATE_NOOP("KpiTableModel", "Code"),
    QT_TRANSLATE_NOOP("KpiTableModel", "KPI"),
    QT_TRANSLATE_NOOP("KpiTableModel", "Category"),
    QT_TRANSLATE_NOOP("KpiTableModel", "Unit"),
    QT_TRANSLATE_NOOP("KpiTableModel", "Direction"),
    QT_TRANSLATE_NOOP("KpiTableModel", "Targets"),
)


class KpiTableModel(RowsTableModel):
    CONTEXT = "KpiTableModel"
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[KpiRow] = []
        self._rows: list[KpiRow] = []
        self._text = ""

    def set_kpis(self, rows: list[KpiRow]) -> None:
        self._all = rows
        self.set_filter(self._text)

    def set_filter(self, text: str) -> None:
        self._text = text.strip().casefold()
        self.beginResetModel()
        self._rows = [r for r in self._all if not self._text or self._text in
                      f"{r.code}\t{r.name}\t{r.name_zh or ''}\t{r.category}\t{r.category_zh or ''}".casefold()]
        self.endResetModel()

    def row_of(self, kpi_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == kpi_id), None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.code, localized(row.name, row.name_zh), localized(row.category, row.category_zh),
                    name_of(row.unit),
                    name_of(row.direction), row.targets or "")[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.FontRole and not row.is_active:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not row.is_active:
            return QCoreApplication.translate("KpiTableModel", "Retired: kept for past results, not offered for new targets")
        if role == Qt.ItemDataRole.ToolTipRole:
            return localized(row.description, row.description_zh) or None
        return None
