"""Importing actual results: checked against people, KPIs, targets and cycles."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import Actual, Cycle, CycleStage, Employee, Kpi, Target
from reviewer.kpi.actuals_import import guess_mapping, import_actuals, parse_number
from reviewer.cli.runner import run
from reviewer.io.tables import read_table
from reviewer.io.values import CellError
from tests.reviewer.roster.test_roster_import import write_csv

HEADERS = ["工号", "指标代码", "实际值", "日期", "备注"]


def open_cycle_target(database):
    """An employee, KPI code and date inside the open cycle where a target exists."""
    with database.session() as session:
        cycle = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
        target = session.scalar(select(Target).where(Target.cycle_id == cycle.id).order_by(Target.id))
        number = session.get(Employee, target.employee_id).employee_no
        code = session.get(Kpi, target.kpi_id).code
        return number, code, target.id


def actuals_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Actual))


def import_rows(database, tmp_path, rows, **options):
    path = write_csv(tmp_path / "actuals.csv", HEADERS, rows)
    table = read_table(path)
    with database.session() as session:
        return import_actuals(session, table, guess_mapping(table.headers), source=path, **options)


@pytest.mark.parametrize("cell, number", [("1,234.5", 1234.5), ("¥1,200", 1200.0), ("85%", 85.0), (7, 7.0)])
def test_numbers_as_spreadsheets_write_them(cell, number):
    assert parse_number(cell) == number


@pytest.mark.parametrize("cell", ["abc", "nan", "inf", True])
def test_non_numbers_are_refused(cell):
    with pytest.raises(CellError):
        parse_number(cell)


def test_values_are_added_as_new_readings_keeping_history(demo_database, tmp_path):
    number, code, target_id = open_cycle_target(demo_database)
    before = actuals_count(demo_database)
    result = import_rows(demo_database, tmp_path, [[number, code, "42", "2026-11-20", "来自 CRM"]])
    assert (result.created, result.rejected, result.imported) == (1, 0, True)
    assert actuals_count(demo_database) == before + 1
    again = import_rows(demo_database, tmp_path, [[number, code, "42", "2026-11-20", ""]])
    assert (again.created, again.unchanged) == (0, 1)
    with demo_database.session() as session:
        latest = session.scalar(select(Actual).where(Actual.target_id == target_id).order_by(Actual.id.desc()))
        assert (latest.value, latest.as_of, latest.note, latest.source) == (42, date(2026, 11, 20), "来自 CRM", "actuals.csv")


def test_each_bad_row_says_why_and_nothing_is_written(demo_database, tmp_path):
    number, code, _ = open_cycle_target(demo_database)
    before = actuals_count(demo_database)
    result = import_rows(demo_database, tmp_path, [
        [number, code, "10", "2026-10-31", ""],
        ["E99999", code, "10", "2026-10-31", ""],
        [number, "NO_SUCH_KPI", "10", "2026-10-31", ""],
        [number, code, "ten", "2026-10-31", ""],
        [number, code, "10", "2026-13-01", ""],
        [number, code, "10", "2026-03-31", ""],  # in the closed cycle
        [number, code, "11", "2026-10-31", ""],  # same target and date as row 2
    ])
    reasons = {p.row: p.message for p in result.problems}
    assert "not a known employee number" in reasons[3]
    assert "neither the code nor the name of a KPI" in reasons[4] and "the KPIs page lists them" in reasons[4]
    assert "not a number" in reasons[5]
    assert "2026-13-01" in reasons[6]
    assert "closed" in reasons[7] or "no target" in reasons[7]
    assert "also on row 2" in reasons[8]
    assert not result.imported and actuals_count(demo_database) == before
    valid = import_rows(demo_database, tmp_path, [[number, code, "10", "2026-10-31", ""],
                                                  ["E99999", code, "10", "2026-10-31", ""]], valid_only=True)
    assert valid.imported and actuals_count(demo_database) == before + 1


def test_kpi_can_be_named_in_chinese(demo_database, tmp_path):
    number, code, _ = open_cycle_target(demo_database)
    with demo_database.session() as session:
        name_zh = session.scalar(select(Kpi.name_zh).where(Kpi.code == code))
    result = import_rows(demo_database, tmp_path, [[number, name_zh, "3", "2026-11-01", ""]])
    assert result.imported and result.created == 1


def test_import_actuals_command(demo_database, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the rejected-rows report goes to the current folder
    number, code, _ = open_cycle_target(demo_database)
    path = write_csv(tmp_path / "a.csv", HEADERS, [[number, code, "5", "2026-11-02", ""], ["E0", code, "1", "2026-11-02", ""]])
    assert run(["import", "actuals", str(path), "--db", demo_database.url, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["rejected"] == 1 and not result["imported"] and result["report"].endswith(".rejected.csv")
    assert run(["import", "actuals", str(path), "--db", demo_database.url, "--valid-only"]) == 1
    assert "Imported the valid rows only" in capsys.readouterr().out
    assert run(["import", "actuals", str(path), "--db", demo_database.url, "--cycle", "2099"]) == 1
