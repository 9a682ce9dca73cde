"""Python's cyclic garbage collector, run on the UI thread only.

A cycle that holds a Qt object (a closed dialog and the lambda connected to it) may be
collected by whichever thread happens to allocate when the collector's threshold is
crossed: a background job's thread. Destroying a widget off the UI thread crashes the
process. So automatic collection is switched off and the same thresholds are checked
on the UI thread's event loop, a few times a second."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 250


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)

    @staticmethod
    def check() -> None:
        """Collect the generations whose counts passed their thresholds, as gc would itself."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_ui_thread(app: QObject) -> UiThreadCollector:
    """Install the collector once per application."""
    existing = getattr(app, "_ui_thread_collector", None)
    if existing is None:
        existing = app._ui_thread_collector = UiThreadCollector(app)
    return existing
