"""Profiles that sign in (auditor role, argon2id password hashes, failed sign-ins)
and the audit trail as a hash chain

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Entries written before this revision stay outside the chain (sequence NULL): they
are listed, and `audit verify` says they predate it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_users") as batch_op:
        batch_op.drop_constraint(op.f("ck_app_users_user_role"), type_="check")
        batch_op.create_check_constraint("user_role", "role IN ('hr_admin', 'manager', 'auditor')")
    # Plain ADD COLUMN: no table rebuild needed on SQLite.
    op.add_column("app_users", sa.Column("password_hash", sa.String(length=200), nullable=True))
    op.add_column("app_users", sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("app_users", sa.Column("last_failed_at", sa.DateTime(), nullable=True))
    op.add_column("audit_events", sa.Column("sequence", sa.Integer(), nullable=True))
    op.add_column("audit_events", sa.Column("actor_name", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("previous_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("entry_hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("audit_events") as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_audit_events_sequence"), ["sequence"])


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_events_sequence"), type_="unique")
    for column in ("entry_hash", "previous_hash", "actor_name", "sequence"):
        op.drop_column("audit_events", column)
    op.execute("DELETE FROM app_users WHERE role = 'auditor'")
    for column in ("last_failed_at", "failed_sign_ins", "password_hash"):
        op.drop_column("app_users", column)
    with op.batch_alter_table("app_users") as batch_op:
        batch_op.drop_constraint(op.f("ck_app_users_user_role"), type_="check")
        batch_op.create_check_constraint("user_role", "role IN ('hr_admin', 'manager')")
