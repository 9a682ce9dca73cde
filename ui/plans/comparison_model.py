"""The person's KPI results beside the best performers' in the same position and cycle
(reviewer.plans.comparison), as a table: either the results themselves or the share of
target they reach. A figure withheld over too few others reads "too few" and says why
in its tooltip."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from reviewer.plans.comparison import Comparison, KpiComparison, PeerFigures

from ..formatting import format_number, localized
from ..models.base import RowsTableModel
from ..problem_text import coded_text

RESULTS, ATTAINMENT = "results", "attainment"
KPI, TARGET, PERSON, MEDIAN, TOP_QUARTILE, OTHERS = range(6)
_TOO_FEW = QT_TRANSLATE_NOOP("ComparisonModel", "too few")


class ComparisonModel(RowsTableModel):
    CONTEXT = "ComparisonModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "KPI"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Target"),
        QT_TRANSLATE_NOOP("ComparisonModel", "This person"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Median"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Top quartile"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Others"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = RESULTS

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.set_rows(list(comparison.kpis) if comparison is not None else [])

    def set_mode(self, mode: str) -> None:
        self.beginResetModel()
        self.mode = mode
        self.endResetModel()

    def kpi_row(self, code: str) -> int:
        return next(i for i, k in enumerate(self._rows) if k.kpi_code == code)

    def _figures(self, kpi: KpiComparison) -> PeerFigures:
        return kpi.peers_actual if self.mode == RESULTS else kpi.peers_attainment

    def _value(self, value: float | None) -> str:
        if value is None:
            return "—"
        return format_number(value) if self.mode == RESULTS else f"{value * 100:.0f} %"

    def _peer_value(self, figures: PeerFigures, value: float | None) -> str:
        if not figures.published:
            return QCoreApplication.translate(self.CONTEXT, _TOO_FEW)
        return self._value(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kpi: KpiComparison = self._rows[index.row()]
        column = index.column()
        figures = self._figures(kpi)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KPI:
                return localized(kpi.kpi_name, kpi.kpi_name_zh)
            if column == TARGET:
                return format_number(kpi.target_value) if self.mode == RESULTS else "100 %"
            if column == PERSON:
                return self._value(kpi.actual if self.mode == RESULTS else kpi.attainment)
            if column == MEDIAN:
                return self._peer_value(figures, figures.median)
            if column == TOP_QUARTILE:
                return self._peer_value(figures, figures.top_quartile)
            return str(figures.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (MEDIAN, TOP_QUARTILE) and figures.withheld is not None:
                return coded_text(figures.withheld.code, figures.withheld.params)
            if column == KPI:
                return kpi.kpi_code
        if role == Qt.ItemDataRole.TextAlignmentRole and column != KPI:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == PERSON and kpi.below_target:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return kpi.kpi_code
        return None
