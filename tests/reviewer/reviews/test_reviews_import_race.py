"""A review import writes only what is still writable when it writes: a review
submitted in the window while the file was being checked stays as submitted."""
from __future__ import annotations

import threading

import pytest

from db.models import CycleStage
from reviewer.reviews import importing
from reviewer.reviews.manager_review import save_manager_review_field, save_proposed_band, submit_manager_review
from tests.reviewer.roster.test_roster_import import write_csv

from .company import build_company
from .test_reviews_import import _appraisal, _import


def test_a_review_submitted_while_the_import_checks_is_not_overwritten(database, tmp_path, monkeypatch):
    if database.engine.dialect.name == "sqlite":
        pytest.skip("SQLite writers take turns (BEGIN IMMEDIATE): the race cannot happen")
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    lina, appraisal_id = company.as_("lina"), company.appraisals["S003"]
    path = write_csv(tmp_path / "r.csv", ["工号", "评价类型", "总体评价", "建议等级"],
                     [["S003", "上级", "from the file", "A"]], encoding="utf-8")
    checked = importing.check_reviews

    def check_then_let_lina_submit(*args, **kwargs):
        found = checked(*args, **kwargs)

        def submit():  # another writer, in the window, commits meanwhile
            lina.call(save_manager_review_field, appraisal_id, "overall_comment", "typed in the window")
            lina.call(save_proposed_band, appraisal_id, "C")
            lina.call(submit_manager_review, appraisal_id)

        other = threading.Thread(target=submit)
        other.start()
        other.join(30)
        return found

    monkeypatch.setattr(importing, "check_reviews", check_then_let_lina_submit)
    result = _import(company, path, submit=True)
    assert not result.imported
    assert [(p.row, p.code) for p in result.problems] == [(2, "manager_review_submitted")]
    stored = _appraisal(company, "S003")
    assert (stored.manager_comment, stored.proposed_band_id) == ("typed in the window", company.bands["C"])
