"""A program killed while it creates or upgrades a SQLite file leaves a file that opens.

Each test starts the program in a subprocess, lets it get past its imports, kills it
(SIGKILL: no clean-up runs) after a delay spread over the time the work takes, then
opens the file again.
"""
from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import migrate
from db.location import resolve_database_url
from db.migrate import alembic_config, current_revision, open_database

ROOT = Path(__file__).resolve().parents[2]
TRIES = 10
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

OPEN_IN_CHILD = """
import sys, time
from db.location import resolve_database_url
from db.migrate import open_database
import alembic.command, alembic.script, db.models  # imported before the clock starts
print("ready", flush=True)
started = time.perf_counter()
open_database(resolve_database_url(sys.argv[1]))[0].dispose()
print(time.perf_counter() - started, flush=True)
"""


def _start(path: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", OPEN_IN_CHILD, str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


def _seconds_to_open(original: Path) -> float:
    """How long opening a copy of the file takes (the faster of two runs: the first
    may still be compiling modules)."""
    times = []
    for run in range(2):
        path = original.with_name(f"timing{run}-{original.name}")
        if original.exists():
            shutil.copy(original, path)
        process = _start(path)
        times.append(float(process.stdout.readline()))
        assert process.wait(timeout=120) == 0
    return min(times)


def _kill_after(path: Path, delay: float) -> None:
    process = _start(path)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    process.stdout.close()


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _opens_at_head(path: Path) -> None:
    database, _ = open_database(resolve_database_url(str(path)))
    try:
        assert current_revision(database.engine) == migrate.SCHEMA_HEAD
    finally:
        database.dispose()
    assert _integrity(path) == "ok"


@pytest.fixture(scope="module")
def demo_at_0003(tmp_path_factory, demo_template) -> Path:
    """The demo company in a file as the program of schema version 0003 left it."""
    from alembic import command

    path = tmp_path_factory.mktemp("old") / "demo-0003.sqlite3"
    shutil.copy(demo_template, path)
    command.downgrade(alembic_config(url=resolve_database_url(str(path))), "0003")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    return path


def test_a_new_file_killed_while_being_created_opens_afterwards(tmp_path):
    (tmp_path / "timing").mkdir()
    full = _seconds_to_open(tmp_path / "timing" / "new.sqlite3")
    for attempt in range(TRIES):
        path = tmp_path / f"try{attempt}" / "new.sqlite3"
        _kill_after(path, full * (attempt + 0.5) / TRIES)
        _opens_at_head(path)
        assert _count(path, "employees") == 0


def test_an_upgrade_killed_part_way_leaves_the_old_file_or_the_new_one_and_whole_backups(tmp_path, demo_at_0003):
    people, answers = _count(demo_at_0003, "employees"), _count(demo_at_0003, "answers")
    timing = tmp_path / "timing" / "demo.sqlite3"
    timing.parent.mkdir()
    shutil.copy(demo_at_0003, timing)
    full = _seconds_to_open(timing)
    for attempt in range(TRIES):
        folder = tmp_path / f"try{attempt}"
        folder.mkdir()
        path = folder / "demo.sqlite3"
        shutil.copy(demo_at_0003, path)
        _kill_after(path, full * (attempt + 0.5) / TRIES)
        _opens_at_head(path)
        assert _count(path, "employees") == people and _count(path, "answers") == answers
        assert _count(path, "rater_scores") > 0
        backups = [p for p in folder.iterdir() if ".before-upgrade-from-0003." in p.name
                   and p.name.endswith(".sqlite3")]
        assert backups  # the reopening made one if the killed run had not
        for backup in backups:
            assert _integrity(backup) == "ok"
            assert _count(backup, "employees") == people
            with sqlite3.connect(backup) as conn:
                assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
