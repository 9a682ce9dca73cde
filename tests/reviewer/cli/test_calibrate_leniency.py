"""`main.py calibrate leniency`: per manager team size, mean, z, chi-square, p, flag and a
sentence, as text and --json; refusals exit 1 with a message."""
from __future__ import annotations

import json

from sqlalchemy import update

from db.models import Cycle, CycleStage
from reviewer.cli import runner

from ..calibration.leniency_company import build_cycle


def test_leniency_lists_each_manager_as_text_and_json(empty_sqlite_database, tmp_path, capsys):
    with empty_sqlite_database.session() as session:
        build_cycle(session)
    db = str(tmp_path / "empty.sqlite3")
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1"]) == 0
    out = capsys.readouterr().out
    assert "20 rated people, mean 69.50, standard deviation 16.05 (sample, n − 1)" in out
    assert ("    5   90.00    2.86    17.38   0.001    !   经理1: Rates higher than the organisation by 20.5 points "
            "(z = 2.9) and proposes bands unlike the guideline (p < 0.001).") in out
    assert "经理3: In line with the organisation." in out and "经理4" not in out
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] and document["org_count"] == 20 and document["org_sd"] == 16.05
    first = document["managers"][0]
    assert list(first) == ["manager", "manager_no", "team_size", "mean", "difference", "z", "proposed",
                           "chi_square", "dof", "p_value", "flagged", "sentence"]
    assert (first["manager"], first["team_size"], first["z"], first["chi_square"], first["dof"], first["flagged"]) == (
        "经理1", 5, 2.856, 17.375, 3, True)
    assert [m["manager_no"] for m in document["managers"]] == ["M001", "M003", "M002"]
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1", "--min-team", "3", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["managers"]) == 4


def test_leniency_refusals_and_unpublished_results(empty_sqlite_database, tmp_path, capsys):
    with empty_sqlite_database.session() as session:
        data = build_cycle(session)
    db = str(tmp_path / "empty.sqlite3")
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2031 H9"]) == 1
    assert "There is no cycle called '2031 H9'" in capsys.readouterr().err
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1", "--min-team", "0"]) == 1
    assert "'0' is not a team size" in capsys.readouterr().err
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1", "--session", "42"]) == 1
    assert "There is no calibration session 42" in capsys.readouterr().err
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1", "--min-team", "x"]) == 2
    with empty_sqlite_database.session() as session:
        session.execute(update(Cycle).where(Cycle.id == data.cycle_id).values(stage=CycleStage.SELF_REVIEW_360))
    assert runner.run(["calibrate", "leniency", "--db", db, "--cycle", "2027 H1"]) == 0
    assert "360 results are published when the 360 stage ends. No leniency figures until then." in (
        capsys.readouterr().out)
