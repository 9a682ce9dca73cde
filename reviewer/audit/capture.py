"""Every change to the domain's rows becomes an audit entry in the same flush:
created (the values), updated (each changed field before and after), deleted (the
values it had). What would tie a confidential 360 rating to its rater (answers
and per-rater sums) is never captured: a submitted form is recorded as submitted."""
from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from db.models import Answer, AppSetting, AppUser, AuditEvent, FeedbackRequest, RaterScore, SigningCertificate, StoredFile

from .chain import append, plain
from .record import PENDING_KEY, entry

NOT_AUDITED = (Answer, RaterScore, AuditEvent, StoredFile)
# Fields whose value stays off the trail: it is secret, or says who rated whom how.
HIDDEN_FIELDS = {
    AppUser: {"password_hash"},
    AppSetting: {"value"},
    FeedbackRequest: {"token"},
    SigningCertificate: {"der"},
}
# Bookkeeping that changes on its own and says nothing about the data.
IGNORED_FIELDS = {"updated_at", "created_at", "failed_sign_ins", "last_failed_at", "row_version"}


def _columns(instance) -> list[str]:
    return [attr.key for attr in inspect(instance).mapper.column_attrs]


def _shown(instance, field: str, value: Any) -> Any:
    hidden = next((fields for kind, fields in HIDDEN_FIELDS.items() if isinstance(instance, kind)), ())
    return "(changed)" if field in hidden else plain(value)


def _entity_id(instance) -> int | None:
    # New rows have no identity key until the flush is finalised; their primary key is set.
    key = inspect(instance).mapper.primary_key_from_instance(instance)
    return key[0] if len(key) == 1 and isinstance(key[0], int) else None


def _values(instance) -> dict[str, Any]:
    return {f: _shown(instance, f, getattr(instance, f)) for f in _columns(instance)
            if f not in IGNORED_FIELDS and f != "id"}


def _changes(instance) -> dict[str, list[Any]]:
    state = inspect(instance)
    changes = {}
    for field in _columns(instance):
        if field in IGNORED_FIELDS:
            continue
        history = state.attrs[field].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else getattr(instance, field)
        if before != after:
            changes[field] = [_shown(instance, field, before), _shown(instance, field, after)]
    return changes


@event.listens_for(Session, "before_flush")
def _take_explicit_entries(session: Session, _context, _instances) -> None:
    """AuditEvent rows added by services are written through the chain instead."""
    for instance in list(session.new):
        if isinstance(instance, AuditEvent):
            session.expunge(instance)
            session.info.setdefault(PENDING_KEY, []).append(
                entry(session, instance.action, instance.entity_type, instance.entity_id, instance.details))


@event.listens_for(Session, "after_flush")
def _write_entries(session: Session, _context) -> None:
    entries = session.info.pop(PENDING_KEY, [])
    for kind, instances in (("created", session.new), ("updated", session.dirty), ("deleted", session.deleted)):
        for instance in instances:
            if isinstance(instance, NOT_AUDITED):
                continue
            table = inspect(instance).mapper.persist_selectable.name
            if kind == "updated":
                changes = _changes(instance)
                if not changes:
                    continue
                details = {"changes": changes}
            else:
                details = {"values": _values(instance)}
            entries.append(entry(session, f"{table}.{kind}", table, _entity_id(instance), details))
    append(session.connection(), entries)


@event.listens_for(Session, "before_commit")
def _write_pending_entries(session: Session) -> None:
    """Entries recorded when nothing else was left to flush still go in with the commit."""
    session.flush()
    entries = session.info.pop(PENDING_KEY, [])
    if entries:
        append(session.connection(), entries)


@event.listens_for(Session, "after_rollback")
def _forget_entries(session: Session) -> None:
    session.info.pop(PENDING_KEY, None)
