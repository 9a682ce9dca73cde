"""The Appraisals page's table: one row per person's current appraisal."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from reviewer.appraisal.listing import AppraisalRow

from ..vocabulary import appraisal_state_name
from .base import RowsTableModel


# Short words for the list's signature column (the signing dialog names the roles in full).
ROLE_LETTERS = (("manager", QT_TRANSLATE_NOOP("appraisals", "Manager")),
                ("employee", QT_TRANSLATE_NOOP("appraisals", "Employee")),
                ("hr", QT_TRANSLATE_NOOP("appraisals", "HR")))


class AppraisalsModel(RowsTableModel):
    CONTEXT = "appraisals"
    HEADERS = (QT_TRANSLATE_NOOP("appraisals", "No."), QT_TRANSLATE_NOOP("appraisals", "Name"),
               QT_TRANSLATE_NOOP("appraisals", "Department"), QT_TRANSLATE_NOOP("appraisals", "Final score"),
               QT_TRANSLATE_NOOP("appraisals", "Rating"), QT_TRANSLATE_NOOP("appraisals", "State"),
               QT_TRANSLATE_NOOP("appraisals", "Version"), QT_TRANSLATE_NOOP("appraisals", "Signatures"))

    def row(self, index: int) -> AppraisalRow:
        return self._rows[index]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: AppraisalRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        translate = QCoreApplication.translate
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.inputs_changed:
            return translate("appraisals", "An input of this score changed after the scores were frozen for "
                                           "calibration; the score stands as frozen. Explain score shows when.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 7:
            return "  ".join(("✔ " if key in row.signed_roles else "○ ") + translate("appraisals", name)
                             for key, name in ROLE_LETTERS)
        return (row.employee_no, row.name, row.department,
                "—" if row.final_score is None else f"{'⚠ ' if row.inputs_changed else ''}{row.final_score:.1f}",
                row.band or "—",
                appraisal_state_name(row.state), str(row.version))[column]
