"""`main.py backup [--out FILE]` and `main.py restore FILE`: exit codes, messages, --json."""
from __future__ import annotations

import json
import sqlite3

import pytest

from reviewer.access.actor import LOCAL_OWNER, bind
from reviewer.access.profiles import add_profile
from reviewer.cli import runner
from reviewer.database.backup import backups_folder

HR_PASSWORD, READER_PASSWORD = "backup hr password 18", "backup reader password 18"


@pytest.fixture
def db_path(demo_database):
    path = demo_database.url.split(":///", 1)[1]
    demo_database.dispose()
    return path


def _names(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM employees")}


def test_backup_then_restore_with_json(db_path, tmp_path, capsys):
    assert runner.run(["backup", "--db", db_path, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["ok"] and made["schema_version"]
    backup = made["backup"]
    assert backup.startswith(str(backups_folder()))
    names = _names(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE employees SET name = 'Gone'")
    assert runner.run(["restore", backup, "--db", db_path, "--json"]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["ok"] and restored["kept_aside"] and _names(restored["kept_aside"]) == {"Gone"}
    assert _names(db_path) == names


def test_restoring_to_a_file_that_does_not_exist_yet_keeps_nothing_aside(db_path, tmp_path, capsys):
    """Signing in would first create an empty database there, then kept aside as "the previous file"."""
    out = tmp_path / "copy.sqlite3"
    assert runner.run(["backup", "--db", db_path, "--out", str(out)]) == 0
    capsys.readouterr()
    fresh = tmp_path / "elsewhere" / "restored.sqlite3"
    assert runner.run(["restore", str(out), "--db", str(fresh), "--json"]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["kept_aside"] is None and list(fresh.parent.glob("*before-restore*")) == []
    assert _names(fresh) == _names(db_path)


def test_backup_to_a_chosen_file_as_text(db_path, tmp_path, capsys):
    out = tmp_path / "copy.sqlite3"
    assert runner.run(["backup", "--db", db_path, "--out", str(out)]) == 0
    assert f"Backed up to {out}" in capsys.readouterr().out
    assert _names(out) == _names(db_path)


def test_restoring_a_file_that_is_no_backup_is_exit_1_naming_it(db_path, tmp_path, capsys):
    bogus = tmp_path / "people.csv"
    bogus.write_text("name\nAda\n")
    assert runner.run(["restore", str(bogus), "--db", db_path]) == 1
    err = capsys.readouterr().err
    assert "is not a SQLite database" in err and str(bogus) in err and "Traceback" not in err
    assert runner.run(["restore", str(tmp_path / "absent.sqlite3"), "--db", db_path, "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused == {"ok": False, "error": refused["error"], "code": "backup_missing"}


def test_restore_refuses_a_newer_backup_and_upgrades_an_older_one(db_path, tmp_path, capsys):
    from alembic import command

    from db.location import resolve_database_url
    from db.migrate import SCHEMA_HEAD, alembic_config, connect

    def at_revision(path, revision: str) -> None:
        engine = connect(resolve_database_url(str(path)))
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        engine.dispose()

    newer, older = tmp_path / "newer.sqlite3", tmp_path / "older.sqlite3"
    at_revision(newer, "head")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    names = _names(db_path)
    assert runner.run(["restore", str(newer), "--db", db_path]) == 1
    err = capsys.readouterr().err
    assert str(newer) in err and "newer than this program" in err and "Traceback" not in err
    assert _names(db_path) == names
    at_revision(older, "0010")
    assert runner.run(["restore", str(older), "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert f"upgraded from 0010 to {SCHEMA_HEAD}" in out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


def test_only_hr_backs_up_where_profiles_exist(db_path, demo_database, monkeypatch, capsys):
    from db.location import resolve_database_url
    from db.migrate import open_database

    database, _ = open_database(resolve_database_url(db_path))
    with database.session() as session:
        bind(session, LOCAL_OWNER)
        add_profile(session, "hr", "hr_admin", HR_PASSWORD)
        add_profile(session, "reader", "auditor", READER_PASSWORD)
        session.commit()
    database.dispose()
    monkeypatch.setenv("APPRAISAL_PASSWORD", READER_PASSWORD)
    assert runner.run(["backup", "--db", db_path, "--user", "reader"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert not backups_folder().exists() or not list(backups_folder().glob("*.sqlite3"))
    monkeypatch.setenv("APPRAISAL_PASSWORD", HR_PASSWORD)
    assert runner.run(["backup", "--db", db_path, "--user", "hr"]) == 0


@pytest.mark.postgres
def test_on_a_server_both_commands_name_pg_dump(database_url, capsys):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    assert runner.run(["backup", "--db", database_url]) == 1
    assert "pg_dump" in capsys.readouterr().err
    assert runner.run(["restore", "x.sqlite3", "--db", database_url]) == 1
    assert "pg_dump" in capsys.readouterr().err
