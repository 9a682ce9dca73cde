"""Importing rosters exported from other systems, good and bad."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import Department, Employee
from reviewer.cli.runner import run
from reviewer.errors import ValidationError
from reviewer.io.tables import read_table
from reviewer.progress import Cancelled, Progress
from reviewer.roster import guess_mapping, import_roster
from reviewer.roster.columns import parse_mapping_option

HEADERS_ZH = ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"]
GOOD_ROWS = [
    ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "", "2015-03-01"],
    ["E2", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E1", "2018/7/15"],
    ["E3", "李强", "li.qiang@example.com", "销售部/销售一组", "客户经理", "王芳", "2021年5月6日"],
    ["E4", "Emily Chen", "emily.chen@example.com", "销售一组", "客户经理", "E3", "20230102"],
]


def write_csv(path, headers, rows, encoding="gbk"):
    text = "\r\n".join(",".join(cells) for cells in [headers, *rows]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def import_file(database, path, **options):
    table = read_table(path, encoding=options.pop("encoding", None))
    with database.session() as session:
        return import_roster(session, table, guess_mapping(table.headers), **options)


def people(database) -> dict[str, tuple]:
    with database.session() as session:
        rows = session.execute(select(Employee.employee_no, Employee.name, Employee.manager_id, Employee.id)).all()
    return {r[0]: r for r in rows}


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8", "utf-16"])
def test_a_roster_with_chinese_headers_imports_in_every_common_encoding(database, tmp_path, encoding):
    path = write_csv(tmp_path / "roster.csv", HEADERS_ZH, GOOD_ROWS, encoding)
    result = import_file(database, path)
    assert (result.created, result.rejected, result.imported) == (4, 0, True)
    found = people(database)
    assert found["E3"][1] == "李强" and found["E3"][2] == found["E2"][3]  # 王芳 found by name
    with database.session() as session:
        paths = {d.name: d.parent_id for d in session.scalars(select(Department))}
    assert set(paths) == {"总部", "销售部", "销售一组"}


def test_an_xlsx_with_date_cells_and_numeric_employee_numbers(database, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Employee No", "Name", "Department", "Reports to", "Hire Date"])
    sheet.append([10001, "张伟", "总部", None, datetime(2015, 3, 1)])
    sheet.append([10002, "王芳", "总部/销售部", 10001, 45352])  # a date cell that lost its format
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    result = import_file(database, path)
    assert (result.created, result.rejected) == (2, 0)
    with database.session() as session:
        wang = session.scalar(select(Employee).where(Employee.employee_no == "10002"))
        assert wang.hire_date == date(2024, 3, 1) and wang.manager.employee_no == "10001"


BAD_ROWS = [
    ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "", "2015-03-01"],
    ["", "无工号", "nobody@example.com", "总部", "", "", ""],
    ["E1", "张伟重复", "dup@example.com", "总部", "", "", ""],
    ["E5", "赵敏", "not-an-email", "总部", "", "", ""],
    ["E6", "钱多", "qian@example.com", "总部", "", "E99", ""],
    ["E7", "孙丽", "sun@example.com", "总部", "", "E8", ""],
    ["E8", "周杰", "zhou@example.com", "总部", "", "E7", ""],
    ["E9", "吴刚", "wu@example.com", "总部", "", "", "2023-02-30"],
    ["E10", "郑" * 101, "zheng@example.com", "总部", "", "", ""],
    ["E11", "冯晓", "feng@example.com", "总部", "", "", "2024-03-01"],
]


def test_every_bad_row_is_reported_with_its_reason_and_nothing_is_imported(database, tmp_path):
    path = write_csv(tmp_path / "bad.csv", HEADERS_ZH, BAD_ROWS)
    result = import_file(database, path)
    assert not result.imported and people(database) == {}
    reasons = {(p.row, p.field): p.message for p in result.problems}
    assert "is missing" in reasons[(3, "employee_no")]
    assert "also on row 2" in reasons[(4, "employee_no")]
    assert "not an e-mail address" in reasons[(5, "email")]
    assert "E99" in reasons[(6, "manager")]
    assert "circle" in reasons[(7, "manager")] and "circle" in reasons[(8, "manager")]
    assert "not a real date" in reasons[(9, "hire_date")]
    assert "at most 100" in reasons[(10, "name")]
    assert result.rejected == 8 and result.created == 2


def test_valid_only_imports_the_good_rows_in_one_go(database, tmp_path):
    path = write_csv(tmp_path / "bad.csv", HEADERS_ZH, BAD_ROWS)
    result = import_file(database, path, valid_only=True)
    assert result.imported and set(people(database)) == {"E1", "E11"}


def test_reimport_matches_by_employee_number_and_counts_changes(database, tmp_path):
    path = write_csv(tmp_path / "roster.csv", HEADERS_ZH, GOOD_ROWS)
    import_file(database, path)
    changed = [row[:] for row in GOOD_ROWS]
    changed[3][1] = "Emily Chen-Wang"
    changed[2][5] = "E1"  # 李强 now reports to 张伟
    changed.append(["E5", "新人", "new@example.com", "销售一组", "客户经理", "E3", "2026-11-01"])
    result = import_file(database, write_csv(tmp_path / "again.csv", HEADERS_ZH, changed))
    assert (result.created, result.updated, result.unchanged, result.rejected) == (1, 2, 2, 0)
    found = people(database)
    assert found["E4"][1] == "Emily Chen-Wang" and found["E3"][2] == found["E1"][3]


def test_a_roster_that_would_loop_with_the_database_is_refused(database, tmp_path):
    import_file(database, write_csv(tmp_path / "roster.csv", HEADERS_ZH, GOOD_ROWS))
    # 张伟 now said to report to Emily, who (in the database) is below him.
    result = import_file(database, write_csv(tmp_path / "loop.csv", HEADERS_ZH, [
        ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "E4", "2015-03-01"]]))
    assert not result.imported and "circle" in result.problems[0].message
    assert "Emily Chen (E4)" in result.problems[0].message


def test_swapping_manager_and_report_in_one_import_succeeds(database, tmp_path):
    import_file(database, write_csv(tmp_path / "roster.csv", HEADERS_ZH, GOOD_ROWS))
    swapped = [GOOD_ROWS[0], ["E2", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E3", ""],
               ["E3", "李强", "li.qiang@example.com", "销售部/销售一组", "客户经理", "E1", ""]]
    result = import_file(database, write_csv(tmp_path / "swap.csv", HEADERS_ZH, swapped))
    assert result.imported and result.updated == 2
    found = people(database)
    assert found["E2"][2] == found["E3"][3] and found["E3"][2] == found["E1"][3]


def test_a_cancelled_import_writes_nothing(database, tmp_path):
    table = read_table(write_csv(tmp_path / "roster.csv", HEADERS_ZH, GOOD_ROWS))
    calls = []
    progress = Progress(report=lambda f, m: calls.append(m), is_cancelled=lambda: "Saving people" in calls)
    with pytest.raises(Cancelled):
        with database.session() as session:
            import_roster(session, table, guess_mapping(table.headers), progress=progress)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Employee)) == 0
        assert session.scalar(select(func.count()).select_from(Department)) == 0


def test_a_failure_while_writing_leaves_the_database_as_it_was(database, tmp_path, monkeypatch):
    import_file(database, write_csv(tmp_path / "roster.csv", HEADERS_ZH, GOOD_ROWS))
    before = people(database)
    import reviewer.roster as roster

    real_apply = roster.apply_roster

    def write_then_fail(session, plan, progress=None):
        real_apply(session, plan, progress)
        raise OSError("disk full")

    monkeypatch.setattr(roster, "apply_roster", write_then_fail)
    changed = [row[:] for row in GOOD_ROWS] + [["E9", "新人", "", "总部", "", "E1", ""]]
    changed[0][1] = "张伟改名"
    with pytest.raises(OSError):
        import_file(database, write_csv(tmp_path / "next.csv", HEADERS_ZH, changed))
    assert people(database) == before


def test_mapping_by_hand_and_missing_required_columns(database, tmp_path):
    path = write_csv(tmp_path / "odd.csv", ["编号X", "名称", "组织单元"], [["E1", "张伟", "总部"]])
    table = read_table(path)
    with database.session() as session, pytest.raises(ValidationError, match="No column is chosen for"):
        import_roster(session, table, guess_mapping(table.headers))
    mapping = parse_mapping_option("employee_no=编号X,name=名称,department=3", table.headers)
    with database.session() as session:
        assert import_roster(session, table, mapping).created == 1


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Excel 97-2003"),
    (b"%PDF-1.7\n", "PDF"),
    (b"PK\x03\x04garbage", "not a readable Excel workbook"),
    (b"\x81\xff\xfe\x00\x80" * 50, "encoding"),
])
def test_broken_or_foreign_files_get_a_clear_message(tmp_path, content, message):
    path = tmp_path / "roster.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        read_table(path)


def test_command_line_import_writes_a_report_and_exits_1(database_url, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the rejected-rows report goes to the current folder
    path = write_csv(tmp_path / "bad.csv", HEADERS_ZH, BAD_ROWS)
    assert run(["import", "people", str(path), "--db", database_url, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["imported"] is False and result["rejected"] == 8
    report = read_table(result["report"])
    assert report.headers[:2] == ["Row", "Problems"] and len(report.rows) == 8
    assert run(["import", "people", str(path), "--db", database_url, "--valid-only", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["imported"] is True
    assert run(["import", "people", str(path), "--db", database_url, "--dry-run"]) == 1
    assert "Dry run" in capsys.readouterr().out


def test_a_repeated_number_keeps_its_first_row_as_the_manager_of_its_reports(database, tmp_path):
    rows = [
        ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "", "2015-03-01"],
        ["E2", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E1", "2018-07-15"],
        ["E2", "王芳（重复）", "wang.fang2@example.com", "总部/销售部", "销售经理", "E1", "2018-07-15"],
        ["E3", "李强", "li.qiang@example.com", "销售部/销售一组", "客户经理", "E2", "2021-05-06"],
        ["E4", "Emily Chen", "emily.chen@example.com", "销售一组", "客户经理", "E3", "2023-01-02"],
    ]
    result = import_file(database, write_csv(tmp_path / "dup.csv", HEADERS_ZH, rows), valid_only=True)
    assert result.imported and result.rejected == 1
    [problem] = result.problems
    assert (problem.row, problem.field) == (4, "employee_no")
    assert "also on row 3" in problem.message and "only row 3 counts" in problem.message
    found = people(database)
    assert set(found) == {"E1", "E2", "E3", "E4"} and found["E2"][1] == "王芳"
    assert found["E3"][2] == found["E2"][3]  # 李强 reports to the row that was imported


@pytest.mark.parametrize("hired, code", [("2999-01-01", "date_too_far_ahead"), ("1899-12-31", "date_too_early"),
                                         ("0201-05-06", "date_too_early")])
def test_a_hire_date_centuries_away_is_refused(database, tmp_path, hired, code):
    from datetime import timedelta

    soon = (date.today() + timedelta(days=200)).isoformat()  # a planned start next half-year is fine
    rows = [["E1", "张伟", "", "总部", "", "", hired], ["E2", "王芳", "", "总部", "", "E1", soon]]
    result = import_file(database, write_csv(tmp_path / "dates.csv", HEADERS_ZH, rows), valid_only=True)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "hire_date", code), (3, "manager", "manager_row_rejected")]
    assert "check the year" in result.problems[0].message


def test_leave_dates_far_ahead_are_refused_too(database, tmp_path):
    headers = [*HEADERS_ZH, "离职日期"]
    rows = [["E1", "张伟", "", "总部", "", "", "2015-03-01", "3025-01-01"]]
    table = read_table(write_csv(tmp_path / "leave.csv", headers, rows))
    mapping = guess_mapping(table.headers)
    assert "leave_date" in mapping
    with database.session() as session:
        result = import_roster(session, table, mapping)
    assert [(p.field, p.code) for p in result.problems] == [("leave_date", "date_too_far_ahead")]


def test_the_report_goes_to_the_current_folder_and_the_command_says_where(database_url, tmp_path, capsys,
                                                                          monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = write_csv(inbox / "bad.csv", HEADERS_ZH, BAD_ROWS)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert run(["import", "people", str(path), "--db", database_url]) == 1
    out = capsys.readouterr().out
    assert f"Rejected rows and reasons saved to {here / 'bad.rejected.csv'}" in out
    assert (here / "bad.rejected.csv").exists() and not (inbox / "bad.rejected.csv").exists()
    chosen = tmp_path / "chosen.xlsx"
    assert run(["import", "people", str(path), "--db", database_url, "--report", str(chosen)]) == 1
    assert f"saved to {chosen}" in capsys.readouterr().out and chosen.exists()


def test_control_and_text_direction_characters_are_refused_by_row_and_field(database, tmp_path):
    rows = [["E1", "Ctrl\x07\x1bname", "", "总部", "", "", "2015-03-01"],
            ["E2", "Evil\u202efdp.exe", "", "总部", "", "", "2015-03-01"],
            ["E3", "\u2067x\u2069", "", "总部/销\x85售部", "", "", "2015-03-01"],
            ["E4", "王芳", "", "总部", "", "", "2018-07-15"]]
    path = write_csv(tmp_path / "hidden.csv", HEADERS_ZH, rows, encoding="utf-8")
    result = import_file(database, path, valid_only=True)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "name", "hidden_characters"), (3, "name", "hidden_characters"), (4, "name", "hidden_characters"),
        (4, "department", "hidden_characters")]
    assert "U+0007, U+001B" in result.problems[0].message and "U+202E" in result.problems[1].message
    assert set(people(database)) == {"E4"}


def test_every_hidden_character_is_refused_and_shown_escaped_never_raw(database, database_url, tmp_path, monkeypatch,
                                                                       capsys):
    rows = [["E1", "Bidi\u200fM", "", "总部", "", "", "2015-03-01"],
            ["E2", "NEL\u2028LS", "", "总部", "", "", "2015-03-01"],
            ["E3", "ZW\u200bSP", "", "总部/销\u2029售部", "职\ue000位", "", "2015-03-01"],
            ["E4", "Esc\x1b[31mRED\x1b[0m", "e\u202e@x.example.com", "总部", "", "", "2015-03-01"],
            ["E5", "王芳", "", "总部", "", "", "2018-07-15"]]
    path = write_csv(tmp_path / "hidden\u202evsc.csv", HEADERS_ZH, rows, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["import", "people", str(path), "--db", database_url, "--valid-only"]) == 1
    out = "".join(capsys.readouterr())
    assert "hidden\\u202evsc.csv: 5 rows" in out
    for row, field, shown in ((2, "Name", "U+200F"), (3, "Name", "U+2028"), (4, "Name", "U+200B"),
                              (4, "Department", "U+2029"), (4, "Position", "U+E000"), (5, "Name", "U+001B"),
                              (5, "Email", "U+202E")):
        assert f"row {row}, {field}: holds invisible control or text-direction characters ({shown})" in out
    report = (tmp_path / "hiddenvsc.rejected.csv").read_text(encoding="utf-8-sig")
    assert "Esc\\x1b[31mRED\\x1b[0m" in report and "e\\u202e@x.example.com" in report
    assert "Bidi\\u200fM" in report and "NEL\\u2028LS" in report
    for raw in ("\x1b", "\u202e", "\u200f", "\u2028", "\u2029"):
        assert raw not in out and raw not in report
    assert set(people(database)) == {"E5"}


def test_a_refused_import_says_what_it_would_have_written_not_that_it_wrote_it(database_url, tmp_path, capsys,
                                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(["import", "people", str(write_csv(tmp_path / "good.csv", HEADERS_ZH, GOOD_ROWS)),
                "--db", database_url]) == 0
    assert "4 new, 0 updated, 0 unchanged, 0 rejected." in capsys.readouterr().out
    changed = [[*GOOD_ROWS[0][:4], "董事长", *GOOD_ROWS[0][5:]], GOOD_ROWS[1], GOOD_ROWS[2], GOOD_ROWS[3],
               ["E5", "", "no-name@example.com", "总部", "总经理", "", "2015-03-01"]]  # no name: rejected
    path = write_csv(tmp_path / "changed.csv", HEADERS_ZH, changed)
    assert run(["import", "people", str(path), "--db", database_url]) == 1
    out = capsys.readouterr().out
    assert "nothing imported (would update 1), 3 unchanged, 1 rejected." in out and "updated" not in out
    assert "Nothing was imported" in out
    assert run(["import", "people", str(path), "--db", database_url, "--dry-run"]) == 1
    assert "nothing imported (would update 1)" in capsys.readouterr().out
    assert run(["import", "people", str(path), "--db", database_url, "--valid-only"]) == 1
    out = capsys.readouterr().out
    assert "0 new, 1 updated, 3 unchanged, 1 rejected." in out and "Imported the valid rows only." in out
