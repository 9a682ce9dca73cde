"""The Distribution tab: per band, the share before and after the session's moves
against the cycle's guideline, as a chart and a table, with a warning line for bands
further off than the margin."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ..charts import new_canvas
from ..formatting import format_number
from .models import DistributionModel


class DistributionView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.distribution = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.warning.hide()
        layout.addWidget(self.warning)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.figure, self.canvas = new_canvas()
        self.canvas.setMinimumHeight(200)
        self.splitter.addWidget(self.canvas)
        self.model = DistributionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

    def show_distribution(self, distribution, warnings: list[str]) -> None:
        """Draw the shares (``warnings`` already in the user's language)."""
        self.distribution = distribution
        self.model.set_rows(list(distribution.rows))
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, max(90, self.table.sizeHintForColumn(column) + 16,
                                                  self.table.horizontalHeader().sectionSizeHint(column)))
        self.summary.setText(self.tr("%1 people; a band more than %2 points from its guideline share is flagged.")
                             .replace("%1", str(distribution.total))
                             .replace("%2", format_number(distribution.margin)))
        self.warning.setText("\n".join("⚠ " + text for text in warnings))
        self.warning.setVisible(bool(warnings))
        self._draw(distribution)

    def _draw(self, distribution) -> None:
        figure = self.figure
        figure.clear()
        axes = figure.add_subplot()
        rows = list(distribution.rows)
        positions = list(range(len(rows)))
        width = 0.38
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        # Before: the same hue, faint; after: solid; an off band's "after" bar is hatched.
        axes.bar([p - width / 2 for p in positions], [r.share_before for r in rows], width,
                 label=self.tr("Before"), color=highlight, alpha=0.35, edgecolor=highlight)
        after = axes.bar([p + width / 2 for p in positions], [r.share_after for r in rows], width,
                         label=self.tr("After"), color=highlight, gid="after")
        for bar, row in zip(after, rows):
            if row.off:
                bar.set_hatch("//")
                bar.set_edgecolor(text)
        guided = [(p, r.guideline) for p, r in zip(positions, rows) if r.guideline is not None]
        if guided:
            axes.hlines([g for _, g in guided], [p - 0.45 for p, _ in guided], [p + 0.45 for p, _ in guided],
                        colors=text, linewidths=2, linestyles="dashed", label=self.tr("Guideline"), zorder=3)
        axes.set_xticks(positions, [r.code for r in rows])
        axes.set_ylabel(self.tr("Share of people (%)"))
        axes.set_title(self.tr("Distribution against the guideline"))
        top = max([r.share_before for r in rows] + [r.share_after for r in rows] + [g for _, g in guided] + [10])
        axes.set_ylim(0, top * 1.25)  # room for the legend above the bars
        axes.legend(frameon=False, loc="upper right", ncols=3, fontsize="small")
        self.canvas.draw_idle()

    def drawn_after_shares(self) -> list[float]:
        """The heights of the "after" bars as drawn (what a test compares)."""
        axes = self.figure.axes[0] if self.figure.axes else None
        if axes is None:
            return []
        container = next(c for c in axes.containers if c.patches and c.patches[0].get_gid() == "after")
        return [round(patch.get_height(), 4) for patch in container.patches]
