"""A coded sentence a plan service hands back beside its figures (why a figure is
missing, what a proposal suggests), said in the user's language by whoever shows it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..messages import render


@dataclass(frozen=True)
class Notice:
    code: str  # a key of reviewer.messages.PROBLEMS
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render(self.code, self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params), "message": self.message}
