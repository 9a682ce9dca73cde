"""Python's collector runs on the UI thread only: a cycle holding a widget is never
destroyed by a background job's thread (which crashes the process)."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from ui.collector import UiThreadCollector


def test_automatic_collection_is_off_and_the_ui_thread_collects_cycles_holding_widgets(app, qtbot):
    assert not gc.isenabled()  # create_application switched it to the UI thread's timer

    class Holder:
        pass

    holder = Holder()
    holder.widget = QWidget()
    holder.widget.destroyed.connect(lambda *_: None)
    holder.me = holder  # a cycle: only the collector frees it
    gone = weakref.ref(holder)
    del holder
    destroyed_on = []

    def allocate_a_lot():  # enough allocations to cross every threshold, on a job's thread
        junk = [[object()] for _ in range(200_000)]
        destroyed_on.append(gone() is None)
        del junk

    worker = threading.Thread(target=allocate_a_lot)
    worker.start()
    worker.join()
    assert destroyed_on == [False]  # the job's thread collected nothing
    for _ in range(3):
        UiThreadCollector.check()
    gc.collect()
    assert gone() is None
