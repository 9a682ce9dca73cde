"""Build many documents on all cores, in order, with progress and cancel.

Documents are built from plain data in worker processes (spawned, not forked: the
caller may be a Qt program with threads). Small batches stay in this process,
where starting workers would cost more than it saves."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any, TypeVar

from ..progress import Progress

IN_PROCESS_BELOW = 12
Result = TypeVar("Result")


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
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(build, *job) for job in jobs]
        try:
            for done, future in enumerate(futures):
                progress.step(done / total, message)
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
