"""Reading a row to change it, with the other writers held off until this unit commits."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import inspect, select, text
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
    """The row read afresh and locked until this unit of work ends, or None.

    Not ``session.get(with_for_update=...)``: on a row with a version column that checks
    the version held against the one read and refuses when another writer saved in
    between, the very case this lock is taken to wait out and then see."""
    take_write_lock(session)
    key = inspect(model).primary_key[0]
    statement = select(model).where(key == ident).with_for_update().execution_options(populate_existing=True)
    return session.scalars(statement).first()
