"""Every spreadsheet the program writes goes through reviewer.io.writers, and none
of them can carry a live formula: a name like =cmd|' /C calc'!A0 stays text."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import Employee
from reviewer.cli.runner import run

ROOT = Path(__file__).resolve().parents[3]
HOSTILE = "=cmd|' /C calc'!A0"
NEUTRALISING_MODULE = ROOT / "reviewer" / "io" / "writers.py"
# Anything that writes CSV or XLSX by itself; only the neutralising module may use these.
RAW_WRITERS = re.compile(r"csv\.writer|csv\.DictWriter|\.to_csv\(|\.to_excel\(|xlsxwriter|\bWorkbook\(")


def _sources():
    for folder in ("reviewer", "ui", "db"):
        yield from (ROOT / folder).rglob("*.py")
    yield ROOT / "main.py"


def test_no_module_writes_a_spreadsheet_around_the_neutralising_writer():
    strays = []
    for path in _sources():
        if path == NEUTRALISING_MODULE:
            continue
        text = path.read_text(encoding="utf-8")
        if not RAW_WRITERS.search(text):
            continue
        # A workbook with charts may be built elsewhere, but only writers.save_workbook (or
        # writers.workbook_bytes, for an archive member) turns it into a file.
        builds_only = ("Workbook(" in text and ("save_workbook(" in text or "workbook_bytes(" in text) and ".save(" not in text
                       and not re.search(r"csv\.writer|csv\.DictWriter|\.to_csv\(|\.to_excel\(|xlsxwriter", text))
        if not builds_only:
            strays.append(str(path.relative_to(ROOT)))
    assert strays == [], f"write spreadsheets through reviewer.io.writers: {strays}"


def _xlsx_texts(path: Path) -> list[str]:
    workbook = load_workbook(path)
    assert not any(cell.data_type == "f" for sheet in workbook.worksheets
                   for row in sheet.iter_rows() for cell in row), "a formula cell was written"
    return [cell.value for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str)]


def _csv_texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells), "a live CSV formula"
    return cells


@pytest.fixture
def hostile_demo(demo_database):
    with demo_database.session() as session:
        session.scalar(select(Employee).where(Employee.employee_no == "E10010")).name = HOSTILE
    return demo_database


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exports_keep_a_formula_looking_name_as_text(hostile_demo, tmp_path, suffix):
    from reviewer.io.exports import export

    with hostile_demo.session() as session:
        path, _ = export(session, "people", tmp_path / f"people{suffix}")
    if suffix == ".xlsx":
        assert HOSTILE in _xlsx_texts(path)  # shown exactly as typed, and reads back equal
        cell = next(c for row in load_workbook(path).active.iter_rows() for c in row if c.value == HOSTILE)
        assert cell.quotePrefix  # stays text even after the user edits the cell in Excel
    else:
        assert "'" + HOSTILE in _csv_texts(path)


def test_team_summary_xlsx_keeps_a_formula_looking_name_as_text(hostile_demo, tmp_path, capsys):
    out = tmp_path / "team.xlsx"
    assert run(["pdf", "team", "--db", hostile_demo.url, "--cycle", "2026 H1", "--out", str(out)]) == 0
    assert HOSTILE in _xlsx_texts(out)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rejected_rows_report_keeps_a_formula_looking_cell_as_text(tmp_path, suffix):
    from reviewer.errors import RowProblem
    from reviewer.io.rejected import write_rejected_rows
    from reviewer.io.tables import Table

    table = Table(headers=["工号", "姓名"], rows=[["E1", HOSTILE]], encoding="utf-8")
    problems = [RowProblem(row=2, field="email", code="email_invalid", params={"value": HOSTILE})]
    path = write_rejected_rows(tmp_path / f"rejected{suffix}", table, problems)
    texts = _xlsx_texts(path) if suffix == ".xlsx" else _csv_texts(path)
    assert (HOSTILE if suffix == ".xlsx" else "'" + HOSTILE) in texts
    assert any(HOSTILE in text for text in texts if text.startswith("Email"))


CONTROLLED = "Ctrl\x07\x1bname"  # what a roster imported before names were checked may hold


@pytest.fixture
def control_character_demo(demo_database):
    with demo_database.session() as session:
        session.scalar(select(Employee).where(Employee.employee_no == "E10010")).name = CONTROLLED
    return demo_database


@pytest.mark.parametrize("what", ["people", "results"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exports_drop_characters_a_spreadsheet_cannot_hold(control_character_demo, tmp_path, what, suffix):
    out = tmp_path / f"{what}{suffix}"
    assert run(["export", what, str(out), "--db", control_character_demo.url, "--cycle", "2026 H1"]) == 0
    texts = _xlsx_texts(out) if suffix == ".xlsx" else _csv_texts(out)
    assert "Ctrlname" in texts and not any("\x07" in t or "\x1b" in t for t in texts)


def test_team_summary_xlsx_drops_characters_a_spreadsheet_cannot_hold(control_character_demo, tmp_path):
    out = tmp_path / "team.xlsx"
    assert run(["pdf", "team", "--db", control_character_demo.url, "--cycle", "2026 H1", "--out", str(out)]) == 0
    assert "Ctrlname" in _xlsx_texts(out)


def test_writer_drops_illegal_characters_from_cells_and_sheet_title(tmp_path):
    from reviewer.io.writers import write_table

    path = write_table(tmp_path / "t.xlsx", ["a\x00b"], [["x\x1fy", 3]], title="T\x07itle")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Title"]
    assert [[c.value for c in row] for row in workbook.active.iter_rows()] == [["ab", None], ["xy", 3]]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exports_drop_terminal_controls_and_text_direction_marks(demo_database, tmp_path, suffix):
    with demo_database.session() as session:
        person = session.scalar(select(Employee).where(Employee.employee_no == "E10010"))
        person.name = "Evil\x7f\x9b[31m\u202e\u200f\u2066fdp.exe\x85"
    out = tmp_path / f"people{suffix}"
    assert run(["export", "people", str(out), "--db", demo_database.url]) == 0
    texts = _xlsx_texts(out) if suffix == ".xlsx" else _csv_texts(out)
    assert "Evil[31mfdp.exe" in texts
    assert not any(set(text) & set("\x7f\x9b\u202e\u200f\u2066\x85") for text in texts)


def test_the_csv_writer_keeps_tabs_and_line_ends_and_drops_other_controls(tmp_path):
    from reviewer.io.writers import write_table

    path = write_table(tmp_path / "t.csv", ["No\u202ete"], [["first\tline\r\nsecond\x1b[2J\x00\u061cline"]])
    assert _csv_texts(path) == ["Note", "first\tline\r\nsecond[2Jline"]
