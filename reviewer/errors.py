"""The few exceptions services raise; the UI and the command line show them alike."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

# Raised by db while opening a database; named here so a window can show it beside the
# services' errors without importing db.
from db.migrate import DatabaseOpenError  # noqa: F401


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one row of input. ``code`` and ``params`` name the problem
    (reviewer.messages), so each interface can say it in the user's language."""

    row: int | None
    field: str | None  # a field key such as "email"
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        from .messages import render

        return render(self.code, self.params)

    @property
    def field_label(self) -> str | None:
        from .messages import FIELD_LABELS

        return FIELD_LABELS.get(self.field, self.field) if self.field else None

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "code": self.code, "message": self.message}

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(self.field_label)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ReviewerError(Exception):
    """Base of every error a user can cause and fix. Raised with ``coded`` it also
    keeps a message code (reviewer.messages) so a window can say it in the user's language."""

    code: str | None = None
    params: dict[str, Any] = {}

    @classmethod
    def coded(cls, message_code: str, /, **params: Any) -> ReviewerError:
        from .messages import render

        error = cls(render(message_code, params))
        error.code, error.params = message_code, params
        return error


class ValidationError(ReviewerError):
    def __init__(self, message: str, problems: list[RowProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []

    @classmethod
    def listing(cls, problems: list[RowProblem]) -> ValidationError:
        """Every problem found in one input; each keeps its own code, so a window says them
        in the user's language (ui.problem_text.error_text)."""
        return cls("; ".join(str(p) for p in problems), problems)


class NotFound(ReviewerError):
    pass


class PermissionDenied(ReviewerError):
    pass


class SignInRequired(PermissionDenied):
    """The database has profiles and nobody said who they are."""


class SignInRefused(PermissionDenied):
    """Wrong profile name or password."""


class StageBlocked(ReviewerError):
    pass


class DatabaseBusy(ReviewerError):
    """Another program kept the database's write lock for longer than this one waits."""


class ChangedMeanwhile(ReviewerError):
    """Another program stored conflicting rows between this one's checks and its writes."""
