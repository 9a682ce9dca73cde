"""The `cycle` command group under hostile input: --cycle means the same in every
action, a number that is one cycle's name and another's id is not guessed, and no
refusal leaks a traceback."""
from __future__ import annotations

import json

import pytest

from reviewer.cli.runner import run
from tests.reviewer.cycles.roster_company import write_roster


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "own.sqlite3")
    assert run(["import", "people", str(write_roster(tmp_path)), "--db", path]) == 0
    for name, start, end in (("2027 H1", "2027-01-01", "2027-06-30"), ("2027 H2", "2027-07-01", "2027-12-31")):
        assert run(["cycle", "create", name, "--start", start, "--end", end, "--frequency", "half-year",
                    "--db", path]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("action", [["advance", "--dry-run"], ["score"], ["show"]])
@pytest.mark.parametrize("given", ["1", " 2027 H1 "])
def test_every_cycle_action_takes_the_cycle_by_id_or_padded_name_as_show_and_set_do(db, capsys, action, given):
    code = run(["cycle", action[0], "--cycle", given, *action[1:], "--db", db, "--json"])
    captured = capsys.readouterr()
    assert "no cycle called" not in captured.err.lower() and "Traceback" not in captured.err
    assert code in (0, 1)  # a dry run with blockers exits 1, with the blockers as JSON
    json.loads(captured.out)


@pytest.mark.parametrize("action", [["show"], ["advance", "--dry-run"], ["set", "--anonymity-threshold", "4"]])
def test_a_number_that_is_one_cycles_name_and_anothers_id_is_not_guessed(db, capsys, action):
    assert run(["cycle", "create", "2", "--start", "2026-01-01", "--end", "2026-03-31", "--frequency", "quarter",
                "--db", db]) == 0
    capsys.readouterr()
    assert run(["cycle", action[0], "--cycle", "2", *action[1:], "--db", db, "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["ok"] is False
    assert "'2' is the name of one cycle and the id of 2027 H2" in captured.err
    assert run(["cycle", "show", "--cycle", "3", "--db", db, "--json"]) == 0  # its id still finds it
    assert json.loads(capsys.readouterr().out)["cycle"]["name"] == "2"


def test_a_read_only_database_is_told_not_a_traceback(db, capsys, monkeypatch):
    import db.engine as engine_module

    configure = engine_module._configure_sqlite_connection

    def read_only(connection, record):  # as a file on a read-only share: SQLite refuses each write
        configure(connection, record)
        connection.execute("PRAGMA query_only=ON")

    monkeypatch.setattr(engine_module, "_configure_sqlite_connection", read_only)
    assert run(["cycle", "list", "--db", db, "--json"]) == 0
    capsys.readouterr()
    for command in (["cycle", "create", "2028", "--start", "2028-01-01", "--end", "2028-12-31", "--frequency", "year"],
                    ["cycle", "set", "--cycle", "2027 H1", "--anonymity-threshold", "4"], ["init"]):
        assert run([*command, "--db", db, "--json"]) == 1
        captured = capsys.readouterr()
        assert json.loads(captured.out)["ok"] is False
        assert "read-only" in captured.err and "Traceback" not in captured.err


def test_targets_for_someone_outside_the_cycle_are_refused_by_row(db, tmp_path, capsys):
    assert run(["init", "--db", db]) == 0
    assert run(["cycle", "create", "Finance H1", "--start", "2027-01-01", "--end", "2027-06-30",
                "--frequency", "half-year", "--departments", "财务部", "--db", db]) == 0
    capsys.readouterr()
    targets = tmp_path / "targets.csv"
    targets.write_text("employee_no,kpi,target,weight\nE5,CM_CAC,100,100\nE3,CM_CAC,100,100\n", encoding="utf-8")
    assert run(["import", "targets", str(targets), "--cycle", "Finance H1", "--db", db, "--json"]) == 1
    captured = capsys.readouterr()
    [problem] = json.loads(captured.out)["problems"]
    assert (problem["row"], problem["field"]) == (3, "employee_no")
    assert "E3 is not in Finance H1" in captured.err
    assert run(["cycle", "list", "--db", db, "--json"]) == 0
    assert {c["name"]: c["with_targets"] for c in json.loads(capsys.readouterr().out)["cycles"]}["Finance H1"] == 0
