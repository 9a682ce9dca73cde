"""A plan's check-in timeline: progress % per goal (and the plan's overall figure) over
the check-in dates, warnings and recognitions marked on the day they were issued.
matplotlib is loaded the first time a plan is shown (it is slow to import)."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

# Mid-tone marks that read on light and dark backgrounds (as the to-do colours).
WARNING_COLOUR, RECOGNITION_COLOUR = "#d32f2f", "#2e7d32"
LABEL_LENGTH = 24  # a goal's description in the legend, cut to keep the plot wide


def goal_label(position: int, description: str) -> str:
    text = " ".join(description.split())
    if len(text) > LABEL_LENGTH:
        text = text[: LABEL_LENGTH - 1] + "…"
    return f"{position}. {text}"


class TimelineChart(QWidget):
    """``series`` (label -> [(date, %)]) and ``marks`` ([(kind, date)]) keep what was drawn,
    for the tests and for anyone reading the chart without seeing it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: dict[str, list] = {}
        self.marks: list[tuple[str, object]] = []
        self.figure = self.canvas = None
        self.period = None  # the plan's start and end date: the time axis spans them
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 140)

    def _ensure_canvas(self) -> None:
        if self.canvas is None:
            from ..charts import new_canvas

            self.figure, self.canvas = new_canvas()
            self.canvas.setMinimumHeight(140)
            self._layout.addWidget(self.canvas)

    def show_view(self, view) -> None:
        """Draw the timeline of a PlanView."""
        self._ensure_canvas()
        self.series = self._series(view)
        self.marks = [(note.kind, note.issued_on) for note in view.notes]
        row = getattr(view, "row", None)
        self.period = (row.start_date, row.end_date) if row is not None else None
        self._draw()

    @staticmethod
    def _series(view) -> dict[str, list]:
        from PySide6.QtCore import QCoreApplication

        series: dict[str, list] = {}
        for goal in view.goals:
            points = []
            for check_in in view.check_ins:
                for entry in check_in.goals:
                    if entry.goal_id == goal.id:
                        points.append((check_in.held_on, entry.progress_pct))
            if points:
                series[goal_label(goal.position, goal.description)] = points
        overall = [(c.held_on, c.progress_pct) for c in view.check_ins if c.progress_pct is not None]
        if overall:
            series[QCoreApplication.translate("TimelineChart", "Whole plan")] = overall
        return series

    def _draw(self) -> None:
        from PySide6.QtCore import QCoreApplication

        translate = QCoreApplication.translate
        self.figure.clear()
        axes = self.figure.add_subplot(111)
        axes.set_title(translate("TimelineChart", "Progress at each check-in (%)"), loc="left")
        axes.set_ylim(0, 108)
        if not self.series:
            axes.set_xticks([])
            axes.set_yticks([])
            axes.text(0.5, 0.5, translate("TimelineChart", "No check-in recorded yet"), ha="center", va="center",
                      transform=axes.transAxes)
            self.canvas.draw_idle()
            return
        overall_label = translate("TimelineChart", "Whole plan")
        for label, points in self.series.items():
            days, values = zip(*points)
            if label == overall_label:
                axes.plot(days, values, linestyle="--", linewidth=1.2, color="grey", marker="o", markersize=3,
                          label=label)
            else:
                axes.plot(days, values, marker="o", markersize=4, linewidth=1.6, label=label)
        warned = recognised = False
        for kind, day in self.marks:
            warning = kind == "warning"
            colour = WARNING_COLOUR if warning else RECOGNITION_COLOUR
            axes.axvline(day, color=colour, linewidth=1, linestyle=":", alpha=0.8)
            label = None
            if warning and not warned:
                label, warned = translate("TimelineChart", "Warning"), True
            elif not warning and not recognised:
                label, recognised = translate("TimelineChart", "Recognition"), True
            axes.plot([day], [104], marker="v" if warning else "*", markersize=9, color=colour,
                      linestyle="none", label=label)
        from matplotlib.dates import AutoDateLocator, DateFormatter

        if self.period is not None:
            # The whole plan, start to end: check-ins held on one day would otherwise stretch
            # the axis over years, and the weeks still to come are part of the story.
            from datetime import timedelta

            days = [day for points in self.series.values() for day, _value in points] + [d for _k, d in self.marks]
            axes.set_xlim(min([self.period[0], *days]) - timedelta(days=1),
                          max([self.period[1], *days]) + timedelta(days=1))
        axes.xaxis.set_major_locator(AutoDateLocator(maxticks=7))
        axes.xaxis.set_major_formatter(DateFormatter("%m-%d"))
        axes.set_yticks([0, 25, 50, 75, 100])
        axes.grid(axis="y", alpha=0.25)
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
        self.canvas.draw_idle()
