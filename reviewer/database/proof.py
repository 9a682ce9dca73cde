"""Proving a file is a sound database of this program before it is taken as a backup or
restored over the database: a SQLite file (or one SQLCipher opens with the passphrase),
whole (integrity_check, or quick_check when asked), of a schema version this program
knows, with every table and column that version has and no trigger or view it does not
make. Refused with a message naming the file otherwise."""
from __future__ import annotations

from contextlib import closing
from pathlib import Path

from db.cipher import connect_file, database_errors, is_encrypted, operational_errors, opens_with, passphrase_for, \
    sqlcipher_available
from db.migrate import SCHEMA_HEAD

from ..errors import NotFound, ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_backup(path: Path, shown_as: Path | None = None, quick: bool = False,
                 passphrase: str | None = None) -> str:
    """The schema version of the backup at ``path``, once it is proven a sound database of
    this program that this program can open (an encrypted one with ``passphrase``, else the
    passphrase given for it); refused with a message naming the file otherwise.
    ``quick`` checks pages and records but not that every index matches its table."""
    name = str(shown_as or path)
    if not path.is_file():
        raise NotFound.coded("backup_missing", path=name)
    try:
        with open(path, "rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ValidationError.coded("backup_unreadable", path=name, detail=str(error)) from error
    passphrase = passphrase if passphrase is not None else passphrase_for(path)
    if header != SQLITE_HEADER:
        if not (is_encrypted(path) and passphrase is not None and sqlcipher_available()):
            raise ValidationError.coded("backup_not_sqlite", path=name)
        if not opens_with(path, passphrase):
            raise ValidationError.coded("backup_passphrase_wrong", path=name)
    try:
        connection = connect_file(path, passphrase=passphrase, read_only=True)
        try:
            check = "quick_check" if quick else "integrity_check"
            problems = [row[0] for row in connection.execute(f"PRAGMA {check}(5)")]
            if problems != ["ok"]:
                raise ValidationError.coded("backup_damaged", path=name, detail="; ".join(problems))
            try:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except operational_errors():
                revision = None
            if revision is not None and revision[0]:
                foreign = _foreign_objects(connection, revision[0])
                if foreign:
                    raise ValidationError.coded("backup_foreign_objects", path=name, objects=", ".join(foreign))
                missing = _missing_parts(connection, revision[0]) if revision[0] in _known_revisions() else []
                if missing:
                    raise ValidationError.coded("backup_incomplete", path=name, missing=", ".join(
                        missing[:5] + (["…"] if len(missing) > 5 else [])))
        finally:
            connection.close()
    except database_errors() as error:
        raise ValidationError.coded("backup_damaged", path=name, detail=str(error)) from error
    if revision is None or not revision[0]:
        raise ValidationError.coded("backup_not_ours", path=name)
    revision = revision[0]
    if revision not in _known_revisions():
        raise ValidationError.coded("backup_newer", path=name, revision=revision, head=SCHEMA_HEAD)
    return revision


# The revision from which the loop guards read as db/tree_guards.py writes them now
# (its migration drops and recreates them, so an older file's guards are replaced anyway).
_GUARDS_AS_NOW_FROM = "0003"


def _foreign_objects(connection, revision: str) -> list[str]:
    """The triggers and views in the file that this program does not make. A trigger runs
    inside the program's own writes from the moment the file is in place (it could wipe the
    audit trail or copy what is typed), so one that is not ours, or ours with another body,
    makes the file no backup of this program."""
    from db.tree_guards import create_statements

    ours = {_statement_name(sql): " ".join(sql.split()) for sql in create_statements("sqlite")}
    foreign = []
    for kind, object_name, sql in connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"):
        expected = ours.get(object_name) if kind == "trigger" else None
        if expected is None or (revision >= _GUARDS_AS_NOW_FROM and " ".join((sql or "").split()) != expected):
            foreign.append(f"{kind} {object_name}")
    return foreign


def _missing_parts(connection, revision: str) -> list[str]:
    """The tables and columns every database of this schema version has that the file lacks:
    taken in, it would fail at the program's first use of them."""
    present: dict[str, set[str]] = {}
    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        present[table] = {row[0] for row in connection.execute(
            "SELECT name FROM pragma_table_info(?)", (table,))}
    missing = []
    for table, columns in sorted(_schema_of(revision).items()):
        if table not in present:
            missing.append(table)
        else:
            missing += [f"{table}.{column}" for column in sorted(columns - present[table])]
    return missing


_OLDER_SCHEMAS: dict[str, dict[str, set[str]]] = {}


def _schema_of(revision: str) -> dict[str, set[str]]:
    """Tables and their columns at ``revision``: the models' at the newest, else those of an
    empty database migrated to it (once per process; older backups are rare)."""
    if revision == SCHEMA_HEAD:
        from db.models import Base

        return {name: set(table.columns.keys()) for name, table in Base.metadata.tables.items()}
    if revision not in _OLDER_SCHEMAS:
        import sqlite3
        import tempfile

        from alembic import command

        from db.migrate import alembic_config, connect

        with tempfile.TemporaryDirectory() as folder:
            reference = Path(folder) / "reference.sqlite3"
            engine = connect(f"sqlite:///{reference}")
            try:
                with engine.begin() as connection:
                    command.upgrade(alembic_config(connection), revision)
            finally:
                engine.dispose()
            with closing(sqlite3.connect(reference)) as connection:
                tables = [name for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
                    " AND name != 'alembic_version'")]
                _OLDER_SCHEMAS[revision] = {table: {row[0] for row in connection.execute(
                    "SELECT name FROM pragma_table_info(?)", (table,))} for table in tables}
    return _OLDER_SCHEMAS[revision]


def _statement_name(sql: str) -> str:
    return sql.split()[2]  # CREATE TRIGGER <name> ...


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
