"""Settings → Audit trail (HR and auditors): who changed what and when, filtered by
date, kind of entity, profile or person, and a check that the chain is intact."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.access import list_profiles
from reviewer.audit import ChainReport, entity_kinds, list_entries, verify_trail
from reviewer.people.directory import list_people
from reviewer.workstation import Workstation

from ..errors import show_error
from ..models.audit_model import AuditModel
from ..problem_text import coded_text
from ..worker import Job

_NUMBER_IN_LABEL = re.compile(r"\(([^()]+)\)\s*$")


class AuditTab(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self._filled = False
        self._people: dict[str, int] = {}
        self._head = ""  # the chain's head as the last check found it, POSITION:HASH
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        since_row = QHBoxLayout()
        self.use_since = QCheckBox(self.tr("From"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        since_row.addWidget(self.use_since)
        since_row.addWidget(self.since, 1)
        form.addRow(self.tr("Date:"), since_row)
        self.entity = QComboBox()
        form.addRow(self.tr("Kind:"), self.entity)
        self.profile = QComboBox()
        form.addRow(self.tr("Changed by:"), self.profile)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("A person's history: type a name or employee number"))
        self.person.setClearButtonEnabled(True)
        form.addRow(self.tr("Person:"), self.person)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reload)
        self.person.returnPressed.connect(self.reload)
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.setToolTip(self.tr("Check that no entry was edited, removed or slipped in "
                                              "behind the program's back"))
        self.verify_button.clicked.connect(self.verify)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.copy_head_button = QPushButton(self.tr("Copy head"))
        self.copy_head_button.setToolTip(self.tr("Copy the chain's head (position:hash) to keep elsewhere and "
                                                 "check later with main.py audit verify --expect-head"))
        self.copy_head_button.clicked.connect(self.copy_head)
        self.copy_head_button.hide()
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict, 1)
        verdict_row.addWidget(self.copy_head_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(verdict_row)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 100, 170, 130, 60)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

    def reload_if_first(self) -> None:
        if not self._filled:
            self.reload()

    def _fill_choices(self) -> None:
        """Filters offer what the trail and the profiles hold."""
        self.entity.clear()
        self.entity.addItem(self.tr("Everything"), None)
        for kind in self.workstation.call(entity_kinds):
            self.entity.addItem(kind, kind)
        self.profile.clear()
        self.profile.addItem(self.tr("Anyone"), None)
        for profile in self.workstation.call(list_profiles):
            self.profile.addItem(f"{profile.username} ({profile.display_name})", profile.username)
        people = self.workstation.call(list_people)
        self._people = {p.employee_no: p.id for p in people}
        completer = QCompleter(sorted(f"{p.name} ({p.employee_no})" for p in people), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person.setCompleter(completer)

    def person_id(self) -> int | None:
        text = self.person.text().strip()
        if not text:
            return None
        match = _NUMBER_IN_LABEL.search(text)
        return self._people.get(match.group(1) if match else text, -1)  # -1: nobody, so no entries

    def reload(self) -> None:
        try:
            if not self._filled:
                self._fill_choices()
                self._filled = True
            since = self.since.date() if self.use_since.isChecked() else None
            rows = self.workstation.call(
                list_entries, since=date(since.year(), since.month(), since.day()) if since else None,
                entity=self.entity.currentData(), user=self.profile.currentData(), employee_id=self.person_id())
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)  # the date is longer in Chinese
        self.count_label.setText(self.tr("%1 entries").replace("%1", str(len(rows))))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.copy_head_button.hide()
        self.verdict.setToolTip("")
        self.verdict.setText(self.tr("Checking every entry…"))
        self.verdict.show()

        def failed(error: Exception) -> None:
            self.verify_button.setEnabled(True)
            self.verdict.hide()
            show_error(self, error)

        Job(self, self.tr("Verifying the audit trail"), lambda workstation, _p: workstation.call(verify_trail),
            self.show_verdict, failed, dialog=False, workstation=self.workstation).start()

    def show_verdict(self, report: ChainReport) -> None:
        """The chain's state in a selectable line; the full head (as `audit verify` prints
        it, for --expect-head) is in the tooltip and on the copy button."""
        self.verify_button.setEnabled(True)
        if report.intact:
            head = f"{report.head_sequence}:{report.head_hash}"
            text = (self.tr("✔ Chain intact: %1 entries, head %2")
                    .replace("%1", str(report.entries))
                    .replace("%2", f"{report.head_sequence}:{report.head_hash[:16]}…"))
            self.verdict.setToolTip(head)
            self._head = head
        else:
            reason = coded_text(report.code, report.params or {})
            text = (self.tr("✘ Chain broken at entry %1: %2").replace("%1", str(report.broken_at))
                    .replace("%2", reason) if report.broken_at is not None
                    else self.tr("✘ Chain broken: %1").replace("%1", reason))
            self.verdict.setToolTip("")
        self.copy_head_button.setVisible(report.intact)
        self.verdict.setText(text)
        self.verdict.show()

    def copy_head(self) -> None:
        QGuiApplication.clipboard().setText(self._head)
