"""The few exceptions services raise; the UI and the command line show them alike."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one row of input, in words the user can act on."""

    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ReviewerError(Exception):
    """Base of every error a user can cause and fix."""


class ValidationError(ReviewerError):
    def __init__(self, message: str, problems: list[RowProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []


class NotFound(ReviewerError):
    pass


class PermissionDenied(ReviewerError):
    pass


class StageBlocked(ReviewerError):
    pass
