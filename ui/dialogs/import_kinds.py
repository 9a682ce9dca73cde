"""What the import wizard can import: each kind names its fields and the services
that check and import it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from reviewer import roster
from reviewer.kpi import actuals_import
from reviewer.io import columns
from reviewer.io.columns import Field
from reviewer.io.tables import Table
from reviewer.roster.columns import FIELDS as ROSTER_FIELDS
from reviewer.roster.columns import REMEMBERED_KEY as ROSTER_KEY

from ..problem_text import field_text


@dataclass(frozen=True)
class Checked:
    outcomes: dict[int, str]  # row number -> create / update / unchanged (rejected rows absent)
    problems: list  # RowProblem
    summary: dict[str, int]  # rows, create, update, unchanged, rejected


@dataclass(frozen=True)
class ImportKind:
    title: Callable[[], str]
    fields: tuple[Field, ...]
    setting_key: str
    preview_keys: tuple[str, ...]
    check: Callable[[Any, Table, dict[str, int], Any], Checked]
    run: Callable[..., Any]  # (session, table, mapping, valid_only, source, progress) -> result
    changes: frozenset[str] = frozenset()  # the areas an import changes, so pages showing them refresh

    def field_label(self, key: str) -> str:
        return field_text(key)


def _check_roster(session, table, mapping, progress) -> Checked:
    plan = roster.check_roster(session, table, mapping, valid_only=True, progress=progress)
    outcomes = {r.row: r.outcome for r in plan.accepted()}
    return Checked(outcomes, plan.problems, _summary(len(table.rows), outcomes, plan.rejected_rows))


def _run_roster(session, table, mapping, valid_only, source, progress):
    return roster.import_roster(session, table, mapping, valid_only=valid_only, source=source, progress=progress)


def _check_actuals(session, table, mapping, progress) -> Checked:
    ready, problems, _unchanged = actuals_import.check_actuals(session, table, mapping, progress=progress)
    rejected = {p.row for p in problems if p.row is not None}
    outcomes = {r["row"]: "create" for r in ready}
    for index in range(len(table.rows)):
        number = Table.row_number(index)
        if number not in outcomes and number not in rejected:
            outcomes[number] = "unchanged"
    return Checked(outcomes, problems, _summary(len(table.rows), outcomes, rejected))


def _run_actuals(session, table, mapping, valid_only, source, progress):
    return actuals_import.import_actuals(session, table, mapping, valid_only=valid_only, source=source,
                                         progress=progress)


def _summary(rows: int, outcomes: dict[int, str], rejected: set[int]) -> dict[str, int]:
    counts = {key: sum(o == key for o in outcomes.values()) for key in ("create", "update", "unchanged")}
    return {"rows": rows, **counts, "rejected": len(rejected)}


ROSTER = ImportKind(
    title=lambda: QCoreApplication.translate("ImportKinds", "Import a roster"),
    fields=ROSTER_FIELDS, setting_key=ROSTER_KEY,
    preview_keys=("employee_no", "name", "department", "manager"),
    check=_check_roster, run=_run_roster, changes=frozenset({"people"}))

ACTUALS = ImportKind(
    title=lambda: QCoreApplication.translate("ImportKinds", "Import results"),
    fields=actuals_import.FIELDS, setting_key=actuals_import.REMEMBERED_KEY,
    preview_keys=("employee_no", "kpi", "value", "as_of"),
    check=_check_actuals, run=_run_actuals, changes=frozenset({"kpis"}))


def guess(session, kind: ImportKind, headers: list[str]) -> dict[str, int]:
    """Which column holds which field: by the headers, and the mapping used last time."""
    return columns.guess_mapping(headers, kind.fields, columns.remembered_mapping(session, kind.setting_key))
