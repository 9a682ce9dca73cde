"""`main.py privacy export --employee NO --out FILE.zip [--language zh]`."""
from __future__ import annotations

import json
import zipfile

from reviewer.cli.runner import run


def test_export_writes_the_zip_and_reports_what_it_holds(demo_database, tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    out = tmp_path / "导出" / "E10027.zip"
    assert run(["privacy", "export", "--db", db, "--employee", "E10027", "--out", str(out), "--language", "zh",
                "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and result["employee_no"] == "E10027" and result["pdfs"] >= 1
    with zipfile.ZipFile(out) as archive:
        assert any(name.endswith(".xlsx") for name in archive.namelist())


def test_an_unknown_employee_is_a_message_not_a_traceback(demo_database, tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    out = tmp_path / "x.zip"
    assert run(["privacy", "export", "--db", db, "--employee", "NOPE", "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "NOPE is not a known employee number" in error and "Traceback" not in error
    assert not out.exists()
