"""Drafts survive a kill: a self-review, a manager review and a 360 form are saved
over and over by a program that is then killed outright (SIGKILL), perhaps in the
middle of a save. Reopened, the database passes its integrity check and holds the
last draft the program reported saved, or the one after it, whole (each save is its
own committed unit of work)."""
from __future__ import annotations

import re
import shutil
import sys

import pytest
from sqlalchemy import select

from db.location import resolve_database_url
from db.models import CycleStage, FeedbackRequest, RequestStatus
from reviewer.feedback.filling import open_filling

from ...killing import integrity, kill_when_said, scalar, start_driver
from .company import build_company

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
SAVES_BEFORE_KILL = 20

# Saves "draft 1", "draft 2", ... as the window does: each save its own unit of work.
SAVE_DRAFTS_FOR_EVER = """
import sys
from sqlalchemy import select
from db.migrate import open_database
from db.models import AppUser
from reviewer.access import LOCAL_OWNER, Actor
from reviewer.workstation import Workstation

url, username, kind, item, detail = sys.argv[1:6]
database, _ = open_database(url)
actor = LOCAL_OWNER
if username != "-":
    with database.session() as session:
        user = session.scalar(select(AppUser).where(AppUser.username == username))
        actor = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
workstation = Workstation(database, actor)
if kind == "self":
    from reviewer.reviews.self_review import save_self_review_field
    def save(text): workstation.call(save_self_review_field, int(item), detail, text)
elif kind == "manager":
    from reviewer.reviews.manager_review import save_manager_review_field
    def save(text): workstation.call(save_manager_review_field, int(item), detail, text)
else:
    from reviewer.feedback.filling import Given, save_answer
    def save(text): workstation.call(save_answer, int(item), int(detail), Given(text=text))
number = 0
while True:
    number += 1
    save(f"draft {number} " + "草稿" * 200)
    print(f"saved {number}", file=sys.stderr, flush=True)
"""


def _kill_while_saving(url: str, username: str, kind: str, item: int, detail) -> None:
    process = start_driver(SAVE_DRAFTS_FOR_EVER, url, username, kind, str(item), str(detail))
    kill_when_said(process, f"saved {SAVES_BEFORE_KILL}\n", delay=0.05)


def _assert_a_whole_late_draft(stored: str | None) -> None:
    match = re.fullmatch(r"draft (\d+) (草稿){200}", stored or "")
    assert match, f"the draft is missing or not whole: {stored[:40] if stored else stored!r}"
    assert int(match.group(1)) >= SAVES_BEFORE_KILL  # nothing reported saved was lost


def test_self_and_manager_review_drafts_survive_a_kill(database_url, database):
    company = build_company(database, CycleStage.SELF_REVIEW_360)
    appraisal_id = company.appraisals["S003"]
    _kill_while_saving(database_url, "wanglei", "self", appraisal_id, "achievements")
    assert integrity(database_url) == "ok"
    _assert_a_whole_late_draft(scalar(database_url, "SELECT self_achievements FROM appraisals WHERE id = :id",
                                      id=appraisal_id))

    company.set_stage(CycleStage.MANAGER_REVIEW)
    _kill_while_saving(database_url, "lina", "manager", appraisal_id, "overall_comment")
    assert integrity(database_url) == "ok"
    _assert_a_whole_late_draft(scalar(database_url, "SELECT manager_comment FROM appraisals WHERE id = :id",
                                      id=appraisal_id))


def test_a_360_form_draft_survives_a_kill(demo_template, tmp_path):
    from db.migrate import open_database

    db = tmp_path / "drafts.sqlite3"
    shutil.copy(demo_template, db)
    url = resolve_database_url(str(db))
    database, _ = open_database(url)
    try:
        with database.session() as session:
            request_id = session.scalar(select(FeedbackRequest.id).where(
                FeedbackRequest.status == RequestStatus.OPEN).order_by(FeedbackRequest.id))
            question = next(q for q in open_filling(session, request_id).form.questions() if not q.is_rating)
    finally:
        database.dispose()
    _kill_while_saving(url, "-", "answer", request_id, question.id)
    assert integrity(url) == "ok"
    _assert_a_whole_late_draft(scalar(url, "SELECT text FROM answers WHERE request_id = :r AND question_id = :q",
                                      r=request_id, q=question.id))
    assert scalar(url, "SELECT count(*) FROM answers WHERE request_id = :r AND question_id = :q",
                  r=request_id, q=question.id) == 1
    assert scalar(url, "SELECT status FROM feedback_requests WHERE id = :r", r=request_id) in (
        RequestStatus.IN_PROGRESS.name, RequestStatus.IN_PROGRESS.value)
