"""Roster, targets, actuals and review imports fuzzed with hostile CSV and XLSX files
(issue 18, item 4): each file is refused with a message naming it (or per-row problems
naming row and field), or accepted harmlessly; never a crash, never a database change
from a refused file, each file judged within 10 s."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pytest
from hypothesis import given, settings

from db.models import CycleStage
from reviewer.io.tables import read_table
from reviewer.messages import shorten_path
from tests.reviewer.fuzz import harness
from tests.reviewer.fuzz.harness import FUZZ, file_named
from tests.reviewer.fuzz.hostile import good_files_with_hostile_text, hostile_table_files
from tests.reviewer.reviews.company import build_company

CYCLE = "2027 上半年"
# Tables a refused import must leave exactly as they were (the others: counts and top ids).
HASHED = ("employees", "departments", "positions", "targets", "actuals", "appraisals", "app_settings")


@dataclass(frozen=True)
class ImportPath:
    name: str
    headers: list[str]
    good_row: list[str]
    stage: CycleStage
    free_column: int  # a column of free text (a name, a note, a review) or, for targets, a number
    run: Callable  # (session, table, path) -> result with .problems and .imported


def _roster(session, table, path):
    from reviewer.roster import guess_mapping, import_roster, remembered_mapping
    return import_roster(session, table, guess_mapping(table.headers, remembered_mapping(session)), source=path)


def _targets(session, table, path):
    from reviewer.kpi.targets_import import guess_mapping, import_targets
    return import_targets(session, table, guess_mapping(table.headers), cycle=CYCLE, source=path)


def _actuals(session, table, path):
    from reviewer.kpi.actuals_import import guess_mapping, import_actuals
    return import_actuals(session, table, guess_mapping(table.headers), source=path)


def _reviews(session, table, path):
    from reviewer.reviews.importing import guess_mapping, import_reviews
    return import_reviews(session, table, guess_mapping(table.headers), cycle=CYCLE, source=path, submit=True)


PATHS = [
    ImportPath("people import", ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"],
               ["E9", "张三", "zhang.san@example.com", "销售部", "专员", "S002", "2020-01-01"],
               CycleStage.SELF_REVIEW_360, 1, _roster),
    ImportPath("targets import", ["工号", "指标代码", "目标值", "权重", "区间下限", "区间上限"],
               ["S003", "NEW_CUST", "120", "100", "", ""], CycleStage.GOAL_SETTING, 2, _targets),
    ImportPath("actuals import", ["工号", "指标代码", "实际值", "日期", "来源", "备注"],
               ["S003", "NEW_CUST", "42", "2027-03-01", "CRM", "来自 CRM"], CycleStage.SELF_REVIEW_360, 5, _actuals),
    ImportPath("reviews import", ["工号", "评价类型", "主要成绩", "困难与挑战", "发展意愿"],
               ["S003", "自评", "签下 12 家新客户", "回款周期长", "谈判课程"], CycleStage.SELF_REVIEW_360, 2, _reviews),
]


def import_file(company, kind: ImportPath, path):
    """What `main.py import` does with the file, as ("refused", message) or "accepted"."""
    table = read_table(path)
    with company.as_("hr").unit() as session:
        result = kind.run(session, table, path)
    if result.problems:
        for problem in result.problems:
            assert problem.message and (problem.row is not None or problem.field is not None or
                                        shorten_path(path.name) in problem.message), problem
        return "accepted" if result.imported else ("refused", "; ".join(map(str, result.problems)))
    return "accepted"  # nothing wrong; rows the same as stored are left as they are


def fuzz_import(company, kind: ImportPath, folder, name: str, data: bytes) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    path = file_named(folder, name, data)
    # A refusal of the whole file names it; per-row problems name their row instead; a file
    # without the needed columns gets the fields no column was found for.
    harness.judge(kind.name, f"{name!r} ({len(data):,} bytes)", lambda: import_file(company, kind, path),
          company.database, HASHED, must_name=(shorten_path(path.name), "row ", "No column is chosen for: "))


@pytest.mark.parametrize("kind", PATHS, ids=[p.name for p in PATHS])
def test_hostile_import_files_are_refused_or_harmless(database, tmp_path, kind, request):
    company = build_company(database, stage=kind.stage)
    examples = 30 if "sqlite" in request.node.callspec.id else 12

    @settings(FUZZ, max_examples=examples)
    @given(hostile_table_files(kind.headers, kind.good_row))
    def check(named):
        fuzz_import(company, kind, tmp_path / "in", *named)

    check()


@pytest.mark.parametrize("kind", PATHS, ids=[p.name for p in PATHS])
def test_hostile_text_in_free_text_columns_is_stored_inert_or_refused_by_row(database, tmp_path, kind, request):
    company = build_company(database, stage=kind.stage)
    examples = 20 if "sqlite" in request.node.callspec.id else 8

    @settings(FUZZ, max_examples=examples)
    @given(good_files_with_hostile_text(kind.headers, kind.good_row, kind.free_column))
    def check(named):
        fuzz_import(company, kind, tmp_path / "in", *named)

    check()
