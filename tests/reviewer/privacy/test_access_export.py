"""The data-access export: one person's data as a ZIP, with every confidential rater's
identity and individual rating left out."""
from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models import (
    Appraisal,
    Cycle,
    Employee,
    FeedbackRequest,
    ImprovementPlan,
    RaterScore,
    Relationship,
    RequestStatus,
    Target,
    UserRole,
)
from reviewer.access import Actor, bind
from reviewer.errors import PermissionDenied
from reviewer.feedback.release import database_today, feedback_published
from reviewer.kpi.evidence import attach_file
from reviewer.privacy import export_personal_data

CONFIDENTIAL = (Relationship.PEER, Relationship.DIRECT_REPORT, Relationship.CUSTOMER)


def _rated_person(session) -> int:
    """A person with the most submitted confidential 360 forms about them, who also has a plan."""
    planned = select(ImprovementPlan.employee_id)
    return session.scalar(
        select(FeedbackRequest.subject_id).where(FeedbackRequest.relation.in_(CONFIDENTIAL),
                                                 FeedbackRequest.status == RequestStatus.SUBMITTED,
                                                 FeedbackRequest.subject_id.in_(planned))
        .group_by(FeedbackRequest.subject_id).order_by(func.count().desc(), FeedbackRequest.subject_id).limit(1))


def _confidential_raters(session, subject_id: int) -> tuple[set[str], set[float]]:
    """Names and numbers of the person's confidential raters, and each one's own scores."""
    requests = list(session.scalars(select(FeedbackRequest).where(
        FeedbackRequest.subject_id == subject_id, FeedbackRequest.relation.in_(CONFIDENTIAL),
        FeedbackRequest.status == RequestStatus.SUBMITTED)))
    words = set()
    for request in requests:
        if request.rater_employee_id is not None:
            rater = session.get(Employee, request.rater_employee_id)
            words |= {rater.name, rater.employee_no}
    scores = {round(score.total / score.ratings, 4) for score in session.scalars(select(RaterScore).where(
        RaterScore.request_id.in_([r.id for r in requests]))) if score.ratings}
    return words, scores


def _cells(path) -> dict[str, list[list]]:
    with zipfile.ZipFile(path) as archive:
        (workbook_name,) = [n for n in archive.namelist() if n.endswith(".xlsx")]
        workbook = load_workbook(io.BytesIO(archive.read(workbook_name)), read_only=True)
        return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


def check_export_of_a_person_rated_in_confidence(database, tmp_path):
    with database.session() as session:
        person_id = _rated_person(session)
        assert person_id is not None
        rater_words, rater_scores = _confidential_raters(session, person_id)
        assert rater_words and rater_scores
        person = session.get(Employee, person_id)
        # What the person never sees: the manager's private note for HR and the potential rating.
        for appraisal in session.scalars(select(Appraisal).where(Appraisal.employee_id == person_id)):
            appraisal.manager_private_note = "仅供HR：私下备注"
            appraisal.potential = "high"
        target = session.scalar(select(Target).where(Target.employee_id == person_id).order_by(Target.id))
        evidence_file = tmp_path / "客户拜访记录.txt"
        evidence_file.write_text("拜访了三家客户", encoding="utf-8")
        attach_file(session, target.id, evidence_file)
        session.flush()
        targets = session.scalar(select(func.count()).select_from(Target).where(Target.employee_id == person_id))
        appraisals = session.scalar(select(func.count()).select_from(Appraisal)
                                    .where(Appraisal.employee_id == person_id))
        today = database_today(session)
        published_cycles = {c.name for c in session.scalars(select(Cycle)) if feedback_published(c, today)}
        assert published_cycles and len(published_cycles) < session.scalar(select(func.count()).select_from(Cycle))
        result = export_personal_data(session, person_id, tmp_path / "访问导出.zip", "zh")
    assert result.path.exists() and result.pdfs >= 1
    sheets = _cells(result.path)
    assert {"个人档案", "目标与结果", "考核结果", "改进计划", "360反馈结果", "审计记录"} <= set(sheets)
    record = dict((row[0], row[1]) for row in sheets["个人档案"][1:])
    assert record["名称"] == person.name
    assert len(sheets["目标与结果"]) - 1 >= targets > 0
    assert len(sheets["考核结果"]) - 1 == appraisals > 0
    assert len(sheets["改进计划"]) > 1

    for rows in sheets.values():
        for row in rows:
            assert not any(isinstance(v, str) and ("私下备注" in v or "manager_private_note" in v
                                                   or "potential" in v) for v in row), row
    assert any("客户拜访记录.txt" in str(row[2]) for row in sheets["佐证材料"][1:])
    # A cycle whose 360 results are not published yet shows no 360 or final score and no band.
    assert any(row[0] not in published_cycles for row in sheets["考核结果"][1:])
    for row in sheets["考核结果"][1:]:
        if row[0] not in published_cycles:
            assert row[4] is None and row[5] is None and row[6] is None, row
    audit_text = " ".join(str(row[4]) for row in sheets["审计记录"][1:] if str(row[3]).startswith("appraisals "))
    assert "competency_score" not in audit_text and "final_score" not in audit_text
    feedback = sheets["360反馈结果"]
    published_means = {row[4] for row in feedback[1:]}
    for title, rows in sheets.items():
        for row in rows:
            for value in row:
                if isinstance(value, str):
                    assert not any(word in value for word in rater_words), (title, value)
                elif isinstance(value, float) and title != "360反馈结果":
                    assert round(value, 4) not in rater_scores - published_means, (title, value)
    # What the 360 sheet shows are group means over at least the anonymity threshold, never one rater.
    confidential = {r.value for r in CONFIDENTIAL} | {"others"}
    assert any(row[2] in confidential for row in feedback[1:])
    assert all(row[3] >= 2 for row in feedback[1:] if row[2] in confidential)
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert any(n.startswith("appraisals/") for n in names) and any(n.startswith("plans/") for n in names)
    (stored,) = [n for n in names if n.startswith("evidence/")]
    assert stored.endswith("-客户拜访记录.txt")
    with zipfile.ZipFile(result.path) as archive:
        assert archive.read(stored).decode("utf-8") == "拜访了三家客户"


def test_the_export_holds_their_data_and_no_confidential_rater(demo_database, tmp_path):
    check_export_of_a_person_rated_in_confidence(demo_database, tmp_path)


@pytest.mark.postgres
def test_the_export_on_postgresql(postgres_demo, tmp_path):
    check_export_of_a_person_rated_in_confidence(postgres_demo, tmp_path)


def test_a_manager_is_refused(demo_database, tmp_path):
    with demo_database.session() as session:
        person = session.scalar(select(Employee).where(Employee.manager_id.is_not(None)).order_by(Employee.id))
        bind(session, Actor(None, "boss", "Boss", UserRole.MANAGER, person.manager_id))
        with pytest.raises(PermissionDenied):
            export_personal_data(session, person.id, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_a_failure_midway_leaves_no_file(demo_database, tmp_path, monkeypatch):
    from reviewer.privacy import access_export

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(access_export, "_write_pdfs", broken)
    target = tmp_path / "out.zip"
    target.write_bytes(b"the previous export")
    with demo_database.session() as session:
        person_id = _rated_person(session)
        from reviewer.errors import ValidationError

        with pytest.raises(ValidationError):
            export_personal_data(session, person_id, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
