"""Importing a roster from CSV or XLSX: map columns, check every row, then write
all of it (or only the valid rows) in one transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import AuditEvent

from ..access import require_writer
from ..errors import ChangedMeanwhile, RowProblem
from ..io.tables import Table
from ..progress import Progress
from .apply import apply_roster
from .check import RosterPlan, check_roster
from .columns import FIELDS, check_mapping, guess_mapping, remember_mapping, remembered_mapping
from ..messages import QT_TRANSLATE_NOOP

__all__ = ["FIELDS", "ImportResult", "check_roster", "guess_mapping", "import_roster", "remembered_mapping"]


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    imported: bool = False
    new_departments: list[str] = field(default_factory=list)
    new_positions: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": self.rejected, "imported": self.imported,
                "new_departments": self.new_departments, "new_positions": self.new_positions,
                "problems": [p.as_dict() for p in self.problems]}


def summarise(plan: RosterPlan) -> ImportResult:
    accepted = plan.accepted()
    return ImportResult(
        created=sum(r.outcome == "create" for r in accepted),
        updated=sum(r.outcome == "update" for r in accepted),
        unchanged=sum(r.outcome == "unchanged" for r in accepted),
        rejected=len(plan.rejected_rows),
        new_departments=["/".join(p) for p in plan.new_departments],
        new_positions=list(plan.new_positions),
        problems=list(plan.problems),
    )


def import_roster(session: Session, table: Table, mapping: dict[str, int], *, valid_only: bool = False,
                  dry_run: bool = False, source: str | Path | None = None,
                  progress: Progress | None = None) -> ImportResult:
    """Check the roster and, unless it is a dry run, write it. By default nothing is
    written while any row has a problem; with ``valid_only`` the valid rows are.
    Either way it is one transaction: the caller's session commits or rolls back.
    An auditor imports nothing; a manager only rows about their line."""
    require_writer(session)
    progress = progress or Progress()
    check_mapping(mapping, table.headers)
    plan = check_roster(session, table, mapping, valid_only=valid_only, progress=progress)
    result = summarise(plan)
    if dry_run or (plan.problems and not valid_only) or not plan.accepted():
        progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Checked; nothing was imported"))
        return result
    try:
        apply_roster(session, plan, progress)
    except IntegrityError as error:
        # Every row passed the checks, so another program (a second import, most likely)
        # stored the same employee numbers or e-mail addresses since they ran.
        raise ChangedMeanwhile.coded("roster_changed_meanwhile", numbers=_some_new_numbers(plan)) from error
    remember_mapping(session, mapping, table.headers)
    session.add(AuditEvent(action="roster.imported", entity_type="employees", details={
        "source": Path(source).name if source else None, "created": result.created,
        "updated": result.updated, "unchanged": result.unchanged, "rejected": result.rejected}))
    session.flush()
    progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Imported"))
    result.imported = True
    return result


def _some_new_numbers(plan: RosterPlan, shown: int = 5) -> str:
    numbers = [r.employee_no for r in plan.accepted() if r.outcome == "create"]
    more = f" (+{len(numbers) - shown})" if len(numbers) > shown else ""
    return ", ".join(numbers[:shown]) + more if numbers else "—"
