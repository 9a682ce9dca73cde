"""`main.py cycle score`: the scores as a list with exactly the agreed keys, and --explain."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import Appraisal, Cycle, Employee, RatingBand
from reviewer.cli.runner import run

CLOSED = "2026 H1"


def test_cycle_score_json_lists_every_participant_with_exactly_the_agreed_keys(demo_database, tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert run(["cycle", "score", "--db", db, "--cycle", CLOSED, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert isinstance(listed, list) and listed
    assert all(list(item) == ["employee_no", "kpi_score", "competency_score", "final_score", "band"]
               for item in listed)
    with demo_database.session() as session:
        stored = {no: (a.kpi_score, a.competency_score, a.final_score, code) for a, no, code in session.execute(
            select(Appraisal, Employee.employee_no, RatingBand.code)
            .join(Employee, Employee.id == Appraisal.employee_id)
            .join(RatingBand, RatingBand.id == Appraisal.proposed_band_id)
            .join(Cycle, Cycle.id == Appraisal.cycle_id).where(Cycle.name == CLOSED))}
    by_number = {item["employee_no"]: item for item in listed}
    assert set(stored) <= set(by_number)
    for number, (kpi, competency, final, band) in stored.items():
        item = by_number[number]
        # The demo's appraisals were scored by the same service: the listing agrees to two decimals.
        for key, value in (("kpi_score", kpi), ("competency_score", competency), ("final_score", final)):
            assert item[key] == (None if value is None else pytest.approx(value, abs=0.005))
        assert item["band"] == band


def test_cycle_score_explain_and_refusals(demo_database, tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    with demo_database.session() as session:
        number = session.scalar(select(Employee.employee_no).join(Appraisal, Appraisal.employee_id == Employee.id)
                                .order_by(Employee.employee_no).limit(1))
    assert run(["cycle", "score", "--db", db, "--cycle", CLOSED, "--explain", number]) == 0
    out = capsys.readouterr().out
    assert "KPI part:" in out and "Final score:" in out and "Band the score reaches:" in out
    assert run(["cycle", "score", "--db", db, "--cycle", CLOSED, "--explain", number, "--json"]) == 0
    explained = json.loads(capsys.readouterr().out)
    assert explained["employee_no"] == number and explained["steps"][0]["code"] == "score_cycle_settings"
    assert run(["cycle", "score", "--db", db, "--cycle", "2031 H9"]) == 1
    assert "There is no cycle called '2031 H9'" in capsys.readouterr().err
    assert run(["cycle", "score", "--db", db, "--cycle", CLOSED, "--explain", "NOBODY"]) == 1
    assert "NOBODY is not a known employee number" in capsys.readouterr().err
    assert run(["cycle", "score", "--db", db]) == 2
