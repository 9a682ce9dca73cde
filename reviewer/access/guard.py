"""The last line behind every service's own check: a unit of work acting as
someone who may not write (an auditor) cannot flush a change, whichever service
forgot to ask. Bulk Core writes do not flush; they call ``require_writer`` first."""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from db.models import AppUser, AuditEvent

from ..errors import PermissionDenied
from .actor import acting


@event.listens_for(Session, "before_flush")
def _refuse_readers_changes(session: Session, _flush_context, _instances) -> None:
    actor = acting(session)
    if actor.may_write:
        return
    # An object merely touched (an attribute set to the value it had) is not a change;
    # an explicit audit entry is the trail's own business, and an auditor's own profile
    # (a new password) is theirs.
    changed = (session.deleted or any(not isinstance(o, AuditEvent) for o in session.new)
               or any(session.is_modified(o) and not _own_profile(o, actor.user_id) for o in session.dirty))
    if changed:
        raise PermissionDenied.coded("auditor_reads_only", name=actor.display_name)


def _own_profile(instance, user_id: int | None) -> bool:
    return isinstance(instance, AppUser) and user_id is not None and instance.id == user_id
