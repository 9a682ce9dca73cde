"""Two people saving the same appraisal, target or plan: the second save is refused,
naming who changed it, never a silent overwrite (the row version check), on each backend."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import Appraisal, ImprovementPlan, Target, UserRole
from reviewer.access.actor import Actor, bind
from reviewer.database.stale import check_version
from reviewer.errors import ChangedMeanwhile
from tests.reviewer.plans.company import build_plans_company

MEI = Actor(user_id=None, username="mei", display_name="Mei", role=UserRole.HR_ADMIN)
LIN = Actor(user_id=None, username="lin", display_name="Lin", role=UserRole.HR_ADMIN)


@pytest.fixture
def company(database):
    with database.session() as session:
        company = build_plans_company(session)
        ann = company.ids["Ann Smith"]
        session.add(ImprovementPlan(employee_id=ann, owner_id=company.ids["Mei Chen"] if "Mei Chen" in company.ids
                                    else ann, reason="Sales below target", start_date=date(2027, 1, 1),
                                    end_date=date(2027, 3, 1)))
    return company


def _row_ids(database, company):
    ann = company.ids["Ann Smith"]
    with database.session() as session:
        return {
            Appraisal: company.appraisals["Ann Smith"],
            Target: session.scalars(select(Target.id).where(Target.employee_id == ann)).first(),
            ImprovementPlan: session.scalars(select(ImprovementPlan.id).where(ImprovementPlan.employee_id == ann)).one(),
        }


def _change(row):
    if isinstance(row, Appraisal):
        row.final_score = (row.final_score or 0) + 1
    elif isinstance(row, Target):
        row.target_value += 1
    else:
        row.analysis = (row.analysis or "") + "+"


@pytest.mark.parametrize("model, code", [(Appraisal, "appraisal_changed_meanwhile"),
                                         (Target, "target_changed_meanwhile"),
                                         (ImprovementPlan, "plan_changed_meanwhile")])
def test_the_second_save_of_a_row_read_before_the_first_is_refused_naming_who(database, company, model, code):
    row_id = _row_ids(database, company)[model]
    with pytest.raises(ChangedMeanwhile) as refused, database.session() as mei_session:
        mei_row = bind(mei_session, MEI).get(model, row_id)  # Mei reads it ...
        with database.session() as lin_session:  # ... Lin reads, changes and saves it ...
            _change(bind(lin_session, LIN).get(model, row_id))
        _change(mei_row)  # ... and Mei's change, based on her older read, is refused
    assert refused.value.code == code
    assert refused.value.params["who"] == "lin"
    assert refused.value.params["person"] == "Ann Smith"
    assert "UTC" in refused.value.params["when"]
    assert "lin" in str(refused.value) and "not saved" in str(refused.value)
    with database.session() as session:  # Lin's change stands
        assert session.get(model, row_id).row_version > 1


def test_saves_one_after_the_other_raise_the_version_each_time(database, company):
    row_id = _row_ids(database, company)[Target]
    for expected in (2, 3):
        with database.session() as session:
            _change(bind(session, MEI).get(Target, row_id))
        with database.session() as session:
            assert session.get(Target, row_id).row_version == expected


def test_a_form_loaded_before_another_save_is_refused_with_the_version_it_read(database, company):
    row_id = _row_ids(database, company)[Target]
    with database.session() as session:
        loaded = session.get(Target, row_id).row_version  # the window loads the form ...
    with database.session() as session:  # ... someone else saves meanwhile ...
        _change(bind(session, LIN).get(Target, row_id))
    with pytest.raises(ChangedMeanwhile) as refused, database.session() as session:
        row = bind(session, MEI).get(Target, row_id)
        check_version(session, row, loaded)  # ... and the form's save is refused
    assert refused.value.params["who"] == "lin"


def test_the_row_version_migration_goes_down_and_up_keeping_every_row(database, company):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import inspect as inspect_schema

    from db.migrate import SCHEMA_HEAD, alembic_config, open_database
    from db.models import Base

    url = database.url
    with database.session() as session:
        before = {model: session.scalar(select(func.count()).select_from(model))
                  for model in (Appraisal, Target, ImprovementPlan)}
    database.dispose()
    command.downgrade(alembic_config(url=url), "0011")
    reopened, upgrade = open_database(url)
    try:
        assert (upgrade.from_revision, upgrade.to_revision) == ("0011", SCHEMA_HEAD)
        with reopened.engine.connect() as connection:
            for table in ("appraisals", "targets", "improvement_plans"):
                assert "row_version" in {c["name"] for c in inspect_schema(connection).get_columns(table)}
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        with reopened.session() as session:
            for model, count in before.items():
                assert session.scalar(select(func.count()).select_from(model)) == count
                assert set(session.scalars(select(model.row_version))) == {1}
    finally:
        reopened.dispose()


def test_the_downgrade_removes_the_column(database):
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy import inspect as inspect_schema

    from db.migrate import alembic_config

    url = database.url
    database.dispose()
    command.downgrade(alembic_config(url=url), "0011")
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            for table in ("appraisals", "targets", "improvement_plans"):
                assert "row_version" not in {c["name"] for c in inspect_schema(connection).get_columns(table)}
    finally:
        engine.dispose()


def test_the_targets_page_save_is_refused_when_the_target_changed_after_it_was_shown(database, company):
    from reviewer.kpi.targets import person_target_sheet, update_target
    from reviewer.workstation import Workstation

    mei, lin = Workstation(database, MEI), Workstation(database, LIN)
    ann = company.ids["Ann Smith"]
    shown = mei.call(person_target_sheet, company.cycle_id, ann).rows[0]  # Mei's page shows Ann's target
    lin.call(update_target, shown.id, shown.target_value + 10, shown.weight)  # Lin saves it meanwhile
    with pytest.raises(ChangedMeanwhile) as refused:
        mei.call(update_target, shown.id, shown.target_value + 5, shown.weight, version_read=shown.row_version)
    assert refused.value.code == "target_changed_meanwhile" and refused.value.params["who"] == "lin"
    with database.session() as session:
        assert session.get(Target, shown.id).target_value == shown.target_value + 10
    # Reloaded, her save goes through
    fresh = next(row for row in mei.call(person_target_sheet, company.cycle_id, ann).rows if row.id == shown.id)
    mei.call(update_target, fresh.id, fresh.target_value + 5, fresh.weight, version_read=fresh.row_version)
