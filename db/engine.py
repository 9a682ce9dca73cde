"""Engine and session setup for SQLite files and PostgreSQL servers."""
from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import contextmanager
from itertools import islice
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from . import cipher
from .location import prepare_sqlite_file, sqlite_path

T = TypeVar("T")

# How long a writer waits for another program's write lock before giving up; long
# enough to outlast a big import, short enough that a stuck program is noticed.
BUSY_TIMEOUT_ENV_VAR = "APPRAISAL_BUSY_TIMEOUT"
DEFAULT_BUSY_TIMEOUT_SECONDS = 30.0
# Values bound in one IN (...) list: well inside every backend's parameter limit.
PARAMETER_BATCH = 500


def batches(values: Iterable[T]) -> Iterator[list[T]]:
    """Values in lists of at most PARAMETER_BATCH, for statements with an IN list."""
    values = iter(values)
    while batch := list(islice(values, PARAMETER_BATCH)):
        yield batch


def busy_timeout_seconds() -> float:
    """Seconds a SQLite writer waits for the write lock (APPRAISAL_BUSY_TIMEOUT, else 30)."""
    try:
        seconds = float(os.environ.get(BUSY_TIMEOUT_ENV_VAR, DEFAULT_BUSY_TIMEOUT_SECONDS))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_SECONDS
    return seconds if 0 <= seconds <= 24 * 3600 else DEFAULT_BUSY_TIMEOUT_SECONDS


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the UI read while a background job writes; foreign keys are off by
    # default in SQLite and every ON DELETE rule depends on them.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_seconds() * 1000)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted or overwritten rows are zeroed, not left readable in free space: an erased
    # leaver's name must not stay in the file. Debian's SQLite does this by default; the
    # builds Python ships for Windows and macOS do not.
    cursor.execute("PRAGMA secure_delete=ON")
    # Grouping a cycle's results sorts up to a million rows; in memory that is ~25% faster.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _sqlite_engine(url: str, **kwargs) -> Engine:
    """An engine for a SQLite URL; an encrypted file (db.cipher) is opened by SQLCipher's
    driver keyed with its passphrase, which the dialect sets before any other statement."""
    path = sqlite_path(url)
    passphrase = cipher.passphrase_for(path) if path is not None and cipher.is_encrypted(path) else None
    if passphrase is None:
        return create_engine(url, **kwargs)
    keyed = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    kwargs.setdefault("poolclass", QueuePool)  # the dialect's default holds one connection per thread for ever
    return create_engine(keyed, **kwargs)


def create_db_engine(url: str) -> Engine:
    """An engine with the pragmas and pool settings this program relies on."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            prepare_sqlite_file(path)
        engine = _sqlite_engine(url, connect_args={"timeout": busy_timeout_seconds()})
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    return create_engine(url, pool_pre_ping=True)


# Called with the session and the error before a failed unit of work rolls back; one may
# return the error to raise instead (reviewer.database.stale names who changed a row).
# db imports nothing of reviewer, so the services register themselves here.
UnitErrorHook = Callable[[Session, BaseException], "BaseException | None"]
UNIT_ERROR_HOOKS: list[UnitErrorHook] = []


def _replacement(session: Session, error: BaseException) -> BaseException | None:
    for hook in UNIT_ERROR_HOOKS:
        replacement = hook(session, error)
        if replacement is not None:
            return replacement
    return None


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
        except BaseException as error:
            replacement = _replacement(session, error)
            session.rollback()
            if replacement is not None:
                raise replacement from error
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """A new engine for the same URL: after the file was encrypted, decrypted or given a
        new passphrase, the old engine's driver or key no longer opens it."""
        self.engine.dispose()
        self.engine = create_db_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)


def _configure_schema_connection(dbapi_connection, record) -> None:
    _configure_sqlite_connection(dbapi_connection, record)
    # pysqlite commits each DDL statement as it goes, so a killed upgrade would leave half
    # a schema; with its own transaction handling off, the BEGIN below covers everything.
    dbapi_connection.isolation_level = None
    # Foreign keys cannot be switched inside a transaction, and a table that a migration
    # rebuilds would cascade its drop into the rows that point at it; upgrade_to_head
    # checks every key itself before it commits.
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _begin_with_the_write_lock(connection) -> None:
    # IMMEDIATE: a second program upgrading the same file waits here, then finds it done.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_schema_engine(url: str) -> Engine:
    """An engine for creating and upgrading a SQLite schema: each transaction is a real
    one, DDL included, so a schema change is stored whole or not at all."""
    engine = _sqlite_engine(url, connect_args={"timeout": busy_timeout_seconds()}, poolclass=NullPool)
    event.listen(engine, "connect", _configure_schema_connection)
    event.listen(engine, "begin", _begin_with_the_write_lock)
    return engine
