"""The Record tab: every move of the session — who, when, from, to, why — undone moves
kept and struck through. Undo of the selected move asks the page (``undo_requested``)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import MovesModel


class RecordView(QWidget):
    undo_requested = Signal(int)  # a move id
    person_selected = Signal(int)  # the moved person's appraisal id: show their context

    def __init__(self, parent=None):
        super().__init__(parent)
        self.open = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.undo_button = QPushButton(self.tr("&Undo selected move"))
        self.undo_button.setToolTip(self.tr("Put the person back where this move took them from (Ctrl+Z undoes "
                                            "the last move)"))
        self.undo_button.clicked.connect(self._undo_selected)
        top.addWidget(self.undo_button)
        layout.addLayout(top)
        self.model = MovesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 90, 100, 50, 50, 260, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, header.ResizeMode.Stretch)  # the reason takes what is left
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.table, 1)
        self._update_undo()

    def show_moves(self, moves: list, open_: bool) -> None:
        self.open = open_
        self.model.set_rows(list(reversed(moves)))  # the service lists oldest first; the newest leads here
        for column in (0, 1, 2, 3, 4, 6):  # widen (never narrow) what its text does not fit, e.g. Chinese dates
            self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                  self.table.sizeHintForColumn(column) + 4,
                                                  self.table.horizontalHeader().sectionSizeHint(column)))
        active = sum(not move.undone for move in moves)
        self.summary.setText(self.tr("%1 moves, %2 of them undone.").replace("%1", str(len(moves)))
                             .replace("%2", str(len(moves) - active)))
        self._update_undo()

    def selected_move(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def last_active_move(self):
        """The newest move not undone: what Ctrl+Z takes back."""
        active = [move for move in self.model._rows if not move.undone]
        return max(active, key=lambda move: (move.at, move.id)) if active else None

    def _selection_changed(self) -> None:
        self._update_undo()
        move = self.selected_move()
        if move is not None:
            self.person_selected.emit(move.appraisal_id)

    def _update_undo(self) -> None:
        move = self.selected_move()
        self.undo_button.setEnabled(self.open and move is not None and not move.undone)

    def _undo_selected(self) -> None:
        move = self.selected_move()
        if move is not None and not move.undone:
            self.undo_requested.emit(move.id)
