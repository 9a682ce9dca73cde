"""Importing a cycle's targets from CSV or XLSX: employee number, KPI, target, weight,
optional band limits and the goal the target serves (by title), one row per person and KPI.

The file gives each person's whole set of targets in the cycle: their KPIs in the
file are added or updated, their other targets in the cycle are removed (never one
that already has results). A person's weights must total 100 %, so a person's rows
are taken or refused together. Otherwise like the roster import: every row is checked
first, nothing is written while any row is bad unless only the valid rows are asked
for, and it is one transaction."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent, Cycle, CycleGoal, CycleParticipant, CycleStage, Employee, Kpi, Target

from ..access import require_writer, reviewable_employee_ids
from ..cycles.scoring import refresh_cycle_scores
from ..errors import RowProblem
from ..io import columns
from ..io.columns import Field
from ..io.mojibake import encoding_problems
from ..io.tables import Table
from ..io.values import CellError, as_text
from ..messages import QT_TRANSLATE_NOOP
from ..progress import Progress
from .actuals_import import BY_KEY as ACTUALS_FIELDS
from .actuals_import import KpiNames, parse_number
from .targets import WEIGHT_TOTAL, targets_in_use, weights_balanced

FIELDS = (
    ACTUALS_FIELDS["employee_no"],
    ACTUALS_FIELDS["kpi"],
    Field("target", "Target", True, None, ("目标值", "目标", "考核目标", "target", "targetvalue")),
    Field("weight", "Weight", True, None, ("权重", "权重%", "权重(%)", "比重", "weight", "weighting", "weightpct")),
    Field("band_low", "Band low", False, None, ("区间下限", "下限", "目标下限", "bandlow", "low", "lower", "min")),
    Field("band_high", "Band high", False, None, ("区间上限", "上限", "目标上限", "bandhigh", "high", "upper", "max")),
    # The goal the target serves, by title (goal cascading): blank serves none.
    Field("goal", "Goal", False, 200, ("所属目标", "对应目标", "支撑目标", "服务目标", "goal", "goaltitle", "servesgoal")),
)
REMEMBERED_KEY = "import.targets.columns"


@dataclass
class TargetsResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0  # targets of the file's people no longer in the file
    rejected: int = 0
    imported: bool = False
    problems: list[RowProblem] = field(default_factory=list)
    outcomes: dict[int, str] = field(default_factory=dict)  # row -> create / update / unchanged (for a preview)

    def as_dict(self) -> dict:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "removed": self.removed, "rejected": self.rejected, "imported": self.imported,
                "problems": [p.as_dict() for p in self.problems]}


@dataclass(frozen=True)
class _TargetRow:
    row: int
    employee_id: int
    kpi_id: int
    target_value: float
    weight: float
    band_low: float | None
    band_high: float | None
    goal_id: int | None = None


def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None) -> dict[str, int]:
    return columns.guess_mapping(headers, FIELDS, remembered)


def remembered_mapping(session: Session) -> dict[str, str]:
    return columns.remembered_mapping(session, REMEMBERED_KEY)


def parse_mapping_option(text: str, headers: list[str]) -> dict[str, int]:
    return columns.parse_mapping_option(text, headers, FIELDS)


def check_targets(session: Session, table: Table, mapping: dict[str, int], cycle: Cycle,
                  progress: Progress | None = None) -> tuple[list[_TargetRow], list[RowProblem]]:
    """Rows whose person's targets are all valid and total 100 %, and every problem by row."""
    progress = progress or Progress()
    columns.check_mapping(mapping, table.headers, FIELDS)
    people = {number: (employee_id, name) for number, employee_id, name in
              session.execute(select(Employee.employee_no, Employee.id, Employee.name))}
    kpis = KpiNames(session)
    allowed = reviewable_employee_ids(session)  # a manager sets targets for their line only
    in_cycle = set(session.scalars(select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle.id)))
    problems: list[RowProblem] = []
    misread: dict[int, list[RowProblem]] = {}
    for found in encoding_problems(table, mapping):
        misread.setdefault(found.row, []).append(found)
    by_person: dict[int, list[_TargetRow]] = defaultdict(list)
    rows_of: dict[int, list[int]] = defaultdict(list)  # every row naming the person, good or bad
    who: dict[int, str] = {}
    seen: dict[tuple[int, int], int] = {}
    goals = _CycleGoals(session, cycle) if "goal" in mapping else None
    departments = dict(session.execute(select(Employee.id, Employee.department_id)).all()) if goals else {}

    def problem(at_row, key, code, **params):
        problems.append(RowProblem(at_row, key, code, params))

    def cell(values, key):
        index = mapping.get(key)
        return values[index] if index is not None and index < len(values) else None

    def number_in(values, key, required):
        raw = cell(values, key)
        if raw is None or as_text(raw) is None:
            if required:
                problem(row, key, "missing")
            return None
        try:
            return parse_number(raw)
        except CellError as error:
            problem(row, key, error.code, **error.params)
            return None

    total = len(table.rows) or 1
    for index, values in enumerate(table.rows):
        if index % 5000 == 0:
            progress.step(0.1 + 0.7 * index / total, QT_TRANSLATE_NOOP("progress", "Checking rows"))
        row = Table.row_number(index)
        start = len(problems)
        problems.extend(misread.get(row, ()))
        number, kpi_text = as_text(cell(values, "employee_no")), as_text(cell(values, "kpi"))
        employee_id = people[number][0] if number in people else None
        if number is None:
            problem(row, "employee_no", "missing")
        elif employee_id is None:
            problem(row, "employee_no", "employee_unknown", value=number)
        elif allowed is not None and employee_id not in allowed:
            problem(row, "employee_no", "row_outside_scope", value=number)
            employee_id = None
        elif employee_id not in in_cycle:  # a target outside the cycle is scored by nobody
            problem(row, "employee_no", "row_not_participant", value=number, cycle=cycle.name)
            employee_id = None
        if employee_id is not None:
            rows_of[employee_id].append(row)
            who[employee_id] = f"{people[number][1]} ({number})"
        kpi_id = kpis.find(kpi_text) if kpi_text else None
        if kpi_text is None:
            problem(row, "kpi", "missing")
        elif kpi_id is None:
            problem(row, "kpi", "kpi_unknown", value=kpi_text)
        elif not isinstance(kpi_id, int):
            problem(row, "kpi", "kpi_ambiguous", value=kpi_text, count=kpi_id[1])
        target = number_in(values, "target", True)
        weight = number_in(values, "weight", True)
        if weight is not None and not 0 < weight <= WEIGHT_TOTAL:
            problem(row, "weight", "weight_out_of_range", weight=f"{weight:g}")
        low, high = number_in(values, "band_low", False), number_in(values, "band_high", False)
        if low is not None and high is not None and low > high:
            problem(row, "band_low", "band_reversed")
        goal_id = None
        if goals is not None and (goal_text := as_text(cell(values, "goal"))) is not None:
            goal_id, code, params = goals.find(goal_text, departments.get(employee_id),
                                               who.get(employee_id) if employee_id is not None else None)
            if code is not None:
                problem(row, "goal", code, **params)
        if len(problems) > start or employee_id is None or not isinstance(kpi_id, int):
            continue
        key = (employee_id, kpi_id)
        if key in seen:
            problem(row, "kpi", "duplicate_target_row", person=who[employee_id], kpi=kpi_text, row=seen[key])
            continue
        seen[key] = row
        by_person[employee_id].append(_TargetRow(row, employee_id, kpi_id, target, weight, low, high, goal_id))
    bad_rows = {p.row for p in problems}
    ready: list[_TargetRow] = []
    for employee_id, rows in rows_of.items():
        # A person's targets come in whole: one bad row holds back the others.
        good = by_person.get(employee_id, [])
        if bad_rows & set(rows):
            for item in good:
                problem(item.row, "employee_no", "person_has_bad_rows", person=who[employee_id])
            continue
        weight_sum = round(sum(item.weight for item in good), 6)
        if not weights_balanced(weight_sum):
            for item in good:
                problem(item.row, "weight", "weights_not_100", person=who[employee_id], total=f"{weight_sum:g}",
                        rows=", ".join(str(r) for r in rows))
            continue
        ready.extend(good)
    return sorted(ready, key=lambda r: r.row), problems


def import_targets(session: Session, table: Table, mapping: dict[str, int], *, cycle: str | None,
                   valid_only: bool = False, dry_run: bool = False, source: str | Path | None = None,
                   progress: Progress | None = None) -> TargetsResult:
    """Check the rows and make them each person's targets in the cycle. An auditor
    imports nothing; a manager only their line's; a closed cycle takes none."""
    require_writer(session)
    progress = progress or Progress()
    found = session.scalar(select(Cycle).where(Cycle.name == cycle)) if cycle else None
    if found is None:
        return TargetsResult(problems=[RowProblem(None, "cycle", "cycle_unknown", {"value": cycle}) if cycle
                                       else RowProblem(None, "cycle", "cycle_required", {})])
    if found.stage == CycleStage.CLOSED:
        return TargetsResult(problems=[RowProblem(None, "cycle", "cycle_closed_for",
                                                  {"cycle": found.name, "what": "targets"})])
    if "goal" in mapping:
        # The goals are read to be linked: the cycle's row, locked, holds off a goal being
        # removed meanwhile (reviewer.goals.tree takes the same lock).
        from ..database.locking import get_for_update

        get_for_update(session, Cycle, found.id)
    ready, problems = check_targets(session, table, mapping, found, progress)
    result = TargetsResult(rejected=len({p.row for p in problems if p.row is not None}), problems=problems)
    people = {r.employee_id for r in ready}
    existing = {(t.employee_id, t.kpi_id): t for t in session.scalars(
        select(Target).where(Target.cycle_id == found.id, Target.employee_id.in_(people)))} if people else {}
    with_results = targets_in_use(session, [t.id for t in existing.values()])
    wanted = {(r.employee_id, r.kpi_id) for r in ready}
    kept_with_results = [t for key, t in existing.items() if key not in wanted and t.id in with_results]
    if kept_with_results:  # the file would drop a target with results or review notes: refuse that person's rows
        codes = dict(session.execute(select(Kpi.id, Kpi.code)).all())
        names = dict(session.execute(select(Employee.id, Employee.name)).all())
        held = {t.employee_id for t in kept_with_results}
        for target in kept_with_results:
            first = min(r.row for r in ready if r.employee_id == target.employee_id)
            result.problems.append(RowProblem(first, "kpi", "target_has_results", {
                "person": names[target.employee_id], "kpi": codes[target.kpi_id]}))
        ready = [r for r in ready if r.employee_id not in held]
        result.rejected = len({p.row for p in result.problems if p.row is not None})
    with_goals = "goal" in mapping  # without the column, the targets keep the goals they serve
    for item in ready:
        before = existing.get((item.employee_id, item.kpi_id))
        if before is None:
            outcome = "create"
        elif (before.target_value, before.weight, before.band_low, before.band_high) == (
                item.target_value, item.weight, item.band_low, item.band_high) and (
                not with_goals or before.goal_id == item.goal_id):
            outcome = "unchanged"
        else:
            outcome = "update"
        result.outcomes[item.row] = outcome
    counts = Counter(result.outcomes.values())
    result.created, result.updated, result.unchanged = counts["create"], counts["update"], counts["unchanged"]
    people = {r.employee_id for r in ready}
    dropped = [t for key, t in existing.items() if key[0] in people and key not in wanted]
    result.removed = len(dropped)
    problems = result.problems
    if dry_run or (problems and not valid_only) or not ready or any(p.row is None for p in problems):
        progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Checked; nothing was imported"))
        return result
    progress.step(0.9, QT_TRANSLATE_NOOP("progress", "Saving"))
    for target in dropped:
        session.delete(target)
    for item in ready:
        target = existing.get((item.employee_id, item.kpi_id))
        if target is None:
            session.add(Target(cycle_id=found.id, employee_id=item.employee_id, kpi_id=item.kpi_id,
                               target_value=item.target_value, weight=item.weight, band_low=item.band_low,
                               band_high=item.band_high, goal_id=item.goal_id))
        else:
            target.target_value, target.weight = item.target_value, item.weight
            target.band_low, target.band_high = item.band_low, item.band_high
            if with_goals:
                target.goal_id = item.goal_id
    columns.remember_mapping(session, REMEMBERED_KEY, mapping, table.headers)
    session.add(AuditEvent(action="targets.imported", entity_type="targets", details={
        "source": Path(source).name if source else None, "cycle": found.name, "created": result.created,
        "updated": result.updated, "removed": result.removed, "rejected": result.rejected}))
    session.flush()
    # An input of their scores changed: recomputed until calibration, flagged after it.
    refresh_cycle_scores(session, found, people)
    progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Imported"))
    result.imported = True
    return result


class _CycleGoals:
    """The cycle's goals by title, for the file's goal column."""

    def __init__(self, session: Session, cycle: Cycle):
        from ..goals.links import goal_takes
        from ..goals.tree import title_key

        self._session, self._cycle, self._key, self._takes = session, cycle, title_key, goal_takes
        self._goals = list(session.scalars(select(CycleGoal).where(CycleGoal.cycle_id == cycle.id)))
        self._by_title: dict[str, list[CycleGoal]] = defaultdict(list)
        for goal in self._goals:
            self._by_title[title_key(goal.title)].append(goal)
        self._covered: dict[int, set[int]] = {}

    def find(self, text: str, department_id: int | None, person: str | None
             ) -> tuple[int | None, str | None, dict]:
        """(goal id, None, {}) or (None, problem code, its parameters)."""
        found = self._by_title.get(self._key(text), [])
        if not found and text.isdigit():
            found = [g for g in self._goals if str(g.id) == text]
        if not found:
            return None, "goal_import_unknown", {"value": text, "cycle": self._cycle.name}
        if len(found) > 1:
            return None, "goal_import_ambiguous", {"value": text, "cycle": self._cycle.name, "count": len(found),
                                                   "ids": ", ".join(str(g.id) for g in sorted(found, key=lambda g: g.id))}
        goal = found[0]
        if person is not None and not self._takes(self._session, goal, department_id, self._covered):
            from ..people.directory import department_paths

            return None, "goal_link_outside_department", {
                "goal": goal.title, "person": person,
                "department": "/".join(department_paths(self._session).get(goal.department_id, ()))}
        return goal.id, None, {}
