"""Backups and restore of a SQLite database (reviewer.database.backup)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from db.location import resolve_database_url
from db.migrate import SCHEMA_HEAD, open_database
from reviewer.database import backup as backups
from reviewer.errors import DatabaseBusy, NotFound, ValidationError


def _url(path) -> str:
    return resolve_database_url(str(path))


def _people(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, name FROM employees ORDER BY id").fetchall()


@pytest.fixture
def demo_file(demo_database):
    path = backups.database_file(demo_database.url)
    demo_database.dispose()
    return path


def test_backup_is_verified_named_with_a_timestamp_and_in_the_data_folder(demo_file):
    result = backups.back_up(_url(demo_file))
    assert result.path.parent == backups.backups_folder()
    assert result.path.name.startswith("demo.backup-") and result.path.suffix == ".sqlite3"
    assert result.schema_version == SCHEMA_HEAD
    assert _people(result.path) == _people(demo_file)
    assert not list(result.path.parent.glob("*.part"))
    if os.name == "posix":
        assert result.path.stat().st_mode & 0o077 == 0


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(demo_file):
    """A writer commits pairs of rows (a transfer between two accounts) all through the
    backup; every backup sees whole transactions only: the sum never changes."""
    with sqlite3.connect(demo_file) as conn:
        conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)")
        conn.execute("CREATE TABLE padding (blob BLOB)")
        conn.executemany("INSERT INTO padding VALUES (randomblob(4000))", [()] * 3000)  # many backup steps
    stop = threading.Event()

    def write() -> None:
        conn = sqlite3.connect(demo_file, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        while not stop.is_set():
            with conn:
                conn.execute("INSERT INTO ledger (amount) VALUES (100)")
                conn.execute("INSERT INTO ledger (amount) VALUES (-100)")
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        results = [backups.back_up(_url(demo_file), keep=50) for _ in range(3)]
    finally:
        stop.set()
        writer.join()
    for result in results:
        with sqlite3.connect(result.path) as conn:
            count, total = conn.execute("SELECT count(*), coalesce(sum(amount), 0) FROM ledger").fetchone()
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert count % 2 == 0 and total == 0


def test_rotation_keeps_the_newest_n(demo_file):
    made = [backups.back_up(_url(demo_file), keep=3).path for _ in range(5)]
    left = sorted(backups.backups_folder().glob("demo.backup-*.sqlite3"))
    assert left == made[-3:]


def test_rotation_count_is_a_setting(demo_database):
    from reviewer.workstation import identify

    workstation = identify(demo_database)
    with workstation.unit() as session:
        assert backups.stored_keep(session) == backups.DEFAULT_KEEP
        backups.set_keep(session, 4)
    with workstation.unit() as session:
        assert backups.stored_keep(session) == 4
        backups.set_keep(session, 365)
        for wrong in (0, -1, 366, 2.5, True):
            with pytest.raises(ValidationError) as refused:
                backups.set_keep(session, wrong)
            assert refused.value.code == "backup_keep_invalid" and "from 1 to 365" in str(refused.value)
    with workstation.unit() as session:
        assert backups.backup_settings(session) == backups.BackupSettings(365, backups.backups_folder())


def test_only_hr_sets_how_many_backups_are_kept(demo_database):
    from sqlalchemy import select

    from db.models import AppUser
    from reviewer.access import Actor
    from reviewer.errors import PermissionDenied
    from reviewer.workstation import Workstation

    with demo_database.session() as session:
        user = session.scalar(select(AppUser).where(AppUser.username == "manager1"))
        manager = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
    workstation = Workstation(demo_database, manager)
    assert workstation.call(backups.backup_settings).keep == backups.DEFAULT_KEEP  # anyone reads it
    with pytest.raises(PermissionDenied):
        workstation.call(backups.set_keep, 3)
    assert workstation.call(backups.stored_keep) == backups.DEFAULT_KEEP


def test_backup_to_a_chosen_file_and_never_onto_itself(demo_file, tmp_path):
    out = tmp_path / "copies" / "mine.sqlite3"
    assert backups.back_up(_url(demo_file), out=out).path == out
    assert _people(out) == _people(demo_file)
    with pytest.raises(ValidationError) as refused:
        backups.back_up(_url(demo_file), out=demo_file)
    assert refused.value.code == "backup_onto_itself"


def test_restore_round_trip_keeps_the_current_file_aside(demo_file):
    saved = backups.back_up(_url(demo_file)).path
    before = _people(demo_file)
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE employees SET name = 'Changed after the backup'")
    result = backups.restore(_url(demo_file), saved)
    assert _people(demo_file) == before
    assert result.kept_aside is not None and result.kept_aside.name.startswith("demo.before-restore-")
    assert {name for _id, name in _people(result.kept_aside)} == {"Changed after the backup"}
    database, outcome = open_database(_url(demo_file))  # the program opens it as usual
    database.dispose()
    assert not outcome.changed


@pytest.mark.parametrize("case", ["not_sqlite", "truncated", "newer", "not_ours", "missing"])
def test_restore_refuses_what_is_no_sound_backup_of_this_program(demo_file, tmp_path, case):
    candidate = tmp_path / f"{case}.sqlite3"
    if case == "not_sqlite":
        candidate.write_text("name,department\nAda,R&D\n")
    elif case == "truncated":
        good = backups.back_up(_url(demo_file)).path
        candidate.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    elif case == "newer":
        shutil.copy(backups.back_up(_url(demo_file)).path, candidate)
        with sqlite3.connect(candidate) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    elif case == "not_ours":
        with sqlite3.connect(candidate) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
    before = demo_file.read_bytes()
    with pytest.raises((ValidationError, NotFound)) as refused:
        backups.restore(_url(demo_file), candidate)
    expected = {"not_sqlite": "backup_not_sqlite", "truncated": "backup_damaged", "newer": "backup_newer",
                "not_ours": "backup_not_ours", "missing": "backup_missing"}[case]
    assert refused.value.code == expected
    assert str(candidate) in str(refused.value)
    assert demo_file.read_bytes() == before
    assert not list(demo_file.parent.glob("demo.before-restore-*"))


@pytest.mark.parametrize("planted", [
    "CREATE TRIGGER wipe_audit AFTER INSERT ON employees BEGIN DELETE FROM audit_events; END",
    "CREATE VIEW everyone AS SELECT name, email FROM employees",
    # one of ours by name, with another body
    "DROP TRIGGER employees_no_manager_id_loop_upd; CREATE TRIGGER employees_no_manager_id_loop_upd "
    "BEFORE UPDATE OF manager_id ON employees BEGIN DELETE FROM audit_events; END",
])
def test_restore_refuses_a_backup_with_a_trigger_or_view_this_program_does_not_make(demo_file, tmp_path, planted):
    """Such a file passes every other check, and a trigger would run inside the program's
    own writes from then on (here: wiping the audit trail at the next new employee)."""
    candidate = tmp_path / "planted.sqlite3"
    shutil.copy(backups.back_up(_url(demo_file)).path, candidate)
    with sqlite3.connect(candidate) as conn:
        conn.executescript(planted)
    before = demo_file.read_bytes()
    with pytest.raises(ValidationError) as refused:
        backups.restore(_url(demo_file), candidate)
    assert refused.value.code == "backup_foreign_objects"
    assert str(candidate) in str(refused.value)
    assert demo_file.read_bytes() == before
    assert not list(demo_file.parent.glob("demo.before-restore-*"))


@pytest.mark.parametrize("revision", ["head", "0010"])
def test_restore_refuses_a_backup_that_lacks_a_table_its_schema_version_has(demo_file, tmp_path, revision):
    """Taken in, it would fail at the program's first use of the table (an SQL error, not a message)."""
    candidate = tmp_path / "lacking.sqlite3"
    if revision == "head":
        shutil.copy(backups.back_up(_url(demo_file)).path, candidate)
    else:
        from alembic import command

        from db.migrate import alembic_config, connect

        engine = connect(_url(candidate))
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        engine.dispose()
    with sqlite3.connect(candidate) as conn:
        conn.execute("DROP TABLE audit_events")
    before = demo_file.read_bytes()
    with pytest.raises(ValidationError) as refused:
        backups.restore(_url(demo_file), candidate)
    assert refused.value.code == "backup_incomplete"
    assert str(candidate) in str(refused.value) and "audit_events" in str(refused.value)
    assert demo_file.read_bytes() == before


def test_an_older_backup_is_upgraded_after_restore(demo_file, tmp_path):
    from alembic import command

    from db.migrate import alembic_config, connect

    old = tmp_path / "old.sqlite3"
    engine = connect(_url(old))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0010")
    engine.dispose()
    result = backups.restore(_url(demo_file), old)
    assert result.upgraded_from == "0010" and result.schema_version == SCHEMA_HEAD
    with sqlite3.connect(demo_file) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


@pytest.mark.skipif(os.name != "posix", reason="the -shm lock probe is POSIX")
def test_restore_refuses_while_another_program_has_the_database_open(demo_file):
    saved = backups.back_up(_url(demo_file)).path
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL');"
         " c.execute('SELECT count(*) FROM employees').fetchall(); print('open', flush=True); time.sleep(60)",
         str(demo_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = _people(demo_file)
        with pytest.raises(DatabaseBusy) as refused:
            backups.restore(_url(demo_file), saved)
        assert refused.value.code == "restore_in_use" and str(demo_file) in str(refused.value)
        assert _people(demo_file) == before
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    assert backups.restore(_url(demo_file), saved).kept_aside is not None


def test_backup_before_a_migration_is_made(tmp_path):
    from alembic import command

    from db.migrate import alembic_config, connect

    path = tmp_path / "old.sqlite3"
    engine = connect(_url(path))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0010")
    engine.dispose()
    database, outcome = open_database(_url(path))
    database.dispose()
    assert outcome.backup is not None and outcome.backup.exists()
    assert backups.check_backup(outcome.backup) == "0010"


@pytest.mark.postgres
def test_a_server_database_is_backed_up_with_pg_dump(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    with pytest.raises(ValidationError) as refused:
        backups.back_up(database_url)
    assert refused.value.code == "backup_on_server"
    assert "pg_dump" in str(refused.value) and "postgresql://" in str(refused.value)
    with pytest.raises(ValidationError):
        backups.restore(database_url, backups.backups_folder() / "x.sqlite3")


def test_a_backup_finishes_while_another_program_never_stops_writing(demo_file, monkeypatch):
    """A backup in steps restarts whenever another connection commits: without a pinned
    snapshot, a writer that never pauses kept it restarting for ever (seen on CI)."""
    monkeypatch.setattr(backups, "PAGES_PER_STEP", 8)  # many steps: many chances to be restarted
    with sqlite3.connect(demo_file) as conn:
        conn.execute("CREATE TABLE ticks (id INTEGER PRIMARY KEY)")
    stop, done = threading.Event(), []

    def write() -> None:
        conn = sqlite3.connect(demo_file, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        while not stop.is_set():
            with conn:
                conn.execute("INSERT INTO ticks DEFAULT VALUES")
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    backing_up = threading.Thread(target=lambda: done.append(backups.back_up(_url(demo_file), keep=5)))
    backing_up.start()
    backing_up.join(60)
    stop.set()
    writer.join()
    backing_up.join()
    assert done, "the backup did not finish within 60 s while another connection kept writing"


def _with_an_index_out_of_step(path) -> None:
    """An index whose entries no longer match its table: quick_check passes it (it does not
    compare indexes with tables), integrity_check does not."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE scratch (a INTEGER, b INTEGER)")
        conn.execute("CREATE INDEX scratch_a ON scratch (a)")
        conn.executemany("INSERT INTO scratch VALUES (?, ?)", [(i, -i) for i in range(50)])
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_a ON scratch (b)' WHERE name = 'scratch_a'")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA integrity_check").fetchone() != ("ok",)


def test_the_exit_backup_of_a_big_file_is_quick_checked_restore_and_manual_backups_fully(demo_database, monkeypatch):
    from reviewer.workstation import identify

    workstation = identify(demo_database)
    path = backups.database_file(demo_database.url)
    demo_database.dispose()
    _with_an_index_out_of_step(path)
    assert backups.database_size(workstation) <= backups.FULL_CHECK_ON_EXIT_MAX_BYTES
    with pytest.raises(ValidationError) as small_on_exit:
        backups.back_up_on_exit(workstation)  # a small file: the full check, it costs little
    assert small_on_exit.value.code == "backup_damaged"
    monkeypatch.setattr(backups, "FULL_CHECK_ON_EXIT_MAX_BYTES", 1024)
    made = backups.back_up_on_exit(workstation).path  # a big one: quick_check, closing stays quick
    assert made.exists()
    with pytest.raises(ValidationError) as manual:
        backups.back_up_now(workstation)
    assert manual.value.code == "backup_damaged"
    with pytest.raises(ValidationError) as restoring:
        backups.restore(demo_database.url, made)
    assert restoring.value.code == "backup_damaged" and str(made) in str(restoring.value)
