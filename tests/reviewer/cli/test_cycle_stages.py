"""`main.py cycle advance|reopen|release|close` on a company built from the ORM."""
from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Cycle, CycleStage, CycleStageEvent
from reviewer.cli.runner import run

from ..cycles.company import build_company


def _company(database):
    with database.session() as session:
        build_company(session)
    return database.url


def test_advance_lists_every_blocker_then_passes_with_exceptions(database, capsys):
    db = _company(database)
    assert run(["cycle", "advance", "--cycle", "2027 H1", "--db", db, "--json"]) == 1
    blockers = json.loads(capsys.readouterr().out)
    assert blockers == [
        {"employee_no": "E1", "code": "no_manager_top", "message": blockers[0]["message"]},
        {"employee_no": "E6", "code": "no_manager", "message": blockers[1]["message"]}]
    assert "heads the organisation" in blockers[0]["message"]

    assert run(["cycle", "advance", "--cycle", "2027 H1", "--db", db, "--dry-run", "--except", "E1=board"]) == 1
    out = capsys.readouterr().out
    assert "E6 Lou" in out and "E1 Chen" not in out

    assert run(["cycle", "advance", "--cycle", "2027 H1", "--db", db, "--except", "E1=Reviewed by the board",
                "--except", "E6=Contractor"]) == 0
    assert "moved from Draft to Goal setting (2 people let past with a reason)." in capsys.readouterr().out
    with database.session() as session:
        assert session.get(Cycle, 1).stage == CycleStage.GOAL_SETTING
        reasons = set(session.scalars(select(CycleStageEvent.reason).where(CycleStageEvent.kind == "exception")))
        assert reasons == {"Reviewed by the board", "Contractor"}


def test_reopen_release_and_close_refuse_with_exit_1_and_usage_errors_exit_2(database, capsys):
    db = _company(database)
    assert run(["cycle", "reopen", "--cycle", "2027 H1", "--to", "draft", "--reason", "oops", "--db", db]) == 1
    assert "earlier stage" in capsys.readouterr().err
    assert run(["cycle", "release", "--cycle", "2027 H1", "--db", db, "--json"]) == 1
    assert "not in sign-off" in json.loads(capsys.readouterr().out)["error"]
    assert run(["cycle", "close", "--cycle", "2027 H1", "--db", db, "--except", "E1"]) == 2
    assert run(["cycle", "advance", "--cycle", "No such", "--db", db]) == 1
    assert "There is no cycle called" in capsys.readouterr().err

    with database.session() as session:
        session.get(Cycle, 1).stage = CycleStage.CALIBRATION
        session.commit()
    assert run(["cycle", "reopen", "--cycle", "2027 H1", "--to", "goal_setting", "--reason", "Targets wrong",
                "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stage"] == "goal_setting"
    with database.session() as session:  # in text the stage is said in words
        session.get(Cycle, 1).stage = CycleStage.CALIBRATION
        session.commit()
    assert run(["cycle", "reopen", "--cycle", "2027 H1", "--to", "goal_setting", "--reason", "Targets wrong",
                "--db", db]) == 0
    assert "2027 H1 is back at Goal setting." in capsys.readouterr().out
