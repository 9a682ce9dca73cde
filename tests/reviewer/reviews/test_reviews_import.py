"""Importing reviews from a spreadsheet: row-level checks, all or nothing, and the
same stage and access rules as the forms."""
from __future__ import annotations

import json

from db.models import Appraisal, CycleStage
from reviewer.cli.runner import run
from reviewer.io.tables import read_table
from reviewer.io.writers import write_table
from reviewer.reviews.importing import guess_mapping, import_reviews
from tests.reviewer.roster.test_roster_import import write_csv

from .company import build_company

ZH_HEADERS = ["工号", "评价类型", "主要成绩", "困难与挑战", "发展意愿", "优势", "待改进方面", "总体评价", "建议等级",
              "等级理由", "仅HR可见备注"]


def _import(company, path, workstation=None, **options):
    table = read_table(path)
    with (workstation or company.as_("hr")).unit() as session:
        return import_reviews(session, table, guess_mapping(table.headers), cycle="2027 上半年", source=path,
                              **options)


def _appraisal(company, number) -> Appraisal:
    with company.database.session() as session:
        appraisal = session.get(Appraisal, company.appraisals[number])
        session.expunge(appraisal)
        return appraisal


def test_self_reviews_import_from_chinese_headers_in_a_workbook(database, tmp_path):
    company = build_company(database)
    path = write_table(tmp_path / "自评.xlsx", ZH_HEADERS, [
        ["S003", "自评", "签下 12 家新客户", "回款周期长", "谈判课程", None, None, None, None, None, None],
        ["S004", "self", "Opened the 华东 region", None, None, None, None, None, None, None, None]])
    result = _import(company, path, submit=True)
    assert (result.updated, result.rejected, result.imported) == (2, 0, True), result.problems
    stored = _appraisal(company, "S003")
    assert (stored.self_achievements, stored.self_challenges, stored.self_development_wishes) == (
        "签下 12 家新客户", "回款周期长", "谈判课程")
    assert stored.self_submitted_at is not None


def test_each_bad_row_says_why_and_nothing_is_written(database, tmp_path):
    company = build_company(database)
    headers = ["Employee no.", "Part", "Achievements", "Strengths"]
    path = write_csv(tmp_path / "reviews.csv", headers, [
        ["S003", "self", "Good year", ""],
        ["X999", "self", "Who?", ""],
        ["S004", "peer", "x", ""],
        ["S004", "self", "", "Not a self-review field"],
        ["S004", "self", "", ""],
        ["S003", "自评", "Again", ""],
        ["S002", "manager", "", "Good coach"],  # manager reviews wait for their stage
    ], encoding="utf-8")
    result = _import(company, path)
    reasons = {p.row: (p.field, p.code) for p in result.problems}
    assert reasons == {3: ("employee_no", "employee_unknown"), 4: ("part", "review_part_unknown"),
                       5: ("strengths", "review_field_wrong_part"), 6: ("part", "review_row_empty"),
                       7: ("part", "duplicate_review_row"), 8: ("part", "manager_review_stage")}
    assert not result.imported and _appraisal(company, "S003").self_achievements is None
    valid = _import(company, path, valid_only=True)
    assert valid.imported and valid.updated == 1
    assert _appraisal(company, "S003").self_achievements == "Good year"


def test_manager_reviews_import_with_bands_and_justifications(database, tmp_path):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    company.set_score("S003", 72.0)  # band C
    path = write_table(tmp_path / "上级评价.xlsx", ZH_HEADERS, [
        ["S003", "上级", None, None, None, "客户关系好", "预测", "稳定", "优秀", None, "Flight risk"],
        ["S004", "manager", None, None, None, None, None, "OK", "良好", None, None]])
    refused = _import(company, path, submit=True)
    assert [(p.row, p.code) for p in refused.problems] == [(2, "justification_required")]
    drafts = _import(company, path, workstation=company.as_("lina"))
    assert drafts.imported and drafts.updated == 2
    stored = _appraisal(company, "S003")
    assert (stored.strengths, stored.manager_comment, stored.proposed_band_id, stored.manager_private_note) == (
        "客户关系好", "稳定", company.bands["B"], "Flight risk")
    assert stored.manager_submitted_at is None
    again = _import(company, path, workstation=company.as_("lina"))
    assert (again.updated, again.unchanged) == (0, 2)


def test_a_manager_imports_only_their_lines_manager_reviews(database, tmp_path):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    path = write_csv(tmp_path / "r.csv", ["工号", "评价类型", "总体评价"],
                     [["K001", "上级", "not mine"], ["S002", "上级", "my own"]], encoding="utf-8")
    result = _import(company, path, workstation=company.as_("lina"))
    assert [(p.row, p.code) for p in result.problems] == [(2, "manager_review_not_yours"),
                                                          (3, "own_review_confidential")]


def test_import_reviews_on_the_command_line(database, tmp_path, capsys):
    company = build_company(database)
    path = write_csv(tmp_path / "r.csv", ["工号", "评价类型", "主要成绩"],
                     [["S003", "自评", "好"], ["S004", "自评", "也好"]], encoding="utf-8")
    assert run(["import", "reviews", str(path), "--cycle", "2027 上半年", "--db", database.url, "--dry-run",
                "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["updated"] == 2
    assert _appraisal(company, "S003").self_achievements is None
    assert run(["import", "reviews", str(path), "--cycle", "2027 上半年", "--db", database.url, "--submit"]) == 0
    assert "Imported." in capsys.readouterr().out
    assert _appraisal(company, "S004").self_submitted_at is not None
    assert run(["import", "reviews", str(path), "--cycle", "2099", "--db", database.url]) == 1
    assert "no cycle called '2099'" in capsys.readouterr().err
