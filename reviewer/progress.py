"""Progress and cancellation for long services, without any UI dependency."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .errors import ReviewerError


class Cancelled(ReviewerError):
    """The user cancelled; the service's transaction is rolled back."""


def _ignore(_fraction: float, _message: str) -> None:
    pass


def _never() -> bool:
    return False


@dataclass
class Progress:
    """Handed to a long service: it reports how far it got and honours cancel."""

    report: Callable[[float, str], None] = field(default=_ignore)
    is_cancelled: Callable[[], bool] = field(default=_never)

    def step(self, fraction: float, message: str) -> None:
        """Report progress (0..1); raises Cancelled if the user asked to stop."""
        if self.is_cancelled():
            raise Cancelled.coded("cancelled")
        self.report(max(0.0, min(1.0, fraction)), message)
