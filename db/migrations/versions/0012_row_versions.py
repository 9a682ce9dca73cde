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


def _batch(table: str):
    # SQLite: rebuild the table in the migration's transaction, as 0011 does; elsewhere ALTER.
    sqlite = op.get_bind().dialect.name == "sqlite"
    return op.batch_alter_table(table, recreate="always" if sqlite else "auto")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with _batch(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        with _batch(table) as batch:
            batch.drop_column("row_version")
