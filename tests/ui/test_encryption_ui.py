"""The passphrase asked at start-up for an encrypted database, and File → Encrypt database…"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.encryption_support import require_sqlcipher  # noqa: E402

require_sqlcipher()

from db import cipher  # noqa: E402
from reviewer.database import backup as backups  # noqa: E402
from reviewer.database import encryption  # noqa: E402
from reviewer.people.directory import list_people  # noqa: E402
from ui.dialogs.passphrase_dialog import EncryptionDialog, UnlockDialog  # noqa: E402
from ui.encryption import unlock_at_start  # noqa: E402

PASSPHRASE = "window passphrase 18"


@pytest.fixture(autouse=True)
def no_remembered_passphrases(monkeypatch):
    monkeypatch.delenv(cipher.PASSPHRASE_ENV_VAR, raising=False)
    monkeypatch.setattr(cipher, "_passphrases", {})


@pytest.fixture
def boxes(monkeypatch):
    said = []

    def information(_parent, title, text, *args):
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    return said


@pytest.fixture
def encrypted_url(demo_database):
    path = backups.database_file(demo_database.url)
    demo_database.dispose()
    encryption.encrypt_database(path, PASSPHRASE)
    cipher.forget_passphrase(path)
    return demo_database.url


def _file_menu_texts(window) -> dict[str, bool]:
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()
    return {a.text().replace("&", ""): a.isVisible() for a in menu.actions() if a.text()}


def test_a_wrong_passphrase_is_said_in_the_dialog_and_the_right_one_opens(app, qtbot, encrypted_url):
    dialog = UnlockDialog(encrypted_url, "demo.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("not the passphrase")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=20000)
    assert "passphrase does not open the database" in dialog.message.text()
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.ok_button.click()
    assert encryption.current_passphrase(encrypted_url) == PASSPHRASE


def test_start_up_asks_for_the_passphrase_of_an_encrypted_file(app, qtbot, encrypted_url):
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)
    assert unlock_at_start(encrypted_url, "demo.sqlite3")
    assert encryption.current_passphrase(encrypted_url) == PASSPHRASE


def test_start_up_stops_when_the_passphrase_is_not_given(app, qtbot, encrypted_url):
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert not unlock_at_start(encrypted_url, "demo.sqlite3")


def test_a_plain_file_asks_nothing(app, demo_database):
    assert unlock_at_start(demo_database.url, "demo.sqlite3")


def test_file_menu_encrypts_the_open_database_in_the_background(window, qtbot, boxes):
    assert _file_menu_texts(window)["Encrypt database…"]
    assert not _file_menu_texts(window)["Change database passphrase…"]
    people = len(window.workstation.call(list_people))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EncryptionDialog)
        dialog.new.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)
    assert window.encryption.open_dialog("on")
    path = backups.database_file(window.workstation.database.url)
    assert cipher.is_encrypted(path)
    assert boxes and "The database is encrypted" in boxes[-1][1]
    assert len(window.workstation.call(list_people)) == people  # the window goes on with the key
    texts = _file_menu_texts(window)
    assert not texts["Encrypt database…"] and texts["Change database passphrase…"]
    assert texts["Remove database encryption…"]


def test_passphrases_that_differ_are_refused_in_the_form(app, qtbot, demo_database):
    from reviewer.workstation import Workstation

    dialog = EncryptionDialog(Workstation(demo_database), "on")
    qtbot.addWidget(dialog)
    dialog.new.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "!")
    dialog.ok_button.click()
    assert "differ" in dialog.message.text() and not dialog.checking
    assert not cipher.is_encrypted(backups.database_file(demo_database.url))
