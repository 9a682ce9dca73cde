"""Hostile returned self-review forms cost their own verdict, never the batch."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Appraisal
from reviewer.reviews.offline_self_review import export_self_review_forms, import_returned_forms, open_self_reviews
from tests.reviewer.reviews.test_offline_self_review import ACHIEVEMENTS, fill


def test_a_form_with_control_characters_is_rejected_alone_on_each_database(database, tmp_path):
    """A NUL byte in a text field is refused by PostgreSQL: it must be this file's
    verdict, and the other files of the batch are still taken in."""
    from tests.reviewer.appraisal.history_company import build_history_company

    with database.session() as session:
        ids = build_history_company(session)
        session.commit()
        forms = export_self_review_forms(session, open_self_reviews(session, ids["2026 H1"]), tmp_path / "out")
    li = next(f for f in forms if f.name == "李娜")
    other = next(f for f in forms if f.name != "李娜" and f.path != li.path)
    hostile, good = tmp_path / "hostile.pdf", tmp_path / "good.pdf"
    fill(li.path, hostile, rating="/5", overrides={"self_achievements": "done\x00\x01 well"})
    fill(other.path, good, rating="/5")
    with database.session() as session:
        bad, fine = import_returned_forms(session, [hostile, good])
    assert not bad.accepted and bad.code == "invalid_answer"
    assert fine.accepted, fine.message
    with database.session() as session:
        stored = session.scalar(select(Appraisal.self_achievements).where(
            Appraisal.employee_id == ids["E1"], Appraisal.cycle_id == ids["2026 H1"]))
    assert stored is None


def test_typed_review_text_with_control_characters_is_refused_with_a_message(database):
    import pytest

    from reviewer.errors import ValidationError
    from reviewer.reviews.self_review import save_self_review_field
    from tests.reviewer.reviews.company import build_company

    company = build_company(database)
    with pytest.raises(ValidationError) as refused:
        company.as_("wanglei").call(save_self_review_field, company.appraisals["S003"], "achievements", "a\x00b")
    assert refused.value.code == "review_text_control"
    # Tabs and line breaks are ordinary text.
    company.as_("wanglei").call(save_self_review_field, company.appraisals["S003"], "achievements", "a\tb\r\nc")
