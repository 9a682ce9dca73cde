"""The KPI dashboard: attainment per KPI against target, and the KPI score across
cycles, for one person or a team."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from reviewer.kpi.dashboard import dashboard_choices, dashboard_figures
from reviewer.workstation import Workstation

from ..charts import new_canvas
from ..formatting import localized


class DashboardTab(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self._people: dict[str, int] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cycle, self.department = QComboBox(), QComboBox()
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("A person (name or employee no.), or leave empty for the team"))
        bar.addWidget(QLabel(self.tr("Cycle:")))
        bar.addWidget(self.cycle)
        bar.addWidget(QLabel(self.tr("Team:")))
        bar.addWidget(self.department)
        bar.addWidget(self.person, 1)
        layout.addLayout(bar)
        charts = QHBoxLayout()
        self.bars_figure, self.bars_canvas = new_canvas()
        self.trend_figure, self.trend_canvas = new_canvas()
        charts.addWidget(self.bars_canvas, 3)
        charts.addWidget(self.trend_canvas, 2)
        layout.addLayout(charts, 1)
        self.cycle.currentIndexChanged.connect(lambda _i: self.draw())
        self.department.currentIndexChanged.connect(lambda _i: self.draw())
        self.person.editingFinished.connect(self.draw)

    def reload(self) -> None:
        for combo in (self.cycle, self.department):
            combo.blockSignals(True)
            combo.clear()
        choices = self.workstation.call(dashboard_choices)
        for cycle_id, name in choices.cycles:
            self.cycle.addItem(name, cycle_id)
        self.department.addItem(self.tr("Whole organisation"), None)
        for department_id, name in choices.departments:
            self.department.addItem(name, department_id)
        self._people = {f"{name} ({number})": person_id for person_id, name, number in choices.people}
        completer = QCompleter(sorted(self._people), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(lambda _text: self.draw())
        self.person.setCompleter(completer)
        for combo in (self.cycle, self.department):
            combo.blockSignals(False)
        self.draw()

    def scope_label(self) -> str:
        return self.person.text().strip() or self.department.currentText()

    def draw(self) -> None:
        cycle_id = self.cycle.currentData()
        if cycle_id is None:
            return
        person = self._people.get(self.person.text().strip())
        figures = self.workstation.call(dashboard_figures, cycle_id, person, self.department.currentData())
        self._draw_bars(figures.bars)
        self._draw_trend(figures.trend)

    def _draw_bars(self, bars) -> None:
        figure = self.bars_figure
        figure.clear()
        axes = figure.add_subplot()
        if not bars:
            axes.text(0.5, 0.5, self.tr("No results yet in this cycle."), ha="center", va="center",
                      transform=axes.transAxes)
            axes.set_axis_off()
        else:
            labels = [localized(b.name, b.name_zh) for b in bars]
            values = [100 * b.attainment for b in bars]
            colours = ["#c0504d" if v < 60 else "#e0a030" if v < 80 else "#4f81bd" for v in values]
            axes.barh(labels, values, color=colours)
            axes.axvline(100, linestyle="--", linewidth=1, color=axes.xaxis.label.get_color())
            axes.set_xlabel(self.tr("Attainment (%; the dashed line is the target)"))
            for y, value in enumerate(values):
                axes.text(value + 1, y, f"{value:.0f}%", va="center", fontsize=8)
            axes.set_xlim(0, max(120, max(values) + 15))
        axes.set_title(self.tr("%1: attainment per KPI, %2").replace("%1", self.scope_label())
                       .replace("%2", self.cycle.currentText()))
        self.bars_canvas.draw_idle()

    def _draw_trend(self, trend) -> None:
        figure = self.trend_figure
        figure.clear()
        axes = figure.add_subplot()
        if trend:
            names = [p.cycle for p in trend]
            scores = [p.kpi_score for p in trend]
            axes.plot(names, scores, marker="o")
            for x, y in zip(names, scores):
                axes.annotate(f"{y:.1f}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center")
            axes.set_ylim(0, max(110, max(scores) + 10))
            axes.set_ylabel(self.tr("KPI score"))
        else:
            axes.set_axis_off()
        axes.set_title(self.tr("KPI score across cycles (open cycles: so far)"))
        self.trend_canvas.draw_idle()

    def bar_labels(self) -> list[str]:
        """The KPI names on the bar chart (what a user reads), for tests."""
        axes = self.bars_figure.axes[0] if self.bars_figure.axes else None
        return [t.get_text() for t in axes.get_yticklabels()] if axes else []
