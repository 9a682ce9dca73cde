"""Encrypting the SQLite database with SQLCipher (reviewer.database.encryption), opening
it with its passphrase, and backups of it that stay encrypted."""
from __future__ import annotations

import sqlite3

import pytest

from tests.encryption_support import require_sqlcipher  # noqa: E402

require_sqlcipher()

from db import cipher  # noqa: E402
from db.location import resolve_database_url  # noqa: E402
from db.migrate import DatabaseOpenError, open_database  # noqa: E402
from reviewer.database import backup as backups  # noqa: E402
from reviewer.database import encryption  # noqa: E402
from reviewer.database.info import database_info  # noqa: E402
from reviewer.errors import ValidationError  # noqa: E402
from reviewer.people.departments import create_department  # noqa: E402
from reviewer.people.directory import list_people  # noqa: E402
from reviewer.workstation import Workstation  # noqa: E402

PASSPHRASE = "correct horse battery 18"


@pytest.fixture(autouse=True)
def no_remembered_passphrases(monkeypatch):
    monkeypatch.delenv(cipher.PASSPHRASE_ENV_VAR, raising=False)
    monkeypatch.setattr(cipher, "_passphrases", {})


@pytest.fixture
def demo_file(demo_database):
    path = backups.database_file(demo_database.url)
    demo_database.dispose()
    return path


def _chinese_name(path) -> str:
    with sqlite3.connect(path) as conn:
        names = [name for (name,) in conn.execute("SELECT name FROM employees")]
    return next(name for name in names if any("\u4e00" <= c <= "\u9fff" for c in name))


def _encrypted_copy(demo_file) -> str:
    encryption.encrypt_database(demo_file, PASSPHRASE)
    cipher.forget_passphrase(demo_file)  # as a new program would find it
    return resolve_database_url(str(demo_file))


def test_an_encrypted_file_holds_no_plaintext_names_and_keeps_the_plain_one_aside(demo_file):
    name = _chinese_name(demo_file)
    assert name.encode("utf-8") in demo_file.read_bytes()
    result = encryption.encrypt_database(demo_file, PASSPHRASE)
    data = demo_file.read_bytes()
    assert name.encode("utf-8") not in data and b"employees" not in data
    assert not data.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(demo_file).execute("SELECT count(*) FROM employees").fetchone()
    assert result.encrypted and result.kept_aside.exists() and _chinese_name(result.kept_aside) == name
    assert not list(demo_file.parent.glob("*.part"))


def test_the_right_passphrase_opens_it_and_the_services_work(demo_file):
    name = _chinese_name(demo_file)
    url = _encrypted_copy(demo_file)
    cipher.remember_passphrase(demo_file, PASSPHRASE)
    database, _ = open_database(url)
    try:
        workstation = Workstation(database)
        assert name in {row.name for row in workstation.call(list_people)}
        department_id = workstation.call(create_department, "Encrypted Research", None)
        assert department_id and workstation.call(database_info).counts["employees"] > 200
        with database.engine.connect() as conn:  # the engine's pragmas still apply
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    finally:
        database.dispose()
    assert name.encode("utf-8") not in demo_file.read_bytes()


def test_a_passphrase_from_the_environment_opens_it(demo_file, monkeypatch):
    url = _encrypted_copy(demo_file)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV_VAR, PASSPHRASE)
    database, _ = open_database(url)
    database.dispose()


def test_a_wrong_or_missing_passphrase_is_told_not_thrown(demo_file):
    url = _encrypted_copy(demo_file)
    with pytest.raises(DatabaseOpenError) as missing:
        open_database(url)
    assert missing.value.code == "database_passphrase_needed"
    cipher.remember_passphrase(demo_file, "not the passphrase")
    with pytest.raises(DatabaseOpenError) as wrong:
        open_database(url)
    assert wrong.value.code == "database_passphrase_wrong"
    assert "passphrase does not open the database" in str(wrong.value) and str(demo_file) in str(wrong.value)
    with pytest.raises(ValidationError) as refused:
        encryption.unlock(url, "still not it")
    assert refused.value.code == "database_passphrase_wrong"


def test_without_sqlcipher_an_encrypted_file_says_what_to_install(demo_file, monkeypatch):
    url = _encrypted_copy(demo_file)
    monkeypatch.setattr(cipher, "sqlcipher_available", lambda: False)
    with pytest.raises(DatabaseOpenError) as error:
        open_database(url)
    assert error.value.code == "database_encryption_unavailable" and "sqlcipher3-wheels" in str(error.value)
    with pytest.raises(ValidationError) as refused:
        encryption.encrypt_database(demo_file, PASSPHRASE)
    assert refused.value.code == "encryption_unavailable"


def test_decrypting_writes_it_back_plain(demo_file):
    name = _chinese_name(demo_file)
    _encrypted_copy(demo_file)
    with pytest.raises(ValidationError) as wrong:
        encryption.decrypt_database(demo_file, "wrong passphrase")
    assert wrong.value.code == "database_passphrase_wrong"
    result = encryption.decrypt_database(demo_file, PASSPHRASE)
    assert not result.encrypted and cipher.is_encrypted(result.kept_aside)
    assert _chinese_name(demo_file) == name
    with sqlite3.connect(demo_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_changing_the_passphrase(demo_file):
    url = _encrypted_copy(demo_file)
    encryption.change_passphrase(demo_file, PASSPHRASE, "a brand new passphrase")
    assert not cipher.opens_with(demo_file, PASSPHRASE)
    cipher.forget_passphrase(demo_file)
    cipher.remember_passphrase(demo_file, "a brand new passphrase")
    database, _ = open_database(url)
    database.dispose()


def test_refusals_name_what_is_wrong(demo_file):
    with pytest.raises(ValidationError) as short:
        encryption.encrypt_database(demo_file, "short")
    assert short.value.code == "encryption_passphrase_short"
    with pytest.raises(ValidationError) as differ:
        encryption.check_new_passphrase(PASSPHRASE, PASSPHRASE + "!")
    assert differ.value.code == "encryption_passphrases_differ"
    with pytest.raises(ValidationError) as plain:
        encryption.change_passphrase(demo_file, PASSPHRASE, "another passphrase")
    assert plain.value.code == "encryption_already_off"
    _encrypted_copy(demo_file)
    with pytest.raises(ValidationError) as again:
        encryption.encrypt_database(demo_file, PASSPHRASE)
    assert again.value.code == "encryption_already_on"


def test_a_passphrase_with_quotes_works(demo_file):
    quoted = "it's a \"quoted\" pass'phrase"
    url = resolve_database_url(str(demo_file))
    encryption.encrypt_database(demo_file, quoted)
    database, _ = open_database(url)
    database.dispose()


def test_the_open_workstation_is_encrypted_and_goes_on_working(demo_database):
    workstation = Workstation(demo_database)
    path = backups.database_file(demo_database.url)
    result = workstation.call(list_people)
    encryption.encrypt_workstation(workstation, PASSPHRASE)
    assert cipher.is_encrypted(path)
    assert len(workstation.call(list_people)) == len(result)  # the engine was opened again with the key
    encryption.change_workstation_passphrase(workstation, PASSPHRASE, "second passphrase")
    assert len(workstation.call(list_people)) == len(result)
    encryption.decrypt_workstation(workstation, "second passphrase")
    assert not cipher.is_encrypted(path) and len(workstation.call(list_people)) == len(result)


def test_a_backup_of_an_encrypted_database_stays_encrypted_and_restores(demo_file, tmp_path):
    name = _chinese_name(demo_file)
    url = _encrypted_copy(demo_file)
    cipher.remember_passphrase(demo_file, PASSPHRASE)
    made = backups.back_up(url, out=tmp_path / "copy.sqlite3")
    assert cipher.is_encrypted(made.path) and name.encode("utf-8") not in made.path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made.path).execute("SELECT count(*) FROM employees").fetchone()
    assert cipher.opens_with(made.path, PASSPHRASE)
    # The database changes, then the backup is put back with the same passphrase.
    database, _ = open_database(url)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE employees SET name = 'Gone'")
    database.dispose()
    restored = backups.restore(url, made.path)
    assert restored.kept_aside is not None and cipher.is_encrypted(demo_file)
    database, _ = open_database(url)
    try:
        assert name in {row.name for row in Workstation(database).call(list_people)}
    finally:
        database.dispose()


def test_a_backup_that_the_passphrase_does_not_open_is_refused(demo_file, tmp_path):
    url = _encrypted_copy(demo_file)
    cipher.remember_passphrase(demo_file, PASSPHRASE)
    made = backups.back_up(url, out=tmp_path / "copy.sqlite3")
    cipher.remember_passphrase(demo_file, "another passphrase")
    with pytest.raises(ValidationError) as refused:
        backups.check_backup(made.path, passphrase=backups.passphrase_of(url))
    assert refused.value.code == "backup_passphrase_wrong"


def test_a_plain_backup_restored_over_the_encrypted_database_opens_in_the_same_window(demo_database, tmp_path):
    workstation = Workstation(demo_database)
    plain = backups.back_up(demo_database.url, out=tmp_path / "plain.sqlite3").path
    people = len(workstation.call(list_people))
    encryption.encrypt_workstation(workstation, PASSPHRASE)
    backups.restore_into(workstation, plain)
    assert not cipher.is_encrypted(backups.database_file(demo_database.url))
    assert len(workstation.call(list_people)) == people


def test_a_write_lock_held_on_an_encrypted_file_is_told_as_busy(demo_file, monkeypatch):
    from reviewer.errors import DatabaseBusy

    url = _encrypted_copy(demo_file)
    cipher.remember_passphrase(demo_file, PASSPHRASE)
    monkeypatch.setenv("APPRAISAL_BUSY_TIMEOUT", "0")
    database, _ = open_database(url)
    holder = cipher.connect_encrypted(demo_file, PASSPHRASE, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy) as busy:
            Workstation(database).call(create_department, "Waits its turn", None)
        assert busy.value.code == "database_busy" and busy.value.params["path"] == str(demo_file)
    finally:
        holder.close()
        database.dispose()


def test_the_copy_made_before_a_schema_upgrade_is_encrypted_and_proven_with_the_same_passphrase(
        demo_file, monkeypatch):
    from tests.db.test_migrate import pretend_upgrades

    name = _chinese_name(demo_file)
    url = _encrypted_copy(demo_file)
    cipher.remember_passphrase(demo_file, PASSPHRASE)
    connection = cipher.connect_file(demo_file)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")  # an older program's file
    connection.close()
    upgrades = pretend_upgrades(monkeypatch)
    database, result = open_database(url)
    database.dispose()
    assert upgrades == ["head"] and result.backup is not None and result.backup.exists()
    assert not result.backup.read_bytes().startswith(b"SQLite format 3") and name.encode() not in result.backup.read_bytes()
    copy = cipher.connect_file(result.backup, PASSPHRASE, read_only=True)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
    finally:
        copy.close()


def test_a_backup_made_before_a_passphrase_change_restores_with_its_passphrase_as_the_refusal_says(
        demo_file, tmp_path, monkeypatch, capsys):
    """The refusal of such a backup says to give its passphrase in APPRAISAL_DB_PASSPHRASE; the
    database's own passphrase then comes from --passphrase-file."""
    from reviewer.cli.runner import run

    url = _encrypted_copy(demo_file)
    cipher.remember_passphrase(demo_file, PASSPHRASE)
    made = backups.back_up(url, out=tmp_path / "before-change.sqlite3").path
    encryption.change_passphrase(demo_file, PASSPHRASE, "the new passphrase 19")
    monkeypatch.setattr(cipher, "_passphrases", {})
    new_file = tmp_path / "new-passphrase.txt"
    new_file.write_text("the new passphrase 19\n", encoding="utf-8")
    command = ["restore", str(made), "--db", str(demo_file), "--passphrase-file", str(new_file)]
    assert run(command) == 1
    assert "APPRAISAL_DB_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv(cipher.PASSPHRASE_ENV_VAR, PASSPHRASE)  # the backup's, as the message says
    monkeypatch.setattr(cipher, "_passphrases", {})
    assert run(command) == 0
    assert "APPRAISAL_DB_PASSPHRASE" in capsys.readouterr().out  # from now on it opens with that one
    assert cipher.opens_with(demo_file, PASSPHRASE) and not cipher.opens_with(demo_file, "the new passphrase 19")
    assert list(tmp_path.glob("demo.before-restore-*"))
