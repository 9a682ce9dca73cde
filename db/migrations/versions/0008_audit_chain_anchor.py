"""An anchor for the audit chain: which entries predate it, and that it has begun

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Without it, an entry taken out of the chain (its sequence set to NULL) passes for
an entry older than the chain, and a trail emptied together with its recorded head
passes for a trail that never had entries. The anchor names the entries that
predate the chain (the highest such id and how many there are) and the head is
written now, so from this revision on the head is never legitimately missing.
Fresh databases run this too and get "0:0" and an empty head.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ANCHOR_SETTING = "audit_chain_anchor"
HEAD_SETTING = "audit_chain_head"
GENESIS = "0" * 64  # the chain's "previous hash" before its first entry (reviewer/audit/chain.py)


def upgrade() -> None:
    bind = op.get_bind()
    highest, count = bind.execute(sa.text(
        "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM audit_events WHERE sequence IS NULL")).one()
    settings = sa.table("app_settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    bind.execute(settings.delete().where(settings.c.key == ANCHOR_SETTING))
    bind.execute(settings.insert().values(key=ANCHOR_SETTING, value=f"{highest}:{count}"))
    chained = bind.execute(sa.text("SELECT COUNT(*) FROM audit_events WHERE sequence IS NOT NULL")).scalar()
    has_head = bind.execute(sa.select(sa.func.count()).select_from(settings)
                            .where(settings.c.key == HEAD_SETTING)).scalar()
    if not chained and not has_head:
        bind.execute(settings.insert().values(key=HEAD_SETTING, value=f"0:{GENESIS}"))


def downgrade() -> None:
    op.execute(f"DELETE FROM app_settings WHERE key = '{ANCHOR_SETTING}'")
