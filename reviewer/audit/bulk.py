"""Entries for rows written by bulk Core statements (imports, the demo), which the
ORM's capture never sees: one entry per created or updated row, chained in one go."""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import utcnow

from ..access.actor import acting
from .chain import append_encoded, encoded_details


def record_rows(session: Session, entity_type: str,
                created: Iterable[tuple[int, dict[str, Any]]] = (),
                updated: Iterable[tuple[int, dict[str, list[Any]]]] = ()) -> int:
    """Chain an entry per created row (its values) and per updated row (each changed
    field as [before, after]) in this unit of work's transaction, in the same shape the
    ORM's capture writes. Returns how many entries were written."""
    actor = acting(session)
    now, user_id, name = utcnow(), actor.user_id, actor.username
    created_action, updated_action = f"{entity_type}.created", f"{entity_type}.updated"
    # {"values": {...}} and {"changes": {...}} as encoded_details writes them (sorted keys,
    # compact), from the inner dict alone: a twenty-thousand-row import copies no dict.
    entries = [(now, user_id, name, created_action, entity_type, row_id, f'{{"values":{encoded_details(values)}}}')
               for row_id, values in created]
    entries += [(now, user_id, name, updated_action, entity_type, row_id, f'{{"changes":{encoded_details(changes)}}}')
                for row_id, changes in updated if changes]
    append_encoded(session.connection(), entries)
    return len(entries)


def record_table(session: Session, model, hidden: Iterable[str] = ()) -> int:
    """An entry per row now in ``model``'s table, as created: for a loader that filled
    an empty database with bulk statements (the demo company)."""
    from .capture import IGNORED_FIELDS

    table = model.__table__
    skipped = set(IGNORED_FIELDS) | {"id"}
    shown = [c for c in table.columns if c.key not in skipped]
    rows = session.connection().execute(
        select(table.c.id, *shown).order_by(table.c.id)).all()
    hidden = set(hidden)
    return record_rows(session, table.name, created=[
        (row[0], {c.key: ("(changed)" if c.key in hidden else value) for c, value in zip(shown, row[1:])})
        for row in rows])
