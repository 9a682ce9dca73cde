"""Start-up of the window: Qt application, fonts, language, database, main window.

Only what the first window needs is imported here; pandas and matplotlib load
when a page that draws charts or reads spreadsheets first needs them.
"""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db.location import resolve_database_url
from db.migrate import DatabaseOpenError, open_database
from reviewer import __version__
from reviewer.errors import ReviewerError
from reviewer.resources import ICONS_DIR

from .fonts import install_cjk_font
from .i18n import LANGUAGES, install_translators, saved_language

ORGANISATION = "AppraisalWorkstation"
APPLICATION = "Appraisal Workstation"


def parse_window_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--db")
    parser.add_argument("--demo-if-empty", action="store_true")
    parser.add_argument("--lang", choices=sorted(LANGUAGES))
    return parser.parse_args(argv)


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    """The QApplication with this program's identity, font and translations."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ICONS_DIR / "app.svg")))
    install_cjk_font(app)
    app.setProperty("language", language or saved_language())  # documents are printed in it too
    app._translators = install_translators(app, language or saved_language())
    return app


def run_app(argv: list[str]) -> int:
    args = parse_window_args(argv)
    app = create_application(argv, args.lang)
    try:
        database, upgrade = open_database(resolve_database_url(args.db))
    except (DatabaseOpenError, ReviewerError) as error:  # ReviewerError: DatabaseBusy during an upgrade
        from .problem_text import error_text

        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"), error_text(error))
        return 1

    from reviewer.database.info import is_empty

    from .main_window import MainWindow

    window = MainWindow(database)
    if upgrade.backup:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Database upgraded; the previous file was saved as %1")
            .replace("%1", str(upgrade.backup)), 15000)
    window.show()
    if args.demo_if_empty and is_empty(database):
        window.load_demo()
    code = app.exec()
    from .worker import wait_for_jobs

    wait_for_jobs()
    database.dispose()
    return code
