"""The command line: results on stdout, messages on stderr, honest exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.cli.runner import run

ROOT = Path(__file__).resolve().parents[3]


def test_demo_then_info_in_json(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite3")
    assert run(["demo", "--db", db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and result["employees"] > 200
    assert run(["--db", db, "db", "info", "--json"]) == 0  # --db before the command works too
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] and info["counts"]["employees"] == result["employees"]


def test_demo_into_a_database_with_people_is_rejected_with_exit_1(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite3")
    assert run(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert run(["demo", "--db", db, "--json"]) == 1
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert payload["ok"] is False and "empty database" in payload["error"]
    assert "empty database" in captured.err


def test_db_upgrade_reports_the_schema_version(tmp_path, capsys):
    assert run(["db", "upgrade", "--db", str(tmp_path / "u.sqlite3"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["from_revision"] is None and result["to_revision"]


@pytest.mark.parametrize("argv", [["db"], ["frobnicate"], ["db", "info", "--colour"]])
def test_usage_errors_exit_2(argv, capsys):
    assert run(argv) == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("db", ["foo://nowhere", "postgresql://nobody@127.0.0.1:1/none", "{dir}"])
def test_an_unusable_database_is_a_message_not_a_traceback(db, tmp_path):
    process = subprocess.run(
        [sys.executable, "main.py", "db", "info", "--db", db.format(dir=tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert process.returncode == 1
    assert process.stderr.startswith("error: ")
    assert "Traceback" not in process.stderr


def test_help_lists_the_commands():
    process = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert process.returncode == 0
    assert "demo" in process.stdout and "db" in process.stdout


def test_forms_export_then_import_reports_one_result_per_file(tmp_path, capsys, demo_template):
    import shutil

    from tests.reviewer.feedback.test_offline_forms import fill

    db = tmp_path / "forms.sqlite3"
    shutil.copy(demo_template, db)
    out = tmp_path / "forms"
    assert run(["forms", "export", "--db", str(db), "--cycle", "2026 H2", "--out", str(out), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["requests"] > 0 and len(exported["forms"]) == len(list(out.glob("*.pdf")))
    returned = tmp_path / "returned"
    returned.mkdir()
    fill(Path(exported["forms"][0]["file"]), returned / "filled.pdf")
    (returned / "scan.pdf").write_bytes(b"\x89PNG not a form")
    assert run(["forms", "import", "--db", str(db), str(returned), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert [(f["file"], f["accepted"]) for f in result["files"]] == [("filled.pdf", True), ("scan.pdf", False)]
    assert result["files"][1]["code"] == "not_pdf"


def test_forms_assign_and_progress(tmp_path, capsys, demo_template):
    import shutil

    db = tmp_path / "assign.sqlite3"
    shutil.copy(demo_template, db)
    assert run(["forms", "progress", "--db", str(db), "--cycle", "2026 H2", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert 0 < before["submitted"] < before["total"]
    assert sum(d["total"] for d in before["departments"]) == before["total"]
    assert run(["forms", "assign", "--db", str(db), "--cycle", "2026 H2", "--peers", "5", "--due", "2026-12-20",
                "--json"]) == 0
    created = json.loads(capsys.readouterr().out)["created"]
    assert created > 0
    assert run(["forms", "progress", "--db", str(db), "--cycle", "2026 H2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == before["total"] + created
    assert run(["forms", "assign", "--db", str(db), "--cycle", "2026 H1"]) == 1  # closed cycle
    assert "closed" in capsys.readouterr().err


def test_pdf_appraisal_writes_one_document_and_names_an_unknown_employee(tmp_path, capsys, demo_template):
    import shutil

    from pypdf import PdfReader

    db = tmp_path / "pdf.sqlite3"
    shutil.copy(demo_template, db)
    out = tmp_path / "out" / "林浩娟.pdf"
    assert run(["pdf", "appraisal", "--db", str(db), "--cycle", "2026 H1", "--employee", "E10001",
                "--out", str(out), "--language", "zh", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["draft"] is False and PdfReader(out).metadata.title.startswith("绩效考核报告")
    assert [p.name for p in out.parent.iterdir()] == ["林浩娟.pdf"]  # no partial file left beside it
    assert run(["pdf", "appraisal", "--db", str(db), "--cycle", "2026 H1", "--employee", "E0",
                "--out", str(tmp_path / "x.pdf")]) == 1
    assert "E0 is not a known employee number" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
