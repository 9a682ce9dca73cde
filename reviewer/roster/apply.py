"""Writing a checked roster: departments, positions, people, then reporting lines."""
from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from db.models import Department, Employee, Position, utcnow

from ..audit.bulk import record_rows
from ..progress import Progress
from .check import ExistingEmployee, RosterPlan, RosterRow
from ..messages import QT_TRANSLATE_NOOP

EMPLOYEES = Employee.__table__


def _create_departments_and_positions(session: Session, plan: RosterPlan) -> None:
    """The new departments (parents first) and positions, in one flush: the audit trail
    then chains their entries in one append instead of one per department."""
    departments: dict[tuple[str, ...], Department] = {}
    for path in plan.new_departments:  # shortest first, so a new parent is known
        department = Department(name=path[-1])
        if path[:-1] in departments:
            department.parent = departments[path[:-1]]  # the flush inserts the parent first
        elif len(path) > 1:
            department.parent_id = plan.department_ids.get(path[:-1])
        departments[path] = department
    positions = {title: Position(title=title) for title in plan.new_positions}
    session.add_all([*departments.values(), *positions.values()])
    session.flush()
    plan.department_ids.update((path, department.id) for path, department in departments.items())
    plan.position_ids.update((title, position.id) for title, position in positions.items())


def _person_values(row: RosterRow, plan: RosterPlan, before: ExistingEmployee | None) -> dict:
    """Every stored field of the person; a blank cell keeps what the database had."""
    leave_date = row.leave_date if row.leave_date is not None else (before.leave_date if before else None)
    return {
        "name": row.name,
        "department_id": plan.department_ids[row.department_path],
        "email": row.email if row.email is not None else (before.email if before else None),
        "position_id": plan.position_ids[row.position] if row.position is not None
        else (before.position_id if before else None),
        "hire_date": row.hire_date if row.hire_date is not None else (before.hire_date if before else None),
        "leave_date": leave_date,
        "is_active": leave_date is None if row.leave_date is not None or before is None else before.is_active,
    }


def apply_roster(session: Session, plan: RosterPlan, progress: Progress | None = None) -> None:
    """Write the accepted rows in the caller's transaction, with an audit entry per
    person created (the values) or changed (each field before and after)."""
    progress = progress or Progress()
    progress.step(0.7, QT_TRANSLATE_NOOP("progress", "Saving departments and positions"))
    _create_departments_and_positions(session, plan)
    rows = plan.accepted()
    now = utcnow()
    progress.step(0.8, QT_TRANSLATE_NOOP("progress", "Saving people"))
    ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    created = _insert_new_people(session, plan, [r for r in rows if r.outcome == "create"], ids, now)
    changed = [{"number": r.employee_no, "updated_at": now, **_person_values(r, plan, plan.existing[r.employee_no])}
               for r in rows if r.outcome == "update"]
    if changed:
        session.connection().execute(
            update(EMPLOYEES).where(EMPLOYEES.c.employee_no == bindparam("number")).values(
                {key: bindparam(key) for key in changed[0] if key != "number"}),
            changed)

    progress.step(0.9, QT_TRANSLATE_NOOP("progress", "Saving reporting lines"))
    moves = []
    for row in rows:
        before = plan.existing.get(row.employee_no)
        if before is None or row.manager_ref is None:
            continue  # new people were inserted with their manager; a blank keeps the old one
        manager = ids[row.manager_no] if row.manager_no else None
        if before.manager_id != manager:
            moves.append({"e": ids[row.employee_no], "m": manager})
    # Detach first, then attach: every intermediate state is then a subset of the
    # final, loop-free reporting tree, so the database's loop guard never trips.
    if moves:
        by_id = update(EMPLOYEES).where(EMPLOYEES.c.id == bindparam("e"))
        session.connection().execute(by_id.values(manager_id=None), [{"e": m["e"]} for m in moves])
        attach = [m for m in moves if m["m"] is not None]
        if attach:
            session.connection().execute(by_id.values(manager_id=bindparam("m")), attach)
    record_rows(session, "employees", created=created, updated=_changes(plan, changed, moves))
    session.flush()


AUDITED_FIELDS = ("name", "department_id", "email", "position_id", "hire_date", "leave_date", "is_active")


def _changes(plan: RosterPlan, changed: list[dict], moves: list[dict]) -> list[tuple[int, dict[str, list]]]:
    """Each updated person's changed fields as [before, after], reporting line included."""
    by_id: dict[int, dict[str, list]] = {}
    for values in changed:
        before = plan.existing[values["number"]]
        by_id[before.id] = {key: [getattr(before, key), values[key]] for key in AUDITED_FIELDS
                            if getattr(before, key) != values[key]}
    managers = {e.id: e.manager_id for e in plan.existing.values()}
    for move in moves:
        by_id.setdefault(move["e"], {})["manager_id"] = [managers.get(move["e"]), move["m"]]
    return list(by_id.items())


def _insert_new_people(session: Session, plan: RosterPlan, created: list[RosterRow], ids: dict[str, int],
                       now) -> None:
    """Insert new people managers first, each with their manager already set: one
    statement per level of the reporting tree instead of an update per person.
    Returns (id, values) of each person inserted."""
    pending = {r.employee_no: r for r in created}
    inserted: list[tuple[str, dict]] = []
    while pending:
        ready = [r for r in pending.values() if not r.manager_no or r.manager_no in ids]
        if not ready:  # a manager is neither stored nor new: the checks rule this out
            raise RuntimeError("roster rows wait for managers that never come")
        values = [{"employee_no": r.employee_no, "created_at": now, "updated_at": now,
                   "manager_id": ids[r.manager_no] if r.manager_no else None,
                   **_person_values(r, plan, None)} for r in ready]
        # Plain executemany, then one lookup: ordered RETURNING would run row by row on SQLite.
        session.connection().execute(insert(EMPLOYEES), values)
        inserted.extend((v["employee_no"], {k: x for k, x in v.items() if k not in ("created_at", "updated_at")})
                        for v in values)
        ids.update(session.connection().execute(
            select(EMPLOYEES.c.employee_no, EMPLOYEES.c.id).where(EMPLOYEES.c.created_at == now)).all())
        for r in ready:
            del pending[r.employee_no]
    return [(ids[number], values) for number, values in inserted]
