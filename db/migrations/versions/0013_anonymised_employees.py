"""When a leaver's personal data was anonymised (reviewer.privacy.erasure), so the record
is known for a former employee's and is never offered for erasure again

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Existing people have never been anonymised: the column starts empty.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, like 0012: rebuilding employees on SQLite would rewrite its CHECKs.
    op.add_column("employees", sa.Column("anonymised_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE employees DROP COLUMN anonymised_at")
    else:
        op.drop_column("employees", "anonymised_at")
