"""Rewriting audit entries that carry a leaver's personal data, without breaking the chain.

An entry's hash covers its details and actor name, so a rewritten entry no longer hashes
to its recorded hash; the recorded hash (and every link after it) is left as it was, and
the rewrite is witnessed instead: the erasure's own entry lists, per rewritten position,
the recorded hash and the hash of the entry as it now reads (chain.verify_chain checks
both). Entries older than the chain are not hashed and are simply rewritten.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from db.models import AuditEvent

from .chain import entry_digest, plain


@dataclass(frozen=True)
class Rewritten:
    """What one rewrite changed: how many entries, and the witness list for the erasure's entry."""

    entries: int
    witness: dict[str, list[str]]


def rewrite_entries(session: Session, condition: ColumnElement,
                    rewrite: Callable[[Any], tuple[str | None, Any]]) -> Rewritten:
    """Rewrite the actor name and details of the entries matching ``condition``:
    ``rewrite(row)`` (a row of audit_events) returns the new actor name and details. Entries
    it leaves unchanged are not touched. Returns the witness for the chained ones."""
    table = AuditEvent.__table__
    rows = session.execute(table.select().where(condition).order_by(table.c.id)).all()
    witness: dict[str, list[str]] = {}
    changed = 0
    for row in rows:
        actor_name, details = rewrite(row)
        details = plain(details)  # what the database gives back when the entry is read again
        if actor_name == row.actor_name and details == row.details:
            continue
        session.execute(update(table).where(table.c.id == row.id).values(actor_name=actor_name, details=details))
        changed += 1
        if row.sequence is not None:
            digest = entry_digest(row.sequence, row.occurred_at, row.actor_user_id, actor_name, row.action,
                                  row.entity_type, row.entity_id, details, row.previous_hash)
            witness[str(row.sequence)] = [row.entry_hash, digest]
    return Rewritten(changed, witness)
