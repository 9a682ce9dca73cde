"""Rater scores: each submitted form's ratings summed per competency

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

360 results read these sums instead of every answer. Forms submitted before this
revision get theirs here, from their answers.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rater_scores",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("competency_id", sa.Integer(), nullable=False),
        sa.Column("ratings", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["competency_id"], ["competencies.id"],
                                name=op.f("fk_rater_scores_competency_id_competencies"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["request_id"], ["feedback_requests.id"],
                                name=op.f("fk_rater_scores_request_id_feedback_requests"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("request_id", "competency_id", name=op.f("pk_rater_scores")),
    )
    op.execute(
        "INSERT INTO rater_scores (request_id, competency_id, ratings, total) "
        "SELECT a.request_id, q.competency_id, count(a.rating), sum(a.rating) "
        "FROM answers a JOIN form_questions q ON q.id = a.question_id "
        "JOIN feedback_requests r ON r.id = a.request_id "
        "WHERE r.status = 'submitted' AND a.rating IS NOT NULL AND q.competency_id IS NOT NULL "
        "GROUP BY a.request_id, q.competency_id"
    )


def downgrade() -> None:
    op.drop_table("rater_scores")
