"""The Results tab of 360 Reviews: one person's or one team's results as the
anonymity rules allow them to be seen (reviewer.feedback.results), with the
self/manager/others radar, blind spots, the team's spread and the comments.
Before the cycle's 360 results are published it shows, to HR too, only how many
forms were asked and returned and when the results will be published."""
from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.feedback.results import FeedbackReport, PersonProgress, SubjectResults, results_setting, subject_results
from reviewer.people.directory import department_subtree
from reviewer.workstation import Workstation

from ..charts import new_canvas
from ..formatting import localized
from ..models.feedback_models import ResponseProgressModel, ResultsModel
from ..models.people_model import ID_ROLE
from ..problem_text import coded_text
from ..vocabulary import group_name
from ..worker import Job

SELF_COLOUR, MANAGER_COLOUR, OTHERS_COLOUR = "#e0a030", "#7f7f7f", "#4f81bd"


class ResultsTab(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id: int | None = None
        self.published = True  # the cycle's 360 results are published (else only the forms' progress shows)
        self.report: FeedbackReport | None = None
        self.progress: tuple[PersonProgress, ...] | None = None  # before publication
        self._subjects: list[tuple[int, str, int]] = []  # id, name, department id
        self._departments = []
        self._paths: dict[int, str] = {}  # department id -> full path, as request rows name departments
        self._cycle_name = ""
        self._job = None
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("One person"), "person")
        self.scope.addItem(self.tr("A team (department)"), "team")
        self.scope.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_list)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self.show_selected())
        for widget in (self.scope, self.search, self.list):
            left_layout.addWidget(widget)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self.tr("Choose a person or a team."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.summary)
        # Two views: the published results, or before publication only the forms'
        # progress (counted from request statuses, which no answer moves).
        self.views = QStackedWidget()
        right_layout.addWidget(self.views, 1)
        self.progress_view = QWidget()
        progress_layout = QVBoxLayout(self.progress_view)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.unpublished_note = QLabel()
        self.unpublished_note.setWordWrap(True)
        self.unpublished_note.setTextFormat(Qt.TextFormat.RichText)
        self.unpublished_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unpublished_note.setFrameShape(QLabel.Shape.StyledPanel)
        self.unpublished_note.setMargin(8)
        progress_layout.addWidget(self.unpublished_note)
        self.progress_model = ResponseProgressModel(self)
        self.progress_table = QTableView()
        self.progress_table.setModel(self.progress_model)
        self.progress_table.verticalHeader().hide()
        self.progress_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # The names take the room; each count column just fits its "returned / asked".
        header = self.progress_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(72)
        progress_layout.addWidget(self.progress_table, 1)
        figures = QWidget()
        right_layout = QVBoxLayout(figures)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.views.addWidget(figures)
        self.views.addWidget(self.progress_view)
        self.model = ResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.table, 2)
        charts = QHBoxLayout()
        self.radar_figure, self.radar_canvas = new_canvas()
        self.spread_figure, self.spread_canvas = new_canvas()
        charts.addWidget(self.radar_canvas, 3)
        charts.addWidget(self.spread_canvas, 2)
        right_layout.addLayout(charts, 3)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        right_layout.addWidget(self.findings)
        self.comments = QPlainTextEdit()
        self.comments.setReadOnly(True)
        right_layout.addWidget(self.comments, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- choosing ------------------------------------------------------------------
    def set_cycle(self, cycle_id: int, rows) -> None:
        self.cycle_id = cycle_id
        seen = {}
        for row in rows:
            seen.setdefault(row.subject_id, (row.subject_name, row.department))
        self._subjects = sorted(((sid, name, dept) for sid, (name, dept) in seen.items()), key=lambda s: s[1])
        setting = self.workstation.call(results_setting, cycle_id)
        self._departments = list(setting.departments)
        self._paths = setting.paths
        self.published = setting.published
        self._cycle_name = setting.cycle_name
        self._show_note(setting.notice_code, setting.notice_params)
        self.views.setCurrentWidget(self.progress_view if not self.published else self.views.widget(0))
        self.report, self.progress = None, None
        self.model.set_rows([])
        self.progress_model.set_rows([])
        self._fill_list()

    def _show_note(self, notice_code: str, notice_params: dict) -> None:
        cycle = self._cycle_name
        self.unpublished_note.setText("<br>".join((
            f"<b>{html.escape(coded_text('results_unpublished', {'cycle': cycle}))}</b>",
            html.escape(coded_text(notice_code, notice_params)),
            html.escape(coded_text("results_publish_earlier", {"cycle": cycle})))))



    def _fill_list(self) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        if self.scope.currentData() == "person":
            for subject_id, name, department in self._subjects:
                item = QListWidgetItem(f"{name}  ·  {department.split('/')[-1]}")
                item.setData(ID_ROLE, subject_id)
                self.list.addItem(item)
        else:
            for node in sorted(self._departments, key=lambda d: self._paths.get(d.id, d.name)):
                item = QListWidgetItem(self._paths.get(node.id, node.name))
                item.setData(ID_ROLE, node.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter_list(self.search.text())
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == current:
                self.list.setCurrentRow(row)
                break

    def _filter_list(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def select(self, key: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == key:
                self.list.setCurrentRow(row)
                return

    def _subject_ids(self) -> tuple[list[int], str]:
        item = self.list.currentItem()
        if item is None:
            return [], ""
        if self.scope.currentData() == "person":
            return [item.data(ID_ROLE)], item.text().split("  ·  ")[0]
        inside = department_subtree(self._departments, item.data(ID_ROLE))
        dept_of = {d.id: self._paths.get(d.id, "") for d in self._departments}
        paths = {dept_of[d] for d in inside}
        return [s for s, _n, dept in self._subjects if dept in paths], item.text()

    def show_selected(self) -> None:
        subject_ids, label = self._subject_ids()
        if self.cycle_id is None or not subject_ids:
            return
        cycle_id, team = self.cycle_id, len(subject_ids) > 1 or self.scope.currentData() == "team"

        def work(_progress):
            return self.workstation.call(subject_results, cycle_id, subject_ids, team)

        self.summary.setText(self.tr("Loading…"))
        self._job = Job(self, "", work, lambda result: self.show_results(label, result), dialog=False).start()

    # -- showing -------------------------------------------------------------------
    def show_results(self, label: str, results: SubjectResults) -> None:
        if results.published != self.published:  # published meanwhile (a release date came)
            self.published = results.published
            self.views.setCurrentWidget(self.progress_view if not self.published else self.views.widget(0))
        if results.published:
            self.show_report(label, results.report, results.means)
        else:
            self._show_note(results.notice_code, results.notice_params)
            self.show_progress(label, results.progress)

    def show_progress(self, label: str, progress: tuple[PersonProgress, ...]) -> None:
        """Before publication: forms asked and returned per person and rater group, nothing else."""
        self.progress = progress
        self.progress_model.set_rows(list(progress))
        asked, submitted = sum(p.asked for p in progress), sum(p.submitted for p in progress)
        self.summary.setText(self.tr("<b>%1</b> — forms returned: %2 of %3.").replace("%1", html.escape(label))
                             .replace("%2", str(submitted)).replace("%3", str(asked)))

    def show_report(self, label: str, report: FeedbackReport, means: dict[int, float]) -> None:
        self.report = report
        self.model.set_rows(report.competencies)
        self.table.resizeColumnsToContents()
        responses = ", ".join(f"{group_name(g)} {n}" for g, n in sorted(report.responses.items()))
        text = self.tr("<b>%1</b> — forms returned: %2. Groups with fewer than %3 raters are combined into "
                       "\"others\" or withheld, so no one's answers can be singled out.") \
            .replace("%1", label).replace("%2", responses or self.tr("none yet")).replace("%3", str(report.threshold))
        withheld = sorted({g for c in report.competencies for g in c.withheld})
        if withheld and len(report.subject_ids) > 1:
            text += " " + self.tr("Withheld for some people: %1.").replace(
                "%1", ", ".join(group_name(g) for g in withheld))
        elif withheld:
            text += " " + self.tr("Withheld: %1.").replace("%1", ", ".join(group_name(g) for g in withheld))
        self.summary.setText(text)
        self._show_findings(report)
        self._show_comments(report)
        self.draw_radar(label, report)
        if len(report.subject_ids) > 1:
            self.draw_spread(means)
        else:
            self.draw_gaps(report)

    def _show_findings(self, report: FeedbackReport) -> None:
        def names(items) -> str:
            return ", ".join(f"{localized(c.competency.name, c.competency.name_zh)} ({c.gap:+.1f})" for c in items)

        parts = []
        if report.blind_spots():
            parts.append(self.tr("<b>Blind spots</b> (rates self higher than others do): %1")
                         .replace("%1", names(report.blind_spots())))
        if report.hidden_strengths():
            parts.append(self.tr("<b>Hidden strengths</b> (others rate higher than self): %1")
                         .replace("%1", names(report.hidden_strengths())))
        self.findings.setText("<br>".join(parts) if parts else self.tr(
            "No blind spots or hidden strengths: self and others agree within half a point, or one of them "
            "has not answered yet."))

    def _show_comments(self, report: FeedbackReport) -> None:
        lines = []
        for comment in report.comments:
            who = group_name(comment.group) if comment.group else self.tr("Others (unattributed)")
            lines.append(f"[{who}] {comment.text}")
        if report.comments_withheld:
            lines.append(self.tr("Some comments are withheld: too few confidential raters answered to keep "
                                 "their authors unknown."))
        self.comments.setPlainText("\n\n".join(lines) if lines else self.tr("No comments yet."))

    def draw_radar(self, label: str, report: FeedbackReport) -> None:
        figure = self.radar_figure
        figure.clear()
        rows = [c for c in report.competencies if c.others_score is not None or c.self_score is not None]
        if len(rows) < 3:
            axes = figure.add_subplot()
            axes.text(0.5, 0.5, self.tr("Not enough answers for a radar chart yet."), ha="center", va="center",
                      transform=axes.transAxes)
            axes.set_axis_off()
            self.radar_canvas.draw_idle()
            return
        axes = figure.add_subplot(projection="polar")
        axes.set_theta_offset(math.pi / 2)  # the first competency at the top, the others clockwise
        axes.set_theta_direction(-1)
        angles = [2 * math.pi * i / len(rows) for i in range(len(rows))]
        lines = ((self.tr("Self"), [c.self_score for c in rows], SELF_COLOUR),
                 (self.tr("Manager"), [c.manager_score for c in rows], MANAGER_COLOUR),
                 (self.tr("Others"), [c.others_score for c in rows], OTHERS_COLOUR))
        for name, values, colour in lines:
            if all(v is None for v in values):
                continue
            points = [(a, v) for a, v in zip(angles, values) if v is not None]
            closed = points + points[:1]
            axes.plot([a for a, _v in closed], [v for _a, v in closed], color=colour, linewidth=1.6,
                      marker="o", markersize=3, label=name)
            if name == self.tr("Others"):
                axes.fill([a for a, _v in closed], [v for _a, v in closed], color=colour, alpha=0.15)
        axes.set_xticks(angles)
        axes.set_xticklabels([localized(c.competency.name, c.competency.name_zh) for c in rows])
        axes.set_ylim(0, 5)
        axes.set_yticks([1, 2, 3, 4, 5])
        axes.tick_params(axis="y", labelsize=7)
        axes.tick_params(axis="x", pad=6)
        # The ring numbers halfway between the first two spokes, away from every competency's name.
        axes.set_rlabel_position(180 / len(rows))
        # The legend below the whole figure (constrained layout keeps room for it), never over a name.
        figure.legend(*axes.get_legend_handles_labels(), loc="outside lower center", ncol=3, frameon=False)
        axes.set_title(self.tr("%1: self, manager and others").replace("%1", label), pad=14)
        self.radar_canvas.draw_idle()

    def draw_spread(self, means: dict[int, float]) -> None:
        figure = self.spread_figure
        figure.clear()
        axes = figure.add_subplot()
        if len(means) < 2:
            axes.text(0.5, 0.5, self.tr("Choose a team to see how its people's scores spread."),
                      ha="center", va="center", transform=axes.transAxes, wrap=True)
            axes.set_axis_off()
        else:
            axes.hist(list(means.values()), bins=[1 + 0.25 * i for i in range(17)], color=OTHERS_COLOUR)
            axes.set_xlim(1, 5)
            axes.set_xlabel(self.tr("Score from others (1–5)"))
            axes.set_ylabel(self.tr("People"))
            # Wrapped: in a narrow chart a one-line title ran past both edges.
            axes.set_title(self.tr("Spread of the team's scores (%n people)", "", len(means)), wrap=True)
        self.spread_canvas.draw_idle()

    def draw_gaps(self, report: FeedbackReport) -> None:
        """One person's self-minus-others gap per competency: the blind-spot chart."""
        figure = self.spread_figure
        figure.clear()
        axes = figure.add_subplot()
        rows = [c for c in report.competencies if c.gap is not None]
        if not rows:
            axes.text(0.5, 0.5, self.tr("No gap yet: self or others have not answered."), ha="center",
                      va="center", transform=axes.transAxes)
            axes.set_axis_off()
        else:
            labels = [localized(c.competency.name, c.competency.name_zh) for c in rows]
            gaps = [c.gap for c in rows]
            colours = [SELF_COLOUR if g >= 0.5 else OTHERS_COLOUR if g <= -0.5 else MANAGER_COLOUR for g in gaps]
            axes.barh(labels, gaps, color=colours)
            axes.axvline(0, linewidth=1, color=axes.xaxis.label.get_color())
            for edge in (-0.5, 0.5):
                axes.axvline(edge, linestyle="--", linewidth=0.8, color=MANAGER_COLOUR)
            limit = max(1.5, max(abs(g) for g in gaps) + 0.3)
            axes.set_xlim(-limit, limit)
            axes.invert_yaxis()
            # Wrapped: in a narrow chart the one-line caption ran past both edges.
            axes.set_xlabel(self.tr("← hidden strength · self minus others · blind spot →"), wrap=True)
        axes.set_title(self.tr("Self versus others"), wrap=True)
        self.spread_canvas.draw_idle()

    def radar_labels(self) -> list[str]:
        """The competency names around the radar (what a user reads), for tests."""
        axes = self.radar_figure.axes[0] if self.radar_figure.axes else None
        return [t.get_text() for t in axes.get_xticklabels()] if axes and axes.name == "polar" else []
