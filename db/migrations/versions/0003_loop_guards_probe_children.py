"""Loop guards walk the parent chain only when the row has children

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

A loop through a row needs a row below it; new rows have none. The guards first
probe the parent column's index for a child and skip the recursive walk when
there is none, which makes bulk inserts (roster imports) far cheaper. Same rules,
same messages: the guards are dropped and created again from db/tree_guards.py.
"""
from __future__ import annotations

from alembic import op

from db import tree_guards

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in tree_guards.reinstall_statements(dialect):
        op.execute(statement)


def downgrade() -> None:
    # The earlier guards enforce exactly the same rule, only more slowly.
    pass
