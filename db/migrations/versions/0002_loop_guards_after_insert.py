"""Loop guards check inserts after the row has its id

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

On SQLite a BEFORE INSERT trigger does not yet know an automatically assigned id,
so one multi-row INSERT could create a reporting loop. The guards are dropped and
created again from db/tree_guards.py (which now uses AFTER INSERT on SQLite).
"""
from __future__ import annotations

from alembic import op

from db import tree_guards

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in tree_guards.reinstall_statements(dialect):
        op.execute(statement)


def downgrade() -> None:
    # The earlier guards differ only in when they fire on SQLite; keeping the
    # corrected ones is the safe way down.
    pass
