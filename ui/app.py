"""Start-up of the window: Qt application, fonts, language, database, who is
using it (sign-in, or the first HR profile of a shared database), main window.

Only what the first window needs is imported here; pandas and matplotlib load
when a page that draws charts or reads spreadsheets first needs them.
"""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer import __version__
from reviewer.database.opening import DatabaseOpenError, describe_url, open_database, resolve_database_url
from reviewer.errors import ReviewerError
from reviewer.resources import ICONS_DIR
from reviewer.workstation import Workstation

from .fonts import install_cjk_font
from .i18n import LANGUAGES, install_translators, saved_language

ORGANISATION = "AppraisalWorkstation"
APPLICATION = "Appraisal Workstation"


def parse_window_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--db")
    parser.add_argument("--demo-if-empty", action="store_true")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="the window's language (remembered in Settings)")
    return parser.parse_args(argv)


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    """The QApplication with this program's identity, font and translations."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ICONS_DIR / "app.svg")))
    install_cjk_font(app)
    from .collector import collect_on_ui_thread

    collect_on_ui_thread(app)
    app.setProperty("language", language or saved_language())  # documents are printed in it too
    # Those of an earlier call go first: translators stack, and the newest answers first.
    for translator in getattr(app, "_translators", ()):
        app.removeTranslator(translator)
    app._translators = install_translators(app, language or saved_language())
    return app


def sign_in(database) -> tuple[Workstation | None, bool]:
    """Who uses the window: asked when the database wants a name, the first HR
    profile made on a shared database that has none, else the local owner (or the
    sole HR profile). Returns (workstation or None when the user gave up, whether
    sign-in is in use)."""
    from reviewer.database.opening import needs_first_profile
    from reviewer.workstation import identify, sign_in_needed

    from .dialogs.sign_in_dialog import FirstProfileDialog, SignInDialog

    if sign_in_needed(database):
        dialog = SignInDialog(database, describe_url(database.url))
        return (dialog.workstation if dialog.exec() else None), True
    workstation = identify(database)
    if needs_first_profile(workstation):
        dialog = FirstProfileDialog(workstation)
        return (dialog.workstation if dialog.exec() else None), True
    return workstation, False


def _cannot_open(error: BaseException) -> int:
    from .problem_text import error_text

    QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"), error_text(error))
    return 1


def run_app(argv: list[str]) -> int:
    args = parse_window_args(argv)
    app = create_application(argv, args.lang)
    url = resolve_database_url(args.db)
    from .encryption import unlock_at_start

    if not unlock_at_start(url, describe_url(url)):
        return 0
    try:
        database, upgrade = open_database(url)
    except (DatabaseOpenError, ReviewerError) as error:  # ReviewerError: DatabaseBusy during an upgrade
        return _cannot_open(error)

    from reviewer.database.opening import has_no_people

    from .main_window import MainWindow
    from .worker import wait_for_jobs

    first, code = True, 0
    while True:  # again after each sign-out
        try:
            workstation, signed_in = sign_in(database)
        except ReviewerError as error:  # DatabaseBusy: another program holds it
            code = _cannot_open(error)
            break
        if workstation is None:
            break
        window = MainWindow(workstation, lock_when_idle=signed_in)
        if first and upgrade.backup:
            window.statusBar().showMessage(
                QCoreApplication.translate("app", "Database upgraded; the previous file was saved as %1")
                .replace("%1", str(upgrade.backup)), 15000)
        window.show()
        if first and args.demo_if_empty and has_no_people(workstation):
            window.load_demo()
        first = False
        code = app.exec()
        wait_for_jobs()
        if not window.signing_out:
            break
        window.deleteLater()
    database.dispose()
    return code
