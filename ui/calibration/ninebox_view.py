"""The Nine-box tab: performance against potential, three by three, each box with its
name, what it means, its count and its people. In an open session HR moves a person to
another box by drag and drop, by Ctrl+arrow (the next box that way) or by M (choose the
box); every way asks for the reason first, and the move is recorded by the session's
move services. The axes can be flipped; the box exports as PNG, PDF or XLSX."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.calibration.ninebox import AXIS_NAMES, BOX_KINDS, BoxKind, BoxPerson, NineBox, move_to_box, nine_box
from reviewer.calibration.ninebox_export import write_ninebox
from reviewer.reviews.potential import LEVEL_NAMES, LEVELS
from reviewer.workstation import Workstation

from ..context import APPRAISALS
from ..formatting import is_chinese, localized
from ..worker import Job

MIME_TYPE = "application/x-appraisal-ninebox-person"
APPRAISAL_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_RATED = "potential_not_rated"  # the list below the grid of people without a potential rating
NO_BAND = "no_band"
# Ctrl+arrow: (across step, up step) on the drawn grid.
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}


def box_title(kind: BoxKind) -> str:
    return localized(kind.name, kind.name_zh)


def _person_text(person: BoxPerson) -> str:
    band = localized(person.band_name, person.band_name_zh) if person.band_id else ""
    return f"{person.label}  ·  {band}" if band else person.label


class BoxPeopleModel(QAbstractListModel):
    """The people of one box (or of a list below the grid). A drop asks for the move
    (``dropped``); nothing changes here until the service has saved it."""

    dropped = Signal(int, str)  # appraisal id, box key

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key, self.rows, self.movable = key, [], False

    def set_rows(self, rows, movable: bool) -> None:
        self.beginResetModel()
        self.rows, self.movable = list(rows), movable
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _person_text(person)
        if role == APPRAISAL_ROLE:
            return person.appraisal_id
        if role == Qt.ItemDataRole.ToolTipRole and person.employee_no:
            return person.employee_no
        return None

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled
        if self.movable and self.key in {k.key for k in BOX_KINDS}:
            base |= Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsSelectable
            if self.movable and self.key != NO_BAND:
                base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [str(self.rows[i.row()].appraisal_id) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, ",".join(ids[:1]).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not data.hasFormat(MIME_TYPE):
            return False
        text = bytes(data.data(MIME_TYPE)).decode()
        if text.isdigit() and not any(r.appraisal_id == int(text) for r in self.rows):
            self.dropped.emit(int(text), self.key)
        return False


class BoxList(QListView):
    """One box's people; the keyboard moves the selected person (see the module)."""

    step_requested = Signal(int, int, int)  # appraisal id, across step, up step
    choose_requested = Signal(int)  # appraisal id: ask which box

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def selected_appraisal(self) -> int | None:
        index = self.currentIndex()
        return index.data(APPRAISAL_ROLE) if index.isValid() and self.selectionModel().isSelected(index) else None

    def keyPressEvent(self, event) -> None:  # noqa: N802
        appraisal = self.selected_appraisal()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if appraisal is not None and control and event.key() in ARROWS:
            self.step_requested.emit(appraisal, *ARROWS[event.key()])
            return
        if appraisal is not None and event.key() == Qt.Key.Key_M and not event.modifiers():
            self.choose_requested.emit(appraisal)
            return
        super().keyPressEvent(event)


class BoxFrame(QFrame):
    """One box: name and count, what it means, and its people."""

    def __init__(self, kind: BoxKind, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        heading = QHBoxLayout()
        self.title = QLabel(f"<b>{box_title(kind)}</b>")
        self.count = QLabel()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.count)
        layout.addLayout(heading)
        self.meaning = QLabel(localized(kind.meaning, kind.meaning_zh))
        self.meaning.setWordWrap(True)
        self.meaning.setEnabled(False)  # the platform's muted text, light or dark
        layout.addWidget(self.meaning)
        self.model = BoxPeopleModel(kind.key, self)
        self.list = BoxList(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(box_title(kind))
        layout.addWidget(self.list, 1)

    def show_people(self, people, movable: bool) -> None:
        self.model.set_rows(people, movable)
        self.count.setText(f"<b>{len(people)}</b>")


class MoveReasonDialog(QDialog):
    """Why the person moves: required; says what the move changes."""

    def __init__(self, person: str, from_box: str, to_box: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another box"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Person:"), QLabel(person))
        form.addRow(self.tr("From:"), QLabel(from_box))
        form.addRow(self.tr("To:"), QLabel(f"<b>{to_box}</b>"))
        note = QLabel(self.tr("The move changes the potential rating and, when the performance level changes, "
                              "the band (to the nearest band of the new level). It is recorded with the reason."))
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why does the person belong in this box?"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("&Reason *:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.toPlainText().strip()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class NineBoxView(QWidget):
    """The nine-box of a session (or of a whole cycle when no session is given)."""

    changed = Signal()
    loaded = Signal()  # the boxes show the latest reading

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id: int | None = None
        self.session_id: int | None = None
        self.grid: NineBox | None = None
        self._job = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        bar.addWidget(self.heading, 1)
        self.flip = QCheckBox(self.tr("&Flip axes"))
        self.flip.setToolTip(self.tr("Potential across and performance up, or the other way round"))
        self.flip.toggled.connect(self._draw)
        bar.addWidget(self.flip)
        self.export_buttons = {}
        for ending, text in ((".png", self.tr("Export PNG…")), (".pdf", self.tr("Export PDF…")),
                             (".xlsx", self.tr("Export XLSX…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, e=ending: self.export(e))
            bar.addWidget(button)
            self.export_buttons[ending] = button
        layout.addLayout(bar)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        body = QGridLayout()
        body.setSpacing(4)
        self.up_label = QLabel()
        self.up_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.across_label = QLabel()
        self.across_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_labels_up = [QLabel() for _ in LEVELS]
        self.level_labels_across = [QLabel() for _ in LEVELS]
        self.frames = {kind.key: BoxFrame(kind, self) for kind in BOX_KINDS}
        for frame in self.frames.values():
            frame.model.dropped.connect(self.request_move)
            frame.list.step_requested.connect(self._step)
            frame.list.choose_requested.connect(self._choose)
            frame.list.clicked.connect(lambda _i, f=frame: self._only_one_selected(f.list))
        body.addWidget(self.up_label, 0, 0, 3, 1)
        for row, label in enumerate(self.level_labels_up):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            body.addWidget(label, row, 1)
        for column, label in enumerate(self.level_labels_across):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            body.addWidget(label, 3, column + 2)
        body.addWidget(self.across_label, 4, 2, 1, 3)
        for column in range(3):
            body.setColumnStretch(column + 2, 1)
            body.setRowStretch(column, 1)
        self.body = body
        layout.addLayout(body, 1)
        apart = QHBoxLayout()
        self.not_rated_title, self.no_band_title = QLabel(), QLabel()
        self.not_rated_model, self.no_band_model = BoxPeopleModel(NOT_RATED, self), BoxPeopleModel(NO_BAND, self)
        self.not_rated_list, self.no_band_list = BoxList(self), BoxList(self)
        self.not_rated_list.setModel(self.not_rated_model)
        self.no_band_list.setModel(self.no_band_model)
        self.not_rated_list.choose_requested.connect(self._choose)
        for title, people in ((self.not_rated_title, self.not_rated_list), (self.no_band_title, self.no_band_list)):
            people.setMaximumHeight(people.fontMetrics().lineSpacing() * 4 + 8)
            people.setFlow(QListView.Flow.LeftToRight)
            people.setWrapping(True)
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(title)
            column_layout.addWidget(people)
            apart.addWidget(column, 1)
        layout.addLayout(apart)

    # -- loading -------------------------------------------------------------------------
    def show_session(self, cycle_id: int, session_id: int | None) -> None:
        """Show the nine-box of the session (None: the whole cycle, read only)."""
        self.cycle_id, self.session_id = cycle_id, session_id
        self.refresh()

    def refresh(self) -> None:
        if self.cycle_id is None:
            return
        cycle_id, session_id = self.cycle_id, self.session_id
        self.notice.setText(self.tr("Loading…"))
        self._job = Job(self, self.tr("Loading the nine-box"),
                        lambda ws, _p: ws.call(nine_box, cycle_id, session_id=session_id), self._loaded,
                        on_error=self._failed, dialog=False, workstation=self.workstation).start()

    def _failed(self, error: Exception) -> None:
        from ..errors import show_error

        self.notice.clear()
        show_error(self, error)

    def _loaded(self, grid: NineBox) -> None:
        self.grid = grid
        self._draw()
        self.loaded.emit()

    def _draw(self) -> None:
        grid = self.grid
        if grid is None:
            return
        flipped = self.flip.isChecked()
        shown = replace(grid, flipped=flipped)
        title = grid.session_name or grid.cycle_name
        self.heading.setText(f"<b>{title}</b> · " + self.tr("%1 people").replace("%1", str(grid.total)))
        notes = []
        if grid.blind:
            notes.append(self.tr("Blind session: people and managers show as codes until HR closes it."))
        if not grid.may_move and grid.session_id is not None and self.workstation.actor.is_hr:
            notes.append(self.tr("The session is closed: its moves are locked."))
        elif not grid.may_move:
            notes.append(self.tr("Read only: boxes change in an open session, by HR."))
        else:
            notes.append(self.tr("Drag a person to another box, or select them and press Ctrl+arrow or M."))
        self.notice.setText(" ".join(notes))
        for row_index, row in enumerate(shown.rows()):
            for column, box in enumerate(row):
                frame = self.frames[box.kind.key]
                self.body.removeWidget(frame)  # flipping redraws the boxes in other places
                self.body.addWidget(frame, row_index, column + 2)
                frame.show_people(box.people, grid.may_move)
        self.up_label.setText(localized(*AXIS_NAMES[shown.up]) + " ↑")
        self.across_label.setText(localized(*AXIS_NAMES[shown.across]) + " →")
        for n, level in enumerate(reversed(LEVELS)):
            self.level_labels_up[n].setText(localized(*LEVEL_NAMES[level]))
        for n, level in enumerate(LEVELS):
            self.level_labels_across[n].setText(localized(*LEVEL_NAMES[level]))
        self.not_rated_title.setText(self.tr("Potential not rated (%1)").replace(
            "%1", str(len(grid.potential_not_rated))))
        self.no_band_title.setText(self.tr("No band yet (%1)").replace("%1", str(len(grid.performance_not_rated))))
        self.not_rated_model.set_rows(grid.potential_not_rated, grid.may_move)
        self.no_band_model.set_rows(grid.performance_not_rated, False)
        # Nobody apart: the two lists would only take room from the boxes.
        self.not_rated_list.parentWidget().setVisible(bool(grid.potential_not_rated))
        self.no_band_list.parentWidget().setVisible(bool(grid.performance_not_rated))

    # -- what the user sees (for tests and accessibility) ------------------------------------
    def box_labels(self) -> dict[str, list[str]]:
        """Box key -> the people shown in it."""
        return {key: [p.label for p in frame.model.rows] for key, frame in self.frames.items()}

    def box_at(self, row: int, column: int) -> str:
        """The key of the box drawn at (row from the top, column from the left)."""
        return next(key for key, frame in self.frames.items()
                    if self.body.getItemPosition(self.body.indexOf(frame))[:2] == (row, column + 2))

    def select_person(self, appraisal_id: int) -> BoxList | None:
        for frame in self.frames.values():
            for n, person in enumerate(frame.model.rows):
                if person.appraisal_id == appraisal_id:
                    self._only_one_selected(frame.list)
                    frame.list.setFocus()
                    frame.list.setCurrentIndex(frame.model.index(n))
                    return frame.list
        return None

    def _only_one_selected(self, chosen: BoxList) -> None:
        for frame in self.frames.values():
            if frame.list is not chosen:
                frame.list.clearSelection()

    # -- moving -------------------------------------------------------------------------------
    def _box_of(self, appraisal_id: int) -> BoxKind | None:
        if self.grid is None:
            return None
        for box in self.grid.boxes:
            if any(p.appraisal_id == appraisal_id for p in box.people):
                return box.kind
        return None

    def _step(self, appraisal_id: int, across: int, up: int) -> None:
        kind = self._box_of(appraisal_id)
        if kind is None:
            return
        flipped = self.flip.isChecked()
        levels = list(LEVELS)
        across_level, up_level = (kind.potential, kind.performance) if flipped else (kind.performance, kind.potential)
        a, u = levels.index(across_level) + across, levels.index(up_level) + up
        if not (0 <= a < 3 and 0 <= u < 3):
            return
        performance, potential = (levels[u], levels[a]) if flipped else (levels[a], levels[u])
        target = next(k for k in BOX_KINDS if (k.performance, k.potential) == (performance, potential))
        self.request_move(appraisal_id, target.key)

    def _choose(self, appraisal_id: int) -> None:
        if self.grid is None or not self.grid.may_move:
            return
        menu = QMenu(self)
        current = self._box_of(appraisal_id)
        for kind in BOX_KINDS:
            if kind is not current:
                menu.addAction(box_title(kind), lambda k=kind.key: self.request_move(appraisal_id, k))
        menu.popup(self.mapToGlobal(self.rect().center()))
        self._menu = menu

    def _ask_reason(self, person: str, from_box: str, to_box: str) -> str | None:
        """The reason typed for the move; None when the user cancels."""
        dialog = MoveReasonDialog(person, from_box, to_box, self)
        return dialog.reason_text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def request_move(self, appraisal_id: int, box_key: str) -> None:
        """Ask the reason, then move the person to the box in the background."""
        if self.grid is None or not self.grid.may_move or box_key not in self.frames:
            return
        person = self.grid.person(appraisal_id)
        if person is None:
            return
        current = self._box_of(appraisal_id)
        from_box = box_title(current) if current else self.tr("Potential not rated")
        reason = self._ask_reason(person.label, from_box, box_title(self.frames[box_key].kind))
        if not reason:
            return
        session_id = self.session_id
        self._job = Job(self, self.tr("Moving"),
                        lambda ws, _p: ws.call(move_to_box, session_id, appraisal_id, box_key, reason),
                        self._moved, dialog=False, workstation=self.workstation,
                        changes={APPRAISALS}).start()

    def _moved(self, _moves) -> None:
        self.changed.emit()
        self.refresh()

    # -- export -------------------------------------------------------------------------------
    def export(self, ending: str) -> None:
        if self.grid is None:
            return
        filters = {".png": self.tr("PNG picture (*.png)"), ".pdf": self.tr("PDF document (*.pdf)"),
                   ".xlsx": self.tr("Excel workbook (*.xlsx)")}
        name = f"{self.tr('Nine-box')} {self.grid.session_name or self.grid.cycle_name}{ending}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the nine-box"), name, filters[ending])
        if not path:
            return
        if not path.lower().endswith(ending):
            path += ending
        self.export_to(path)

    def export_to(self, path: str) -> None:
        cycle_id, session_id, flipped = self.cycle_id, self.session_id, self.flip.isChecked()
        language = "zh" if is_chinese() else "en"

        def work(ws, _progress):
            grid = ws.call(nine_box, cycle_id, session_id=session_id, flipped=flipped)
            return write_ninebox(grid, path, language)

        self._job = Job(self, self.tr("Exporting the nine-box"), work,
                        lambda written: self.notice.setText(self.tr("Saved %1").replace("%1", str(written))),
                        workstation=self.workstation).start()
