"""What is in an open database: schema version, where it is, rows per table."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from db.engine import Database
from db.location import describe_url
from db.migrate import current_revision
from db.models import Base


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    backend: str
    schema_version: str | None
    counts: dict[str, int]

    def as_dict(self) -> dict:
        return {"location": self.location, "backend": self.backend,
                "schema_version": self.schema_version, "counts": self.counts}


def database_info(database: Database) -> DatabaseInfo:
    """Describe the database: location, backend, schema revision and counts per table."""
    counts = {}
    with database.session() as session:
        for name, table in sorted(Base.metadata.tables.items()):
            counts[name] = session.scalar(select(func.count()).select_from(table))
    return DatabaseInfo(
        location=describe_url(database.url),
        backend=database.engine.dialect.name,
        schema_version=current_revision(database.engine),
        counts=counts,
    )


def is_empty(database: Database) -> bool:
    """True when the database has no people yet (a first run)."""
    from db.models import Employee

    with database.session() as session:
        return not session.scalar(select(func.count()).select_from(Employee))
