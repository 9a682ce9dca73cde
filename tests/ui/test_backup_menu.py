"""File → Back up now… and Restore from backup…, and the backup when the window closes."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from db.migrate import SCHEMA_HEAD
from reviewer.database import backup as backups
from reviewer.workstation import Workstation
from ui.backups import QUICK_EXIT_BACKUP_BYTES
from ui.main_window import MainWindow


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered without showing: what they said is kept."""
    said = []

    def information(_parent, title, text, *args):
        said.append(("information", title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, title, text, *args):
        said.append(("question", title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(("error", box.windowTitle(), box.text())))
    return said


def _menu_action(window, text: str):
    for action in window.menuBar().actions()[0].menu().actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no File menu action {text!r}")


def test_back_up_now_then_restore_from_the_menu(window, qtbot, boxes):
    back_up = _menu_action(window, "Back up now…")
    assert back_up.shortcut() == QKeySequence("Ctrl+Shift+B")
    back_up.trigger()
    qtbot.waitUntil(lambda: window.backups.last_backup is not None, timeout=20000)
    made = window.backups.last_backup
    assert made.exists() and boxes[-1][0] == "information" and str(made) in boxes[-1][2]

    path = backups.database_file(window.workstation.database.url)
    with window.workstation.database.session() as session:
        session.connection().exec_driver_sql("UPDATE employees SET name = 'After the backup'")
        session.commit()
    assert window.backups.restore_from_backup(str(made))
    assert boxes[-2][0] == "question" and "kept aside" in boxes[-2][2]
    assert "restored" in boxes[-1][2]
    assert window.restoring and window.signing_out  # the window closes to reopen the restored file
    with sqlite3.connect(path) as conn:
        assert "After the backup" not in {n for (n,) in conn.execute("SELECT name FROM employees")}
    assert list(path.parent.glob(f"{path.stem}.before-restore-*"))


def test_restoring_a_file_that_is_no_backup_says_so(window, tmp_path, boxes):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database")
    assert not window.backups.restore_from_backup(str(bogus))
    assert boxes == [("error", "Cannot do that", boxes[0][2])] and str(bogus) in boxes[0][2]


def _at_revision(path, revision: str) -> None:
    from alembic import command

    from db.location import resolve_database_url
    from db.migrate import alembic_config, connect

    engine = connect(resolve_database_url(str(path)))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def test_a_backup_from_a_newer_program_is_refused_and_an_older_one_upgraded(window, tmp_path, boxes):
    path = backups.database_file(window.workstation.database.url)
    newer = tmp_path / "newer.sqlite3"
    _at_revision(newer, "head")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    assert not window.backups.restore_from_backup(str(newer))
    assert [kind for kind, _title, _text in boxes] == ["error"]
    assert str(newer) in boxes[0][2] and "newer than this program" in boxes[0][2]
    assert path.read_bytes() == before and not window.restoring

    older = tmp_path / "older.sqlite3"
    _at_revision(older, "0010")
    assert window.backups.restore_from_backup(str(older))
    assert "upgraded from 0010" in boxes[-1][2] and window.restoring
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


def test_closing_the_window_backs_the_database_up(app, qtbot, demo_database, monkeypatch):
    monkeypatch.setenv(backups.ON_EXIT_ENV_VAR, "1")
    monkeypatch.setattr("ui.backups.QUICK_EXIT_BACKUP_BYTES", 1 << 30)  # a small file: done at once
    main = MainWindow(Workstation(demo_database))
    qtbot.addWidget(main)
    main.show()
    main.close()
    assert not main.isVisible()
    assert main.backups.last_backup is not None and main.backups.last_backup.exists()
    assert backups.check_backup(main.backups.last_backup)


def test_a_big_database_is_backed_up_in_the_background_before_closing(app, qtbot, demo_database, monkeypatch):
    monkeypatch.setenv(backups.ON_EXIT_ENV_VAR, "1")
    main = MainWindow(Workstation(demo_database))
    assert backups.database_size(main.workstation) > QUICK_EXIT_BACKUP_BYTES  # the demo's 12 MiB already
    qtbot.addWidget(main)
    main.show()
    main.close()
    # close() returned at once: the copy and its check run off the UI thread, with a progress dialog
    assert main.isVisible() and main.backups._job is not None and main.backups._job._dialog is not None
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=20000)  # the exit is never lost
    assert main.backups.last_backup is not None and main.backups.last_backup.exists()


def test_on_a_server_both_actions_explain_pg_dump(app, qtbot, database_url, boxes):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    from db.migrate import open_database

    database, _ = open_database(database_url)
    try:
        main = MainWindow(Workstation(database))
        qtbot.addWidget(main)
        assert main.backups.back_up_now() is None
        assert not main.backups.restore_from_backup()
        assert len(boxes) == 2 and all("pg_dump" in text and "***" not in text for _k, _t, text in boxes)
    finally:
        database.dispose()
