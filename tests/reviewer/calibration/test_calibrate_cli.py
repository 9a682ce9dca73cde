"""main.py calibrate open|sessions|distribution|move|moves|undo|close, and the cycle's
distribution rules through main.py cycle set."""
from __future__ import annotations

import json

import pytest

from reviewer.cli.runner import run
from db.location import resolve_database_url
from db.migrate import open_database

from .company import build_company


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "calibrate.sqlite3")
    database, _ = open_database(resolve_database_url(path))
    with database.session() as session:
        build_company(session)
        session.commit()
    database.dispose()
    return path


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_a_session_from_the_command_line(db, capsys):
    assert run(["calibrate", "open", "--cycle", "2027 H1", "--department", "Sales", "--db", db, "--json"]) == 0
    session = _json(capsys)["session"]
    assert session["member_count"] == 4 and session["open"] and session["participants"] == ["Chen Wei", "Mei Lan"]
    number = str(session["id"])
    assert run(["calibrate", "move", "--cycle", "2027 H1", "--employee", "C006", "--to", "A", "--db", db,
                "--reason", "carried the region"]) == 0
    assert "Cai Ling: C → A (big mover) by Local user: carried the region" in capsys.readouterr().out
    assert run(["calibrate", "move", "--cycle", "2027 H1", "--employee", "C005", "--to", "A", "--db", db,
                "--reason", " "]) == 1
    assert "Give a reason for the move" in capsys.readouterr().err
    assert run(["calibrate", "move", "--cycle", "2027 H1", "--employee", "C007", "--to", "A", "--db", db,
                "--reason", "x", "--json"]) == 1
    assert _json(capsys)["code"] == "calibrate_no_open_session"

    assert run(["calibrate", "distribution", "--cycle", "2027 H1", "--session", number, "--db", db, "--json"]) == 0
    rows = {r["band"]: r for r in _json(capsys)["rows"]}
    assert (rows["A"]["count_before"], rows["A"]["count_after"], rows["A"]["share_after"]) == (1, 2, 50.0)
    assert rows["A"]["difference"] == 30.0 and rows["A"]["off"]
    assert run(["calibrate", "distribution", "--cycle", "2027 H1", "--department", "Support", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "Warning: D holds 33.3 % of the people" in text and "3 people with a band; margin 10 points" in text

    assert run(["calibrate", "moves", "--session", number, "--db", db, "--json"]) == 0
    move = _json(capsys)["moves"][0]
    assert (move["person"], move["from_band"], move["to_band"], move["big_mover"]) == ("Cai Ling", "C", "A", True)
    assert run(["calibrate", "undo", "--session", number, "--move", str(move["id"]), "--db", db]) == 0
    assert "[undone" in capsys.readouterr().out
    assert run(["calibrate", "sessions", "--cycle", "2027 H1", "--db", db]) == 0
    assert "Sales (department Sales): 4 people, open" in capsys.readouterr().out

    assert run(["cycle", "set", "--cycle", "2027 H1", "--distribution-margin", "5", "--enforce-distribution",
                "--db", db, "--json"]) == 0
    shown = _json(capsys)["cycle"]
    assert (shown["distribution_margin_pct"], shown["enforce_distribution"]) == (5, True)
    assert run(["calibrate", "close", "--session", number, "--db", db, "--json"]) == 1
    assert _json(capsys)["code"] == "calibration_distribution_off"
    assert run(["cycle", "set", "--cycle", "2027 H1", "--no-enforce-distribution", "--db", db]) == 0
    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db]) == 0
    assert "Distribution margin: 5 points (a warning only)" in capsys.readouterr().out
    assert run(["calibrate", "close", "--session", number, "--db", db]) == 0
    assert "Closed #" in capsys.readouterr().out
    assert run(["cycle", "set", "--cycle", "2027 H1", "--kpi-weight", "50", "--db", db, "--json"]) == 1
    assert _json(capsys)["code"] == "cycle_settings_locked"  # the scores' settings stay frozen
    assert run(["cycle", "set", "--cycle", "2027 H1", "--distribution-margin", "101", "--db", db]) == 1
    assert "not a margin from 0 to 100" in capsys.readouterr().err


def test_opening_outside_calibration_and_on_an_unknown_position_is_refused_with_a_message(db, capsys):
    assert run(["calibrate", "open", "--cycle", "2027 H1", "--position", "Astronaut", "--db", db]) == 1
    assert "There is no position 'Astronaut'" in capsys.readouterr().err
    assert run(["calibrate", "open", "--cycle", "2027 H1", "--position", "rep", "--blind", "--db", db,
                "--json"]) == 0
    assert _json(capsys)["session"]["participants"] == ["M-01", "M-02"]
    assert run(["calibrate", "moves", "--session", "99", "--db", db]) == 1
    assert "no calibration session 99" in capsys.readouterr().err


def test_undo_without_a_move_number_takes_back_the_sessions_newest_move(db, capsys):
    # README: "calibrate undo --session S [--move M]": like Ctrl+Z in the window.
    assert run(["calibrate", "open", "--cycle", "2027 H1", "--department", "Sales", "--db", db, "--json"]) == 0
    number = str(_json(capsys)["session"]["id"])
    for employee, band in (("C006", "B"), ("C005", "C")):
        assert run(["calibrate", "move", "--cycle", "2027 H1", "--employee", employee, "--to", band, "--db", db,
                    "--reason", "agreed in the meeting"]) == 0
    capsys.readouterr()
    assert run(["calibrate", "undo", "--session", number, "--db", db, "--json"]) == 0
    assert _json(capsys)["move"]["to_band"] == "C"  # the newest one
    assert run(["calibrate", "undo", "--session", number, "--db", db, "--json"]) == 0
    assert _json(capsys)["move"]["to_band"] == "B"
    assert run(["calibrate", "undo", "--session", number, "--db", db]) == 1
    assert "has no move left to undo" in capsys.readouterr().err
