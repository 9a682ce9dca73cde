"""Showing errors one consistent way: what happened and what to do."""
from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.errors import DatabaseOpenError, ReviewerError

from .problem_text import error_text, problem_text


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    if isinstance(error, (ReviewerError, DatabaseOpenError)):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Cannot do that"))
        box.setText(error_text(error))
        for problem in getattr(error, "problems", [])[:50]:
            box.setDetailedText((box.detailedText() + "\n" + problem_text(problem)).strip())
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "Something went wrong"))
        box.setText(QCoreApplication.translate("errors", "The operation failed and nothing was saved. "
                                 "If it happens again, send the details below to your administrator."))
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()
