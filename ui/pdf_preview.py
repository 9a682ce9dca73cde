"""A PDF page viewer: page navigation, zoom and fit-to-width, over reviewer.pdf.preview."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.pdf.preview import PdfPages

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._zoom, self._fit_width = 1.0, True
        self.previous_button = self._button("◀", self.tr("Previous page (Page Up)"), lambda: self.show_page(self.page - 1))
        self.next_button = self._button("▶", self.tr("Next page (Page Down)"), lambda: self.show_page(self.page + 1))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.page_count_label = QLabel()
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+-)"), lambda: self._step_zoom(-1))
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl++)"), lambda: self._step_zoom(1))
        self.fit_button = self._button(self.tr("Fit width"), self.tr("Fit the page to the window's width"),
                                       self._fit)
        self.zoom_label = QLabel()
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_box, self.page_count_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        self.image = QLabel(self.tr("No document"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #7a7f87; } QLabel { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        for keys, action in ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self.page - 1)),
                             (QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self.page + 1)),
                             (QKeySequence.StandardKey.ZoomIn, lambda: self._step_zoom(1)),
                             (QKeySequence.StandardKey.ZoomOut, lambda: self._step_zoom(-1))):
            QShortcut(QKeySequence(keys), self, action, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.page = 0
        self._update_controls()

    def _button(self, text: str, tip: str, action) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(action)
        return button

    @property
    def page_count(self) -> int:
        return self._pages.page_count if self._pages else 0

    @property
    def zoom(self) -> float:
        return self._zoom

    def load(self, source: Path | bytes) -> None:
        if self._pages is not None:
            self._pages.close()
        self._pages = PdfPages(source)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, self._pages.page_count))
        self.page_box.blockSignals(False)
        self.show_page(min(self.page, self._pages.page_count - 1))

    def show_page(self, index: int) -> None:
        if self._pages is None or not 0 <= index < self._pages.page_count:
            return
        self.page = index
        if self._fit_width:
            width_points = self._pages.page_size(index)[0]
            available = max(200, self.scroll.viewport().width() - 32)  # room for the scroll bar
            self._zoom = max(0.25, min(4.0, available / width_points))
        ratio = self.devicePixelRatioF()
        rendered = self._pages.render(index, self._zoom * ratio)
        image = QImage(rendered.rgb, rendered.width, rendered.height, rendered.stride, QImage.Format.Format_RGB888)
        pixmap = QPixmap.fromImage(image.copy())  # copy: the bytes belong to the render
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self._update_controls()

    def _step_zoom(self, direction: int) -> None:
        self._fit_width = False
        bigger = [z for z in ZOOMS if z > self._zoom + 0.01]
        smaller = [z for z in ZOOMS if z < self._zoom - 0.01]
        self._zoom = (bigger[0] if bigger else ZOOMS[-1]) if direction > 0 else (smaller[-1] if smaller else ZOOMS[0])
        self.show_page(self.page)

    def _fit(self) -> None:
        self._fit_width = True
        self.show_page(self.page)

    def _update_controls(self) -> None:
        count = self.page_count
        self.page_box.blockSignals(True)
        self.page_box.setValue(self.page + 1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(count)))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)
        for widget in (self.page_box, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(count > 0)
        self.zoom_label.setText(f"{self._zoom:.0%}")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit_width and self._pages is not None:
            # The scroll area takes its new size after this widget's: measure it then.
            QTimer.singleShot(0, lambda: self.show_page(self.page))
