"""`main.py calibrate ranking --cycle C --position P [--json]`. The `calibrate` group
is another slice's; here it is added to the real parser for the test."""
from __future__ import annotations

import argparse
import json

import pytest

from reviewer.cli import runner
from reviewer.cli.calibrate_ranking import add_ranking_commands

from ..calibration.rank_company import build_rank_company


@pytest.fixture
def cli(monkeypatch):
    built = runner.build_parser

    def with_calibrate() -> argparse.ArgumentParser:
        parser = built()
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        common = runner.common_options(top_level=False)
        if "calibrate" in commands.choices:  # the group exists once core's slice is merged
            return parser
        calibrate = commands.add_parser("calibrate", parents=[common])
        add_ranking_commands(calibrate.add_subparsers(dest="calibrate_action", required=True), common)
        return parser

    monkeypatch.setattr(runner, "build_parser", with_calibrate)
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
