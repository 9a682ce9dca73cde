"""Asking when someone left."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel


def ask_leave_date(parent, name: str) -> date | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("LeaveDate", "Mark as left"))
    form = QFormLayout(dialog)
    text = QLabel(QCoreApplication.translate(
        "LeaveDate", "%1 will be shown as having left. Their appraisals, feedback and plans are kept.").replace("%1", name))
    text.setWordWrap(True)
    form.addRow(text)
    when = QDateEdit(QDate.currentDate())
    when.setCalendarPopup(True)
    when.setDisplayFormat("yyyy-MM-dd")
    form.addRow(QCoreApplication.translate("LeaveDate", "Last day:"), when)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = when.date()
    return date(chosen.year(), chosen.month(), chosen.day())
