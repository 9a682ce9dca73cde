"""`main.py calibrate ranking --cycle C --position P [--json]`."""
from __future__ import annotations

import json

import pytest

from reviewer.cli import runner

from ..calibration.rank_company import build_rank_company


@pytest.fixture
def cli():
    return runner.run


@pytest.fixture
def db_path(tmp_path, empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        build_rank_company(session)
    return str(tmp_path / "empty.sqlite3")


def test_ranking_as_json_and_as_text(cli, db_path, capsys):
    assert cli(["calibrate", "ranking", "--db", db_path, "--cycle", "2026 H1", "--position", "客户经理",
                "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["saved"] is False and listed["position"] == "Account manager"
    assert [(r["rank"], r["employee_no"], r["band"]) for r in listed["rows"]] == [
        (1, "E12", "A"), (2, "E11", "B"), (3, "E13", "B"), (4, "E14", "B"), (5, "E15", "C")]
    assert cli(["calibrate", "ranking", "--db", db_path, "--cycle", "2026 H1", "--position", "Account manager"]) == 0
    text = capsys.readouterr().out
    assert "by score (no order saved)" in text and "   1  E12" in text and "Bo" in text


def test_an_unknown_position_is_a_message_naming_the_positions(cli, db_path, capsys):
    assert cli(["calibrate", "ranking", "--db", db_path, "--cycle", "2026 H1", "--position", "Pilot"]) == 1
    error = capsys.readouterr().err
    assert "There is no position 'Pilot'" in error and "Account manager" in error and "Traceback" not in error
