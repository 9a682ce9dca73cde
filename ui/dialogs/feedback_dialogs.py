"""Small dialogs of the 360 Reviews page: assigning raters, adding a customer,
a reminder to paste or mail, and the verdict on each imported form."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reviewer.feedback.assignment import Rule
from reviewer.feedback.offline_import import FormImportResult
from reviewer.feedback.tracking import Reminder
from reviewer.people.directory import DepartmentNode

from ..problem_text import coded_text


def _date_edit(initial: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    value = initial or date.today()
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


class AssignDialog(QDialog):
    """The default rule's settings and who it applies to."""

    def __init__(self, departments: list[DepartmentNode], due: date | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign raters"))
        form = QFormLayout(self)
        explain = QLabel(self.tr("Each person is asked to rate themself; their manager, their direct reports and "
                                 "the chosen number of teammates are asked too. People already asked are not "
                                 "asked again; teammates with the fewest forms are chosen first."))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.department = QComboBox()
        self.department.addItem(self.tr("Everyone"), None)
        for node in departments:
            self.department.addItem(node.name, node.id)
        form.addRow(self.tr("People in:"), self.department)
        self.peers = QSpinBox()
        self.peers.setRange(0, 10)
        self.peers.setValue(Rule().peers)
        form.addRow(self.tr("Peers per person:"), self.peers)
        self.reports = QCheckBox(self.tr("Ask managers' direct reports (upward feedback)"))
        self.reports.setChecked(True)
        form.addRow(self.reports)
        self.max_forms = QSpinBox()
        self.max_forms.setRange(1, 100)
        self.max_forms.setValue(Rule().max_forms_per_rater)
        form.addRow(self.tr("At most forms per peer:"), self.max_forms)
        self.due = _date_edit(due)
        form.addRow(self.tr("Due date:"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def rule(self) -> Rule:
        return Rule(peers=self.peers.value(), include_reports=self.reports.isChecked(),
                    max_forms_per_rater=self.max_forms.value())

    def due_date(self) -> date:
        return self.due.date().toPython()


class CustomerDialog(QDialog):
    def __init__(self, subject_name: str, due: date | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask a customer about %1").replace("%1", subject_name))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.organisation = QLineEdit()
        self.due = _date_edit(due)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Company:"), self.organisation)
        form.addRow(self.tr("Due date:"), self.due)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form.addRow(self.buttons)


class ReminderDialog(QDialog):
    """A reminder ready to paste into any chat or mail program; no mail server needed."""

    def __init__(self, reminder: Reminder, parent=None):
        super().__init__(parent)
        self.reminder = reminder
        self.setWindowTitle(self.tr("Reminder for %1").replace("%1", reminder.rater_name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Subject: %1").replace("%1", reminder.subject)))
        self.body = QPlainTextEdit(reminder.body)
        self.body.setReadOnly(True)
        layout.addWidget(self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy text"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.mail = QPushButton(self.tr("Open in mail program"))
        self.mail.setEnabled(reminder.mailto is not None)
        if reminder.mailto is None:
            self.mail.setToolTip(self.tr("No e-mail address is stored for this rater."))
        self.mail.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(reminder.mailto)))
        buttons.addButton(self.mail, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.reminder.subject}\n\n{self.reminder.body}")


class ImportResultsDialog(QDialog):
    """One line per returned file: accepted, or why not and what to do."""

    def __init__(self, results: list[FormImportResult], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned forms"))
        layout = QVBoxLayout(self)
        accepted = sum(r.accepted for r in results)
        layout.addWidget(QLabel(self.tr("%1 of %2 files accepted.").replace("%1", str(accepted))
                                .replace("%2", str(len(results)))))
        self.table = QTableWidget(len(results), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        for row, result in enumerate(results):
            verdict = self.tr("Accepted") if result.accepted else self.tr("Rejected")
            for column, text in enumerate((result.file, verdict, coded_text(result.text, result.params))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)
