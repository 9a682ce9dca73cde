"""The ranking tab of a calibration session: choose a position, see its people best
first with score and band, reorder them by drag and drop or with Ctrl+Up / Ctrl+Down,
and save (or reset to the scores' order). HR only may change it; others read."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.calibration.ranking import Ranking, position_ranking, ranking_positions, reset_ranking, save_ranking

from ..context import APPRAISALS
from ..formatting import format_date, format_number, localized
from ..models.base import RowsTableModel
from ..worker import Job

ROW_MIME = "application/x-appraisal-rank-row"


class RankingModel(RowsTableModel):
    """The people of a position in their current order; rows move, ranks follow the order."""

    CONTEXT = "RankingModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RankingModel", "Rank"),
        QT_TRANSLATE_NOOP("RankingModel", "Person"),
        QT_TRANSLATE_NOOP("RankingModel", "Score"),
        QT_TRANSLATE_NOOP("RankingModel", "Band"),
        QT_TRANSLATE_NOOP("RankingModel", "Manager"),
        QT_TRANSLATE_NOOP("RankingModel", "Department"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.movable = False

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            band = f"{row.band_code} {localized(row.band_name, row.band_name_zh)}" if row.band_code else "—"
            person = f"{row.label} ({row.employee_no})" if row.employee_no else row.label
            return (str(index.row() + 1), person, format_number(row.score), band, row.manager or "—",
                    row.department)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.employee_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def employee_ids(self) -> list[int]:
        return [r.employee_id for r in self._rows]

    def move(self, source: int, destination: int) -> bool:
        """Move one row so that it lands at ``destination`` (a row index of the result)."""
        if not (0 <= source < len(self._rows) and 0 <= destination < len(self._rows)) or source == destination:
            return False
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(),
                           destination + 1 if destination > source else destination)
        self._rows.insert(destination, self._rows.pop(source))
        self.endMoveRows()
        self.dataChanged.emit(self.index(min(source, destination), 0), self.index(max(source, destination), 0))
        return True

    # -- drag and drop inside the table ------------------------------------------------------
    def flags(self, index):
        base = super().flags(index)
        if not self.movable:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [ROW_MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        data.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode("ascii")))
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if not self.movable or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME)).decode("ascii"))
        target = parent.row() if row < 0 and parent.isValid() else row if row >= 0 else len(self._rows)
        destination = target - 1 if target > source else target
        self.move(source, min(destination, len(self._rows) - 1))
        return False  # the move is done here: the view must not remove the source row


class RankingView(QWidget):
    """Contract of the calibration page's tabs: show_session(cycle_id, session_id), changed."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id: int | None = None
        self.session_id: int | None = None
        self.ranking: Ranking | None = None
        self._saved_order: list[int] = []
        self._job = None

        self.position = QComboBox()
        self.position.setMinimumContentsLength(18)
        self.position.currentIndexChanged.connect(self._position_chosen)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.model = RankingModel(self)
        self.model.rowsMoved.connect(self._order_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(self.tr("Best first. Drag a person, or select them and press Ctrl+Up / Ctrl+Down, "
                                   "then save the order."))
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save order"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Reset to scores"))
        self.reset_button.clicked.connect(self.reset)

        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Position")))
        top.addWidget(self.position, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------
    def show_session(self, cycle_id: int, session_id: int | None) -> None:
        self.cycle_id, self.session_id = cycle_id, session_id
        self.state.setText(self.tr("Loading…"))

        def work(workstation, progress):
            return workstation.call(ranking_positions, cycle_id, session_id=session_id)

        self._job = Job(self, self.tr("Loading the positions"), work, self._positions_loaded, dialog=False,
                        workstation=self.workstation).start()

    def _positions_loaded(self, positions) -> None:
        current = self.position.currentData()
        self.position.blockSignals(True)
        self.position.clear()
        for each in positions:
            self.position.addItem(self.tr("%1 (%2 people)").replace("%1", localized(each.title, each.title_zh))
                                  .replace("%2", str(each.people)), each.position_id)
        index = self.position.findData(current)
        self.position.setCurrentIndex(index if index >= 0 else 0)
        self.position.blockSignals(False)
        if not positions:
            self.ranking = None
            self.model.set_rows([])
            self.state.setText(self.tr("No position here whose ranking you may read."))
            self._update_buttons()
            self.loaded.emit()
            return
        self._position_chosen()

    def _position_chosen(self, *_args) -> None:
        position_id = self.position.currentData()
        if position_id is None or self.cycle_id is None:
            return
        cycle_id, session_id = self.cycle_id, self.session_id

        def work(workstation, progress):
            return workstation.call(position_ranking, cycle_id, position_id, session_id=session_id)

        self._job = Job(self, self.tr("Loading the ranking"), work, self._ranking_loaded, dialog=False,
                        workstation=self.workstation).start()

    def _ranking_loaded(self, ranking: Ranking) -> None:
        self.ranking = ranking
        self.model.movable = ranking.may_edit
        self.model.set_rows(list(ranking.rows))
        self._saved_order = self.model.employee_ids()
        if ranking.saved:
            self.state.setText(self.tr("Order saved by %1 on %2.").replace("%1", ranking.ranked_by or "—")
                               .replace("%2", format_date(ranking.ranked_at.date() if ranking.ranked_at else None)))
        else:
            self.state.setText(self.tr("Ordered by final score; no order saved yet."))
        if not ranking.may_edit:
            self.hint.setText(self.tr("Read-only: HR changes the ranking while the cycle is in calibration."))
        self._update_buttons()
        self.loaded.emit()

    # -- reordering and saving ----------------------------------------------------------------
    def move_selected(self, step: int) -> None:
        if not self.model.movable:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        source = rows[0].row()
        if self.model.move(source, source + step):
            self.table.selectRow(source + step)

    def _order_changed(self, *_args) -> None:
        self._update_buttons()

    @property
    def dirty(self) -> bool:
        return self.model.employee_ids() != self._saved_order

    def _update_buttons(self) -> None:
        editable = self.ranking is not None and self.ranking.may_edit
        self.save_button.setEnabled(editable and (self.dirty or not self.ranking.saved))
        self.reset_button.setEnabled(editable and (self.ranking.saved or self.dirty))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._write(save_ranking, self.model.employee_ids())

    def reset(self) -> None:
        if not self.reset_button.isEnabled():
            return
        if not self.ranking.saved:  # nothing saved: just undo the unsaved moves
            self._ranking_loaded(self.ranking)
            return
        self._write(reset_ranking)

    def _write(self, service, *args) -> None:
        cycle_id, position_id = self.cycle_id, self.ranking.position_id

        def work(workstation, progress):
            workstation.call(service, cycle_id, position_id, *args)
            return workstation.call(position_ranking, cycle_id, position_id, session_id=self.session_id)

        def done(ranking) -> None:
            self._ranking_loaded(ranking)
            self.changed.emit()

        self._job = Job(self, self.tr("Saving the ranking"), work, done, workstation=self.workstation,
                        changes=(APPRAISALS,)).start()
