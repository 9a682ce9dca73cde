"""A save based on a stale read, told as ChangedMeanwhile naming who changed the row.

Appraisals, targets and improvement plans carry a row version (db.models, version_id_col):
every ORM save raises it, and an UPDATE or DELETE whose version no longer matches is
refused by SQLAlchemy with a StaleDataError. Two people saving the same row on
PostgreSQL, or two programs on one SQLite file, thus never overwrite each other silently;
this hook turns that error into a message naming the person whose row it is and, from
the audit trail, who changed it and when.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.engine import UNIT_ERROR_HOOKS, batches
from db.models import Appraisal, AuditEvent, Employee, ImprovementPlan, Target

from ..errors import ChangedMeanwhile

MESSAGE_CODES = {Appraisal: "appraisal_changed_meanwhile", Target: "target_changed_meanwhile",
                 ImprovementPlan: "plan_changed_meanwhile"}


def _versioned_rows_read(session: Session) -> dict[type, dict[int, int | None]]:
    """Per model, id -> row version read, of every versioned row this session holds. A
    failed flush has already cleared which of them were changed: all are checked."""
    rows: dict[type, dict[int, int | None]] = {}
    for state in session.identity_map.all_states():
        model = next((kind for kind in MESSAGE_CODES if isinstance(state.obj(), kind)), None)
        if model is not None and state.key is not None:
            rows.setdefault(model, {})[state.key[1][0]] = state.dict.get("row_version")
    return rows


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def changed_meanwhile(session: Session, model: type, row_id: int, employee_id: int | None,
                      connection=None, code: str | None = None, field: str | None = None,
                      elsewhere_code: str = "row_changed_meanwhile_elsewhere") -> ChangedMeanwhile:
    """The error for a row of ``model`` that another person saved after this one read it
    (told with ``code``, by default the model's own message), naming who from the audit
    trail: the latest entry about the row, or about its ``field`` when one is named.
    ``elsewhere_code`` when the trail knows of no such change (another program wrote it)."""
    reader = connection if connection is not None else session.connection()
    table = inspect(model).persist_selectable.name
    person = reader.execute(select(Employee.name).where(Employee.id == employee_id)).scalar() or f"#{employee_id}"
    recent = reader.execute(
        select(AuditEvent.actor_name, AuditEvent.occurred_at, AuditEvent.details)
        .where(AuditEvent.entity_type == table, AuditEvent.entity_id == row_id)
        .order_by(AuditEvent.id.desc()).limit(1 if field is None else 50)).all()
    latest = next((event for event in recent if field is None or _changes_field(event.details, field)), None)
    if latest is None:
        return ChangedMeanwhile.coded(elsewhere_code, person=person, table=table)
    return ChangedMeanwhile.coded(code or MESSAGE_CODES[model], person=person, who=latest.actor_name or "?",
                                  when=_when(latest.occurred_at))


def _changes_field(details: dict | None, field: str) -> bool:
    """Whether an audit entry wrote ``field`` (changed it, or created the row with it)."""
    details = details or {}
    return field in (details.get("changes") or {}) or field in (details.get("values") or {})


def _name_the_other_writer(session: Session, error: BaseException) -> ChangedMeanwhile | None:
    if not isinstance(error, StaleDataError):
        return None
    held = _versioned_rows_read(session)
    # The failed flush leaves the session unusable until it rolls back: ask on a
    # connection of its own (WAL on SQLite and PostgreSQL both let it read now).
    with session.get_bind().connect() as connection:
        for model, rows in held.items():
            for ids in batches(rows):
                now = {row_id: (version, employee_id) for row_id, version, employee_id in connection.execute(
                    select(model.id, model.row_version, model.employee_id).where(model.id.in_(ids)))}
                for row_id in ids:
                    version, employee_id = now.get(row_id, (None, None))
                    if version != rows[row_id]:
                        return changed_meanwhile(session, model, row_id, employee_id, connection)
    return None


def check_version(session: Session, row: Any, version_read: int | None) -> None:
    """Refuse to change ``row`` when it is no longer at the version the user's form was
    loaded with (a window holds a row across the user's editing; the ORM check only
    covers the unit of work). None: the caller did not keep a version, nothing to check."""
    if version_read is None or row.row_version == version_read:
        return
    model = type(row)
    raise changed_meanwhile(session, model, row.id, row.employee_id)


class _NotKept:
    """No value was kept by the caller: nothing to compare."""

    def __repr__(self) -> str:
        return "NOT_KEPT"


NOT_KEPT: Any = _NotKept()


def _blank_is_none(value: Any) -> Any:
    """A blank box reads back as None, "" or spaces: all are the same nothing."""
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def check_field_unchanged(session: Session, row: Any, column: str, value_read: Any, person_id: int | None) -> None:
    """Refuse to write one field of ``row`` (locked by the caller) when it no longer holds
    the value the user's form last read or saved. A form that saves as the user types
    holds a row for minutes; comparing the one field, not the row's version, leaves
    other fields' writers (a score recomputed, another answer saved) out of the quarrel."""
    if value_read is NOT_KEPT:
        return
    if _blank_is_none(getattr(row, column)) == _blank_is_none(value_read):
        return
    # The latest entry that changed this very field says who wrote what is there now.
    raise changed_meanwhile(session, type(row), row.id, person_id, code="answer_changed_meanwhile", field=column,
                            elsewhere_code="answer_changed_meanwhile_elsewhere")


if _name_the_other_writer not in UNIT_ERROR_HOOKS:
    UNIT_ERROR_HOOKS.append(_name_the_other_writer)
