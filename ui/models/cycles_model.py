"""Table models of the Cycles page: the cycles with stage and progress, and one cycle's participants."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from ..formatting import format_date
from ..vocabulary import frequency_name, stage_name
from .base import RowsTableModel
from .people_model import ID_ROLE


class CyclesTableModel(RowsTableModel):
    """Rows are reviewer.cycles.setup.CycleRow; the cycle id travels in ID_ROLE."""

    CONTEXT = "CyclesTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CyclesTableModel", "Cycle"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "Period"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "Stage"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "People"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "With targets"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "Self-reviews"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "Manager reviews"),
        QT_TRANSLATE_NOOP("CyclesTableModel", "Signed"),
    )

    def row_at(self, row: int):
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None

        if column == 0:
            return row.name
        if column == 1:
            return f"{format_date(row.period_start)} – {format_date(row.period_end)} · {frequency_name(row.frequency)}"
        if column == 2:
            return stage_name(row.stage)
        if column == 3:
            if row.leavers:
                return QCoreApplication.translate("CyclesTableModel", "%1 (%2 left)").replace(
                    "%1", str(row.participants)).replace("%2", str(row.leavers))
            return str(row.participants)
        return str((row.with_targets, row.self_reviews, row.manager_reviews, row.signed)[column - 4])


class ParticipantsTableModel(RowsTableModel):
    """Rows are reviewer.cycles.participants.ParticipantRow; leavers and late joiners are marked."""

    CONTEXT = "ParticipantsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Employee no."),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Department"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "In the cycle"),
    )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.employee_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column < 3:
            return (row.employee_no, row.name, row.department)[column]
        notes = []
        if row.is_leaver:
            notes.append(QCoreApplication.translate("ParticipantsTableModel", "Left on %1")
                         .replace("%1", format_date(row.leave_date)))
        if row.added_late:
            notes.append(QCoreApplication.translate("ParticipantsTableModel", "Joined during the cycle"))
        return "; ".join(notes) or QCoreApplication.translate("ParticipantsTableModel", "From the start")
