"""Blind sessions: while open, no result of the session's services carries a member's or
a manager's name or employee number; after HR closes it, the names are shown."""
from __future__ import annotations

import re

from sqlalchemy import select

from db.models import CalibrationAdjustment, CalibrationCode, UserRole
from reviewer.access import Actor, bind
from reviewer.calibration.distribution import distribution
from reviewer.calibration.grid import calibration_grid
from reviewer.calibration.moves import move_band, move_potential, session_moves, undo_move
from reviewer.calibration.sessions import close_session, list_sessions, open_session, session_header

from .company import PEOPLE, build_company

HR = Actor(user_id=None, username="hr", display_name="Helen HR", role=UserRole.HR_ADMIN)
# Everyone of the Sales session: its members and their managers (Chen manages Mei).
SALES = ("Mei Lan", "Ann Smith", "Bo Zhang", "Cai Ling", "Chen Wei")


def _text_of(result) -> str:
    items = result if isinstance(result, list) else [result]
    return "\n".join(repr(item) + repr(item.as_dict()) for item in items)


def _leaks(text: str) -> list[str]:
    found = []
    for name in SALES:
        number = PEOPLE[name][0]
        for word in (name, *name.split(), number):
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE):
                found.append(word)
    return found


def test_a_blind_session_shows_codes_only_until_it_closes(database):
    with database.session() as session:
        company = build_company(session)
        hr = bind(session, HR)
        session_id = open_session(hr, company.cycle_id, scope="department", department_id=company.departments["Sales"],
                                  blind=True)
        bo, ann = company.appraisals["Bo Zhang"], company.appraisals["Ann Smith"]
        results = [
            move_band(hr, session_id, bo, "A", "Bo Zhang (C005) carried Mei Lan's team"),
            move_potential(hr, session_id, ann, "high", "Ann Smith mentors Cai Ling"),
        ]
        results.append(move_band(hr, session_id, ann, "B", "second look at Ann"))
        results.append(undo_move(hr, session_id, results[-1].id))
        results += [session_header(hr, session_id), list_sessions(hr, company.cycle_id), session_moves(hr, session_id),
                    distribution(hr, company.cycle_id, session_id=session_id), calibration_grid(hr, session_id)]
        mei = Actor(user_id=None, username="mei", display_name="Mei Lan", role=UserRole.MANAGER,
                    employee_id=company.ids["Mei Lan"])
        results += [calibration_grid(bind(session, mei), session_id), session_header(bind(session, mei), session_id)]
        for result in results:
            assert _leaks(_text_of(result)) == [], result
        bind(session, HR)
        grid = calibration_grid(hr, session_id)
        codes = dict(session.execute(select(CalibrationCode.employee_id, CalibrationCode.code)
                                     .where(CalibrationCode.session_id == session_id)).all())
        assert {row.label for row in grid.rows} == {codes[company.ids[n]] for n in SALES[:4]}
        assert all(re.fullmatch(r"P-\d{3}", row.label) for row in grid.rows)
        assert {row.manager for row in grid.rows} == {codes[company.ids["Mei Lan"]], codes[company.ids["Chen Wei"]]}
        assert re.fullmatch(r"M-\d{2}", codes[company.ids["Chen Wei"]])
        assert all(row.employee_no is None for row in grid.rows)
        # The record keeps the real identities and the words as typed.
        first = session.scalars(select(CalibrationAdjustment).order_by(CalibrationAdjustment.id)).first()
        assert first.reason == "Bo Zhang (C005) carried Mei Lan's team" and first.appraisal_id == bo

        close_session(hr, session_id)
        grid = calibration_grid(hr, session_id)
        assert {row.label for row in grid.rows} == {"Mei Lan", "Ann Smith", "Bo Zhang", "Cai Ling"}
        assert {row.employee_no for row in grid.rows} == {"C002", "C004", "C005", "C006"}
        assert session_moves(hr, session_id)[0].reason == "Bo Zhang (C005) carried Mei Lan's team"
        assert "Mei Lan" in session_header(hr, session_id).participants


def test_codes_are_drawn_apart_from_the_order_of_the_list():
    from reviewer.calibration.blind import draw_codes

    orders = {tuple(draw_codes(range(1, 41), [100, 101]).values()) for _ in range(5)}
    assert len(orders) > 1  # drawn, not numbered down the list
    codes = draw_codes(range(1, 1201), [5000])
    assert sorted(codes[i] for i in range(1, 1201)) == [f"P-{n:04d}" for n in range(1, 1201)]
    assert codes[5000] == "M-01"
