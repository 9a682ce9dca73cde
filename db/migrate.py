"""Opening a database: bring its schema to the revision this program expects.

Start-up must stay fast, so the common case (already at head) is one small query
and Alembic is only imported when an upgrade is really needed.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError, ProgrammingError

from . import cipher
from .engine import Database, create_db_engine, create_schema_engine
from .location import describe_url, private_file, sqlite_path

# The newest migration in db/migrations/versions; a test keeps the two in step.
SCHEMA_HEAD = "0013"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


# Why a database cannot be opened, in English (the command line's language). db imports
# nothing of reviewer, so reviewer/messages.py registers the same codes and texts for the
# window to translate; a test keeps the two in step.
OPEN_PROBLEMS = {
    "database_foreign_keys_broken":
        "Upgrading the schema would leave {count} row(s) of {table} pointing at missing {parent} rows; "
        "nothing was changed. Report this to the program's maintainers.",
    "database_not_ours":
        "This database already has tables but no Appraisal Workstation schema version; it was not "
        "created by this program. Choose another file with --db.",
    "database_newer":
        "This database has schema version {revision}, which is newer than this program understands. "
        "Update Appraisal Workstation to open it.",
    "database_address_invalid":
        "Cannot use database address '{path}': {detail}. Give a file path or a "
        "postgresql://user@host/dbname URL.",
    "database_folder_failed": "Cannot create the database folder: {detail}",
    "database_unopenable": "Cannot open the database {path}: {detail}",
    "database_backup_failed":
        "The schema of {path} needs an upgrade, but the backup made first could not be written or "
        "checked ({backup}: {detail}); nothing was upgraded and the database is as it was. Free disk "
        "space or make its folder writable, then open it again.",
    "database_passphrase_needed":
        "The database {path} is encrypted (or is no SQLite database at all). Give its passphrase with "
        "--passphrase-file FILE or the APPRAISAL_DB_PASSPHRASE environment variable.",
    "database_passphrase_wrong":
        "The passphrase does not open the database {path}. Check it (letter case, spaces) and try again.",
    "database_encryption_unavailable":
        "The database {path} is encrypted (or is no SQLite database at all); opening an encrypted database "
        "needs the sqlcipher3 module, which is not installed. Install it with: {command}",
}


class DatabaseOpenError(Exception):
    """The database cannot be used; the message says why and what to do. ``code`` and
    ``params`` name the message (OPEN_PROBLEMS), so a window can say it in the user's language."""

    code: str | None = None
    params: dict = {}

    @classmethod
    def coded(cls, message_code: str, /, **params) -> DatabaseOpenError:
        error = cls(OPEN_PROBLEMS[message_code].format(**params))
        error.code, error.params = message_code, params
        return error


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection=None, url: str | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or None if it has none."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


BACKUP_PART_SUFFIX = ".part"
UPGRADE_BACKUP_MARK = ".before-upgrade-from-"  # demo.before-upgrade-from-0010.20261201-231500.sqlite3
# How many backups are kept: app_settings' backup_keep (HR sets it in the window), else this.
# The same number applies to each kind on its own: the backups folder keeps that many
# automatic backups, the database's folder that many pre-upgrade ones.
BACKUP_KEEP_SETTING = "backup_keep"
DEFAULT_BACKUP_KEEP = 10


def backup_keep_from(value: str | None) -> int:
    """The stored backup_keep as a count of backups; the default when unset or not a
    positive whole number."""
    try:
        keep = int(value) if value is not None else DEFAULT_BACKUP_KEEP
    except (ValueError, TypeError):
        return DEFAULT_BACKUP_KEEP
    return keep if keep >= 1 else DEFAULT_BACKUP_KEEP


def stored_backup_keep(engine: Engine) -> int:
    """backup_keep from the database's app_settings; the default when unset or unreadable
    (an old schema may have no app_settings yet)."""
    try:
        with engine.connect() as conn:
            value = conn.execute(text("SELECT value FROM app_settings WHERE key = :key"),
                                 {"key": BACKUP_KEEP_SETTING}).scalar()
    except (OperationalError, ProgrammingError):
        return DEFAULT_BACKUP_KEEP
    return backup_keep_from(value)


def _upgrade_backups(path: Path) -> list[Path]:
    """The finished pre-upgrade backups of ``path``, oldest first (by their timestamp,
    whatever revision they were made from)."""
    found = [p for p in path.parent.glob(f"{path.stem}{UPGRADE_BACKUP_MARK}*{path.suffix}")
             if BACKUP_PART_SUFFIX not in p.name]
    return sorted(found, key=lambda p: (p.name[: len(p.name) - len(path.suffix)].rsplit(".", 1)[-1], p.name))


def _backup_sqlite_file(path: Path, revision: str, keep: int = DEFAULT_BACKUP_KEEP) -> Path:
    """A copy of the file as it is now, under its final name only once it is complete and
    proven whole (integrity_check, the same schema version); then only the newest ``keep``
    pre-upgrade backups stay. A copy that cannot be made or proven stops the upgrade."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}{UPGRADE_BACKUP_MARK}{revision}.{stamp}{path.suffix}")
    partial = backup.with_name(backup.name + BACKUP_PART_SUFFIX)
    try:
        # A copy cut off by a kill stays under its temporary name, and is cleared here next time.
        for stale in path.parent.glob(f"{path.stem}{UPGRADE_BACKUP_MARK}*{path.suffix}{BACKUP_PART_SUFFIX}*"):
            stale.unlink(missing_ok=True)
        private_file(partial)  # a copy of personal data: the user's eyes only, like the database
        # The SQLite backup API copies a consistent snapshot even with a WAL file beside it;
        # the copy of an encrypted file is encrypted with the same passphrase.
        source = cipher.connect_file(path)
        try:
            target = cipher.connect_copy_target(path, partial)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")  # stands alone, no WAL beside it
            finally:
                target.close()
        finally:
            source.close()
        _prove_copy(path, partial, revision)
        os.replace(partial, backup)
    except (OSError, *cipher.database_errors()) as error:
        _discard(partial)
        raise DatabaseOpenError.coded("database_backup_failed", path=str(path), backup=str(backup),
                                      detail=str(error)) from error
    except BaseException:
        _discard(partial)
        raise
    for old in _upgrade_backups(path)[:-keep]:
        try:
            old.unlink()
        except OSError:
            pass  # an old copy that cannot go away costs space, never the upgrade
    return backup


def _prove_copy(source: Path, copy: Path, revision: str) -> None:
    import sqlite3

    # Keyed like its source: the copy of an encrypted database is encrypted too.
    connection = cipher.connect_file(copy, cipher.passphrase_for(source), read_only=True)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    if problems != ["ok"]:
        raise sqlite3.DatabaseError("the copy is damaged: " + "; ".join(problems))
    if stamped != (revision,):
        raise sqlite3.DatabaseError(f"the copy has schema version {stamped}, not {revision}")


def _discard(partial: Path) -> None:
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass  # a folder we cannot write to holds no partial copy either


def _check_foreign_keys(connection) -> None:
    """Refuse (and so roll back) an upgrade that left a row pointing at nothing; the
    schema engine runs migrations with SQLite's own checks switched off."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, _rowid, parent, _key = broken[0]
        raise DatabaseOpenError.coded("database_foreign_keys_broken", count=len(broken), table=table, parent=parent)


def upgrade_to_head(engine: Engine, url: str) -> UpgradeResult:
    """Apply pending migrations; back up a SQLite file first when it holds data."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return UpgradeResult(revision, revision, None)
    tables = set(inspect(engine).get_table_names())
    if revision is None and tables - {"alembic_version"}:
        raise DatabaseOpenError.coded("database_not_ours")
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise DatabaseOpenError.coded("database_newer", revision=revision)
    backup = None
    path = sqlite_path(url)
    if revision is not None and path is not None and path.exists():
        backup = _backup_sqlite_file(path, revision, stored_backup_keep(engine))
    from alembic import command

    # A file gets an engine of its own whose transactions cover DDL: a kill mid-way
    # then leaves the schema as it was. Server databases have transactional DDL already.
    schema_engine = create_schema_engine(url) if path is not None else engine
    try:
        with schema_engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            if path is not None:
                _check_foreign_keys(connection)
    finally:
        if schema_engine is not engine:
            schema_engine.dispose()
    return UpgradeResult(revision, SCHEMA_HEAD, backup)


def check_passphrase(url: str) -> None:
    """Refuse an encrypted file that cannot be opened: no sqlcipher3, no passphrase, or a
    wrong one. A plain file or a server passes untouched."""
    path = sqlite_path(url)
    if path is None or not cipher.is_encrypted(path):
        return
    shown = describe_url(url)
    if not cipher.sqlcipher_available():
        raise DatabaseOpenError.coded("database_encryption_unavailable", path=shown, command=cipher.INSTALL_HINT)
    passphrase = cipher.passphrase_for(path)
    if passphrase is None:
        raise DatabaseOpenError.coded("database_passphrase_needed", path=shown)
    if not cipher.opens_with(path, passphrase):
        raise DatabaseOpenError.coded("database_passphrase_wrong", path=shown)


def connect(url: str) -> Engine:
    """An engine for the URL, or a DatabaseOpenError that says what is wrong with it."""
    check_passphrase(url)
    try:
        return create_db_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise DatabaseOpenError.coded("database_address_invalid", path=url, detail=str(error)) from error
    except OSError as error:
        raise DatabaseOpenError.coded("database_folder_failed", detail=str(error)) from error


def open_database(url: str) -> tuple[Database, UpgradeResult]:
    """Connect, upgrade the schema if needed, and return the open database."""
    engine = connect(url)
    try:
        result = upgrade_to_head(engine, url)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        reason = getattr(error, "orig", error)
        raise DatabaseOpenError.coded("database_unopenable", path=describe_url(url), detail=str(reason)) from error
    return Database(url, engine), result
