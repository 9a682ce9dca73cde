"""`main.py encryption on|off|change`, and --passphrase-file / APPRAISAL_DB_PASSPHRASE for
every command on an encrypted database."""
from __future__ import annotations

import json
import sqlite3

import pytest

from tests.encryption_support import require_sqlcipher  # noqa: E402

require_sqlcipher()

from db import cipher  # noqa: E402
from reviewer.access.actor import LOCAL_OWNER, bind  # noqa: E402
from reviewer.access.profiles import add_profile  # noqa: E402
from reviewer.cli import runner  # noqa: E402
from reviewer.cli.encryption import NEW_PASSPHRASE_ENV_VAR  # noqa: E402

PASSPHRASE, NEW_PASSPHRASE = "cli passphrase 18", "another cli passphrase"


@pytest.fixture(autouse=True)
def no_remembered_passphrases(monkeypatch):
    monkeypatch.delenv(cipher.PASSPHRASE_ENV_VAR, raising=False)
    monkeypatch.delenv(NEW_PASSPHRASE_ENV_VAR, raising=False)
    monkeypatch.setattr(cipher, "_passphrases", {})


@pytest.fixture
def db_path(demo_database):
    path = demo_database.url.split(":///", 1)[1]
    demo_database.dispose()
    return path


@pytest.fixture
def passphrase_file(tmp_path):
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _error(capsys) -> str:
    return capsys.readouterr().err


def test_encryption_on_then_commands_need_the_passphrase(db_path, passphrase_file, capsys):
    assert runner.run(["encryption", "on", "--db", db_path, "--new-passphrase-file", str(passphrase_file),
                       "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and result["encrypted"] and result["kept_aside"]
    assert cipher.is_encrypted(db_path)
    cipher._passphrases.clear()  # a new command run

    assert runner.run(["db", "info", "--db", db_path]) == 1
    error = _error(capsys)
    assert "is encrypted" in error and "--passphrase-file" in error
    assert runner.run(["db", "info", "--db", db_path, "--passphrase-file", str(passphrase_file)]) == 0
    assert "Schema version" in capsys.readouterr().out


def test_a_wrong_passphrase_is_a_message_and_exit_1(db_path, passphrase_file, tmp_path, capsys, monkeypatch):
    assert runner.run(["encryption", "on", "--db", db_path, "--new-passphrase-file", str(passphrase_file)]) == 0
    capsys.readouterr()
    cipher._passphrases.clear()
    monkeypatch.setenv(cipher.PASSPHRASE_ENV_VAR, "not the passphrase")
    assert runner.run(["db", "info", "--db", db_path, "--json"]) == 1
    captured = capsys.readouterr()
    assert "The passphrase does not open the database" in captured.err and "Traceback" not in captured.err
    assert json.loads(captured.out)["code"] == "database_passphrase_wrong"


def test_change_and_off(db_path, passphrase_file, capsys, monkeypatch):
    assert runner.run(["encryption", "on", "--db", db_path, "--new-passphrase-file", str(passphrase_file)]) == 0
    cipher._passphrases.clear()
    monkeypatch.setenv(cipher.PASSPHRASE_ENV_VAR, PASSPHRASE)
    monkeypatch.setenv(NEW_PASSPHRASE_ENV_VAR, NEW_PASSPHRASE)
    assert runner.run(["encryption", "change", "--db", db_path]) == 0
    assert "Changed the passphrase" in capsys.readouterr().out
    cipher._passphrases.clear()
    monkeypatch.setenv(cipher.PASSPHRASE_ENV_VAR, NEW_PASSPHRASE)
    assert runner.run(["encryption", "off", "--db", db_path]) == 0
    assert "Removed the encryption" in capsys.readouterr().out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] > 200


def test_refusals(db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert runner.run(["encryption", "on", "--db", db_path]) == 1
    assert "No new passphrase was given" in _error(capsys)
    assert runner.run(["encryption", "off", "--db", db_path]) == 1
    assert "is not encrypted" in _error(capsys)
    short = tmp_path / "short.txt"
    short.write_text("short", encoding="utf-8")
    assert runner.run(["encryption", "on", "--db", db_path, "--new-passphrase-file", str(short)]) == 1
    assert "give at least 8" in _error(capsys)
    assert runner.run(["db", "info", "--db", db_path, "--passphrase-file", str(tmp_path / "missing.txt")]) == 1
    assert "Cannot read the passphrase file" in _error(capsys)
    assert not cipher.is_encrypted(db_path)


def test_only_hr_encrypts_where_profiles_exist(db_path, passphrase_file, capsys, monkeypatch):
    from db.location import resolve_database_url
    from db.migrate import open_database

    database, _ = open_database(resolve_database_url(db_path))
    with database.session() as session:
        bind(session, LOCAL_OWNER)
        add_profile(session, "hr", "hr_admin", "hr password for cipher")
        add_profile(session, "reader", "auditor", "reader password for cipher")
        session.commit()
    database.dispose()
    monkeypatch.setenv("APPRAISAL_PASSWORD", "reader password for cipher")
    assert runner.run(["encryption", "on", "--db", db_path, "--user", "reader",
                       "--new-passphrase-file", str(passphrase_file)]) == 1
    error = capsys.readouterr().err
    assert "password is wrong" not in error and "Traceback" not in error
    assert not cipher.is_encrypted(db_path)
    monkeypatch.setenv("APPRAISAL_PASSWORD", "hr password for cipher")
    assert runner.run(["encryption", "on", "--db", db_path, "--user", "hr",
                       "--new-passphrase-file", str(passphrase_file)]) == 0
    assert cipher.is_encrypted(db_path)


def test_backup_and_restore_of_an_encrypted_database(db_path, passphrase_file, tmp_path, capsys):
    assert runner.run(["encryption", "on", "--db", db_path, "--new-passphrase-file", str(passphrase_file)]) == 0
    cipher._passphrases.clear()
    out = tmp_path / "copy.sqlite3"
    common = ["--db", db_path, "--passphrase-file", str(passphrase_file)]
    assert runner.run(["backup", "--out", str(out), *common]) == 0
    assert cipher.is_encrypted(out)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(out).execute("SELECT count(*) FROM employees").fetchone()
    cipher._passphrases.clear()
    assert runner.run(["restore", str(out), *common]) == 0
    assert "Restored" in capsys.readouterr().out
    assert cipher.is_encrypted(db_path)


@pytest.mark.postgres
def test_on_a_server_encryption_is_the_servers(database_url, capsys):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    assert runner.run(["encryption", "on", "--db", database_url]) == 1
    error = capsys.readouterr().err
    assert "PostgreSQL server" in error and "Traceback" not in error
