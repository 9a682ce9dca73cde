"""Problems reported by services, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.errors import RowProblem
from reviewer.messages import FIELD_LABELS, PROBLEMS, render


def field_text(key: str) -> str:
    return QCoreApplication.translate("fields", FIELD_LABELS.get(key, key))


def problem_text(problem: RowProblem, with_field: bool = True) -> str:
    """"Email: 'x' is not an e-mail address", translated, with its details filled in."""
    message = render(problem.code, problem.params, QCoreApplication.translate("problems", PROBLEMS[problem.code]))
    if not problem.field or not with_field:
        return message
    return QCoreApplication.translate("problems", "%1: %2").replace("%1", field_text(problem.field)).replace("%2", message)
