"""Whether 360 results are published (and answering closed) follows the database's
clock in UTC, not the clock or time zone of the machine that asks."""
from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from db.models import Cycle, CycleStage, Frequency
from reviewer.errors import StageBlocked
from reviewer.feedback import release
from reviewer.feedback.release import (cycle_feedback_published, database_today, refuse_answers_when_published,
                                       set_feedback_release)


class _AheadDate(date):
    """A machine whose clock (or time zone) is a day ahead of the database's."""

    @classmethod
    def today(cls):
        return date.today() + timedelta(days=1)


@pytest.fixture
def a_machine_a_day_ahead(monkeypatch):
    monkeypatch.setenv("TZ", "Etc/GMT-14")
    time.tzset()
    for module in ("reviewer.feedback.release", "reviewer.appraisal.document", "reviewer.appraisal.team_report",
                   "reviewer.feedback.offline_import", "reviewer.cli.forms"):
        monkeypatch.setattr(f"{module}.date", _AheadDate, raising=False)
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def _cycle_released_tomorrow(database) -> tuple[int, date]:
    with database.session() as session:
        today = database_today(session)
        cycle = Cycle(name="2026 H2", period_start=date(2026, 7, 1), period_end=date(2026, 12, 31),
                      frequency=Frequency.HALF_YEAR, stage=CycleStage.SELF_REVIEW_360,
                      feedback_release_date=today + timedelta(days=1))
        session.add(cycle)
        session.flush()
        return cycle.id, today


def test_the_database_day_is_its_own_utc_date(database):
    with database.session() as session:
        assert abs((database_today(session) - date.today()).days) <= 1


def test_a_release_tomorrow_by_the_database_clock_is_not_published_on_a_machine_a_day_ahead(
        database, a_machine_a_day_ahead):
    cycle_id, today = _cycle_released_tomorrow(database)
    with database.session() as session:
        assert not cycle_feedback_published(session, cycle_id)
        refuse_answers_when_published(session, cycle_id)  # a rater may still answer
        # Nor can HR's machine take it back as if it had passed: it has not, by the database.
        set_feedback_release(session, cycle_id, None)
    with database.session() as session:
        set_feedback_release(session, cycle_id, today)
    with database.session() as session:
        assert cycle_feedback_published(session, cycle_id)
        with pytest.raises(StageBlocked):
            refuse_answers_when_published(session, cycle_id)


def test_forms_release_without_a_day_takes_the_database_day(tmp_path, capsys, a_machine_a_day_ahead):
    import json

    from db.migrate import open_database
    from reviewer.cli.runner import run
    from db.location import resolve_database_url

    path = tmp_path / "clock.sqlite3"
    database, _ = open_database(resolve_database_url(str(path)))
    try:
        _cycle_released_tomorrow(database)
        with database.session() as session:
            today = database_today(session)
    finally:
        database.dispose()
    assert release.date.today() != today  # the machine believes it is tomorrow already
    assert run(["forms", "release", "--db", str(path), "--cycle", "2026 H2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["release_date"] == today.isoformat()
