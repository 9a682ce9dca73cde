"""The idle lock: after a while without keyboard or mouse, the window covers itself
and asks the signed-in user's password again (or lets them sign out). Only when
sign-in is in use; the minutes are a Settings value (0 = never)."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.workstation import Workstation, identify

from .problem_text import error_text
from .typography import page_heading
from .worker import Job

IDLE_MINUTES_KEY = "security/idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


def idle_minutes() -> int:
    """Minutes without input before the window locks; 0 means never."""
    try:
        return max(0, int(QSettings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def save_idle_minutes(minutes: int) -> None:
    QSettings().setValue(IDLE_MINUTES_KEY, max(0, int(minutes)))


class LockScreen(QWidget):
    """Covers the whole window; nothing beneath it can be read or clicked."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget):
        super().__init__(parent)
        self.workstation = workstation
        self._job: Job | None = None
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        heading = page_heading(self.tr("Locked"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(heading)
        who = QLabel(self.tr("%1 was away. Enter the password to go on.")
                     .replace("%1", workstation.actor.display_name))
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who.setWordWrap(True)
        box.addWidget(who)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        box.addWidget(self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        holder = QWidget()
        holder.setLayout(box)
        holder.setMinimumWidth(340)
        holder.setMaximumWidth(420)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def unlock(self) -> None:
        if self._job is not None:
            return
        actor, database, password = self.workstation.actor, self.workstation.database, self.password.text()
        self.password.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Checking the password…"))

        def done(workstation: Workstation) -> None:
            self._job = None
            self._reset()
            if workstation.actor.user_id == actor.user_id:
                self.unlocked.emit()

        def refused(error: Exception) -> None:
            self._job = None
            self._reset()
            self.message.setText("⚠ " + error_text(error))

        self._job = Job(self, self.tr("Checking the password…"),
                        lambda _progress: identify(database, actor.username, password), done, refused,
                        cancellable=False, dialog=False).start()

    def _reset(self) -> None:
        self.password.clear()
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.message.clear()
        self.password.setFocus()


class IdleLock(QObject):
    """Watches the application's input and locks ``window`` after the idle minutes."""

    sign_out_requested = Signal()

    def __init__(self, window: QMainWindow, workstation: Workstation, check_every_ms: int = 5000):
        super().__init__(window)
        self.window, self.workstation = window, workstation
        self.screen: LockScreen | None = None
        self._last_input = time.monotonic()
        self._disabled: list = []
        self._watched_handle = None
        # Input reaches the window's native handle before any widget in it, so watching
        # the handle sees all of it. Not an application-wide filter: PySide 6.12 can crash
        # wrapping the objects of every event for Python (lazily loaded types).
        window.installEventFilter(self)
        self._watch_window_handle()
        self._timer = QTimer(self, interval=check_every_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def _watch_window_handle(self) -> None:
        handle = self.window.windowHandle()  # made when the window is first shown
        if handle is not None and handle is not self._watched_handle:
            handle.installEventFilter(self)
            self._watched_handle = handle

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_input = time.monotonic()
        elif kind == QEvent.Type.Show and watched is self.window:
            self._watch_window_handle()
        elif kind == QEvent.Type.Resize and watched is self.window and self.screen is not None:
            self.screen.setGeometry(self.window.rect())
        return False

    def check(self) -> None:
        self._watch_window_handle()
        minutes = idle_minutes()
        if minutes and not self.locked and time.monotonic() - self._last_input >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        # Everything beneath stops answering: menus, shortcuts, the pages.
        parts = [self.window.menuBar(), self.window.centralWidget(), self.window.statusBar(),
                 *self.window.findChildren(QAction), *self.window.findChildren(QShortcut)]
        self._disabled = [part for part in parts if part is not None and part.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)
        self.screen = LockScreen(self.workstation, self.window)
        self.screen.unlocked.connect(self.unlock)
        self.screen.sign_out_requested.connect(self.sign_out_requested)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()

    def unlock(self) -> None:
        if self.screen is None:
            return
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self._last_input = time.monotonic()
