from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.app import create_application


@pytest.fixture
def app(qapp):
    """The application as main.py sets it up (font, identity), in English, with
    no remembered window state from earlier tests."""
    create_application([], "en")
    QSettings().clear()
    # The window opens on Today on a first start; the tests written before it start on People.
    QSettings().setValue("window/page", "people")
    yield qapp
    QSettings().clear()


@pytest.fixture
def window(app, qtbot, demo_database):
    from reviewer.workstation import Workstation
    from ui.main_window import MainWindow

    main = MainWindow(Workstation(demo_database))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.people_page.people_loaded, timeout=20000):
        main.show()
    qtbot.waitExposed(main)
    return main


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """Background jobs a test's window started finish before its database is disposed:
    closing SQLite under a running query crashes the process."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    yield
    # What the test left behind goes now, on this (the UI) thread: ui.collector keeps
    # Python's collector off the background jobs' threads.
    import gc

    gc.collect()
