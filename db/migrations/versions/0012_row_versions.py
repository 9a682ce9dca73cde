"""A row version on appraisals, targets and improvement plans, so a save based on a stale
read is refused instead of overwriting another person's change

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Existing rows start at version 1. (improvement_plans.version is the plan's acknowledged
version, a domain value; row_version is the write check.)
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("appraisals", "targets", "improvement_plans")


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite takes NOT NULL with a default): rebuilding the tables would
    # turn 0010's column-level CHECK on appraisals.potential into a table-level one, which
    # 0010's downgrade could then no longer drop.
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
        else:
            op.drop_column(table, "row_version")
