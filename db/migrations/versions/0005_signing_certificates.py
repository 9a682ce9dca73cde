"""Signing certificates this database knows (identities and the company CA)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("holder_name", sa.String(length=100), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("is_ca", sa.Boolean(), nullable=False),
        sa.Column("issuer_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("key_file", sa.String(length=300), nullable=True),
        sa.Column("not_after", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(fingerprint) = 64", name=op.f("ck_signing_certificates_fingerprint_length")),
        sa.ForeignKeyConstraint(["employee_id"], ["employees.id"],
                                name=op.f("fk_signing_certificates_employee_id_employees"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_certificates")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_signing_certificates_fingerprint")),
    )
    with op.batch_alter_table("signing_certificates") as batch_op:
        batch_op.create_index(batch_op.f("ix_signing_certificates_employee_id"), ["employee_id"], unique=False)


def downgrade() -> None:
    op.drop_table("signing_certificates")
