"""A cycle's progress as a matrix: one row per department or manager (and one for
everyone), one column per stage from goal setting to sign-off, each cell "done/total"
tinted by how far the group is, the current stage's column in bold."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from reviewer.cycles.dashboard import GroupStages, ProgressByStage
from ..vocabulary import stage_name

CONTEXT = "StageProgressModel"
# What "through the gate" means at each stage: the gate's checks (reviewer.cycles.blockers), in words.
DONE_MEANS = {
    "goal_setting": QT_TRANSLATE_NOOP("StageProgressModel", "targets set and weighing 100 %"),
    "self_review_360": QT_TRANSLATE_NOOP(
        "StageProgressModel", "self-review submitted and every 360 group asked has enough answers to count"),
    "manager_review": QT_TRANSLATE_NOOP(
        "StageProgressModel", "manager review submitted and a result for every target in the cycle period"),
    "calibration": QT_TRANSLATE_NOOP(
        "StageProgressModel", "the proposed band is the computed one, or the difference is justified"),
    "sign_off": QT_TRANSLATE_NOOP("StageProgressModel", "signed by the manager, the employee and HR"),
}
DEPARTMENT = QT_TRANSLATE_NOOP("StageProgressModel", "Department")
MANAGER = QT_TRANSLATE_NOOP("StageProgressModel", "Manager")
PEOPLE = QT_TRANSLATE_NOOP("StageProgressModel", "People")
EVERYONE = QT_TRANSLATE_NOOP("StageProgressModel", "Everyone")
NO_MANAGER = QT_TRANSLATE_NOOP("StageProgressModel", "No manager")
THROUGH_MEANS = QT_TRANSLATE_NOOP("StageProgressModel", "Through the gate: %1")
CURRENT = QT_TRANSLATE_NOOP("StageProgressModel", "The current stage.")
REACHED_TIP = QT_TRANSLATE_NOOP("StageProgressModel", "%1 — %2: %3 of %4 through the gate")
EARLY_TIP = QT_TRANSLATE_NOOP(
    "StageProgressModel", "%1 — %2 (not reached yet): %3 of %4 already through this gate and the ones before it")
NOBODY_EARLY_TIP = QT_TRANSLATE_NOOP("StageProgressModel", "%1 — %2 (not reached yet): nobody is through it early")
# Subtle tints from nobody through to everyone through; a stage not reached stays untinted.
NONE_DONE, SOME_DONE, ALL_DONE = QColor("#fbe3e0"), QColor("#fdf1d6"), QColor("#e3f2e1")
NOT_REACHED_TEXT = QColor("#7a7a7a")
FIRST_STAGE_COLUMN = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def done_means(stage) -> str:
    return _tr(DONE_MEANS[stage.value])


class StageProgressModel(QAbstractTableModel):
    """Rows: everyone, then the groups (departments or managers, ``by`` chooses);
    columns: the group, its people, then one per stage."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: ProgressByStage | None = None
        self.current = None  # the cycle's stage
        self.by = "department"
        self._rows: list[GroupStages] = []

    def set_matrix(self, matrix: ProgressByStage | None, current) -> None:
        self.beginResetModel()
        self.matrix, self.current = matrix, current
        self._fill()
        self.endResetModel()

    def set_by(self, by: str) -> None:
        """``department`` or ``manager``."""
        self.beginResetModel()
        self.by = by
        self._fill()
        self.endResetModel()

    def _fill(self) -> None:
        if self.matrix is None:
            self._rows = []
            return
        groups = self.matrix.by_department if self.by == "department" else self.matrix.by_manager
        self._rows = [self.matrix.everyone, *groups]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else FIRST_STAGE_COLUMN + len(self.matrix.stages)

    def _stage_at(self, column: int) -> int | None:
        return column - FIRST_STAGE_COLUMN if column >= FIRST_STAGE_COLUMN else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        at = self._stage_at(section)
        if at is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(DEPARTMENT) if section == 0 and self.by == "department" else \
                    _tr(MANAGER) if section == 0 else _tr(PEOPLE)
            return None
        stage = self.matrix.stages[at]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("● " if stage == self.current else "") + stage_name(stage)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = _tr(THROUGH_MEANS).replace("%1", done_means(stage))
            if stage == self.current:
                text = _tr(CURRENT) + "\n" + text
            return text
        if role == Qt.ItemDataRole.FontRole and stage == self.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def group_name(self, group: GroupStages, row: int) -> str:
        if row == 0:
            return _tr(EVERYONE)
        if self.by == "manager" and group.group_id is None:
            return _tr(NO_MANAGER)
        return group.name

    def cell_text(self, group: GroupStages, at: int) -> str:
        done = group.done[at]
        if not self.matrix.reached[at] and not done:
            return "—"
        return f"{done}/{group.total}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        group, row, column = self._rows[index.row()], index.row(), index.column()
        at = self._stage_at(column)
        if role == Qt.ItemDataRole.UserRole:
            return group.group_id
        if at is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.group_name(group, row) if column == 0 else str(group.total)
            if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole and row == 0:
                return self._bold()
            return None
        stage, done, reached = self.matrix.stages[at], group.done[at], self.matrix.reached[at]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(group, at)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and reached and group.total:
            return ALL_DONE if done == group.total else NONE_DONE if done == 0 else SOME_DONE
        if role == Qt.ItemDataRole.ForegroundRole and not reached:
            return NOT_REACHED_TEXT
        if role == Qt.ItemDataRole.FontRole and (stage == self.current or row == 0):
            return self._bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(group, row, at)
        return None

    def cell_tooltip(self, group: GroupStages, row: int, at: int) -> str:
        stage, done = self.matrix.stages[at], group.done[at]
        who = self.group_name(group, row)
        if self.matrix.reached[at]:
            head = _tr(REACHED_TIP)
        elif done:
            head = _tr(EARLY_TIP)
        else:
            head = _tr(NOBODY_EARLY_TIP)
        head = head.replace("%1", who).replace("%2", stage_name(stage)).replace("%3", str(done)) \
            .replace("%4", str(group.total))
        return head + "\n" + _tr(THROUGH_MEANS).replace("%1", done_means(stage))

    @staticmethod
    def _bold() -> QFont:
        font = QFont()
        font.setBold(True)
        return font
