"""A time limit on parsing a file that may be hostile, in whichever thread parses it.

A PDF's objects are parsed by pure-Python code (pypdf) whose cost grows with what the file
holds, not with its size on disk: 3 MB of form fields take twenty seconds, 50 MB several
minutes. No size check bounds that, so the parse gets a time limit instead: a watchdog
raises ``TookTooLong`` in the parsing thread when the limit passes (CPython delivers such an
exception between two bytecodes, so pure-Python parsing always stops there)."""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TookTooLong(BaseException):
    """The parse passed its time limit and was stopped. A BaseException, as KeyboardInterrupt
    is, so that a library's own ``except Exception`` (pypdf repairs what it can) lets it through."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Run the block; stop it with TookTooLong if it is still running after ``seconds``.
    The exception is raised inside the block or as it ends, never later in the caller's code.
    It is raised again every quarter second until the block ends: one that lands where
    Python cannot pass it on (a garbage-collection callback, a __del__) is lost."""
    thread_id = threading.get_ident()
    lock = threading.Lock()
    ended = threading.Event()
    state = {"armed": True, "fired": False}

    def stop() -> None:
        if ended.wait(seconds):
            return
        while True:
            with lock:
                if not state["armed"]:
                    return
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(TookTooLong))
            if ended.wait(0.25):
                return

    watchdog = threading.Thread(target=stop, name="time-limit", daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        while True:  # a stop landing here must not leave the watchdog armed
            try:
                ended.set()
                with lock:
                    state["armed"] = False
                break
            except TookTooLong:
                state["fired"] = True
        if state["fired"]:
            _take_pending_stop()
    if state["fired"]:  # the block finished as the limit passed: it took too long all the same
        raise TookTooLong()


def _take_pending_stop() -> None:
    """A stop fired but not yet delivered arrives at the next bytecode check: let it arrive here."""
    try:
        for _ in range(100):
            pass
    except TookTooLong:
        pass
