"""Cycles on a company's own data: who is in a cycle, stage changes with their
reasons, cycle settings (rater-group weights, scope, due dates, frozen scores,
release, close) and the self- and manager-review fields of an appraisal

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Existing cycles keep their appraisals; their participants are the people who have
an appraisal in them, so a demo or earlier cycle knows who is in it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

STAGES = ("draft", "goal_setting", "self_review_360", "manager_review", "calibration", "sign_off", "closed")
_STAGE_LIST = ", ".join(f"'{stage}'" for stage in STAGES)


def upgrade() -> None:
    op.add_column("cycles", sa.Column("group_weights", sa.JSON(), nullable=True))
    op.add_column("cycles", sa.Column("department_scope", sa.JSON(), nullable=True))
    op.add_column("cycles", sa.Column("stage_due_dates", sa.JSON(), nullable=True))
    op.add_column("cycles", sa.Column("scores_frozen_at", sa.DateTime(), nullable=True))
    op.add_column("cycles", sa.Column("released_at", sa.DateTime(), nullable=True))
    op.add_column("cycles", sa.Column("closed_at", sa.DateTime(), nullable=True))
    op.add_column("cycles", sa.Column("copied_from_id", sa.Integer(), nullable=True))

    for name, column in (
        ("self_achievements", sa.Text()), ("self_challenges", sa.Text()),
        ("self_development_wishes", sa.Text()), ("self_submitted_at", sa.DateTime()),
        ("self_returned_at", sa.DateTime()), ("self_return_note", sa.Text()),
        ("rating_justification", sa.Text()), ("manager_private_note", sa.Text()),
        ("manager_submitted_at", sa.DateTime()), ("score_inputs_changed_at", sa.DateTime()),
    ):
        op.add_column("appraisals", sa.Column(name, column, nullable=True))

    op.create_table(
        "cycle_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("added_late", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_cycle_participants_cycle_id_cycles"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["employee_id"], ["employees.id"],
                                name=op.f("fk_cycle_participants_employee_id_employees"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_participants")),
        sa.UniqueConstraint("cycle_id", "employee_id", name=op.f("uq_cycle_participants_cycle_id_employee_id")),
    )
    op.create_index("ix_cycle_participants_employee", "cycle_participants", ["employee_id"])

    op.create_table(
        "cycle_stage_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_stage", sa.String(length=15), nullable=False),
        sa.Column("to_stage", sa.String(length=15), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("blocker", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=64), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('advance', 'reopen', 'exception')", name=op.f("ck_cycle_stage_events_stage_event_kind")),
        sa.CheckConstraint("kind = 'advance' OR (reason IS NOT NULL AND length(reason) > 0)",
                           name=op.f("ck_cycle_stage_events_reason_required")),
        sa.CheckConstraint("kind <> 'exception' OR employee_id IS NOT NULL",
                           name=op.f("ck_cycle_stage_events_exception_names_person")),
        sa.CheckConstraint(f"from_stage IN ({_STAGE_LIST})", name=op.f("ck_cycle_stage_events_from_stage")),
        sa.CheckConstraint(f"to_stage IN ({_STAGE_LIST})", name=op.f("ck_cycle_stage_events_to_stage")),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_cycle_stage_events_cycle_id_cycles"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["employee_id"], ["employees.id"],
                                name=op.f("fk_cycle_stage_events_employee_id_employees"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["actor_user_id"], ["app_users.id"],
                                name=op.f("fk_cycle_stage_events_actor_user_id_app_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_stage_events")),
    )
    op.create_index("ix_cycle_stage_events_cycle", "cycle_stage_events", ["cycle_id"])
    op.create_index(op.f("ix_cycle_stage_events_employee_id"), "cycle_stage_events", ["employee_id"])

    op.create_table(
        "appraisal_target_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("self_rating", sa.Integer(), nullable=True),
        sa.Column("self_comment", sa.Text(), nullable=True),
        sa.Column("manager_comment", sa.Text(), nullable=True),
        sa.CheckConstraint("self_rating IS NULL OR (self_rating >= 1 AND self_rating <= 5)",
                           name=op.f("ck_appraisal_target_reviews_self_rating_range")),
        sa.ForeignKeyConstraint(["appraisal_id"], ["appraisals.id"],
                                name=op.f("fk_appraisal_target_reviews_appraisal_id_appraisals"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["target_id"], ["targets.id"],
                                name=op.f("fk_appraisal_target_reviews_target_id_targets"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_target_reviews")),
        sa.UniqueConstraint("appraisal_id", "target_id", name=op.f("uq_appraisal_target_reviews_appraisal_id_target_id")),
    )
    op.create_index(op.f("ix_appraisal_target_reviews_target_id"), "appraisal_target_reviews", ["target_id"])

    # Earlier cycles: whoever has an appraisal in a cycle took part in it.
    op.execute(
        "INSERT INTO cycle_participants (cycle_id, employee_id, added_late, added_at) "
        "SELECT DISTINCT a.cycle_id, a.employee_id, FALSE, CURRENT_TIMESTAMP FROM appraisals a"
    )


def downgrade() -> None:
    op.drop_table("appraisal_target_reviews")
    op.drop_table("cycle_stage_events")
    op.drop_table("cycle_participants")
    for name in ("score_inputs_changed_at", "manager_submitted_at", "manager_private_note", "rating_justification",
                 "self_return_note", "self_returned_at", "self_submitted_at", "self_development_wishes",
                 "self_challenges", "self_achievements"):
        op.drop_column("appraisals", name)
    for name in ("copied_from_id", "closed_at", "released_at", "scores_frozen_at", "stage_due_dates", "department_scope",
                 "group_weights"):
        op.drop_column("cycles", name)
