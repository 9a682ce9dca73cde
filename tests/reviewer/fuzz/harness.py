"""What every hostile-file test checks, in one place: the file is refused with a message
naming it (or a row and field of it) or accepted harmlessly, never with an unexpected
exception; a refused file leaves the database exactly as it was; each file is judged in
bounded time. The tally of cases per import path is printed at the end of the run
(tests/conftest.py, pytest_terminal_summary)."""
from __future__ import annotations

import hashlib
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, settings
from sqlalchemy import func, select

from db.models import Base
from reviewer.errors import ReviewerError

SECONDS_PER_FILE = 10.0
# Reproducible and never flaky: the same examples every run, no deadline (the per-file
# bound above is checked by the tests themselves), nothing written to .hypothesis/.
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])


@dataclass
class Tally:
    tried: int = 0
    refused: int = 0
    accepted: int = 0
    crashes: int = 0
    slowest: float = 0.0
    crash_samples: list[str] = field(default_factory=list)


TALLY: dict[str, Tally] = defaultdict(Tally)


def fingerprint(database, hashed: tuple[str, ...] = ()) -> dict[str, tuple]:
    """Row count and highest id of every table, and a hash of every row of the ``hashed``
    tables: equal fingerprints mean nothing was added, removed or (in those tables) changed."""
    result = {}
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            keys = list(table.primary_key.columns)
            top = func.max(keys[0]) if len(keys) == 1 and keys[0].type.python_type is int else func.count()
            count, highest = session.execute(select(func.count(), top).select_from(table)).one()
            digest = None
            if table.name in hashed:
                digest = hashlib.sha256()
                for row in session.execute(select(table).order_by(*keys)):
                    digest.update(repr(tuple(row)).encode())
                digest = digest.hexdigest()
            result[table.name] = (count, highest, digest)
    return result


class Crash(AssertionError):
    """A hostile case ended in something other than a refusal or a harmless acceptance."""


def judge(target: str, case: str, attempt, database, hashed: tuple[str, ...] = (),
          must_name: tuple[str, ...] = ()) -> str:
    """Run ``attempt()`` (which returns "accepted", or raises/returns a refusal as
    ("refused", message)) and check the promises; returns "refused" or "accepted".
    A refusal must name one of ``must_name`` (the file, or a row/field) and leave the
    database's fingerprint unchanged."""
    tally = TALLY[target]
    tally.tried += 1
    before = fingerprint(database, hashed)
    started = time.monotonic()
    try:
        outcome = attempt()
    except ReviewerError as error:
        outcome = ("refused", str(error))
    except Exception as error:  # noqa: BLE001 - what the test is looking for
        tally.crashes += 1
        tally.crash_samples.append(f"{case}: {type(error).__name__}: {error}"[:300])
        raise Crash(f"{target} / {case}: {type(error).__name__}: {error}\n{traceback.format_exc()}") from error
    elapsed = time.monotonic() - started
    tally.slowest = max(tally.slowest, elapsed)
    assert elapsed < SECONDS_PER_FILE, f"{target} / {case} took {elapsed:.1f} s"
    if outcome == "accepted":
        tally.accepted += 1
        return "accepted"
    verdict, message = outcome
    assert verdict == "refused", outcome
    tally.refused += 1
    assert message and message.strip(), f"{target} / {case}: a refusal without a message"
    if must_name:
        assert any(name in message for name in must_name), (
            f"{target} / {case}: the refusal does not name {must_name}: {message}")
    assert "Traceback" not in message
    after = fingerprint(database, hashed)
    assert after == before, f"{target} / {case}: a refused file changed the database: " + ", ".join(
        name for name in before if before[name] != after[name])
    return "refused"


def summary_lines() -> list[str]:
    if not TALLY:
        return []
    width = max(len(name) for name in TALLY) + 2
    lines = [f"{'fuzz target':<{width}}| cases tried | refused | accepted | crashes | slowest file",
             "-" * (width + 62)]
    for name, t in sorted(TALLY.items()):
        lines.append(f"{name:<{width}}| {t.tried:>11} | {t.refused:>7} | {t.accepted:>8} | {t.crashes:>7} | "
                     f"{t.slowest:>10.2f} s")
        lines.extend(f"    crash: {sample}" for sample in t.crash_samples[:3])
    return lines


def file_named(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
