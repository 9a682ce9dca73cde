"""`calibrate ninebox`: writes the file its ending names, for a cycle, a session or a
department, and says clearly what it refused."""
from __future__ import annotations

import argparse
import json

import pytest
from openpyxl import load_workbook

from reviewer.cli.calibrate_ninebox import add_ninebox_commands
from reviewer.cli.runner import common_options
from reviewer.errors import NotFound, ValidationError
from tests.reviewer.calibration.ninebox_company import calibration_company, open_test_session


def _parser() -> argparse.ArgumentParser:
    """A stand-in for core's `calibrate` group: the command adds itself to whatever group it is given."""
    parser = argparse.ArgumentParser(prog="main.py", parents=[common_options(top_level=True)])
    calibrate = parser.add_subparsers(dest="command").add_parser("calibrate")
    add_ninebox_commands(calibrate.add_subparsers(dest="calibrate_action"), common_options(top_level=False))
    return parser


def _run(*argv):
    args = _parser().parse_args(["calibrate", "ninebox", *argv])
    return args.handler(args)


def test_the_command_writes_each_format(empty_sqlite_database, tmp_path):
    company = calibration_company(empty_sqlite_database)
    db = str(empty_sqlite_database.url).replace("sqlite:///", "")
    payload, text = _run("--cycle", "2027 上半年", "--out", str(tmp_path / "nine.xlsx"), "--db", db)
    assert payload["people"] == 5 and payload["boxes"]["star"] == 1 and payload["potential_not_rated"] == 1
    assert "Star 1" in text and "1 without a potential rating" in text
    assert load_workbook(tmp_path / "nine.xlsx").worksheets[0].max_row == 6  # the headers and five people
    payload, _ = _run("--cycle", "2027 上半年", "--out", str(tmp_path / "nine.pdf"), "--db", db, "--flip",
                      "--language", "zh")
    assert (tmp_path / "nine.pdf").read_bytes().startswith(b"%PDF")
    payload, _ = _run("--cycle", "2027 上半年", "--out", str(tmp_path / "nine.png"), "--db", db,
                      "--department", "客服部")
    assert payload["people"] == 1 and payload["no_band"] == 1
    assert (tmp_path / "nine.png").read_bytes()[:4] == b"\x89PNG"
    session_id = open_test_session(company, blind=True)
    payload, _ = _run("--cycle", "2027 上半年", "--out", str(tmp_path / "s.xlsx"), "--db", db,
                      "--session", str(session_id))
    assert payload["blind"] and payload["session"] == session_id
    json.dumps(payload)


def test_refusals_are_coded_messages(empty_sqlite_database, tmp_path):
    calibration_company(empty_sqlite_database)
    db = str(empty_sqlite_database.url).replace("sqlite:///", "")
    with pytest.raises(ValidationError) as refused:
        _run("--cycle", "2027 上半年", "--out", str(tmp_path / "nine.jpg"), "--db", db)
    assert "nine.jpg" in str(refused.value) and ".xlsx" in str(refused.value)
    with pytest.raises(NotFound) as refused:
        _run("--cycle", "2030", "--out", str(tmp_path / "nine.png"), "--db", db)
    assert "2027 上半年" in str(refused.value)
    with pytest.raises(NotFound) as refused:
        _run("--cycle", "2027 上半年", "--out", str(tmp_path / "nine.png"), "--db", db, "--session", "99")
    assert refused.value.code == "calibration_session_unknown"
    assert not list(tmp_path.glob("nine.*"))


def test_main_py_calibrate_ninebox_end_to_end(empty_sqlite_database, tmp_path, capsys):
    """Through main.py's runner, in the `calibrate` group."""
    from reviewer.cli.runner import run

    calibration_company(empty_sqlite_database)
    db = str(empty_sqlite_database.url).replace("sqlite:///", "")
    assert run(["calibrate", "ninebox", "--cycle", "2027 上半年", "--out", str(tmp_path / "n.pdf"), "--db", db,
                "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["boxes"]["star"] == 1
    assert run(["calibrate", "ninebox", "--cycle", "2027 上半年", "--out", str(tmp_path / "n.gif"), "--db", db]) == 1
    error = capsys.readouterr().err
    assert "n.gif" in error and ".png, .pdf or .xlsx" in error and "Traceback" not in error
