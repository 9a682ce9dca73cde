"""The record of a cycle's moves names people only to those who may review them: an
exception's reason ("on sick leave", "under investigation") is about one person."""
from __future__ import annotations

from db.models import UserRole
from reviewer.access import Actor, bind
from reviewer.cycles.stages import advance, stage_events

from .company import build_company


def test_a_manager_reads_the_exceptions_of_their_own_line_only(database):
    with database.session() as session:
        company = build_company(session)
        advance(session, company.cycle_id, {"E1": "Reviewed by the board", "E6": "Under investigation"})
        session.commit()
        assert {e.employee_no for e in stage_events(session, company.cycle_id) if e.kind == "exception"} == {
            "E1", "E6"}
        bind(session, Actor(None, "mei", "Mei", UserRole.MANAGER, company.ids["Mei"]))
        events = stage_events(session, company.cycle_id)
    assert [e.kind for e in events] == ["advance"]  # the moves stay; nobody outside her line is named
