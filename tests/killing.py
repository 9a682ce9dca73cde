"""Running the program (or a small driver over its services) in a subprocess and
killing it outright, SIGKILL, once its output shows the work is under way: no
clean-up of any kind runs, as when the power fails or the user ends the task."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from db.location import sqlite_path

ROOT = Path(__file__).resolve().parents[1]


def start_program(arguments: list[str], **env: str) -> subprocess.Popen:
    """``main.py ARGUMENTS``: progress and messages on stderr, read line by line."""
    return _start([str(ROOT / "main.py"), *arguments], env)


def start_driver(code: str, *arguments: str, **env: str) -> subprocess.Popen:
    """``python -c CODE ARGUMENTS`` from the checkout, reporting on stderr."""
    return _start(["-c", code, *arguments], env)


def _start(arguments: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *arguments], cwd=ROOT, start_new_session=True, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def kill_when_said(process: subprocess.Popen, marker: str, delay: float = 0.0, timeout: float = 120) -> list[str]:
    """Read the program's messages until one contains ``marker``, wait ``delay`` seconds,
    then SIGKILL it. Returns the messages read. Fails if the program ends first."""
    deadline = time.monotonic() + timeout
    said = []
    for line in process.stderr:
        said.append(line.rstrip("\n"))
        if marker in line:
            break
        assert time.monotonic() < deadline, f"no {marker!r} within {timeout} s"
    else:
        process.wait()
        raise AssertionError(f"the program ended (exit {process.returncode}) before {marker!r}:\n"
                             + "\n".join(said[-20:]))
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    return said


def kill_at_moments(command: list[str], moments, url: str, state_of, whole, under_way: str | None = None) -> list:
    """Start ``main.py COMMAND`` and kill it at each (message, delay) moment in turn, until
    a kill finds its work committed. After each kill the file is sound and holds either the
    whole work (``whole(state)``) or exactly what it held before (``state_of(url)``); half
    the work fails the test. Returns (message, delay, outcome) per kill, printed too."""
    before = state_of(url)
    outcomes = []
    for marker, delay in moments:
        said = kill_when_said(start_program(command), marker, delay)
        if under_way is not None:
            assert any(under_way in line for line in said), f"{under_way!r} not said before {marker!r}"
        assert integrity(url) == "ok"
        state = state_of(url)
        kept = whole(state)
        assert kept or state == before, f"half the work after a kill at {marker!r} +{delay} s: {state}"
        outcomes.append((marker, delay, "all kept" if kept else "nothing kept"))
        if kept:
            break  # it committed: later kills would only find it done
    print("killed at (message, +s) -> outcome:", outcomes)
    return outcomes


def finish(process: subprocess.Popen, timeout: float = 120) -> str:
    """Let the program run to its end; its messages. Fails on a non-zero exit."""
    _, said = process.communicate(timeout=timeout)
    assert process.returncode == 0, said[-3000:]
    return said


def integrity(url: str) -> str:
    """``PRAGMA integrity_check`` of a SQLite file ("ok"); a server database has its own."""
    path = sqlite_path(url)
    if path is None:
        return "ok"
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def scalar(url: str, query: str, **params):
    """One value read by a connection of its own (no program code in the way)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(query), params).scalar()
    finally:
        engine.dispose()
