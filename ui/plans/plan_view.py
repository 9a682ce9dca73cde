"""The selected plan, read-only: a header (stage, version, acknowledgement, dates, why it
is read-only), then tabs: the check-in timeline (chart and list), the goals with their
latest progress and their revisions, actions and support, warnings and recognition,
and the plan's history (its events and acknowledgements)."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..formatting import format_date
from ..typography import page_heading
from .plans_model import OVERDUE_COLOUR
from .timeline_chart import RECOGNITION_COLOUR, TimelineChart
from .words import plan_word

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # (evidence id, kind, title) on a check-in's evidence row


def format_moment(moment: datetime | None) -> str:
    """A stored moment (UTC) as the user's local date and time."""
    if moment is None:
        return ""
    from reviewer.plans.timing import local_day

    if moment.tzinfo is None:
        from datetime import timezone

        moment = moment.replace(tzinfo=timezone.utc)
    return f"{format_date(local_day(moment))} {moment.astimezone():%H:%M}"


def _day(value) -> str:
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def _tree(headers: list[str]) -> tuple[QTreeView, QStandardItemModel]:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(headers)
    view = QTreeView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    model.setParent(view)
    return view, model


def _row(*texts) -> list[QStandardItem]:
    cells = []
    for text in texts:
        cell = QStandardItem("" if text is None else str(text))
        cell.setToolTip(cell.text())
        cells.append(cell)
    return cells


def _fit(view: QTreeView, *stretch: int) -> None:
    """Columns of free text share the width; the others fit their contents."""
    header = view.header()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


class PlanView(QWidget):
    """Shows one ``reviewer.plans.reading.PlanView``; ``view`` is the one shown. Opening
    or saving a check-in's evidence is asked of the page (it holds the workstation)."""

    evidence_open_requested = Signal(int, str, str)  # evidence id, kind (file/note/link), title
    evidence_save_requested = Signal(int, str)  # evidence id, file name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = page_heading("", scale=1.3)
        self.title.setObjectName("plan_title")
        layout.addWidget(self.title)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setObjectName("plan_status_line")
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_line)
        self.read_only_line = QLabel()
        self.read_only_line.setWordWrap(True)
        self.read_only_line.setObjectName("plan_read_only")
        self.read_only_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.read_only_line.hide()
        layout.addWidget(self.read_only_line)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        # Timeline: the chart above the list of check-ins.
        self.timeline_splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = TimelineChart()
        self.timeline_splitter.addWidget(self.chart)
        self.check_ins_view, self.check_ins_model = _tree(
            [self.tr("Held on"), self.tr("Progress"), self.tr("Notes"), self.tr("Recorded by")])
        self.check_ins_view.setObjectName("check_ins_view")
        self.timeline_splitter.addWidget(self._check_ins_with_evidence_buttons())
        self.timeline_splitter.setStretchFactor(0, 3)
        self.timeline_splitter.setStretchFactor(1, 2)
        self.tabs.addTab(self.timeline_splitter, self.tr("Check-ins"))
        self.goals_view, self.goals_model = _tree(
            [self.tr("Goal"), self.tr("Term"), self.tr("Measure"), self.tr("Baseline → target"), self.tr("Due"),
             self.tr("Latest progress"), self.tr("Status")])
        self.tabs.addTab(self.goals_view, self.tr("Goals"))
        actions_page = QWidget()
        actions_layout = QVBoxLayout(actions_page)
        actions_layout.setContentsMargins(0, 4, 0, 0)
        self.actions_view, self.actions_model = _tree(
            [self.tr("Action"), self.tr("Kind"), self.tr("Owner"), self.tr("Due"), self.tr("Done")])
        actions_layout.addWidget(self.actions_view, 2)
        self.background = QLabel()
        self.background.setWordWrap(True)
        self.background.setTextFormat(Qt.TextFormat.RichText)
        self.background.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.background.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.background)
        actions_layout.addWidget(scroll, 1)
        self.tabs.addTab(actions_page, self.tr("Actions and support"))
        self.notes_view, self.notes_model = _tree(
            [self.tr("Issued on"), self.tr("Kind"), self.tr("Wording"), self.tr("Goals"), self.tr("By")])
        self.tabs.addTab(self.notes_view, self.tr("Warnings and recognition"))
        self.events_view, self.events_model = _tree(
            [self.tr("When"), self.tr("What"), self.tr("By"), self.tr("Reason")])
        self.tabs.addTab(self.events_view, self.tr("History"))

    def _check_ins_with_evidence_buttons(self) -> QWidget:
        """The check-in list, and under it what can be done with a check-in's evidence:
        open it (a file through a copy, a link in the browser, a note in a box) or save a file."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check_ins_view, 1)
        buttons = QHBoxLayout()
        self.open_evidence_button = QPushButton(self.tr("Open evidence"))
        self.open_evidence_button.setToolTip(self.tr("Open the selected evidence (or double-click it)"))
        self.open_evidence_button.clicked.connect(self._open_selected_evidence)
        self.save_evidence_button = QPushButton(self.tr("Save evidence as…"))
        self.save_evidence_button.setToolTip(self.tr("Save a copy of the selected evidence file"))
        self.save_evidence_button.clicked.connect(self._save_selected_evidence)
        buttons.addStretch(1)
        buttons.addWidget(self.open_evidence_button)
        buttons.addWidget(self.save_evidence_button)
        layout.addLayout(buttons)
        self.check_ins_view.activated.connect(lambda _index: self._open_selected_evidence())
        self.check_ins_view.selectionModel().currentChanged.connect(lambda *_: self._update_evidence_buttons())
        self._update_evidence_buttons()
        return box

    def selected_evidence(self):
        """(evidence id, kind, title) of the selected check-in evidence row, or None."""
        index = self.check_ins_view.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(EVIDENCE_ROLE)

    def select_evidence(self, evidence_id: int) -> bool:
        """Make one evidence row current (as a user's click would)."""
        model = self.check_ins_model
        for top in range(model.rowCount()):
            parent = model.item(top, 0)
            for row in range(parent.rowCount()):
                entry = parent.child(row, 0).data(EVIDENCE_ROLE)
                if entry and entry[0] == evidence_id:
                    self.check_ins_view.setCurrentIndex(parent.child(row, 0).index())
                    return True
        return False

    def _update_evidence_buttons(self) -> None:
        selected = self.selected_evidence()
        self.open_evidence_button.setEnabled(selected is not None)
        self.save_evidence_button.setEnabled(selected is not None and selected[1] == "file")

    def _open_selected_evidence(self) -> None:
        selected = self.selected_evidence()
        if selected is not None:
            self.evidence_open_requested.emit(*selected)

    def _save_selected_evidence(self) -> None:
        selected = self.selected_evidence()
        if selected is not None and selected[1] == "file":
            self.evidence_save_requested.emit(selected[0], selected[2])

    # -- showing ---------------------------------------------------------------
    def show_view(self, view) -> None:
        self.view = view
        row = view.row
        self.title.setText(self.tr("%1 — %2 plan").replace("%1", f"{row.person} ({row.employee_no})")
                           .replace("%2", plan_word("kind", row.kind)))
        self.status_line.setText(self._status_text(view))
        if row.stage == "closed":
            self.read_only_line.setText(self.tr(
                "Closed on %1 by %2 — %3: %4. A closed plan is read-only.")
                .replace("%1", format_moment(view.closed_at)).replace("%2", view.closed_by or "")
                .replace("%3", plan_word("outcome", view.outcome)).replace("%4", view.outcome_note or ""))
            self.read_only_line.show()
        else:
            self.read_only_line.hide()
        self._show_check_ins(view)
        self._show_goals(view)
        self._show_actions(view)
        self._show_notes(view)
        self._show_events(view)
        self.chart.show_view(view)

    def set_read_only_reason(self, reason: str) -> None:
        """The line under the header saying why nothing can be changed here (empty hides it)."""
        self.read_only_line.setText(reason)
        self.read_only_line.setVisible(bool(reason))

    def _status_text(self, view) -> str:
        row = view.row
        parts = [self.tr("Stage: %1").replace("%1", plan_word("stage", row.stage)),
                 self.tr("Version %1").replace("%1", str(row.version))]
        if row.stage == "draft":
            parts.append(self.tr("not yet approved by HR"))
        elif row.acknowledged_version is None:
            parts.append(self.tr("approved %1 by %2; not yet acknowledged").replace(
                "%1", format_moment(view.approved_at)).replace("%2", view.approved_by or ""))
        elif row.acknowledged_version < row.version:
            parts.append(self.tr("version %1 acknowledged; the changed goals need a new acknowledgement").replace(
                "%1", str(row.acknowledged_version)))
        else:
            latest = view.acknowledgements[-1] if view.acknowledgements else None
            text = self.tr("acknowledged")
            if latest is not None:
                text = self.tr("acknowledged %1").replace("%1", format_moment(latest.at))
                if latest.disagrees:
                    text += self.tr(" (disagrees)")
            parts.append(text)
        if row.stage in ("active", "extended"):
            parts.append(self.tr("health: %1").replace("%1", plan_word("health", row.health)))
        lines = ["  ·  ".join(parts)]
        period = self.tr("%1 to %2, a check-in every %3 days").replace("%1", format_date(row.start_date)).replace(
            "%2", format_date(row.end_date)).replace("%3", str(view.cadence_days))
        if row.next_check_in:
            if row.check_in_missed:
                period += self.tr("; the check-in due %1 was missed").replace("%1", format_date(row.next_check_in))
            else:
                period += self.tr("; next check-in %1").replace("%1", format_date(row.next_check_in))
        if row.decision_due:
            period += self.tr("; the plan has ended: decide its outcome")
        if view.extensions:
            period += self.tr("; extended %1 of %2 times allowed").replace("%1", str(view.extensions)).replace(
                "%2", str(view.extensions_allowed))
        lines.append(period)
        if row.owner:
            lines.append(self.tr("Manager: %1").replace("%1", row.owner)
                         + (f"  ·  {row.cycle_name}" if row.cycle_name else "")
                         + f"  ·  {plan_word('source', view.source)}")
        return "\n".join(lines)

    def _goal_names(self, view, goal_ids) -> str:
        positions = {goal.id: goal.position for goal in view.goals}
        return ", ".join(str(positions.get(goal_id, "?")) for goal_id in (goal_ids or ()))

    def _show_check_ins(self, view) -> None:
        model = self.check_ins_model
        model.removeRows(0, model.rowCount())
        descriptions = {goal.id: f"{goal.position}. {goal.description}" for goal in view.goals}
        for check_in in reversed(view.check_ins):  # the newest first
            progress = "" if check_in.progress_pct is None else f"{check_in.progress_pct}%"
            cells = _row(format_date(check_in.held_on), progress, check_in.notes or "", check_in.by or "")
            for entry in check_in.goals:
                child = _row(descriptions.get(entry.goal_id, ""), f"{entry.progress_pct}%", " — ".join(
                    filter(None, [plan_word("goal_state", entry.state), entry.note])), "")
                if entry.state == "off_track":
                    child[1].setForeground(QBrush(OVERDUE_COLOUR))
                cells[0].appendRow(child)
            evidence_word = self.tr("Evidence")
            for item in check_in.evidence:
                child = _row(f"{evidence_word} · {plan_word('evidence_kind', item.kind)}", "", item.title, "")
                child[0].setData((item.id, item.kind, item.title), EVIDENCE_ROLE)
                cells[0].appendRow(child)
            model.appendRow(cells)
        self.check_ins_view.expandAll()
        _fit(self.check_ins_view, 2)
        self._update_evidence_buttons()

    def _show_goals(self, view) -> None:
        model = self.goals_model
        model.removeRows(0, model.rowCount())
        for goal in view.goals:
            progress = ""
            if goal.latest_progress is not None:
                progress = f"{goal.latest_progress}%"
                if goal.latest_state:
                    progress += f" · {plan_word('goal_state', goal.latest_state)}"
            target = " → ".join(filter(None, [goal.baseline, goal.target]))
            cells = _row(f"{goal.position}. {goal.description}", plan_word("horizon", goal.horizon), goal.measure,
                         target, format_date(goal.due_date), progress, plan_word("goal_status", goal.status))
            if goal.latest_state == "off_track":
                cells[5].setForeground(QBrush(OVERDUE_COLOUR))
            for revision in goal.revisions:
                child = _row(self.tr("Changed %1 by %2: %3").replace("%1", _day(revision.changed_at))
                             .replace("%2", revision.by or "").replace("%3", revision.reason),
                             "", "", "", "", "", "")
                child[0].setToolTip(self._revision_tooltip(revision))
                font = QFont(child[0].font())
                font.setItalic(True)
                child[0].setFont(font)
                cells[0].appendRow(child)
            model.appendRow(cells)
            for revision_row in range(cells[0].rowCount()):  # a revision reads across the whole row
                self.goals_view.setFirstColumnSpanned(revision_row, cells[0].index(), True)
        self.goals_view.expandAll()
        _fit(self.goals_view, 0)

    def _revision_tooltip(self, revision) -> str:
        before, after = revision.before or {}, revision.after or {}
        lines = []
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                lines.append(f"{key}: {before.get(key, '')} → {after.get(key, '')}")
        return "\n".join(lines) or revision.reason

    def _show_actions(self, view) -> None:
        model = self.actions_model
        model.removeRows(0, model.rowCount())
        for action in view.actions:
            model.appendRow(_row(action.description, plan_word("action_kind", action.kind), action.owner or "",
                                 format_date(action.due_date), format_date(action.done_on)))
        _fit(self.actions_view, 0)
        from html import escape

        def section(title: str, text: str | None) -> str:
            body = escape(text).replace("\n", "<br>") if text else "—"
            return f"<p><b>{escape(title)}</b><br>{body}</p>"

        self.background.setText(section(self.tr("Support the company commits"), view.support)
                                + section(self.tr("Why this plan"), view.reason)
                                + section(self.tr("Cause analysis"), "\n".join(
                                    filter(None, [plan_word("root_cause", view.root_cause), view.analysis]))))

    def _show_notes(self, view) -> None:
        model = self.notes_model
        model.removeRows(0, model.rowCount())
        for note in view.notes:
            cells = _row(format_date(note.issued_on), plan_word("note", note.kind), note.wording,
                         self._goal_names(view, note.goal_ids), note.by or "")
            cells[1].setForeground(QBrush(OVERDUE_COLOUR if note.kind == "warning" else _colour(RECOGNITION_COLOUR)))
            model.appendRow(cells)
        _fit(self.notes_view, 2)

    def _show_events(self, view) -> None:
        model = self.events_model
        model.removeRows(0, model.rowCount())
        entries = [(event.at, plan_word("event", event.kind), event.by or "", event.reason or "")
                   for event in view.events]
        for ack in view.acknowledgements:
            what = self.tr("Acknowledged version %1").replace("%1", str(ack.version))
            if ack.disagrees:
                what += self.tr(" (disagrees)")
            entries.append((ack.at, what, "", ack.comment or ""))
        for at, what, by, reason in sorted(entries, key=lambda entry: _sort_key(entry[0])):
            model.appendRow(_row(_day(at), what, by, reason))
        _fit(self.events_view, 3)


def _sort_key(moment) -> datetime:
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=None)
    if isinstance(moment, date):
        return datetime(moment.year, moment.month, moment.day)
    return datetime.min


def _colour(name: str):
    from PySide6.QtGui import QColor

    return QColor(name)
