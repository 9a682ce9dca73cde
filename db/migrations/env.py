"""Alembic environment: runs on a connection handed over by db.migrate, or on the
URL in the Alembic config when a developer runs alembic by hand."""
from __future__ import annotations

from alembic import context

from db.engine import create_db_engine, create_schema_engine
from db.location import sqlite_path
from db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode recreates tables instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # SQLite runs DDL inside transactions too (see db.engine.create_schema_engine).
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    engine = create_schema_engine(url) if sqlite_path(url) is not None else create_db_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()
