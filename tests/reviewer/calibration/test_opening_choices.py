"""What the Open-session dialog offers: departments, positions, the cycle's people, and
the managers of the people in a scope ticked by default — the same people open_session
makes participants when none are given."""
from __future__ import annotations

import pytest

from db.models import UserRole
from reviewer.access import Actor, bind
from reviewer.calibration.opening_choices import default_participants, opening_choices
from reviewer.calibration.sessions import open_session, session_header
from reviewer.errors import PermissionDenied

from .company import build_company

HR = Actor(user_id=None, username="hr", display_name="Helen HR", role=UserRole.HR_ADMIN)


@pytest.fixture
def company(database):
    with database.session() as session:
        built = build_company(session)
        session.commit()
    return built


def test_the_choices_name_departments_by_path_positions_and_the_cycle_people(database, company):
    with database.session() as session:
        bind(session, HR)
        choices = opening_choices(session, company.cycle_id)
    assert ("HQ/Sales/Sales East" in [path for _id, path in choices.departments])
    assert [title for _id, title, _zh in choices.positions] == ["Chief", "Lead", "Rep"]
    assert len(choices.candidates) == 8 and choices.candidates[0].name == "Ann Smith"


def test_the_default_participants_are_the_managers_open_session_chooses(database, company):
    with database.session() as session:
        bind(session, HR)
        ticked = default_participants(session, company.cycle_id, "department",
                                      department_id=company.departments["Sales"])
        assert ticked == sorted([company.ids["Chen Wei"], company.ids["Mei Lan"]])
        assert default_participants(session, company.cycle_id, "position",
                                    position_id=company.positions["Lead"]) == [company.ids["Chen Wei"]]
        session_id = open_session(session, company.cycle_id, scope="department",
                                  department_id=company.departments["Sales"])
        assert sorted(session_header(session, session_id).participants) == ["Chen Wei", "Mei Lan"]


def test_only_hr_reads_the_choices(database, company):
    manager = Actor(None, "mei", "Mei Lan", UserRole.MANAGER, company.ids["Mei Lan"])
    with database.session() as session:
        bind(session, manager)
        with pytest.raises(PermissionDenied):
            opening_choices(session, company.cycle_id)
