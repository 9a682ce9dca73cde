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


def test_two_writers_taking_in_the_same_form_at_once_accept_it_once(database, tmp_path, monkeypatch):
    """Two HR people import the same returned form at the same moment (PostgreSQL: both
    check before either writes). One is accepted; the other is told it was submitted."""
    import threading

    import pytest

    from reviewer.reviews import offline_self_review

    if database.engine.dialect.name == "sqlite":
        pytest.skip("SQLite writers take turns (BEGIN IMMEDIATE): the race cannot happen")
    from tests.reviewer.appraisal.history_company import build_history_company

    with database.session() as session:
        ids = build_history_company(session)
        session.commit()
        forms = export_self_review_forms(session, open_self_reviews(session, ids["2026 H1"]), tmp_path / "out")
    li = next(f for f in forms if f.name == "李娜")
    returned = tmp_path / "li.pdf"
    fill(li.path, returned, rating="/5")
    both_read = threading.Barrier(2, timeout=20)
    read_token = offline_self_review.SelfReviewKey.appraisal_of

    def read_then_wait(self, session, token):
        found = read_token(self, session, token)  # each has read the appraisal, not yet submitted
        both_read.wait()
        return found

    monkeypatch.setattr(offline_self_review.SelfReviewKey, "appraisal_of", read_then_wait)
    results = []

    def take_in():
        with database.session() as session:
            results.extend(import_returned_forms(session, [returned]))

    threads = [threading.Thread(target=take_in) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(r.accepted for r in results) == [False, True], results
    assert [r.code for r in results if not r.accepted] == ["answered"]
