"""Build many documents on all cores, in order, with progress and cancel.

Documents are built from plain data in worker processes (spawned, not forked: the
caller may be a Qt program with threads). Small batches stay in this process,
where starting workers would cost more than it saves. Workers end with the program
that started them, even when it is killed outright."""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any, TypeVar

from ..progress import Progress

IN_PROCESS_BELOW = 12
Result = TypeVar("Result")


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with_parent() -> None:
    """Worker start-up: a worker whose parent is gone (killed, crashed) exits at once
    instead of living on with its memory and half-written files."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the kernel tells us
        except (OSError, AttributeError):
            pass
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    # Everywhere: a thread that waits on the parent's sentinel (closed when the parent
    # dies); it also covers a parent that died before the line above ran.
    threading.Thread(target=_exit_when_gone, args=(parent,), name="end-with-parent", daemon=True).start()


def _exit_when_gone(parent) -> None:
    parent.join()
    os._exit(1)


def worker_count() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def build_all(build: Callable[..., Result], jobs: Sequence[tuple[Any, ...]], progress: Progress,
              message: str) -> Iterator[Result]:
    """Yield build(*job) for each job, in order; raises Cancelled between documents."""
    total = max(len(jobs), 1)
    workers = worker_count()
    if len(jobs) < IN_PROCESS_BELOW or workers == 1:
        for done, job in enumerate(jobs):
            progress.step(done / total, message)
            yield build(*job)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=_end_with_parent) as pool:
        futures = [pool.submit(build, *job) for job in jobs]
        try:
            for done, future in enumerate(futures):
                progress.step(done / total, message)
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
