"""Calibration: sessions over a scope of a cycle, who sits in them, who is calibrated
under which blind code, moves with their session and axis (band or potential) and undo,
the potential rating of an appraisal, a per-cycle distribution margin and rule, the
ranking within a position, and company and department goals cascaded to targets

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

SQLite cannot add a constraint to an existing table, so there the new columns carry
their CHECK or REFERENCES inline, and calibration_adjustments (whose to_band_id becomes
optional) is rebuilt with its rows copied. Existing moves become band moves outside any session.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

POTENTIAL_CHECK = "potential IS NULL OR potential IN ('low', 'medium', 'high')"
MARGIN_CHECK = "distribution_margin_pct IS NULL OR (distribution_margin_pct >= 0 AND distribution_margin_pct <= 100)"
ADJUSTMENT_COLUMNS = ("id", "appraisal_id", "adjusted_by_id", "from_band_id", "to_band_id", "from_score", "to_score",
                      "reason", "created_at")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _adjustments_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appraisal_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("axis", sa.String(length=12), nullable=False),
        sa.Column("adjusted_by_id", sa.Integer(), nullable=True),
        sa.Column("adjusted_by_name", sa.String(length=100), nullable=True),
        sa.Column("from_band_id", sa.Integer(), nullable=True),
        sa.Column("to_band_id", sa.Integer(), nullable=True),
        sa.Column("from_potential", sa.String(length=10), nullable=True),
        sa.Column("to_potential", sa.String(length=10), nullable=True),
        sa.Column("from_score", sa.Float(), nullable=True),
        sa.Column("to_score", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by_name", sa.String(length=100), nullable=True),
        *_adjustment_checks(),
        sa.ForeignKeyConstraint(["adjusted_by_id"], ["app_users.id"],
                                name="fk_calibration_adjustments_adjusted_by_id_app_users", ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["appraisal_id"], ["appraisals.id"],
                                name="fk_calibration_adjustments_appraisal_id_appraisals", ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["from_band_id"], ["rating_bands.id"],
                                name="fk_calibration_adjustments_from_band_id_rating_bands", ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["to_band_id"], ["rating_bands.id"],
                                name="fk_calibration_adjustments_to_band_id_rating_bands", ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["session_id"], ["calibration_sessions.id"],
                                name="fk_calibration_adjustments_session_id_calibration_sessions", ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_calibration_adjustments"),
    )


def _adjustment_checks() -> list[sa.CheckConstraint]:
    return [
        sa.CheckConstraint("from_score IS NULL OR (from_score >= 0 AND from_score <= 150)",
                           name="ck_calibration_adjustments_from_score_range"),
        sa.CheckConstraint("to_score IS NULL OR (to_score >= 0 AND to_score <= 150)",
                           name="ck_calibration_adjustments_to_score_range"),
        sa.CheckConstraint("length(reason) > 0", name="ck_calibration_adjustments_reason_required"),
        sa.CheckConstraint("axis IN ('band', 'potential')", name="ck_calibration_adjustments_axis_known"),
        sa.CheckConstraint("axis <> 'band' OR to_band_id IS NOT NULL", name="ck_calibration_adjustments_band_move_has_band"),
        sa.CheckConstraint("axis <> 'potential' OR to_potential IN ('low', 'medium', 'high')",
                           name="ck_calibration_adjustments_potential_move_has_level"),
    ]


def _adjustment_indexes() -> None:
    op.create_index("ix_calibration_adjustments_adjusted_by_id", "calibration_adjustments", ["adjusted_by_id"])
    op.create_index("ix_calibration_adjustments_appraisal_id", "calibration_adjustments", ["appraisal_id"])
    op.create_index("ix_calibration_adjustments_session", "calibration_adjustments", ["session_id"])


def upgrade() -> None:
    op.create_table('cycle_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('measure', sa.String(length=200), nullable=True),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(title) > 0', name=op.f('ck_cycle_goals_title_required')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_cycle_goals_not_own_parent')),
    sa.ForeignKeyConstraint(['cycle_id'], ['cycles.id'], name=op.f('fk_cycle_goals_cycle_id_cycles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_cycle_goals_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['parent_id'], ['cycle_goals.id'], name=op.f('fk_cycle_goals_parent_id_cycle_goals'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cycle_goals'))
    )
    op.create_index('ix_cycle_goals_cycle', 'cycle_goals', ['cycle_id'], unique=False)
    op.create_index(op.f('ix_cycle_goals_parent_id'), 'cycle_goals', ['parent_id'], unique=False)
    op.create_table('position_rankings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('ranked_by_name', sa.String(length=100), nullable=False),
    sa.Column('ranked_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('rank >= 1', name=op.f('ck_position_rankings_rank_positive')),
    sa.ForeignKeyConstraint(['cycle_id'], ['cycles.id'], name=op.f('fk_position_rankings_cycle_id_cycles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_position_rankings_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_position_rankings_position_id_positions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_rankings')),
    sa.UniqueConstraint('cycle_id', 'employee_id', name=op.f('uq_position_rankings_cycle_id_employee_id'))
    )
    op.create_index('ix_position_rankings_cycle_position', 'position_rankings', ['cycle_id', 'position_id'], unique=False)
    op.create_table('calibration_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('scope_kind', sa.String(length=12), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('blind', sa.Boolean(), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('opened_by_name', sa.String(length=100), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('closed_by_name', sa.String(length=100), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("scope_kind <> 'department' OR department_id IS NOT NULL", name=op.f('ck_calibration_sessions_department_scope_named')),
    sa.CheckConstraint("scope_kind <> 'position' OR position_id IS NOT NULL", name=op.f('ck_calibration_sessions_position_scope_named')),
    sa.CheckConstraint("scope_kind IN ('cycle', 'department', 'position')", name=op.f('ck_calibration_sessions_scope_kind_known')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_calibration_sessions_name_required')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['app_users.id'], name=op.f('fk_calibration_sessions_closed_by_id_app_users'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['cycle_id'], ['cycles.id'], name=op.f('fk_calibration_sessions_cycle_id_cycles'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_calibration_sessions_department_id_departments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['opened_by_id'], ['app_users.id'], name=op.f('fk_calibration_sessions_opened_by_id_app_users'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_calibration_sessions_position_id_positions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_sessions'))
    )
    op.create_index('ix_calibration_sessions_cycle', 'calibration_sessions', ['cycle_id'], unique=False)
    op.create_table('calibration_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_calibration_codes_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['calibration_sessions.id'], name=op.f('fk_calibration_codes_session_id_calibration_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_codes')),
    sa.UniqueConstraint('session_id', 'code', name=op.f('uq_calibration_codes_session_id_code')),
    sa.UniqueConstraint('session_id', 'employee_id', name=op.f('uq_calibration_codes_session_id_employee_id'))
    )
    op.create_table('calibration_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('appraisal_id', sa.Integer(), nullable=False),
    sa.Column('band_at_open_id', sa.Integer(), nullable=True),
    sa.Column('potential_at_open', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['appraisal_id'], ['appraisals.id'], name=op.f('fk_calibration_members_appraisal_id_appraisals'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['band_at_open_id'], ['rating_bands.id'], name=op.f('fk_calibration_members_band_at_open_id_rating_bands'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['calibration_sessions.id'], name=op.f('fk_calibration_members_session_id_calibration_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_members')),
    sa.UniqueConstraint('session_id', 'appraisal_id', name=op.f('uq_calibration_members_session_id_appraisal_id'))
    )
    op.create_index('ix_calibration_members_appraisal', 'calibration_members', ['appraisal_id'], unique=False)
    op.create_table('calibration_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_calibration_participants_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['calibration_sessions.id'], name=op.f('fk_calibration_participants_session_id_calibration_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calibration_participants')),
    sa.UniqueConstraint('session_id', 'employee_id', name=op.f('uq_calibration_participants_session_id_employee_id'))
    )
    op.create_index(op.f('ix_calibration_participants_employee_id'), 'calibration_participants', ['employee_id'], unique=False)

    if _sqlite():
        op.execute("ALTER TABLE appraisals ADD COLUMN potential VARCHAR(10) "
                   f"CONSTRAINT ck_appraisals_potential_level CHECK ({POTENTIAL_CHECK})")
        op.execute("ALTER TABLE cycles ADD COLUMN distribution_margin_pct FLOAT "
                   f"CONSTRAINT ck_cycles_distribution_margin_range CHECK ({MARGIN_CHECK})")
        # A column-level REFERENCES would lose its name and ON DELETE on reflection: rebuild.
        with op.batch_alter_table("targets", recreate="always") as targets:
            targets.add_column(sa.Column("goal_id", sa.Integer(), nullable=True))
            targets.create_foreign_key("fk_targets_goal_id_cycle_goals", "cycle_goals", ["goal_id"], ["id"],
                                       ondelete="SET NULL")
        _adjustments_table("calibration_adjustments_new")
        columns = ", ".join(ADJUSTMENT_COLUMNS)
        op.execute(f"INSERT INTO calibration_adjustments_new ({columns}, axis) "
                   f"SELECT {columns}, 'band' FROM calibration_adjustments")
        op.drop_table("calibration_adjustments")
        op.rename_table("calibration_adjustments_new", "calibration_adjustments")
        _adjustment_indexes()
    else:
        op.add_column("appraisals", sa.Column("potential", sa.String(length=10), nullable=True))
        op.create_check_constraint("ck_appraisals_potential_level", "appraisals", POTENTIAL_CHECK)
        op.add_column("cycles", sa.Column("distribution_margin_pct", sa.Float(), nullable=True))
        op.create_check_constraint("ck_cycles_distribution_margin_range", "cycles", MARGIN_CHECK)
        op.add_column("targets", sa.Column("goal_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_targets_goal_id_cycle_goals", "targets", "cycle_goals", ["goal_id"], ["id"],
                              ondelete="SET NULL")
        for name, column in (("session_id", sa.Integer()), ("adjusted_by_name", sa.String(length=100)),
                             ("from_potential", sa.String(length=10)), ("to_potential", sa.String(length=10)),
                             ("undone_at", sa.DateTime()), ("undone_by_name", sa.String(length=100))):
            op.add_column("calibration_adjustments", sa.Column(name, column, nullable=True))
        op.add_column("calibration_adjustments", sa.Column("axis", sa.String(length=12), nullable=False,
                                                           server_default="band"))
        op.alter_column("calibration_adjustments", "axis", server_default=None)
        op.alter_column("calibration_adjustments", "to_band_id", existing_type=sa.Integer(), nullable=True)
        for check in _adjustment_checks()[3:]:
            op.create_check_constraint(check.name, "calibration_adjustments", str(check.sqltext))
        op.create_foreign_key("fk_calibration_adjustments_session_id_calibration_sessions", "calibration_adjustments",
                              "calibration_sessions", ["session_id"], ["id"], ondelete="RESTRICT")
        op.create_index("ix_calibration_adjustments_session", "calibration_adjustments", ["session_id"])
    op.add_column("cycles", sa.Column("enforce_distribution", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_targets_goal_id", "targets", ["goal_id"])


def downgrade() -> None:
    # Moves on the potential axis have no place in the older schema; band moves stay.
    op.execute("DELETE FROM calibration_adjustments WHERE axis <> 'band'")
    op.drop_index("ix_targets_goal_id", table_name="targets")
    if _sqlite():
        op.execute("CREATE TABLE calibration_adjustments_old (id INTEGER NOT NULL, appraisal_id INTEGER NOT NULL, "
                   "adjusted_by_id INTEGER, from_band_id INTEGER, to_band_id INTEGER NOT NULL, from_score FLOAT, "
                   "to_score FLOAT, reason TEXT NOT NULL, created_at DATETIME NOT NULL, "
                   "CONSTRAINT pk_calibration_adjustments PRIMARY KEY (id), "
                   "CONSTRAINT ck_calibration_adjustments_from_score_range CHECK "
                   "(from_score IS NULL OR (from_score >= 0 AND from_score <= 150)), "
                   "CONSTRAINT ck_calibration_adjustments_reason_required CHECK (length(reason) > 0), "
                   "CONSTRAINT ck_calibration_adjustments_to_score_range CHECK "
                   "(to_score IS NULL OR (to_score >= 0 AND to_score <= 150)), "
                   "CONSTRAINT fk_calibration_adjustments_adjusted_by_id_app_users FOREIGN KEY(adjusted_by_id) "
                   "REFERENCES app_users (id) ON DELETE RESTRICT, "
                   "CONSTRAINT fk_calibration_adjustments_appraisal_id_appraisals FOREIGN KEY(appraisal_id) "
                   "REFERENCES appraisals (id) ON DELETE RESTRICT, "
                   "CONSTRAINT fk_calibration_adjustments_from_band_id_rating_bands FOREIGN KEY(from_band_id) "
                   "REFERENCES rating_bands (id) ON DELETE RESTRICT, "
                   "CONSTRAINT fk_calibration_adjustments_to_band_id_rating_bands FOREIGN KEY(to_band_id) "
                   "REFERENCES rating_bands (id) ON DELETE RESTRICT)")
        columns = ", ".join(ADJUSTMENT_COLUMNS)
        op.execute(f"INSERT INTO calibration_adjustments_old ({columns}) SELECT {columns} FROM calibration_adjustments")
        op.drop_table("calibration_adjustments")
        op.rename_table("calibration_adjustments_old", "calibration_adjustments")
        op.create_index("ix_calibration_adjustments_adjusted_by_id", "calibration_adjustments", ["adjusted_by_id"])
        op.create_index("ix_calibration_adjustments_appraisal_id", "calibration_adjustments", ["appraisal_id"])
        with op.batch_alter_table("targets", recreate="always") as targets:
            targets.drop_constraint("fk_targets_goal_id_cycle_goals", type_="foreignkey")
            targets.drop_column("goal_id")
    else:
        op.drop_index("ix_calibration_adjustments_session", table_name="calibration_adjustments")
        op.drop_constraint("fk_calibration_adjustments_session_id_calibration_sessions", "calibration_adjustments",
                           type_="foreignkey")
        for check in _adjustment_checks()[3:]:
            op.drop_constraint(check.name, "calibration_adjustments", type_="check")
        op.alter_column("calibration_adjustments", "to_band_id", existing_type=sa.Integer(), nullable=False)
        for name in ("axis", "undone_by_name", "undone_at", "to_potential", "from_potential", "adjusted_by_name",
                     "session_id"):
            op.drop_column("calibration_adjustments", name)
        op.drop_constraint("fk_targets_goal_id_cycle_goals", "targets", type_="foreignkey")
        op.drop_constraint("ck_cycles_distribution_margin_range", "cycles", type_="check")
        op.drop_constraint("ck_appraisals_potential_level", "appraisals", type_="check")
        op.drop_column("targets", "goal_id")
    op.drop_column("cycles", "enforce_distribution")
    op.drop_column("cycles", "distribution_margin_pct")
    op.drop_column("appraisals", "potential")
    op.drop_table("calibration_participants")
    op.drop_table("calibration_members")
    op.drop_table("calibration_codes")
    op.drop_table("calibration_sessions")
    op.drop_table("position_rankings")
    op.drop_table("cycle_goals")
