"""The potential choice in the manager-review form: each level's definition in view,
the choice saved as typed answers are, and not shown to the person themselves."""
from __future__ import annotations

from db.models import Appraisal, CycleStage
from tests.reviewer.reviews.company import build_company
from ui.pages.review_forms import SAVE_PAUSE_MS, ManagerReviewForm


def _potential(company, number):
    with company.database.session() as session:
        return session.get(Appraisal, company.appraisals[number]).potential


def test_the_manager_chooses_potential_with_the_definitions_in_view(app, qtbot, empty_sqlite_database):
    company = build_company(empty_sqlite_database, CycleStage.MANAGER_REVIEW)
    form = ManagerReviewForm(company.as_("lina"), company.appraisals["S003"])
    qtbot.addWidget(form)
    form.show()
    assert form.potential.isVisible() and form.potential.isEnabled()
    definitions = form.potential_definitions.text()
    assert "Ready for a bigger role within a year" in definitions and "Well placed in the current role" in definitions
    form.potential.setCurrentIndex(form.potential.findData("high"))
    assert "<b>High — Ready for a bigger role" in form.potential_definitions.text()
    qtbot.waitUntil(lambda: _potential(company, "S003") == "high", timeout=SAVE_PAUSE_MS * 5)
    form.close()
    reopened = ManagerReviewForm(company.as_("lina"), company.appraisals["S003"])
    qtbot.addWidget(reopened)
    assert reopened.potential.currentData() == "high"


def test_the_person_does_not_see_their_potential(app, qtbot, empty_sqlite_database):
    company = build_company(empty_sqlite_database, CycleStage.MANAGER_REVIEW)
    with company.database.session() as session:
        appraisal = session.get(Appraisal, company.appraisals["S003"])
        appraisal.potential, appraisal.released_at = "low", appraisal.created_at
    form = ManagerReviewForm(company.as_("wanglei"), company.appraisals["S003"])
    qtbot.addWidget(form)
    form.show()
    assert not form.potential.isVisible() and not form.potential_definitions.isVisible()
    assert form.potential.currentData() is None
