"""Improvement and development plans as a guided process: a plan's kind and source,
the support the company commits, a check-in cadence, a version the employee acknowledges,
approval, extensions and closing; goals with baseline, target and the KPI or competency
they are about, and their revisions; progress per goal at a check-in; warnings naming the
check-in and goals, and recognitions; the plan's timeline; signatures on the plan PDF

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

Existing plans become improvement plans started from scratch, checked in every two weeks,
at version 1; existing warnings stay warnings.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _batch(table: str):
    # SQLite cannot add a constraint to a table: rebuild it (the rows are few); elsewhere ALTER.
    sqlite = op.get_bind().dialect.name == "sqlite"
    return op.batch_alter_table(table, recreate="always" if sqlite else "auto")


def upgrade() -> None:
    op.create_table('plan_acknowledgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.Column('disagrees', sa.Boolean(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_plan_acknowledgements_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['plan_id'], ['improvement_plans.id'], name=op.f('fk_plan_acknowledgements_plan_id_improvement_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_acknowledgements')),
    sa.UniqueConstraint('plan_id', 'version', name=op.f('uq_plan_acknowledgements_plan_id_version'))
    )
    op.create_table('plan_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_name', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=True),
    sa.CheckConstraint("kind IN ('approved', 'acknowledged', 'extended', 'closed', 'goals_changed')", name=op.f('ck_plan_events_kind_known')),
    sa.ForeignKeyConstraint(['plan_id'], ['improvement_plans.id'], name=op.f('fk_plan_events_plan_id_improvement_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_events'))
    )
    op.create_index('ix_plan_events_plan', 'plan_events', ['plan_id'], unique=False)
    op.create_table('plan_signature_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('signer_employee_id', sa.Integer(), nullable=True),
    sa.Column('signer_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.Enum('manager', 'employee', 'hr', name='signer_role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=False),
    sa.Column('document_sha256', sa.String(length=64), nullable=False),
    sa.Column('disagrees', sa.Boolean(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.CheckConstraint('length(certificate_sha256) = 64', name=op.f('ck_plan_signature_records_certificate_sha256_length')),
    sa.CheckConstraint('length(document_sha256) = 64', name=op.f('ck_plan_signature_records_document_sha256_length')),
    sa.ForeignKeyConstraint(['plan_id'], ['improvement_plans.id'], name=op.f('fk_plan_signature_records_plan_id_improvement_plans'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['signer_employee_id'], ['employees.id'], name=op.f('fk_plan_signature_records_signer_employee_id_employees'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_signature_records')),
    sa.UniqueConstraint('plan_id', 'version', 'role', name=op.f('uq_plan_signature_records_plan_id_version_role'))
    )
    op.create_index(op.f('ix_plan_signature_records_document_sha256'), 'plan_signature_records', ['document_sha256'], unique=False)
    op.create_index(op.f('ix_plan_signature_records_signer_employee_id'), 'plan_signature_records', ['signer_employee_id'], unique=False)
    op.create_table('plan_check_in_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_in_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('progress_pct', sa.SmallInteger(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("state IN ('on_track', 'at_risk', 'off_track')", name=op.f('ck_plan_check_in_goals_state_known')),
    sa.CheckConstraint('progress_pct >= 0 AND progress_pct <= 100', name=op.f('ck_plan_check_in_goals_progress_range')),
    sa.ForeignKeyConstraint(['check_in_id'], ['plan_check_ins.id'], name=op.f('fk_plan_check_in_goals_check_in_id_plan_check_ins'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['plan_goals.id'], name=op.f('fk_plan_check_in_goals_goal_id_plan_goals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_check_in_goals')),
    sa.UniqueConstraint('check_in_id', 'goal_id', name=op.f('uq_plan_check_in_goals_check_in_id_goal_id'))
    )
    op.create_index(op.f('ix_plan_check_in_goals_goal_id'), 'plan_check_in_goals', ['goal_id'], unique=False)
    op.create_table('plan_goal_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by_name', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=False),
    sa.Column('after', sa.JSON(), nullable=False),
    sa.CheckConstraint('length(reason) > 0', name=op.f('ck_plan_goal_revisions_reason_required')),
    sa.ForeignKeyConstraint(['goal_id'], ['plan_goals.id'], name=op.f('fk_plan_goal_revisions_goal_id_plan_goals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_goal_revisions'))
    )
    op.create_index(op.f('ix_plan_goal_revisions_goal_id'), 'plan_goal_revisions', ['goal_id'], unique=False)
    with _batch("improvement_plans") as plans:
        plans.add_column(sa.Column("kind", sa.String(length=12), nullable=False, server_default="improvement"))
        plans.add_column(sa.Column("source", sa.String(length=12), nullable=False, server_default="scratch"))
        plans.add_column(sa.Column("source_appraisal_id", sa.Integer(), nullable=True))
        plans.add_column(sa.Column("support", sa.Text(), nullable=True))
        plans.add_column(sa.Column("cadence_days", sa.SmallInteger(), nullable=False, server_default="14"))
        plans.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        plans.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))
        plans.add_column(sa.Column("approved_by_name", sa.String(length=100), nullable=True))
        plans.add_column(sa.Column("extensions", sa.SmallInteger(), nullable=False, server_default="0"))
        plans.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        plans.add_column(sa.Column("closed_by_name", sa.String(length=100), nullable=True))
        plans.create_foreign_key("fk_improvement_plans_source_appraisal_id_appraisals", "appraisals",
                                 ["source_appraisal_id"], ["id"], ondelete="SET NULL")
        plans.create_check_constraint("ck_improvement_plans_kind_known", "kind IN ('improvement', 'development')")
        plans.create_check_constraint("ck_improvement_plans_source_known", "source IN ('appraisal', 'alert', 'scratch')")
        plans.create_check_constraint("ck_improvement_plans_cadence_known", "cadence_days IN (7, 14)")
        plans.create_check_constraint("ck_improvement_plans_version_positive", "version >= 1")
        plans.create_check_constraint("ck_improvement_plans_extensions_non_negative", "extensions >= 0")
    with _batch("plan_goals") as goals:
        goals.add_column(sa.Column("baseline", sa.Text(), nullable=True))
        goals.add_column(sa.Column("target", sa.Text(), nullable=True))
        goals.add_column(sa.Column("kpi_id", sa.Integer(), nullable=True))
        goals.add_column(sa.Column("competency_id", sa.Integer(), nullable=True))
        goals.create_foreign_key("fk_plan_goals_kpi_id_kpis", "kpis", ["kpi_id"], ["id"], ondelete="SET NULL")
        goals.create_foreign_key("fk_plan_goals_competency_id_competencies", "competencies", ["competency_id"], ["id"],
                                 ondelete="SET NULL")
    with _batch("plan_warnings") as warnings:
        warnings.add_column(sa.Column("kind", sa.String(length=12), nullable=False, server_default="warning"))
        warnings.add_column(sa.Column("check_in_id", sa.Integer(), nullable=True))
        warnings.add_column(sa.Column("goal_ids", sa.JSON(), nullable=True))
        warnings.create_foreign_key("fk_plan_warnings_check_in_id_plan_check_ins", "plan_check_ins", ["check_in_id"],
                                    ["id"], ondelete="RESTRICT")
        warnings.create_check_constraint("ck_plan_warnings_kind_known", "kind IN ('warning', 'recognition')")


def downgrade() -> None:
    for table in ("plan_goal_revisions", "plan_check_in_goals", "plan_signature_records", "plan_events",
                  "plan_acknowledgements"):
        op.drop_table(table)
    # Recognitions have no place in the older schema; warnings stay.
    op.execute("DELETE FROM plan_warnings WHERE kind <> 'warning'")
    with _batch("plan_warnings") as warnings:
        warnings.drop_constraint("ck_plan_warnings_kind_known", type_="check")
        warnings.drop_constraint("fk_plan_warnings_check_in_id_plan_check_ins", type_="foreignkey")
        for column in ("goal_ids", "check_in_id", "kind"):
            warnings.drop_column(column)
    with _batch("plan_goals") as goals:
        goals.drop_constraint("fk_plan_goals_competency_id_competencies", type_="foreignkey")
        goals.drop_constraint("fk_plan_goals_kpi_id_kpis", type_="foreignkey")
        for column in ("competency_id", "kpi_id", "target", "baseline"):
            goals.drop_column(column)
    with _batch("improvement_plans") as plans:
        for name in ("extensions_non_negative", "version_positive", "cadence_known", "source_known", "kind_known"):
            plans.drop_constraint(f"ck_improvement_plans_{name}", type_="check")
        plans.drop_constraint("fk_improvement_plans_source_appraisal_id_appraisals", type_="foreignkey")
        for column in ("closed_by_name", "closed_at", "extensions", "approved_by_name", "approved_at", "version",
                       "cadence_days", "support", "source_appraisal_id", "source", "kind"):
            plans.drop_column(column)
