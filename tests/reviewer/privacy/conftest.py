from __future__ import annotations

import pytest


@pytest.fixture
def postgres_demo(database_url):
    """The demo company built on a fresh PostgreSQL database (the SQLite case runs on the
    demo copy, which is quicker)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("the SQLite case runs on the demo copy")
    from db.migrate import open_database
    from reviewer.demo import build_demo

    database, _ = open_database(database_url)
    try:
        with database.session() as session:
            build_demo(session)
        yield database
    finally:
        database.dispose()
