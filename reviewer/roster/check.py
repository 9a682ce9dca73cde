"""Checking a roster against itself and the database before anything is written."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Employee, Position

from ..access import acting, reporting_line
from ..errors import RowProblem
from ..io.mojibake import encoding_problems
from ..io.tables import Table
from ..io.values import CellError, as_date, as_text
from ..people.directory import department_paths
from ..progress import Progress
from ..text import hidden_characters
from .columns import BY_KEY
from ..messages import QT_TRANSLATE_NOOP

EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]+$")
PATH_SEPARATORS = re.compile(r"\s*[/>\\｜|]\s*")
EARLIEST_DATE = date(1900, 1, 1)
LATEST_AHEAD = timedelta(days=366)  # a hire date may be planned up to a year ahead


def implausible_date(day: date, today: date | None = None) -> tuple[str, dict[str, Any]] | None:
    """(message code, params) when a hire or leave date is surely a typing mistake:
    before 1900 or more than a year ahead; None when it is plausible."""
    if day < EARLIEST_DATE:
        return "date_too_early", {"value": day, "earliest": EARLIEST_DATE.year}
    if day > (today or date.today()) + LATEST_AHEAD:
        return "date_too_far_ahead", {"value": day}
    return None


@dataclass
class RosterRow:
    row: int
    employee_no: str | None = None
    name: str | None = None
    email: str | None = None
    department: tuple[str, ...] | None = None
    position: str | None = None
    manager_ref: str | None = None
    hire_date: date | None = None
    leave_date: date | None = None
    manager_no: str | None = None  # resolved
    department_path: tuple[str, ...] | None = None  # resolved, from the root
    outcome: str | None = None  # create / update / unchanged


@dataclass
class ExistingEmployee:
    id: int
    employee_no: str
    name: str
    email: str | None
    department_id: int
    position_id: int | None
    manager_id: int | None
    hire_date: date | None
    leave_date: date | None
    is_active: bool


@dataclass
class RosterPlan:
    rows: list[RosterRow]
    problems: list[RowProblem] = field(default_factory=list)
    existing: dict[str, ExistingEmployee] = field(default_factory=dict)
    department_ids: dict[tuple[str, ...], int] = field(default_factory=dict)
    new_departments: list[tuple[str, ...]] = field(default_factory=list)
    position_ids: dict[str, int] = field(default_factory=dict)
    new_positions: list[str] = field(default_factory=list)

    @property
    def rejected_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.row is not None}

    def accepted(self) -> list[RosterRow]:
        bad = self.rejected_rows
        return [r for r in self.rows if r.row not in bad]


class _SuffixIndex:
    """Department paths found by how they end: ("销售一组",) finds 总部/销售部/销售一组."""

    def __init__(self, paths: set[tuple[str, ...]]):
        self._by_suffix: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for path in paths:
            for n in range(1, len(path) + 1):
                self._by_suffix[path[-n:]].append(path)

    def matches(self, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        return self._by_suffix.get(path, [])


class _Checker:
    def __init__(self, session: Session, table: Table, mapping: dict[str, int], progress: Progress):
        self.session, self.table, self.mapping, self.progress = session, table, mapping, progress
        self.plan = RosterPlan(rows=[])
        self.today = date.today()

    def problem(self, at_row: int, key: str | None, code: str, **params) -> None:
        self.plan.problems.append(RowProblem(at_row, key, code, params))

    # -- reading the cells -----------------------------------------------------------
    def cell(self, values: list[Any], key: str) -> Any:
        index = self.mapping.get(key)
        return values[index] if index is not None and index < len(values) else None

    def parse_rows(self) -> None:
        total = len(self.table.rows) or 1
        for index, values in enumerate(self.table.rows):
            if index % 2000 == 0:
                self.progress.step(0.05 + 0.45 * index / total, QT_TRANSLATE_NOOP("progress", "Checking rows"))
            number = Table.row_number(index)
            row = RosterRow(number)
            too_long = set()
            for key in ("employee_no", "name", "email", "position", "manager"):
                text = as_text(self.cell(values, key))
                limit = BY_KEY[key].max_length
                hidden = hidden_characters(text)
                if hidden:
                    self.problem(number, key, "hidden_characters", characters=hidden)
                if text is not None and limit and len(text) > limit:
                    self.problem(number, key, "too_long", length=len(text), limit=limit)
                    too_long.add(key)
                    text = None
                setattr(row, "manager_ref" if key == "manager" else key, text)
            if row.employee_no is None and "employee_no" not in too_long:
                self.problem(number, "employee_no", "employee_no_missing")
            if row.name is None and "name" not in too_long:
                self.problem(number, "name", "missing")
            if row.email is not None:
                row.email = row.email.lower()
                if not EMAIL.match(row.email):
                    self.problem(number, "email", "email_invalid", value=row.email)
            self.parse_department(row, self.cell(values, "department"))
            for key in ("hire_date", "leave_date"):
                try:
                    day = as_date(self.cell(values, key))
                except CellError as error:
                    self.problem(number, key, error.code, **error.params)
                    continue
                wrong = implausible_date(day, self.today) if day else None
                if wrong:
                    self.problem(number, key, wrong[0], **wrong[1])
                else:
                    setattr(row, key, day)
            if row.hire_date and row.leave_date and row.leave_date < row.hire_date:
                self.problem(number, "leave_date", "leave_before_hire", leave=row.leave_date, hire=row.hire_date)
            self.plan.rows.append(row)

    def parse_department(self, row: RosterRow, value: Any) -> None:
        text = as_text(value)
        if text is None:
            self.problem(row.row, "department", "missing")
            return
        hidden = hidden_characters(text)
        if hidden:
            self.problem(row.row, "department", "hidden_characters", characters=hidden)
            return
        parts = tuple(PATH_SEPARATORS.split(text.strip(" /")))
        if any(not p for p in parts):
            self.problem(row.row, "department", "department_empty_level", value=text)
        elif any(len(p) > 100 for p in parts):
            self.problem(row.row, "department", "department_name_too_long", limit=100)
        else:
            row.department = parts

    # -- the database as it is ---------------------------------------------------------
    def load_existing(self) -> None:
        plan = self.plan
        for values in self.session.execute(select(
                Employee.id, Employee.employee_no, Employee.name, Employee.email, Employee.department_id,
                Employee.position_id, Employee.manager_id, Employee.hire_date, Employee.leave_date,
                Employee.is_active)):
            plan.existing[values[1]] = ExistingEmployee(*values)
        plan.department_ids = {path: d for d, path in department_paths(self.session).items()}
        for pid, title, title_zh in self.session.execute(select(Position.id, Position.title, Position.title_zh)):
            plan.position_ids[title] = pid
            if title_zh:
                plan.position_ids.setdefault(title_zh, pid)

    # -- departments ---------------------------------------------------------------------
    def resolve_departments(self) -> None:
        """Turn each written department (a name or a partial path) into a full path.

        Rows inform each other: "总部/销售部" on one row places "销售部/销售一组" on
        another under 总部. Known departments are matched by the end of their path;
        what is left is created under the longest known part, or under the single
        top department when the database has one.
        """
        existing = set(self.plan.department_ids)
        roots = [p for p in existing if len(p) == 1]
        written = {r.department for r in self.plan.rows if r.department}
        parents: dict[str, set[str]] = defaultdict(set)
        for path in written:
            for parent, child in zip(path, path[1:]):
                parents[child].add(parent)
        known = _SuffixIndex(existing)

        def extended(path):
            while len(path) < 30 and len(parents.get(path[0], ())) == 1 and len(known.matches(path)) != 1:
                parent = next(iter(parents[path[0]]))
                if parent in path:
                    break
                path = (parent, *path)
            return path

        full: dict[tuple[str, ...], tuple[str, ...]] = {}
        for path in written:
            longer = extended(path)
            if len(parents.get(longer[0], ())) > 1:
                continue  # the file itself places this name in two departments: ambiguous
            found = known.matches(longer)
            if len(found) == 1:
                full[path] = found[0]
            elif found:
                continue  # ambiguous: reported below
            else:
                for cut in range(len(longer) - 1, 0, -1):  # the longest known beginning
                    prefix = known.matches(longer[:cut])
                    if len(prefix) == 1:
                        full[path] = prefix[0] + longer[cut:]
                        break
                else:
                    full[path] = (roots[0] + longer) if len(roots) == 1 else longer
        every = _SuffixIndex(existing | {p[:n] for p in full.values() for n in range(1, len(p) + 1)})
        choices = {path: sorted(every.matches(path)) for path in written}
        for row in self.plan.rows:
            if row.department is None:
                continue
            options = choices[row.department]
            if len(options) > 1:
                listed = " or ".join("/".join(o) for o in options[:4])
                self.problem(row.row, "department", "department_ambiguous", value="/".join(row.department),
                             options=listed)
            else:
                row.department_path = options[0]
        wanted = {r.department_path for r in self.plan.rows if r.department_path}
        needed = {p[:n] for p in wanted for n in range(1, len(p) + 1)}
        self.plan.new_departments = sorted(needed - existing, key=len)

    # -- duplicates, e-mail and managers -----------------------------------------------
    def check_duplicates(self) -> None:
        first_row: dict[str, int] = {}
        email_row: dict[str, int] = {}
        existing_emails = {e.email: e for e in self.plan.existing.values() if e.email}
        for row in self.plan.rows:
            if row.employee_no:
                if row.employee_no in first_row:
                    self.problem(row.row, "employee_no", "duplicate_number_in_file", value=row.employee_no,
                                 row=first_row[row.employee_no])
                else:
                    first_row[row.employee_no] = row.row
            if row.email:
                if row.email in email_row:
                    self.problem(row.row, "email", "duplicate_in_file", value=row.email, row=email_row[row.email])
                else:
                    email_row[row.email] = row.row
                owner = existing_emails.get(row.email)
                if owner and owner.employee_no != row.employee_no:
                    self.problem(row.row, "email", "email_taken", value=row.email, name=owner.name,
                                 number=owner.employee_no)

    def first_rows(self) -> dict[str, RosterRow]:
        """Each employee number's first row: the one that counts when a number repeats
        (the later rows are refused as duplicates)."""
        first: dict[str, RosterRow] = {}
        for row in self.plan.rows:
            if row.employee_no:
                first.setdefault(row.employee_no, row)
        return first

    def resolve_managers(self) -> None:
        in_file = self.first_rows()
        known = set(self.plan.existing) | set(in_file)
        by_name: dict[str, set[str]] = defaultdict(set)
        for number, person in self.plan.existing.items():
            if number not in in_file:
                by_name[person.name].add(number)
        for row in in_file.values():
            if row.name:
                by_name[row.name].add(row.employee_no)
        for row in self.plan.rows:
            ref = row.manager_ref
            if ref is None:
                continue
            if ref in known:
                row.manager_no = ref
            elif len(by_name.get(ref, ())) == 1:
                row.manager_no = next(iter(by_name[ref]))
            elif by_name.get(ref):
                numbers = ", ".join(sorted(by_name[ref]))
                self.problem(row.row, "manager", "manager_ambiguous", count=len(by_name[ref]), value=ref,
                             numbers=numbers)
                continue
            else:
                self.problem(row.row, "manager", "manager_unknown", value=ref)
                continue
            if row.manager_no == row.employee_no:
                self.problem(row.row, "manager", "own_manager")
                row.manager_no = None

    def check_loops(self) -> None:
        by_id = {e.id: e.employee_no for e in self.plan.existing.values()}
        manager_of = {no: by_id.get(e.manager_id) for no, e in self.plan.existing.items()}
        rows = self.first_rows()
        for number, row in rows.items():
            manager_of[number] = row.manager_no if row.manager_ref is not None else manager_of.get(number)
        reported: set[str] = set()
        for start in rows:
            chain, seen, current = [], {}, start
            while current is not None and current not in seen:
                seen[current] = len(chain)
                chain.append(current)
                current = manager_of.get(current)
            if current is None or current != start or start in reported:
                continue
            loop = chain[seen[current]:]
            names = " → ".join(self._label(n, rows) for n in loop + [loop[0]])
            for number in loop:
                if number in rows and number not in reported:
                    reported.add(number)
                    self.problem(rows[number].row, "manager", "reporting_loop", path=names)

    def _label(self, number: str, rows: dict[str, RosterRow]) -> str:
        name = rows[number].name if number in rows else self.plan.existing[number].name
        return f"{name} ({number})"

    def cascade_rejections(self) -> None:
        """With valid-only imports, a row whose new manager is a rejected row goes too.
        A repeated number's manager is its first row (the later ones are refused)."""
        first = self.first_rows()
        while True:
            rejected = self.plan.rejected_rows
            bad = {number: row.row for number, row in first.items() if row.row in rejected}
            added = False
            for row in self.plan.accepted():
                manager_row = bad.get(row.manager_no) if row.manager_no else None
                if manager_row and row.manager_no not in self.plan.existing:
                    self.problem(row.row, "manager", "manager_row_rejected", row=manager_row)
                    added = True
            if not added:
                return

    # -- outcome per row ---------------------------------------------------------------------
    def check_scope(self) -> None:
        """A manager imports rows about their line only: people already in it, and new
        people placed under someone in it (or under themselves), in existing departments."""
        actor = acting(self.session)
        if actor.is_hr:
            return
        plan = self.plan
        line = reporting_line(self.session, actor.employee_id) if actor.employee_id else set()
        existing_ids = {e.id: no for no, e in plan.existing.items()}
        managers = {existing_ids[i] for i in line | {actor.employee_id} if i in existing_ids}
        managers |= {r.employee_no for r in plan.rows if r.employee_no and r.employee_no not in plan.existing}
        new_departments = set(plan.new_departments)
        for row in plan.rows:
            person = plan.existing.get(row.employee_no) if row.employee_no else None
            if person is not None and person.id not in line:
                self.problem(row.row, "employee_no", "row_outside_scope", value=row.employee_no)
            elif row.manager_no is not None and row.manager_no not in managers:
                self.problem(row.row, "manager", "row_outside_scope", value=row.manager_no)
            elif person is None and row.employee_no and row.manager_no is None:
                self.problem(row.row, "manager", "row_outside_scope", value=row.employee_no)
            elif row.department_path in new_departments:
                self.problem(row.row, "department", "department_new_hr_only", value="/".join(row.department_path))

    def classify(self) -> None:
        plan = self.plan
        ids = {no: e.id for no, e in plan.existing.items()}
        for row in plan.accepted():
            person = plan.existing.get(row.employee_no)
            if person is None:
                row.outcome = "create"
                continue
            same = (
                person.name == row.name
                and (row.email is None or person.email == row.email)
                and person.department_id == plan.department_ids.get(row.department_path)
                and (row.position is None or person.position_id == plan.position_ids.get(row.position))
                and (row.manager_ref is None or person.manager_id == ids.get(row.manager_no))
                and (row.hire_date is None or person.hire_date == row.hire_date)
                and (row.leave_date is None or person.leave_date == row.leave_date)
            )
            row.outcome = "unchanged" if same else "update"
        plan.new_positions = sorted({r.position for r in plan.accepted() if r.position} - set(plan.position_ids))
        # Only rows that are imported create departments (a refused row may be garbled text).
        needed = {r.department_path[:n] for r in plan.accepted() if r.department_path
                  for n in range(1, len(r.department_path) + 1)}
        plan.new_departments = [path for path in plan.new_departments if path in needed]


def check_roster(session: Session, table: Table, mapping: dict[str, int], valid_only: bool = False,
                 progress: Progress | None = None) -> RosterPlan:
    """Every problem in the roster, row by row, and what importing it would do."""
    checker = _Checker(session, table, mapping, progress or Progress())
    checker.progress.step(0.02, QT_TRANSLATE_NOOP("progress", "Reading the database"))
    checker.load_existing()
    checker.parse_rows()
    checker.plan.problems.extend(encoding_problems(table, mapping))
    checker.progress.step(0.55, QT_TRANSLATE_NOOP("progress", "Checking departments and reporting lines"))
    checker.resolve_departments()
    checker.check_duplicates()
    checker.resolve_managers()
    checker.check_loops()
    checker.check_scope()
    if valid_only:
        checker.cascade_rejections()
    checker.classify()
    checker.plan.problems.sort(key=lambda p: (p.row or 0))
    return checker.plan
