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


def _at_an_older_revision(path, sqlite_template, monkeypatch, keep=None) -> list:
    """``path`` stamped 0000, a revision this program pretends to know, with the upgrade
    itself replaced by a stamp; the returned list records each upgrade that ran."""
    path.write_bytes(sqlite_template.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
        if keep is not None:
            conn.execute("INSERT INTO app_settings (key, value) VALUES ('backup_keep', ?)", (str(keep),))
    return pretend_upgrades(monkeypatch)


def pretend_upgrades(monkeypatch) -> list:
    """Revision 0000 known to this program, its upgrade replaced by a stamp to the head;
    the returned list records each upgrade that ran."""
    from alembic.script import ScriptDirectory

    upgrades = []

    def upgrade(config, target):
        upgrades.append(target)
        config.attributes["connection"].exec_driver_sql(
            f"UPDATE alembic_version SET version_num = '{migrate.SCHEMA_HEAD}'")

    monkeypatch.setattr(ScriptDirectory, "walk_revisions",
                        lambda self: [type("R", (), {"revision": r}) for r in ("0000", migrate.SCHEMA_HEAD)])
    monkeypatch.setattr("alembic.command.upgrade", upgrade)
    return upgrades


def _revision(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_pre_upgrade_backups_keep_the_newest_n_of_the_backup_keep_setting(tmp_path, sqlite_template, monkeypatch):
    path = tmp_path / "people.sqlite3"
    _at_an_older_revision(path, sqlite_template, monkeypatch, keep=2)
    older = [tmp_path / f"people.before-upgrade-from-{rev}.2025010{day}-120000.sqlite3"
             for rev, day in (("0009", 1), ("0002", 2), ("0005", 3))]  # by date, whatever the revision
    for old in older:
        old.write_bytes(sqlite_template.read_bytes())
    unrelated = tmp_path / "other.before-upgrade-from-0001.20250101-120000.sqlite3"
    unrelated.write_bytes(b"")
    database, outcome = open_database(resolve_database_url(str(path)))
    database.dispose()
    left = sorted(p.name for p in tmp_path.glob("people.before-upgrade-from-*"))
    assert left == sorted([older[2].name, outcome.backup.name])
    assert unrelated.exists()
    assert _revision(outcome.backup) == "0000"


def test_an_upgrade_whose_backup_cannot_be_written_does_not_run(tmp_path, sqlite_template, monkeypatch):
    import os
    import subprocess

    folder = tmp_path / "read-only"
    folder.mkdir()
    path = folder / "people.sqlite3"
    upgrades = _at_an_older_revision(path, sqlite_template, monkeypatch)
    holder = sqlite3.connect(path)  # keeps the -wal and -shm files, which SQLite needs, in place
    holder.execute("PRAGMA journal_mode=WAL").fetchone()
    holder.execute("SELECT count(*) FROM alembic_version").fetchone()
    folder.chmod(0o555)
    immutable = False
    try:
        if os.geteuid() == 0:  # root writes into a 0555 folder anyway: make it immutable instead
            immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            if not immutable:
                pytest.skip("running as root without chattr: no folder is read-only")
        with pytest.raises(DatabaseOpenError) as refused:
            open_database(resolve_database_url(str(path)))
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
        holder.close()
    assert refused.value.code == "database_backup_failed"
    assert str(path) in str(refused.value) and "nothing was upgraded" in str(refused.value)
    assert upgrades == [] and _revision(path) == "0000"
    assert not [p for p in folder.iterdir() if "before-upgrade" in p.name]


def test_an_upgrade_whose_backup_is_damaged_does_not_run(tmp_path, sqlite_template, monkeypatch):
    path = tmp_path / "people.sqlite3"
    upgrades = _at_an_older_revision(path, sqlite_template, monkeypatch)
    prove = migrate._prove_copy

    def cut_short_then_prove(source, copy, revision):  # as a disk that filled up under the copy would
        copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
        prove(source, copy, revision)

    monkeypatch.setattr(migrate, "_prove_copy", cut_short_then_prove)
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(resolve_database_url(str(path)))
    assert refused.value.code == "database_backup_failed"
    assert upgrades == [] and _revision(path) == "0000"
    assert not [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]
