"""The cost of the row version check (issue 18) on saves: a target read and saved N times,
one unit of work each, through a mapping of the targets table with version_id_col (its
UPDATE carries ``row_version`` in SET and WHERE, as the Target model's does) against plain
SQLAlchemy mapping the same table without it; same file, same rows, interleaved in the
same run. Both mappings are bare (no relationships) so only the check differs; only db is
imported, so the audit trail, equal for both, stays out of the figure."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from sqlalchemy import create_engine, event, insert
from sqlalchemy.orm import Session, registry

from db.models import Base, Target

TARGETS = 200
ROUNDS = 7


class VersionedTarget:
    """The targets table mapped with the check, as db.models.Target is."""


class UnversionedTarget:
    """The same table mapped without version_id_col: SQLAlchemy as it would be without the check."""


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
    table = Target.__table__
    registry().map_imperatively(VersionedTarget, table, version_id_col=table.c.row_version)
    registry().map_imperatively(UnversionedTarget, table)
    engine = _prepare(folder / "version-check.sqlite3")
    try:
        _save(engine, VersionedTarget, 50), _save(engine, UnversionedTarget, 50)  # warm both mappers
        checked, plain = [], []
        for round_number in range(ROUNDS):
            # Each goes first in every other round: a WAL checkpoint falls on both alike.
            if round_number % 2:
                plain.append(_save(engine, UnversionedTarget, saves))
                checked.append(_save(engine, VersionedTarget, saves))
            else:
                checked.append(_save(engine, VersionedTarget, saves))
                plain.append(_save(engine, UnversionedTarget, saves))
        return statistics.median(checked), statistics.median(plain)
    finally:
        engine.dispose()
