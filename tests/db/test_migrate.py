"""Opening a database brings its schema up to date, safely."""
from __future__ import annotations

import sqlite3

import pytest

from db import migrate
from db.location import resolve_database_url
from db.migrate import DatabaseOpenError, current_revision, open_database


def test_a_new_file_is_created_at_the_newest_schema(tmp_path):
    database, outcome = open_database(resolve_database_url(str(tmp_path / "new" / "a.sqlite3")))
    assert current_revision(database.engine) == migrate.SCHEMA_HEAD
    assert outcome.from_revision is None and outcome.backup is None
    database.dispose()


def test_an_up_to_date_file_is_opened_without_a_backup(tmp_path, sqlite_template):
    path = tmp_path / "a.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    database, outcome = open_database(resolve_database_url(str(path)))
    database.dispose()
    assert not outcome.changed and outcome.backup is None
    assert not [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]


def test_an_older_schema_is_backed_up_before_upgrading(tmp_path, sqlite_template, monkeypatch):
    path = tmp_path / "people.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO departments (name) VALUES ('销售部')")
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    # Pretend the stamped revision is a known older one, as after a program update.
    from alembic.script import ScriptDirectory

    monkeypatch.setattr(ScriptDirectory, "walk_revisions",
                        lambda self: [type("R", (), {"revision": r}) for r in ("0000", migrate.SCHEMA_HEAD)])
    monkeypatch.setattr("alembic.command.upgrade", lambda config, target: config.attributes["connection"].exec_driver_sql(
        f"UPDATE alembic_version SET version_num = '{migrate.SCHEMA_HEAD}'"))
    database, outcome = open_database(resolve_database_url(str(path)))
    database.dispose()
    assert outcome.from_revision == "0000" and outcome.to_revision == migrate.SCHEMA_HEAD
    assert outcome.backup is not None and outcome.backup.exists()
    with sqlite3.connect(outcome.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
        assert conn.execute("SELECT name FROM departments").fetchone() == ("销售部",)


def test_a_database_from_a_newer_program_is_refused(tmp_path, sqlite_template):
    path = tmp_path / "future.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseOpenError, match="newer"):
        open_database(resolve_database_url(str(path)))


def test_a_foreign_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseOpenError, match="not created by this program"):
        open_database(resolve_database_url(str(path)))
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are not the tables you are looking for")
    with pytest.raises(DatabaseOpenError, match="Cannot open the database"):
        open_database(resolve_database_url(str(path)))
