"""Cycle setup under hostile input and two writers at once: every refusal is a coded
message naming the field, never a database error."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import event, func, select

from db.models import Cycle, CycleParticipant, Employee
from reviewer.cycles.participants import add_participant
from reviewer.cycles.settings import Band, SettingsChange, change_settings
from reviewer.cycles.setup import NewCycle, create_cycle, cycle_detail
from reviewer.errors import ReviewerError, ValidationError
from reviewer.workstation import Workstation

from .roster_company import import_company

H1 = NewCycle("2027 H1", date(2027, 1, 1), date(2027, 6, 30), "half_year")


@pytest.fixture
def company(database, tmp_path):
    import_company(database, tmp_path)
    return Workstation(database)


def _problems(refused) -> dict[str, str]:
    return {p.field: p.code for p in refused.value.problems}


@pytest.mark.parametrize("name", ["2027\u202eH1", "bell\aX", "2027\u200bH1", "nul\x00name"])
def test_a_cycle_name_with_hidden_characters_is_refused(company, name):
    with pytest.raises(ValidationError) as refused:
        company.call(create_cycle, NewCycle(name, date(2027, 1, 1), date(2027, 6, 30), "half_year"))
    assert _problems(refused) == {"cycle_name": "hidden_characters"}
    assert "U+" in str(refused.value)


@pytest.mark.parametrize("name", ["2027 h1", "２０２７ Ｈ1", "2027  H1"])
def test_a_cycle_name_differing_only_by_case_width_or_spacing_is_taken(company, name):
    company.call(create_cycle, H1)
    with pytest.raises(ValidationError) as refused:
        company.call(create_cycle, NewCycle(name, date(2027, 1, 1), date(2027, 6, 30), "half_year"))
    assert _problems(refused) == {"cycle_name": "cycle_name_taken"}
    assert "'2027 H1' already exists" in str(refused.value)


def test_part_weights_within_rounding_of_100_are_stored_as_100(company):
    cycle_id = company.call(create_cycle, H1).id
    company.call(change_settings, cycle_id, SettingsChange(kpi_weight=99.995, competency_weight=0.01))
    detail = company.call(cycle_detail, cycle_id)
    assert detail.kpi_weight == 99.995 and detail.kpi_weight + detail.competency_weight == 100


@pytest.mark.parametrize("weight", [101, 1e300])
def test_a_group_weight_too_large_to_score_with_is_refused(company, weight):
    # 1e300 x a score of 80 is infinite: every competency part would be inf or NaN.
    cycle_id = company.call(create_cycle, H1).id
    with pytest.raises(ValidationError) as refused:
        company.call(change_settings, cycle_id, SettingsChange(group_weights={"manager": weight, "peer": weight}))
    assert {p.code for p in refused.value.problems} == {"group_weight_range"}
    assert "from 0 to 100" in str(refused.value)


@pytest.mark.parametrize("field, band", [
    ("code", Band("A\u200b", "Top", "优", 50, 50)),
    ("name", Band("A", "Top\u202e", "优", 50, 50)),
    ("name_zh", Band("A", "Top", "优\x07", 50, 50)),
])
def test_band_text_with_hidden_characters_is_refused(company, field, band):
    cycle_id = company.call(create_cycle, H1).id
    with pytest.raises(ValidationError) as refused:
        company.call(change_settings, cycle_id, SettingsChange(bands=[Band("B", "Rest", "其他", 0, 50), band]))
    assert [(p.row, p.field, p.code) for p in refused.value.problems] == [(2, field, "hidden_characters")]


def _racing(database, work) -> list[str]:
    """Run ``work(session, n)`` in two sessions that both pass their checks before either
    writes; returns 'ok' or the refusal's code of each."""
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def writer(n: int) -> None:
        try:
            with database.session() as session:
                event.listen(session, "before_flush", lambda *_: start.wait(10), once=True)
                work(session, n)
            outcomes.append("ok")
        except ReviewerError as refused:
            outcomes.append(refused.code or ",".join(p.code for p in getattr(refused, "problems", [])))
        except threading.BrokenBarrierError:
            outcomes.append("barrier")
        except Exception as error:  # noqa: BLE001 - the test reports what leaked
            outcomes.append(type(error).__name__)
            start.abort()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return sorted(outcomes)


def test_two_people_creating_the_same_cycle_at_once_get_one_cycle_and_a_message(company, database):
    outcomes = _racing(database, lambda session, n: create_cycle(session, H1))
    assert outcomes == ["cycle_name_taken", "ok"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Cycle)) == 1


def test_two_people_adding_the_same_joiner_at_once_add_them_once(company, database):
    cycle_id = company.call(create_cycle, H1).id
    with company.unit() as session:
        joiner = session.scalar(select(Employee.id).where(Employee.employee_no == "E6"))
    outcomes = _racing(database, lambda session, n: add_participant(session, cycle_id, joiner))
    assert outcomes == ["ok", "participant_already_in"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CycleParticipant)
                              .where(CycleParticipant.employee_id == joiner)) == 1

