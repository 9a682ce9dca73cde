"""A write that waits too long for another program's lock ends with a message."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.location import resolve_database_url
from db.migrate import open_database
from db.models import Department
from reviewer.errors import DatabaseBusy

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def locked_database(tmp_path, sqlite_template):
    """A database file whose write lock another program holds."""
    path = tmp_path / "shared.sqlite3"
    shutil.copy(sqlite_template, path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO departments (name) VALUES ('导入中')")
    yield path
    holder.rollback()
    holder.close()


def test_a_command_line_write_on_a_locked_database_says_who_holds_it(locked_database):
    env = {**os.environ, "APPRAISAL_BUSY_TIMEOUT": "0.5"}
    process = subprocess.run([sys.executable, "main.py", "demo", "--db", str(locked_database)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 1
    assert "Traceback" not in process.stderr
    assert f"Another program is writing to {locked_database}" in process.stderr
    assert "Wait for it to finish or close it, then try again." in process.stderr


def test_a_unit_of_work_on_a_locked_database_raises_a_coded_error(locked_database, monkeypatch):
    monkeypatch.setenv("APPRAISAL_BUSY_TIMEOUT", "0.2")
    database, _ = open_database(resolve_database_url(str(locked_database)))
    try:
        with pytest.raises(DatabaseBusy) as caught, database.session() as session:
            session.add(Department(name="销售部"))
        assert caught.value.code == "database_busy"
        assert caught.value.params["path"] == str(locked_database)
        with database.session() as session:  # the session was rolled back and the engine still works
            assert session.query(Department).count() == 0
    finally:
        database.dispose()


def test_the_window_shows_the_message_of_a_job_that_met_a_locked_database(locked_database, monkeypatch, qtbot):
    from PySide6.QtWidgets import QWidget

    import ui.errors
    from ui.worker import Job

    monkeypatch.setenv("APPRAISAL_BUSY_TIMEOUT", "0.2")
    database, _ = open_database(resolve_database_url(str(locked_database)))
    shown = []

    def capture(_parent, error):
        shown.append((ui.errors.error_text(error), type(error)))
    monkeypatch.setattr(ui.errors, "show_error", capture)

    def work(_progress):
        with database.session() as session:
            session.add(Department(name="销售部"))

    parent = QWidget()
    qtbot.addWidget(parent)
    job = Job(parent, "Saving", work, on_success=lambda _result: None, dialog=False)
    with qtbot.waitSignal(job.finished, timeout=10000):
        job.start()
    database.dispose()
    assert shown and shown[0][1] is DatabaseBusy
    assert "Another program is writing to" in shown[0][0]
