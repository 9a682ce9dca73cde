"""Exports open correctly in spreadsheets and cannot run formulas."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import Employee
from reviewer.cli.runner import run
from reviewer.io.exports import export, results_table
from reviewer.io.tables import read_table
from reviewer.io.writers import neutralise, write_table
from reviewer.roster import guess_mapping, import_roster


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_text_a_spreadsheet_would_run_is_neutralised(text):
    assert neutralise(text) == "'" + text
    assert neutralise(-5) == -5 and neutralise("a=b") == "a=b"


def test_xlsx_reads_back_equal_with_formulas_neutralised(tmp_path):
    rows = [["E1", "=HYPERLINK(\"http://x\")", 87.5, date(2026, 6, 30), None],
            ["E2", "王芳", 3, datetime(2026, 7, 1, 9, 30), "@risky"]]
    path = write_table(tmp_path / "out.xlsx", ["No", "Name", "Score", "When", "Note"], rows)
    sheet = load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert values[0][:3] == ["E1", "=HYPERLINK(\"http://x\")", 87.5]  # text as typed, never run
    assert values[0][3].date() == date(2026, 6, 30) and sheet["D2"].is_date
    assert values[1] == ["E2", "王芳", 3, datetime(2026, 7, 1, 9, 30), "@risky"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_csv_has_a_bom_so_excel_reads_chinese(tmp_path):
    path = write_table(tmp_path / "out.csv", ["姓名"], [["王芳"], ["=cmd"]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "王芳".encode() in raw and b"'=cmd" in raw


def test_exporting_people_and_importing_them_back_changes_nothing(demo_database, tmp_path):
    with demo_database.session() as session:
        path, count = export(session, "people", tmp_path / "people.xlsx")
    table = read_table(path)
    with demo_database.session() as session:
        result = import_roster(session, table, guess_mapping(table.headers), dry_run=True)
    assert (result.unchanged, result.created, result.updated, result.rejected) == (count, 0, 0, 0)


def test_results_export_keeps_scores_as_numbers(demo_database):
    with demo_database.session() as session:
        table = results_table(session, "2026 H1")
    final = table.headers.index("Final score")
    assert table.rows and all(isinstance(r[final], float) for r in table.rows)


def test_a_name_that_looks_like_a_formula_is_exported_inert(demo_database, tmp_path):
    with demo_database.session() as session:
        person = session.scalar(select(Employee).where(Employee.employee_no == "E10010"))
        person.name = "=2+3"
    with demo_database.session() as session:
        path, _ = export(session, "people", tmp_path / "people.xlsx")
    names = [row[1].value for row in load_workbook(path).active.iter_rows(min_row=2)]
    assert "=2+3" in names


def test_export_command_line(demo_database, tmp_path, capsys):
    db = demo_database.url
    for what in ("people", "targets", "actuals", "results"):
        assert run(["export", what, str(tmp_path / f"{what}.csv"), "--db", db, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["rows"] > 0
    assert run(["export", "results", str(tmp_path / "r.xlsx"), "--db", db, "--cycle", "no such"]) == 1
    assert run(["export", "results", str(tmp_path / "r.pdf"), "--db", db]) == 1
    assert "xlsx or .csv" in capsys.readouterr().err
