"""What the import wizard can import: each kind names its fields and the services
that check and import it (targets and reviews into the cycle the wizard asks for)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from reviewer import roster
from reviewer.kpi import actuals_import, targets_import
from reviewer.reviews import importing as reviews_import
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
    check: Callable[..., Checked]  # (session, table, mapping, progress[, cycle]) -> Checked
    run: Callable[..., Any]  # (session, table, mapping, valid_only, source, progress[, cycle]) -> result
    changes: frozenset[str] = frozenset()  # the areas an import changes, so pages showing them refresh
    needs_cycle: bool = False  # the wizard asks which running cycle, and passes its name as cycle=

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


def _check_in_cycle(module_import):
    """The check of a cycle import: its own import as a dry run, whose per-row outcomes
    and problems the preview shows (rows neither ready nor rejected repeat what is stored)."""
    def check(session, table, mapping, progress, cycle=None) -> Checked:
        result = module_import(session, table, mapping, cycle=cycle, dry_run=True, progress=progress)
        rejected = {p.row for p in result.problems if p.row is not None}
        outcomes = dict(result.outcomes)
        if not any(p.row is None for p in result.problems):
            for index in range(len(table.rows)):
                number = Table.row_number(index)
                if number not in outcomes and number not in rejected:
                    outcomes[number] = "unchanged"
        return Checked(outcomes, result.problems, _summary(len(table.rows), outcomes, rejected))
    return check


def _run_in_cycle(module_import):
    def run(session, table, mapping, valid_only, source, progress, cycle=None):
        return module_import(session, table, mapping, cycle=cycle, valid_only=valid_only, source=source,
                             progress=progress)
    return run


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


TARGETS = ImportKind(
    title=lambda: QCoreApplication.translate("ImportKinds", "Import targets"),
    fields=targets_import.FIELDS, setting_key=targets_import.REMEMBERED_KEY,
    preview_keys=("employee_no", "kpi", "target", "weight"),
    check=_check_in_cycle(targets_import.import_targets), run=_run_in_cycle(targets_import.import_targets),
    changes=frozenset({"kpis"}), needs_cycle=True)

REVIEWS = ImportKind(
    title=lambda: QCoreApplication.translate("ImportKinds", "Import reviews"),
    fields=reviews_import.FIELDS, setting_key=reviews_import.REMEMBERED_KEY,
    preview_keys=("employee_no", "part", "achievements", "overall_comment"),
    check=_check_in_cycle(reviews_import.import_reviews), run=_run_in_cycle(reviews_import.import_reviews),
    changes=frozenset({"appraisals"}), needs_cycle=True)


def guess(session, kind: ImportKind, headers: list[str]) -> dict[str, int]:
    """Which column holds which field: by the headers, and the mapping used last time."""
    return columns.guess_mapping(headers, kind.fields, columns.remembered_mapping(session, kind.setting_key))
