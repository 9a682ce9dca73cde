"""A CSV saved partly in another encoding is refused row by row, not stored as mojibake
(issue 13, item 15): 欧阳明海 in UTF-8 read as GBK would become 娆ч槼鏄庢捣."""
from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Department, Employee
from reviewer.cli.runner import run
from reviewer.io.mojibake import misread
from tests.reviewer.kpi.test_actuals_import import HEADERS as ACTUALS_HEADERS
from tests.reviewer.kpi.test_actuals_import import actuals_count, import_rows, open_cycle_target
from tests.reviewer.roster.test_roster_import import HEADERS_ZH, GOOD_ROWS

UTF8_ROW = ["E5", "欧阳明海", "ouyang@example.com", "大客户部", "客户经理", "E1", "2022-01-04"]


def write_mixed(path, rows, encodings):
    lines = [",".join(HEADERS_ZH).encode("gbk")]
    lines += [",".join(row).encode(encoding) for row, encoding in zip(rows, encodings)]
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


def test_a_gbk_roster_with_one_utf8_row_is_refused_naming_the_row_and_encoding(database_url, tmp_path, capsys):
    path = write_mixed(tmp_path / "roster.csv", [*GOOD_ROWS, UTF8_ROW], ["gbk"] * 4 + ["utf-8"])
    assert run(["import", "people", str(path), "--db", database_url, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert not result["imported"] and result["rejected"] == 1
    found = {(p["row"], p["field"]): p for p in result["problems"]}
    assert found[(6, "name")]["code"] == "text_misread"
    assert "looks like UTF-8 text read as GBK" in found[(6, "name")]["message"]
    assert "欧阳明海" in found[(6, "name")]["message"] and "大客户部" in found[(6, "department")]["message"]


def test_with_valid_only_the_misread_row_is_left_out_and_nothing_is_garbled(database, tmp_path):
    from reviewer.io.tables import read_table
    from reviewer.roster import guess_mapping, import_roster

    path = write_mixed(tmp_path / "roster.csv", [*GOOD_ROWS, UTF8_ROW], ["gbk"] * 4 + ["utf-8"])
    table = read_table(path)
    with database.session() as session:
        result = import_roster(session, table, guess_mapping(table.headers), valid_only=True)
    assert (result.created, result.rejected) == (4, 1)
    with database.session() as session:
        assert "大客户部".encode("utf-8").decode("gb18030") not in set(session.scalars(select(Department.name)))
        assert session.scalar(select(Employee).where(Employee.employee_no == "E5")) is None


def test_a_utf8_roster_with_one_gbk_row_names_the_utf8_rows(database_url, tmp_path, capsys):
    rows = [["E1", "欧阳明海", "a@example.com", "大客户部", "客户经理", "", "2015-03-01"],
            ["E2", "王芳", "b@example.com", "总部", "", "", ""]]
    path = write_mixed(tmp_path / "roster.csv", rows, ["utf-8", "gbk"])
    assert run(["import", "people", str(path), "--db", database_url, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    misread_rows = {p["row"] for p in result["problems"] if p["code"] == "text_misread"}
    assert misread_rows == {2} and not result["imported"]


def test_clean_files_with_rare_and_latin_names_still_import(database, tmp_path):
    from tests.reviewer.roster.test_roster_import import import_file, write_csv

    rows = [*GOOD_ROWS, ["E5", "王喆", "w@example.com", "总部", "", "", ""],
            ["E6", "José Müller", "j@example.com", "总部", "", "", ""], ["E7", "李玥", "l@example.com", "总部", "", "", ""]]
    for encoding in ("gbk", "utf-8"):
        path = write_csv(tmp_path / f"roster-{encoding}.csv", HEADERS_ZH, rows, encoding)
        result = import_file(database, path)
        assert result.problems == [] and result.created + result.unchanged == 7


def test_misread_text_is_recognised_and_real_text_is_not():
    assert misread("娆ч槼鏄庢捣", "gb18030") == ("utf-8", "欧阳明海")
    assert misread("大客户部".encode("utf-8").decode("gb18030"), "gb18030") == ("utf-8", "大客户部")
    assert misread("眎岸", "gb18030") == ("big5", "張偉")
    for real in ("欧阳明海", "王喆", "José", "销售部/销售一组", "客户经理"):
        assert misread(real, "gb18030") is None and misread(real, "utf-8") is None


def test_an_actuals_row_saved_in_another_encoding_is_refused(demo_database, tmp_path):
    number, code, _ = open_cycle_target(demo_database)
    before = actuals_count(demo_database)
    path = tmp_path / "actuals.csv"
    lines = [",".join(ACTUALS_HEADERS).encode("gbk"), f"{number},{code},5,2026-11-02,来自客户".encode("utf-8")]
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    from reviewer.kpi.actuals_import import guess_mapping, import_actuals
    from reviewer.io.tables import read_table

    table = read_table(path)
    with demo_database.session() as session:
        result = import_actuals(session, table, guess_mapping(table.headers))
    assert [(p.row, p.field, p.code) for p in result.problems] == [(2, "note", "text_misread")]
    assert not result.imported and actuals_count(demo_database) == before
