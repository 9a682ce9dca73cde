"""An entry in the shape the chain takes, stamped with who acts in the session.
Services that want an entry of their own (an import, a submitted form) add an
AuditEvent; the capture turns it into one of these, written through the chain."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import utcnow

from ..access.actor import acting

PENDING_KEY = "appraisal.audit.pending"


def entry(session: Session, action: str, entity_type: str, entity_id: int | None,
          details: dict[str, Any] | None) -> dict[str, Any]:
    actor = acting(session)
    return {"occurred_at": utcnow(), "actor_user_id": actor.user_id, "actor_name": actor.username,
            "action": action, "entity_type": entity_type, "entity_id": entity_id, "details": details or {}}
