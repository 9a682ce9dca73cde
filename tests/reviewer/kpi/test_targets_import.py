"""Importing targets: each person's whole set, weights totalling 100, unknown people
and KPIs named by row."""
from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Actual, Kpi, Target
from reviewer.cli.runner import run
from reviewer.io.tables import read_table
from reviewer.kpi.targets_import import guess_mapping, import_targets
from tests.reviewer.reviews.company import build_company
from tests.reviewer.roster.test_roster_import import write_csv

HEADERS = ["工号", "指标代码", "目标值", "权重", "区间下限", "区间上限"]


def _import(company, path, who="hr", **options):
    table = read_table(path)
    with company.as_(who).unit() as session:
        return import_targets(session, table, guess_mapping(table.headers), cycle="2027 上半年", source=path,
                              **options)


def _targets(company, number):
    with company.database.session() as session:
        return {code: (t.target_value, t.weight, t.band_low, t.band_high) for t, code in session.execute(
            select(Target, Kpi.code).join(Kpi).where(Target.employee_id == company.ids[number]))}


def test_a_file_sets_each_persons_targets(database, tmp_path):
    company = build_company(database)
    path = write_csv(tmp_path / "t.csv", HEADERS, [
        ["S003", "NEW_CUST", "120", "33.3", "", ""],
        ["S003", "客户满意度", "90", "33.3", "85", "95"],  # by the KPI's Chinese name
        ["S003", "SAT2", "1", "33.4", "", ""],
    ], encoding="utf-8")
    with database.session() as session:
        session.add(Kpi(code="SAT2", name="Repeat purchase", unit="percent", direction="higher_better",
                        kind="quantitative", category="Sales", scoring_rule="linear"))
    result = _import(company, path)
    assert (result.created, result.updated, result.rejected, result.imported) == (1, 2, 0, True), result.problems
    assert _targets(company, "S003") == {"NEW_CUST": (120, 33.3, None, None), "SAT": (90, 33.3, 85, 95),
                                         "SAT2": (1, 33.4, None, None)}


def test_weights_must_total_100_and_bad_rows_are_named(database, tmp_path):
    company = build_company(database)
    path = write_csv(tmp_path / "t.csv", HEADERS, [
        ["S003", "NEW_CUST", "120", "60", "", ""],
        ["S003", "SAT", "90", "30", "", ""],
        ["X999", "SAT", "90", "100", "", ""],
        ["S004", "NO_SUCH", "1", "50", "", ""],
        ["S004", "SAT", "1", "50", "", ""],
        ["K001", "SAT", "abc", "100", "", ""],
        ["S002", "SAT", "1", "100", "9", "3"],
        ["S001", "SAT", "1", "100", "", ""],
    ], encoding="utf-8")
    result = _import(company, path)
    codes = {(p.row, p.code) for p in result.problems}
    assert codes == {(2, "weights_not_100"), (3, "weights_not_100"), (4, "employee_unknown"), (5, "kpi_unknown"),
                     (6, "person_has_bad_rows"), (7, "not_a_number"), (8, "band_reversed")}
    assert "total 90" in next(p.message for p in result.problems if p.row == 2)
    assert not result.imported and _targets(company, "S001")["SAT"] == (100, 40, None, None)
    valid = _import(company, path, valid_only=True)
    assert valid.imported and _targets(company, "S001") == {"SAT": (1, 100, None, None)}  # NEW_CUST removed


def test_a_target_with_results_is_never_dropped(database, tmp_path):
    company = build_company(database)
    with database.session() as session:
        session.add(Actual(target_id=company.targets["S003"][0], value=5, as_of=session.get(
            Target, company.targets["S003"][0]).kpi and __import__("datetime").date(2027, 3, 1)))
    path = write_csv(tmp_path / "t.csv", HEADERS, [["S003", "SAT", "90", "100", "", ""]], encoding="utf-8")
    result = _import(company, path)
    assert [(p.row, p.code) for p in result.problems] == [(2, "target_has_results")]
    assert not result.imported


def test_a_manager_imports_targets_for_their_line_only(database, tmp_path):
    company = build_company(database)
    path = write_csv(tmp_path / "t.csv", HEADERS, [["K001", "SAT", "90", "100", "", ""],
                                                    ["S003", "SAT", "90", "100", "", ""]], encoding="utf-8")
    result = _import(company, path, who="lina")
    assert [(p.row, p.code) for p in result.problems] == [(2, "row_outside_scope")]


def test_import_targets_on_the_command_line(database, tmp_path, capsys):
    company = build_company(database)
    path = write_csv(tmp_path / "t.csv", HEADERS, [["S004", "SAT", "88", "100", "", ""]], encoding="utf-8")
    assert run(["import", "targets", str(path), "--cycle", "2027 上半年", "--db", database.url, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["updated"], payload["removed"], payload["imported"]) == (1, 1, True)
    assert _targets(company, "S004") == {"SAT": (88, 100, None, None)}
    bad = write_csv(tmp_path / "bad.csv", HEADERS, [["S004", "SAT", "88", "90", "", ""]], encoding="utf-8")
    assert run(["import", "targets", str(bad), "--cycle", "2027 上半年", "--db", database.url]) == 1
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "total 90, not 100" in out and "Nothing was imported" in out


def test_a_target_a_review_wrote_about_is_kept_when_the_file_drops_it(database, tmp_path):
    """Dropping it would delete the self-rating and comment written about it."""
    from db.models import AppraisalTargetReview

    company = build_company(database)
    target_id = company.targets["S003"][0]
    with database.session() as session:
        session.add(AppraisalTargetReview(appraisal_id=company.appraisals["S003"], target_id=target_id,
                                          self_rating=4, self_comment="客户流失降到了 4%"))
        session.commit()
    path = write_csv(tmp_path / "t.csv", HEADERS, [["S003", "SAT", "90", "100", "", ""]], encoding="utf-8")
    result = _import(company, path)
    assert [(p.row, p.code) for p in result.problems] == [(2, "target_has_results")]
    assert "review notes" in result.problems[0].message
    with database.session() as session:
        assert session.scalar(select(AppraisalTargetReview.self_comment)) == "客户流失降到了 4%"
