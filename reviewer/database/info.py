"""What is in an open database: schema version, where it is, rows per table."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.location import describe_url
from db.migrate import current_revision
from db.models import Base

from ..access import require_auditor_or_hr


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    backend: str
    schema_version: str | None
    counts: dict[str, int]

    def as_dict(self) -> dict:
        return {"location": self.location, "backend": self.backend,
                "schema_version": self.schema_version, "counts": self.counts}


def database_info(session: Session) -> DatabaseInfo:
    """Describe the database: location, backend, schema revision and counts per table.
    HR and auditors only: the counts tell how many appraisals, answers and profiles exist."""
    require_auditor_or_hr(session)
    engine = session.get_bind()
    counts = {name: session.scalar(select(func.count()).select_from(table))
              for name, table in sorted(Base.metadata.tables.items())}
    return DatabaseInfo(
        location=describe_url(engine.url.render_as_string(hide_password=False)),
        backend=engine.dialect.name,
        schema_version=current_revision(engine),
        counts=counts,
    )


def is_empty(database: Database) -> bool:
    """True when the database has no people yet (a first run)."""
    from db.models import Employee

    with database.session() as session:
        return not session.scalar(select(func.count()).select_from(Employee))
