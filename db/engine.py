"""Engine and session setup for SQLite files and PostgreSQL servers."""
from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager
from itertools import islice
from typing import Iterator, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .location import prepare_sqlite_file, sqlite_path

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000
# Values bound in one IN (...) list: well inside every backend's parameter limit.
PARAMETER_BATCH = 500


def batches(values: Iterable[T]) -> Iterator[list[T]]:
    """Values in lists of at most PARAMETER_BATCH, for statements with an IN list."""
    values = iter(values)
    while batch := list(islice(values, PARAMETER_BATCH)):
        yield batch


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the UI read while a background job writes; foreign keys are off by
    # default in SQLite and every ON DELETE rule depends on them.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Grouping a cycle's results sorts up to a million rows; in memory that is ~25% faster.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine with the pragmas and pool settings this program relies on."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            prepare_sqlite_file(path)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open database: its URL, engine and a factory of short-lived sessions."""

    def __init__(self, url: str, engine: Engine):
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
