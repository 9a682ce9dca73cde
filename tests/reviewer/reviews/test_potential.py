"""The potential rating in the manager review: written by the person's managers or HR
while the manager review is open, locked with it, shown to managers and HR but not to
the person, and importable from a spreadsheet column."""
from __future__ import annotations

import pytest

from db.models import Appraisal, CycleStage
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError
from reviewer.io.writers import write_table
from reviewer.reviews.importing import guess_mapping, import_reviews
from reviewer.io.tables import read_table
from reviewer.reviews.manager_review import save_manager_review_field, save_potential, save_proposed_band, \
    submit_manager_review
from reviewer.reviews.potential import potential_level
from reviewer.reviews.sheet import review_sheet

from .company import build_company


def _potential(company, number) -> str | None:
    with company.database.session() as session:
        return session.get(Appraisal, company.appraisals[number]).potential


def test_the_manager_rates_potential_in_english_or_chinese_and_clears_it(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    lina, appraisal_id = company.as_("lina"), company.appraisals["S003"]
    lina.call(save_potential, appraisal_id, "high")
    assert _potential(company, "S003") == "high"
    lina.call(save_potential, appraisal_id, "中")
    assert _potential(company, "S003") == "medium"
    with pytest.raises(ValidationError) as refused:
        lina.call(save_potential, appraisal_id, "stellar")
    assert refused.value.code == "potential_unknown" and "low, medium or high" in str(refused.value)
    assert _potential(company, "S003") == "medium"
    lina.call(save_potential, appraisal_id, "")
    assert _potential(company, "S003") is None


def test_potential_follows_the_manager_review_write_rules(database):
    company = build_company(database)  # self-review stage: the manager review is not open yet
    with pytest.raises(StageBlocked) as refused:
        company.as_("lina").call(save_potential, company.appraisals["S003"], "high")
    assert refused.value.code == "manager_review_stage"
    company.set_stage(CycleStage.MANAGER_REVIEW)
    for who, code in (("zhaomin", "manager_review_not_yours"), ("audit", "auditor_reads_only"),
                      ("wanglei", "own_review_confidential")):
        with pytest.raises(PermissionDenied) as refused:
            company.as_(who).call(save_potential, company.appraisals["S003"], "high")
        assert refused.value.code == code
    lina = company.as_("lina")
    lina.call(save_potential, company.appraisals["S003"], "low")
    lina.call(save_manager_review_field, company.appraisals["S003"], "overall_comment", "Steady")
    lina.call(save_proposed_band, company.appraisals["S003"], "C")
    lina.call(submit_manager_review, company.appraisals["S003"])
    with pytest.raises(StageBlocked) as refused:
        lina.call(save_potential, company.appraisals["S003"], "high")
    assert refused.value.code == "manager_review_submitted"
    assert _potential(company, "S003") == "low"


def test_the_read_view_shows_potential_to_managers_and_hr_but_not_to_the_person(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    company.as_("hr").call(save_potential, company.appraisals["S003"], "high")
    for who in ("lina", "head", "hr", "audit"):
        part = company.as_(who).call(review_sheet, company.appraisals["S003"]).manager_review
        assert (part.potential, part.potential_readable) == ("high", True), who
    with company.database.session() as session:  # even once released, the person does not see it
        session.get(Appraisal, company.appraisals["S003"]).released_at = session.get(
            Appraisal, company.appraisals["S003"]).created_at
    own = company.as_("wanglei").call(review_sheet, company.appraisals["S003"]).manager_review
    assert own.readable and (own.potential, own.potential_readable) == (None, False)


def test_levels_are_read_from_the_usual_spellings():
    assert [potential_level(v) for v in ("HIGH", " 高 ", "Medium", "低", None, " ")] == [
        "high", "high", "medium", "low", None, None]


def test_the_reviews_import_takes_a_potential_column(database, tmp_path):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    path = write_table(tmp_path / "上级评价.xlsx", ["工号", "评价类型", "总体评价", "潜力"], [
        ["S003", "上级", "稳定", "高"], ["S004", "manager", "Good", "medium"]])
    table = read_table(path)
    with company.as_("hr").unit() as session:
        result = import_reviews(session, table, guess_mapping(table.headers), cycle="2027 上半年")
    assert result.imported, result.problems
    assert (_potential(company, "S003"), _potential(company, "S004")) == ("high", "medium")

    bad = write_table(tmp_path / "bad.csv", ["Employee no.", "Part", "Potential"], [
        ["S003", "manager", "huge"], ["S004", "self", "low"]])
    table = read_table(bad)
    with company.as_("hr").unit() as session:
        result = import_reviews(session, table, guess_mapping(table.headers), cycle="2027 上半年")
    assert not result.imported
    assert {(p.row, p.field, p.code) for p in result.problems} == {
        (2, "potential", "potential_unknown"), (3, "potential", "review_field_wrong_part")}
    assert _potential(company, "S003") == "high"
