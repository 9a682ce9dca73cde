"""Reading the trail: filtered lists for HR and auditors, and a person's history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent

from ..access.actor import require_auditor_or_hr

DEFAULT_LIMIT = 5000


@dataclass(frozen=True)
class AuditRow:
    id: int
    sequence: int | None
    occurred_at: datetime
    user: str | None
    action: str
    entity_type: str
    entity_id: int | None
    details: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sequence": self.sequence, "occurred_at": self.occurred_at.isoformat(),
                "user": self.user, "action": self.action, "entity": self.entity_type,
                "entity_id": self.entity_id, "details": self.details}


def list_entries(session: Session, *, since: date | None = None, entity: str | None = None,
                 user: str | None = None, employee_id: int | None = None,
                 limit: int = DEFAULT_LIMIT) -> list[AuditRow]:
    """Newest first. ``employee_id`` gives a person's history: entries about their
    record and about rows that name them."""
    require_auditor_or_hr(session)
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    if since:
        query = query.where(AuditEvent.occurred_at >= datetime.combine(since, time.min))
    if entity:
        query = query.where(AuditEvent.entity_type.startswith(entity))
    if user:
        query = query.where(AuditEvent.actor_name == user)
    if employee_id is None:
        query = query.limit(limit)
    rows = []
    # A person's history is picked out of the whole trail, so the limit counts their entries only.
    events = session.scalars(query.execution_options(yield_per=2000))
    try:
        for event in events:
            row = AuditRow(event.id, event.sequence, event.occurred_at, event.actor_name, event.action,
                           event.entity_type, event.entity_id, event.details or {})
            if employee_id is None or _about(row, employee_id):
                rows.append(row)
                if len(rows) >= limit:
                    break
    finally:
        events.close()
    return rows


def _about(row: AuditRow, employee_id: int) -> bool:
    if row.entity_type == "employees" and row.entity_id == employee_id:
        return True
    values = row.details.get("values") or {}
    changes = row.details.get("changes") or {}
    for key in ("employee_id", "subject_id", "manager_id"):
        if values.get(key) == employee_id or employee_id in (changes.get(key) or []):
            return True
    return False


def entity_kinds(session: Session) -> list[str]:
    """The kinds of entity the trail has entries about, for choosing a filter."""
    require_auditor_or_hr(session)
    return list(session.scalars(select(AuditEvent.entity_type).distinct().order_by(AuditEvent.entity_type)))


def verify_trail(session: Session):
    """Check the hash chain, for HR and auditors (see chain.verify_chain)."""
    from .chain import verify_chain

    require_auditor_or_hr(session)
    return verify_chain(session)
