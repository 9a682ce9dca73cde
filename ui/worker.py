"""The one way to run long work off the UI thread: a Job with progress and cancel.

The work is a plain function taking a reviewer.progress.Progress, or, given the
Workstation, ``work(workstation, progress)``; it runs on the global QThreadPool and
reports back through signals, which Qt delivers on the UI thread. A job that says
which areas it ``changes`` announces them when it succeeds, so pages showing them
refresh themselves. Every long operation in the program goes through here.
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from reviewer.progress import Cancelled, Progress

_running: set["Job"] = set()  # keeps jobs alive until they finish


class _Signals(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self._work, self._signals, self._cancel = work, signals, cancel

    def run(self) -> None:
        progress = Progress(report=self._emitter(self._signals.progressed), is_cancelled=self._cancel.is_set)
        try:
            result = self._work(progress)
        except Cancelled:
            self._emitter(self._signals.cancelled)()
        except Exception as error:  # handed to the UI thread, which shows it
            self._emitter(self._signals.failed)(error)
        else:
            self._emitter(self._signals.succeeded)(result)

    @staticmethod
    def _emitter(signal):
        def emit(*args) -> None:
            try:
                signal.emit(*args)
            except RuntimeError:  # the window went away while we worked: no one to tell
                pass
        return emit


class Job(QObject):
    """One background operation. With ``dialog`` (the default) it shows a progress
    dialog, after a short delay so quick jobs do not flash one, with a Cancel
    button; without, it runs quietly (reads that a page shows as "Loading…")."""

    finished = Signal()

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any],
                 on_success: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None,
                 cancellable: bool = True, dialog: bool = True, *, workstation=None,
                 changes: Iterable[str] | Callable[[Any], Iterable[str]] = ()):
        super().__init__(parent)
        self._workstation, self._changes = workstation, changes
        if workstation is not None:
            work = _with_workstation(work, workstation)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._on_success, self._on_error = on_success, on_error
        self._dialog = None
        if dialog:
            self._dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 100, parent)
            self._dialog.setWindowTitle(title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(400)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            if not cancellable:
                self._dialog.setCancelButton(None)
            self._dialog.canceled.connect(self.cancel)
        self._signals.progressed.connect(self._show_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._finish)
        self._runnable = _Runnable(work, self._signals, self._cancel)

    def start(self) -> "Job":
        _running.add(self)
        if self._dialog:
            self._dialog.setValue(0)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()
        if self._dialog:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self, fraction: float, message: str) -> None:
        if self._dialog and not self._cancel.is_set():
            self._dialog.setValue(int(fraction * 100))
            # Services name their steps with QT_TRANSLATE_NOOP("progress", ...).
            self._dialog.setLabelText(QCoreApplication.translate("progress", message))

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._on_success(result)
        if self._workstation is not None:
            from .context import announce

            announce(self._workstation, self._changes(result) if callable(self._changes) else self._changes)

    def _failed(self, error: Exception) -> None:
        self._finish()
        if self._on_error:
            self._on_error(error)
        else:
            from .errors import show_error

            show_error(self.parent(), error)

    def _finish(self) -> None:
        if self._dialog:
            self._dialog.close()
        _running.discard(self)
        self.finished.emit()


def _with_workstation(work: Callable[[Any, Progress], Any], workstation) -> Callable[[Progress], Any]:
    def run(progress: Progress) -> Any:
        return work(workstation, progress)
    return run


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Block until background work is done (used at exit so no write is cut off)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
