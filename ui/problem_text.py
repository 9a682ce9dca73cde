"""Problems reported by services, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.errors import RowProblem
from reviewer.messages import FIELD_LABELS, PROBLEMS, render


def field_text(key: str) -> str:
    return QCoreApplication.translate("fields", FIELD_LABELS.get(key, key))


def problem_text(problem: RowProblem, with_field: bool = True) -> str:
    """"Email: 'x' is not an e-mail address", translated, with its details filled in."""
    message = coded_text(problem.code, problem.params)
    if not problem.field or not with_field:
        return message
    return QCoreApplication.translate("problems", "%1: %2").replace("%1", field_text(problem.field)).replace("%2", message)


def coded_text(code: str, params: dict) -> str:
    """A service's message code and parameters as a sentence in the user's language, the
    stages, roles... it names said in that language too."""
    return render(code, params, translate=QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """What a service's error says, translated when it carries a message code."""
    code = getattr(error, "code", None)
    if code in PROBLEMS:
        return coded_text(code, error.params)
    problems = getattr(error, "problems", None)
    if problems:  # ValidationError.listing: each problem keeps its own code
        return "; ".join(problem_text(problem) for problem in problems)
    return str(error)
