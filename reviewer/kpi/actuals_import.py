"""Importing actual results from CSV or XLSX (employee number, KPI, value, date).

Every row is checked against the people, KPIs, targets and cycles in the database;
history is kept (each import adds readings, never overwrites). Like the roster
import, nothing is written while any row is bad unless only valid rows are asked
for, and it is one transaction either way.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Actual, AuditEvent, Cycle, CycleStage, Employee, Kpi, Target, utcnow

from .actuals import latest_readings
from ..cycles.scoring import refresh_scores_of
from ..access import require_writer, reviewable_employee_ids
from ..audit.bulk import record_rows
from ..errors import RowProblem
from ..io import columns
from ..io.columns import Field
from ..io.mojibake import encoding_problems
from ..text import hidden_characters
from ..io.tables import Table
from ..io.values import CellError, as_date, as_text
from ..progress import Progress
from ..messages import QT_TRANSLATE_NOOP

FIELDS = (
    Field("employee_no", "Employee no.", True, 32,
          ("工号", "员工编号", "员工工号", "职工号", "employeeno", "employeenumber", "empno", "employeeid", "staffid")),
    Field("kpi", "KPI code", True, 120,
          ("指标代码", "指标编码", "KPI代码", "KPI编码", "指标", "KPI", "kpicode", "indicator", "indicatorcode", "metric")),
    Field("value", "Value", True, None,
          ("实际值", "实际", "完成值", "数值", "值", "value", "actual", "actualvalue", "result")),
    Field("as_of", "As of", True, None,
          ("日期", "截至日期", "统计日期", "数据日期", "asof", "date", "asofdate", "reportdate")),
    Field("cycle", "Cycle", False, 100, ("周期", "考核周期", "cycle", "period")),
    Field("source", "Source", False, 100, ("来源", "数据来源", "source", "system")),
    Field("note", "Note", False, 2000, ("备注", "说明", "note", "notes", "comment", "remarks")),
)
BY_KEY = {f.key: f for f in FIELDS}
REMEMBERED_KEY = "import.actuals.columns"
_NUMBER_NOISE = re.compile(r"[\s,，¥￥$€]")


def parse_number(value: Any) -> float:
    """A number from a cell: 1,234.5 / ¥1,200 / 85% (as 85) are all understood."""
    if isinstance(value, bool):
        raise CellError("not_a_number", value=value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = _NUMBER_NOISE.sub("", str(value)).rstrip("%％")
        try:
            number = float(text)
        except ValueError:
            raise CellError("not_a_number", value=value) from None
    if not math.isfinite(number):
        raise CellError("not_a_number", value=value)
    return number


@dataclass
class ActualsResult:
    created: int = 0
    unchanged: int = 0
    rejected: int = 0
    imported: bool = False
    problems: list[RowProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"created": self.created, "unchanged": self.unchanged, "rejected": self.rejected,
                "imported": self.imported,
                "problems": [p.as_dict() for p in self.problems]}


def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None) -> dict[str, int]:
    return columns.guess_mapping(headers, FIELDS, remembered)


def remembered_mapping(session: Session) -> dict[str, str]:
    return columns.remembered_mapping(session, REMEMBERED_KEY)


def parse_mapping_option(text: str, headers: list[str]) -> dict[str, int]:
    return columns.parse_mapping_option(text, headers, FIELDS)


class KpiNames:
    """KPIs as a file names them: by code, or by their English or Chinese name."""

    def __init__(self, session: Session):
        self.kpis: dict[str, int] = {}
        self.kpis_by_name: dict[str, set[int]] = defaultdict(set)
        for kpi_id, code, name, name_zh in session.execute(select(Kpi.id, Kpi.code, Kpi.name, Kpi.name_zh)):
            self.kpis[code.casefold()] = kpi_id
            for label in (name, name_zh):
                if label:
                    self.kpis_by_name[label.casefold()].add(kpi_id)

    def find(self, text: str) -> int | None | tuple[str, int]:
        """The KPI's id, None if unknown, or ("ambiguous", count) for a shared name."""
        found = self.kpis.get(text.casefold())
        if found:
            return found
        named = self.kpis_by_name.get(text.casefold(), set())
        if len(named) > 1:
            return ("ambiguous", len(named))
        return next(iter(named), None)


class _Context:
    """What the database says about people, KPIs, cycles and targets."""

    def __init__(self, session: Session, cycle_name: str | None):
        self.people = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        self.names = {e: n for e, n in session.execute(select(Employee.employee_no, Employee.name))}
        self.kpi_id = KpiNames(session).find
        self.cycles = {c.id: c for c in session.scalars(select(Cycle))}
        self.cycles_by_name = {c.name: c for c in self.cycles.values()}
        self.default_cycle = self.cycles_by_name.get(cycle_name) if cycle_name else None
        self.targets: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)  # (emp, kpi) -> [(cycle, target)]
        for target_id, cycle_id, employee_id, kpi_id in session.execute(
                select(Target.id, Target.cycle_id, Target.employee_id, Target.kpi_id)):
            self.targets[(employee_id, kpi_id)].append((cycle_id, target_id))
        self.latest = latest_readings(session)


def check_actuals(session: Session, table: Table, mapping: dict[str, int], cycle: str | None = None,
                  progress: Progress | None = None) -> tuple[list[dict], list[RowProblem], int]:
    """Rows ready to insert, every problem by row, and how many rows repeat what is stored."""
    progress = progress or Progress()
    columns.check_mapping(mapping, table.headers, FIELDS)
    context = _Context(session, cycle)
    allowed = reviewable_employee_ids(session)  # a manager records results for their line only
    problems: list[RowProblem] = []
    if cycle and context.default_cycle is None:
        problems.append(RowProblem(None, "cycle", "cycle_unknown", {"value": cycle}))
        return [], problems, 0
    ready, unchanged, seen = [], 0, {}

    def problem(at_row, key, code, **params):
        problems.append(RowProblem(at_row, key, code, params))

    def cell(values, key):
        index = mapping.get(key)
        return values[index] if index is not None and index < len(values) else None

    misread: dict[int, list[RowProblem]] = {}
    for found in encoding_problems(table, mapping):
        misread.setdefault(found.row, []).append(found)
    total = len(table.rows) or 1
    for index, values in enumerate(table.rows):
        if index % 5000 == 0:
            progress.step(0.1 + 0.7 * index / total, QT_TRANSLATE_NOOP("progress", "Checking rows"))
        row = Table.row_number(index)
        before = len(problems)
        problems.extend(misread.get(row, ()))
        number = as_text(cell(values, "employee_no"))
        kpi_text = as_text(cell(values, "kpi"))
        employee_id = context.people.get(number) if number else None
        if number is None:
            problem(row, "employee_no", "missing")
        elif employee_id is None:
            problem(row, "employee_no", "employee_unknown", value=number)
        elif allowed is not None and employee_id not in allowed:
            problem(row, "employee_no", "row_outside_scope", value=number)
            employee_id = None
        kpi_id = context.kpi_id(kpi_text) if kpi_text else None
        if kpi_text is None:
            problem(row, "kpi", "missing")
        elif isinstance(kpi_id, int):
            pass
        else:
            if kpi_id is None:
                problem(row, "kpi", "kpi_unknown", value=kpi_text)
            else:
                problem(row, "kpi", "kpi_ambiguous", value=kpi_text, count=kpi_id[1])
            kpi_id = None
        try:
            raw_value = cell(values, "value")
            value = parse_number(raw_value) if raw_value is not None and as_text(raw_value) else None
            if value is None:
                problem(row, "value", "missing")
        except CellError as error:
            problem(row, "value", error.code, **error.params)
            value = None
        try:
            as_of = as_date(cell(values, "as_of"))
            if as_of is None:
                problem(row, "as_of", "missing")
        except CellError as error:
            problem(row, "as_of", error.code, **error.params)
            as_of = None
        named_cycle = as_text(cell(values, "cycle"))
        if named_cycle and named_cycle not in context.cycles_by_name:
            problem(row, "cycle", "cycle_unknown", value=named_cycle)
        for key in ("source", "note"):  # stored as given: within their column, and free of hidden characters
            text = as_text(cell(values, key))
            if text is None:
                continue
            if len(text) > BY_KEY[key].max_length:
                problem(row, key, "too_long", length=len(text), limit=BY_KEY[key].max_length)
            elif hidden := hidden_characters(text if key == "source" else re.sub(r"[\r\n\t]", " ", text)):
                problem(row, key, "hidden_characters", characters=hidden)  # a note may run over lines
        if len(problems) > before or employee_id is None or kpi_id is None:
            continue
        chosen = context.cycles_by_name.get(named_cycle) if named_cycle else context.default_cycle
        options = [(c, t) for c, t in context.targets.get((employee_id, kpi_id), [])
                   if (chosen is None and context.cycles[c].period_start <= as_of <= context.cycles[c].period_end)
                   or (chosen is not None and c == chosen.id)]
        who = f"{context.names[number]} ({number})"
        if not options:
            if chosen:
                problem(row, "kpi", "no_target_in_cycle", person=who, kpi=kpi_text, cycle=chosen.name)
            else:
                problem(row, "kpi", "no_target_on_date", person=who, kpi=kpi_text, date=as_of)
            continue
        if len(options) > 1:
            problem(row, "cycle", "several_cycles", date=as_of)
            continue
        cycle_id, target_id = options[0]
        cycle_row = context.cycles[cycle_id]
        if cycle_row.stage == CycleStage.CLOSED:
            problem(row, "cycle", "cycle_closed", cycle=cycle_row.name)
            continue
        key = (target_id, as_of)
        if key in seen:
            problem(row, "as_of", "duplicate_reading", date=as_of, row=seen[key])
            continue
        seen[key] = row
        if context.latest.get(target_id) == (as_of, value):
            unchanged += 1
            continue
        ready.append({"row": row, "target_id": target_id, "value": value, "as_of": as_of,
                      "source": as_text(cell(values, "source")), "note": as_text(cell(values, "note"))})
    return ready, problems, unchanged


def import_actuals(session: Session, table: Table, mapping: dict[str, int], *, cycle: str | None = None,
                   valid_only: bool = False, dry_run: bool = False, source: str | Path | None = None,
                   progress: Progress | None = None) -> ActualsResult:
    """Check the rows and add them as new readings (history is kept), each with its
    audit entry. An auditor imports nothing; a manager only rows about their line."""
    actor = require_writer(session)
    progress = progress or Progress()
    ready, problems, unchanged = check_actuals(session, table, mapping, cycle, progress)
    rejected_rows = {p.row for p in problems if p.row is not None}
    result = ActualsResult(created=len(ready), unchanged=unchanged, rejected=len(rejected_rows), problems=problems)
    if dry_run or (problems and not valid_only) or not ready or any(p.row is None for p in problems):
        progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Checked; nothing was imported"))
        return result
    now, default_source = utcnow(), (Path(source).name if source else None)
    progress.step(0.9, QT_TRANSLATE_NOOP("progress", "Saving"))
    session.execute(insert(Actual), [
        {"target_id": r["target_id"], "value": r["value"], "as_of": r["as_of"], "entered_at": now,
         "source": r["source"] or default_source, "note": r["note"], "entered_by_id": actor.user_id}
        for r in ready])
    record_rows(session, "actuals", created=[
        (actual_id, {"target_id": target_id, "value": value, "as_of": as_of, "source": src, "note": note,
                     "entered_by_id": actor.user_id})
        for actual_id, target_id, value, as_of, src, note in session.execute(
            select(Actual.id, Actual.target_id, Actual.value, Actual.as_of, Actual.source, Actual.note)
            .where(Actual.entered_at == now).order_by(Actual.id))])
    columns.remember_mapping(session, REMEMBERED_KEY, mapping, table.headers)
    session.add(AuditEvent(action="actuals.imported", entity_type="actuals", details={
        "source": default_source, "created": result.created, "rejected": result.rejected}))
    session.flush()
    changed = sorted({r["target_id"] for r in ready})
    refresh_scores_of(session, [pair for chunk in batches(changed) for pair in session.execute(
        select(Target.cycle_id, Target.employee_id).where(Target.id.in_(chunk)))])
    progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Imported"))
    result.imported = True
    return result
