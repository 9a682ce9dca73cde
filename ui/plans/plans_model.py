"""The list of plans: person, kind, stage, health, next check-in (coloured like a to-do
list: red when missed, amber when due today) and end date; the plan id in ID_ROLE."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..formatting import format_date
from ..models.base import RowsTableModel
from .words import plan_word

ID_ROLE = Qt.ItemDataRole.UserRole
# The Today page's to-do colours: mid-tone hues that read on light and dark backgrounds.
OVERDUE_COLOUR, DUE_TODAY_COLOUR = QColor(211, 47, 47), QColor(230, 140, 0)
PERSON, KIND, STAGE, HEALTH, NEXT_CHECK_IN, END_DATE = range(6)


class PlansTableModel(RowsTableModel):
    CONTEXT = "PlansTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PlansTableModel", "Person"),
        QT_TRANSLATE_NOOP("PlansTableModel", "Kind"),
        QT_TRANSLATE_NOOP("PlansTableModel", "Stage"),
        QT_TRANSLATE_NOOP("PlansTableModel", "Health"),
        QT_TRANSLATE_NOOP("PlansTableModel", "Next check-in"),
        QT_TRANSLATE_NOOP("PlansTableModel", "End date"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.today()

    def set_rows(self, rows: list, today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_rows(rows)

    def row_of(self, plan_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == plan_id), None)

    def plan_at(self, row: int):
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._urgency_colour(row, column)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row, column: int) -> str:
        if column == PERSON:
            return f"{row.person} ({row.employee_no})" if row.employee_no else row.person
        if column == KIND:
            return plan_word("kind", row.kind)
        if column == STAGE:
            return plan_word("stage", row.stage)
        if column == HEALTH:
            return plan_word("health", row.health) if row.stage in ("active", "extended") else "—"
        if column == NEXT_CHECK_IN:
            return format_date(row.next_check_in) if row.next_check_in else "—"
        return format_date(row.end_date)

    def _urgency_colour(self, row, column: int) -> QColor | None:
        if column == NEXT_CHECK_IN and row.next_check_in:
            if row.check_in_missed or row.next_check_in < self.today:
                return OVERDUE_COLOUR
            if row.next_check_in == self.today:
                return DUE_TODAY_COLOUR
        if column == END_DATE and row.decision_due:
            return OVERDUE_COLOUR
        if column == HEALTH and row.health == "at_risk" and row.stage in ("active", "extended"):
            return DUE_TODAY_COLOUR
        return None

    def _tooltip(self, row, column: int) -> str | None:
        translate = QCoreApplication.translate
        if column == NEXT_CHECK_IN and row.next_check_in:
            if row.check_in_missed or row.next_check_in < self.today:
                return translate("PlansTableModel", "The check-in due on %1 was missed").replace(
                    "%1", format_date(row.next_check_in))
            if row.next_check_in == self.today:
                return translate("PlansTableModel", "A check-in is due today")
        if column == END_DATE and row.decision_due:
            return translate("PlansTableModel", "The plan has ended: decide its outcome")
        if column == PERSON and row.owner:
            return translate("PlansTableModel", "Manager: %1").replace("%1", row.owner)
        return None
