"""The cost of the row version check (issue 18) on saves: a target read and saved N times,
one unit of work each, through the Target model (its UPDATE carries ``row_version`` in SET
and WHERE) against a plain SQLAlchemy mapping of the same table without the version column,
same file, same rows, interleaved in the same run. Only db is imported: the audit trail,
equal for both, stays out of the figure."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from sqlalchemy import create_engine, event, insert
from sqlalchemy.orm import Session, registry

from db.models import Base, Target

TARGETS = 200
ROUNDS = 7


class UnversionedTarget:
    """The same targets table mapped without version_id_col: SQLAlchemy as it would be
    without the check."""


def _engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(dbapi_connection, _record):
        # The program's own settings (db.engine), so the writes cost what they cost there.
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "temp_store=MEMORY"):
            dbapi_connection.execute(f"PRAGMA {pragma}")
    event.listen(engine, "connect", pragmas)
    return engine


def _prepare(path: Path):
    engine = _engine(path)
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(Target.__table__), [
            {"id": i, "cycle_id": 1, "employee_id": i, "kpi_id": 1, "target_value": 100.0, "weight": 50.0,
             "floor_ratio": 0.0, "cap_ratio": 1.2, "row_version": 1} for i in range(1, TARGETS + 1)])
    return engine


def _save(engine, model, saves: int) -> float:
    start = time.perf_counter()
    for number in range(saves):
        with Session(engine) as session:
            target = session.get(model, number % TARGETS + 1)
            target.target_value += 1
            session.commit()
    return time.perf_counter() - start


def version_check_cost(folder: Path, saves: int) -> tuple[float, float]:
    """(seconds with the check, seconds without) for ``saves`` saves of a target, the
    medians of ROUNDS interleaved rounds."""
    registry().map_imperatively(UnversionedTarget, Target.__table__)
    engine = _prepare(folder / "version-check.sqlite3")
    try:
        _save(engine, Target, 50), _save(engine, UnversionedTarget, 50)  # warm both mappers
        checked, plain = [], []
        for _ in range(ROUNDS):
            checked.append(_save(engine, Target, saves))
            plain.append(_save(engine, UnversionedTarget, saves))
        return statistics.median(checked), statistics.median(plain)
    finally:
        engine.dispose()
