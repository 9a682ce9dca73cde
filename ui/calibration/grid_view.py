"""The Grid tab: the session's people in one column per band, each card with the score,
its KPI and competency parts, manager and department. A person moves to another band
by drag and drop, by Ctrl+Left / Ctrl+Right (the next column), or by M (choose the
band); every way asks for the reason first (``move_requested``). A changed person shows
the band they had when the session opened struck through; big movers are flagged."""
from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..formatting import format_number, localized
from .models import band_label

MIME_TYPE = "application/x-appraisal-calibration-person"
APPRAISAL_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_ROLE = Qt.ItemDataRole.UserRole + 2


class BandPeopleModel(QAbstractListModel):
    """The people of one band column. A drop asks for the move (``dropped``) and changes
    nothing itself: the grid shows what the service saved once it is read again."""

    dropped = Signal(int, int)  # appraisal id, band id

    def __init__(self, band_id: int, parent=None):
        super().__init__(parent)
        self.band_id = band_id
        self.rows: list = []
        self.band_codes: dict[int, str] = {}

    def set_rows(self, rows: list, band_codes: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.band_codes = rows, band_codes
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == APPRAISAL_ROLE:
            return row.appraisal_id
        if role == CARD_ROLE:
            return self._card(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.big_mover:
            return self.tr("Big mover: two or more bands from where the session started")
        return None

    def _card(self, row) -> str:
        name = f"<b>{html.escape(row.label)}</b>"
        if row.employee_no:
            name += f" ({html.escape(row.employee_no)})"
        if row.big_mover:
            name += " ⚑ " + html.escape(self.tr("big mover"))
        figures = self.tr("Score %1 · KPI %2 · Competency %3").replace("%1", format_number(row.score)).replace(
            "%2", format_number(row.kpi_score)).replace("%3", format_number(row.competency_score))
        lines = [name, html.escape(figures), html.escape(" · ".join(x for x in (row.manager, row.department) if x))]
        if row.rank:
            lines.append(html.escape(self.tr("Ranked %1 of %2 in the position").replace("%1", str(row.rank[0]))
                                     .replace("%2", str(row.rank[1]))))
        if row.changed:
            was = self.band_codes.get(row.original_band_id, "—")
            now = self.band_codes.get(row.band_id, "")
            lines.append(html.escape(self.tr("Band:")) + f" <s>{html.escape(was)}</s> → <b>{html.escape(now)}</b>")
        return "<br>".join(lines)

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [str(self.rows[i.row()].appraisal_id) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, ",".join(ids[:1]).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        text = bytes(data.data(MIME_TYPE)).decode()
        if text.isdigit() and not any(r.appraisal_id == int(text) for r in self.rows):
            self.dropped.emit(int(text), self.band_id)
        return False  # nothing moves until the reason is given and the service saved it


class CardDelegate(QStyledItemDelegate):
    """Draws a person's card (a little rich text) in a band column."""

    def _document(self, option, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(CARD_ROLE) or "")
        document.setTextWidth(max(80, option.rect.width() - 8))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(options, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(options.rect.left() + 4, options.rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, options.rect.width() - 8, options.rect.height() - 6))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        if options.widget is not None:
            options.rect.setWidth(options.widget.viewport().width())
        document = self._document(options, index)
        return QSize(options.rect.width(), int(document.size().height()) + 8)


class BandList(QListView):
    """One band's column; the keyboard moves the selected person (see the module)."""

    step_requested = Signal(int, int)  # appraisal id, columns to move (-1 left, +1 right)
    choose_requested = Signal(int)  # appraisal id: ask which band

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Cards wrap to the column's width: a scroll bar that came and went would change that
        # width after the heights were measured, and the cards would overlap.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # With word wrap on, a top-to-bottom list lays its items out again when its width
        # changes (Qt otherwise only does on a height change), so each card is measured again.
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)

    def selected_appraisal(self) -> int | None:
        index = self.currentIndex()
        return index.data(APPRAISAL_ROLE) if index.isValid() and self.selectionModel().isSelected(index) else None

    def keyPressEvent(self, event) -> None:
        appraisal = self.selected_appraisal()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if appraisal is not None and control and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(appraisal, -1 if event.key() == Qt.Key.Key_Left else 1)
            return
        if appraisal is not None and event.key() == Qt.Key.Key_M and not event.modifiers():
            self.choose_requested.emit(appraisal)
            return
        super().keyPressEvent(event)


class GridView(QWidget):
    """The band columns. ``move_requested(appraisal_id, band_id)`` asks the page to move
    (band_id -1: let the user choose); the page asks the reason and calls the service."""

    move_requested = Signal(int, int)
    person_selected = Signal(int)  # appraisal id: show their context

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = None
        self.movable = False
        self.columns: list[tuple[object, QLabel, BandList, BandPeopleModel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        top.addWidget(self.hint, 1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, code, manager or department"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(self.filter.fontMetrics().horizontalAdvance(self.filter.placeholderText()) + 40)
        self.filter.textChanged.connect(lambda _text: self._fill())
        top.addWidget(self.filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addLayout(top)
        self.columns_row = QHBoxLayout()
        self.columns_row.setSpacing(6)
        layout.addLayout(self.columns_row, 1)

    def show_grid(self, grid, movable: bool) -> None:
        """Show the grid; ``movable`` when the session is open and the user may move."""
        selected = self.selected_appraisal()
        self.grid, self.movable = grid, movable
        if [band.id for band, *_ in self.columns] != [band.id for band in grid.bands]:
            self._build_columns(grid.bands)
        for _band, _title, view, _model in self.columns:
            view.setDragEnabled(movable)
            view.setAcceptDrops(movable)
        self.hint.setText(self.tr("Select a person and press Ctrl+Left or Ctrl+Right to move them one band, "
                                  "M to choose the band, or drag them to another column. Every move asks "
                                  "for a reason.") if movable else
                          self.tr("The session is closed: its moves are locked."))
        self._fill()
        if selected is not None:
            self.select_appraisal(selected)

    def _build_columns(self, bands) -> None:
        for _band, title, view, _model in self.columns:
            title.deleteLater()
            view.deleteLater()
        while self.columns_row.count():
            self.columns_row.takeAt(0)
        self.columns = []
        for band in bands:
            column = QVBoxLayout()
            title = QLabel()
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.setWordWrap(True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            model = BandPeopleModel(band.id, self)
            view = BandList()
            view.setModel(model)
            model.dropped.connect(self.move_requested)
            view.step_requested.connect(self._step)
            view.choose_requested.connect(lambda appraisal: self.move_requested.emit(appraisal, -1))
            view.selectionModel().selectionChanged.connect(
                lambda _selected, _deselected, v=view: self._only_one_selected(v))
            column.addWidget(title)
            column.addWidget(view, 1)
            self.columns_row.addLayout(column, 1)
            self.columns.append((band, title, view, model))

    def _fill(self) -> None:
        if self.grid is None:
            return
        needle = self.filter.text().strip().casefold()
        codes = {band.id: band.code for band in self.grid.bands}
        by_band: dict[int, list] = {band.id: [] for band in self.grid.bands}
        for row in self.grid.rows:
            if needle and needle not in " ".join(
                    str(x) for x in (row.label, row.employee_no, row.manager, row.department) if x).casefold():
                continue
            by_band.setdefault(row.band_id, []).append(row)
        for band, title, _view, model in self.columns:
            people = by_band.get(band.id, [])
            model.set_rows(people, codes)
            title.setText(band_label(band.code, localized(band.name, getattr(band, "name_zh", None)))
                          + f"  ({len(people)})")

    def _only_one_selected(self, chosen: BandList) -> None:
        if chosen.selectionModel().hasSelection():
            appraisal_id = chosen.selected_appraisal()
            if appraisal_id is not None:
                self.person_selected.emit(appraisal_id)
            for _band, _title, view, _model in self.columns:
                if view is not chosen:
                    view.clearSelection()

    def _step(self, appraisal_id: int, step: int) -> None:
        if not self.movable:
            return
        band_ids = [band.id for band, *_ in self.columns]
        here = next((n for n, (_b, _t, _v, model) in enumerate(self.columns)
                     if any(r.appraisal_id == appraisal_id for r in model.rows)), None)
        if here is not None and 0 <= here + step < len(band_ids):
            self.move_requested.emit(appraisal_id, band_ids[here + step])

    def row_of(self, appraisal_id: int):
        return next((r for r in (self.grid.rows if self.grid else []) if r.appraisal_id == appraisal_id), None)

    def selected_appraisal(self) -> int | None:
        for _band, _title, view, _model in self.columns:
            if (appraisal := view.selected_appraisal()) is not None:
                return appraisal
        return None

    def select_appraisal(self, appraisal_id: int) -> bool:
        """Select (and focus) a person's card wherever it is now."""
        for _band, _title, view, model in self.columns:
            for n, row in enumerate(model.rows):
                if row.appraisal_id == appraisal_id:
                    index = model.index(n)
                    view.setCurrentIndex(index)
                    view.scrollTo(index)
                    view.setFocus()
                    return True
        return False

    def column_labels(self) -> dict[str, list[str]]:
        """Band code -> the labels shown in its column (for tests and the status line)."""
        return {band.code: [row.label for row in model.rows] for band, _t, _v, model in self.columns}
