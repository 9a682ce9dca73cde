"""Entries a service writes itself, for what no single row change says (an import,
a stage change, a submitted form)."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import utcnow

from ..access.actor import acting

PENDING_KEY = "appraisal.audit.pending"


def record(session: Session, action: str, entity_type: str, entity_id: int | None = None,
           details: dict[str, Any] | None = None) -> None:
    """Put an entry on the trail in this unit of work (written at its next flush, in its transaction)."""
    session.info.setdefault(PENDING_KEY, []).append(entry(session, action, entity_type, entity_id, details))


def entry(session: Session, action: str, entity_type: str, entity_id: int | None,
          details: dict[str, Any] | None) -> dict[str, Any]:
    actor = acting(session)
    return {"occurred_at": utcnow(), "actor_user_id": actor.user_id, "actor_name": actor.username,
            "action": action, "entity_type": entity_type, "entity_id": entity_id, "details": details or {}}
