"""Reading a row to change it, with the other writers held off until this unit commits."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

Row = TypeVar("Row")


def take_write_lock(session: Session) -> None:
    """On SQLite, take the file's write lock now (waiting our turn). pysqlite runs a
    SELECT outside any transaction, so a row read, checked and then changed could have
    been changed by another program in between: a write statement first makes the read
    that follows see the last commit and keeps others out until ours. PostgreSQL locks
    the row itself (FOR UPDATE)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE app_settings SET key = key WHERE 1 = 0"))


def get_for_update(session: Session, model: type[Row], ident: int) -> Row | None:
    """The row read afresh and locked until this unit of work ends, or None."""
    take_write_lock(session)
    return session.get(model, ident, with_for_update=True, populate_existing=True)
