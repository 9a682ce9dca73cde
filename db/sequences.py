"""Id sequences after bulk loads with explicit ids.

PostgreSQL hands out ids from a sequence per table and does not look at rows that
were inserted with their own id; after such a load the next plain insert would
collide with an existing row. SQLite takes max(id) + 1 and needs nothing.
"""
from __future__ import annotations

from sqlalchemy import Integer, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from .models import Base


def advance_id_sequences(bind: Session | Connection) -> None:
    """Move every table's id sequence past the largest id stored, so rows added later
    get fresh ids. Call it after any insert that supplied ids itself."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.columns.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue
        # is_called=false: the next nextval() returns exactly max(id) + 1 (or 1 when empty).
        bind.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:table, 'id'), coalesce(max(id), 0) + 1, false) "
            f'FROM "{table.name}"'), {"table": f'"{table.name}"'})
