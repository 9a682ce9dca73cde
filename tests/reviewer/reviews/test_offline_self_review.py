"""The self-review as a fillable PDF: export, fill as a PDF reader would (pypdf),
import through `forms import`; and every way a returned file can be wrong."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from db.models import (Appraisal, AppraisalTargetReview, Cycle, CycleParticipant, CycleStage, Employee, Kpi,
                       Target, utcnow)
from reviewer.access import Actor, UserRole, bind
from reviewer.cycles.participation import ensure_appraisals
from reviewer.errors import PermissionDenied, ValidationError
from reviewer.reviews.offline_self_review import (export_self_review_forms, import_returned_forms,
                                                  open_self_reviews)

ACHIEVEMENTS = "完成华东区 3 个重点客户续约。Renewed three key accounts."
CHALLENGES = "=HYPERLINK(\"x\") 新系统上线慢"
WISHES = "希望参加谈判技巧培训"
NOTE = "客户满意度提升明显"


def fill(source: Path, target: Path, rating: str = "/4", overrides: dict | None = None) -> None:
    reader = PdfReader(source)
    writer = PdfWriter(clone_from=reader)
    values = {}
    for name, field in reader.get_fields().items():
        if name == "self_token":
            continue
        if field.get("/FT") == "/Btn":
            values[name] = rating
        elif name.endswith("_comment"):
            values[name] = NOTE
        else:
            values[name] = {"self_achievements": ACHIEVEMENTS, "self_challenges": CHALLENGES,
                            "self_development_wishes": WISHES}[name]
    values.update(overrides or {})
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.write(target)


def _rename_a_rating_field(path: Path, new_name: str) -> None:
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(path))
    for reference in writer._root_object["/AcroForm"]["/Fields"]:
        field = reference.get_object()
        if str(field.get("/T")).endswith("_rating"):
            field[NameObject("/T")] = TextStringObject(new_name)
            break
    writer.write(path)


def _company(session) -> int:
    """A cycle in its self-review stage: the first participants of the demo's open cycle
    with KPI targets of their own, and their appraisals."""
    cycle = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
    ensure_appraisals(session, cycle)
    session.commit()
    return cycle.id


def _people_with_targets(session, cycle_id: int, count: int) -> list[int]:
    """Participants with KPI targets whose self-review is not started (the demo's open
    cycle also has submitted, draft and returned ones)."""
    return list(session.scalars(select(Target.employee_id).join(
        CycleParticipant, (CycleParticipant.employee_id == Target.employee_id)
        & (CycleParticipant.cycle_id == cycle_id))
        .join(Appraisal, (Appraisal.employee_id == Target.employee_id) & (Appraisal.cycle_id == cycle_id))
        .where(Target.cycle_id == cycle_id, Appraisal.self_achievements.is_(None),
               Appraisal.self_returned_at.is_(None))
        .group_by(Target.employee_id).order_by(Target.employee_id).limit(count)))


@pytest.fixture
def exported(demo_database, tmp_path):
    with demo_database.session() as session:
        cycle_id = _company(session)
        people = _people_with_targets(session, cycle_id, 3)
        forms = export_self_review_forms(session, open_self_reviews(session, cycle_id, people),
                                         tmp_path / "out", language="zh")
    return cycle_id, forms


def _appraisal_of(session, form) -> Appraisal:
    employee = session.scalar(select(Employee).where(Employee.employee_no == form.employee_no))
    return session.scalar(select(Appraisal).where(Appraisal.employee_id == employee.id,
                                                  Appraisal.cycle_id == 2))


def test_round_trip_stores_the_self_review_and_the_per_target_ratings(demo_database, exported, tmp_path):
    cycle_id, forms = exported
    assert len(forms) == 3
    form = forms[0]
    assert form.name in form.path.name and "自我评估" in form.path.name  # Chinese names in file names
    text = PdfReader(form.path).pages[0].extract_text()
    assert form.name in text and "主要成绩" in text
    filled = tmp_path / "filled.pdf"
    fill(form.path, filled)
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [filled])
    assert result.accepted, result.message
    assert result.code == "accepted" and form.name in result.message
    with demo_database.session() as session:
        appraisal = _appraisal_of(session, form)
        assert appraisal.self_achievements == ACHIEVEMENTS
        assert appraisal.self_challenges == CHALLENGES  # stored as typed; only exports neutralise formulas
        assert appraisal.self_development_wishes == WISHES
        assert appraisal.self_submitted_at is not None
        targets = set(session.scalars(select(Target.id).where(Target.cycle_id == cycle_id,
                                                              Target.employee_id == appraisal.employee_id)))
        reviews = session.scalars(select(AppraisalTargetReview).where(
            AppraisalTargetReview.appraisal_id == appraisal.id)).all()
        assert {r.target_id for r in reviews} == targets
        assert {(r.self_rating, r.self_comment) for r in reviews} == {(4, NOTE)}


def test_no_rating_and_blank_comments_are_allowed(demo_database, exported, tmp_path):
    _cycle_id, forms = exported
    filled = tmp_path / "filled.pdf"
    comments = {n: "" for n in PdfReader(forms[1].path).get_fields() if n.endswith("_comment")}
    fill(forms[1].path, filled, rating="/none", overrides=comments)
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [filled])
        assert result.accepted, result.message
        appraisal = _appraisal_of(session, forms[1])
        assert not session.scalars(select(AppraisalTargetReview).where(
            AppraisalTargetReview.appraisal_id == appraisal.id)).all()


def test_every_wrong_file_gets_its_own_verdict_and_stores_nothing(demo_database, exported, tmp_path):
    cycle_id, forms = exported
    good, again, forged, altered, off_scale, empty = (tmp_path / f"{n}.pdf" for n in (
        "good", "again", "forged", "altered", "off-scale", "empty"))
    fill(forms[0].path, good)
    fill(forms[0].path, again)
    token = PdfReader(forms[1].path).get_fields()["self_token"]["/V"]
    prefix, appraisal_id, generation, mac = token.split(":")
    fill(forms[1].path, forged, overrides={"self_token": f"{prefix}:{appraisal_id}:{generation}:{'0' * 40}"})
    fill(forms[1].path, altered)
    _rename_a_rating_field(altered, "t999999_rating")  # a field for a target that is not this person's
    fill(forms[2].path, off_scale, rating="/7")
    fill(forms[2].path, empty, rating="/Off", overrides={
        n: "" for n in PdfReader(forms[2].path).get_fields() if n != "self_token" and not n.endswith("_rating")})
    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_text("这不是 PDF")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:4000])

    with demo_database.session() as session:
        results = import_returned_forms(session, [forged, altered, off_scale, empty, good, again, not_pdf,
                                                  truncated])
    assert [(r.file, r.code) for r in results] == [
        ("forged.pdf", "forged"), ("altered.pdf", "altered"), ("off-scale.pdf", "invalid_answer"),
        ("empty.pdf", "missing"), ("good.pdf", "accepted"), ("again.pdf", "answered"),
        ("note.pdf", "not_pdf"), ("truncated.pdf", "unreadable")]
    assert "t999999_rating" in results[1].message
    assert "'7' is not on the scale 1–5" in results[2].message
    assert "submitted and locked" in results[5].message
    with demo_database.session() as session:
        assert _appraisal_of(session, forms[1]).self_submitted_at is None
        assert _appraisal_of(session, forms[2]).self_submitted_at is None
        assert not session.scalars(select(AppraisalTargetReview).where(
            AppraisalTargetReview.appraisal_id == _appraisal_of(session, forms[2]).id)).all()


def test_a_cycle_past_its_self_review_stage_takes_no_form(demo_database, exported, tmp_path):
    cycle_id, forms = exported
    filled = tmp_path / "late.pdf"
    fill(forms[0].path, filled)
    with demo_database.session() as session:
        session.get(Cycle, cycle_id).stage = CycleStage.MANAGER_REVIEW
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [filled])
        assert (result.accepted, result.code) == (False, "closed")
        assert "written while the cycle is in its self-review and 360 stage" in result.message
        assert _appraisal_of(session, forms[0]).self_submitted_at is None
        still_open = [session.get(Appraisal, a) for a in open_self_reviews(session, cycle_id)]
        assert all(a.self_returned_at for a in still_open)  # only returned ones may still be written
        assert _appraisal_of(session, forms[0]).id not in {a.id for a in still_open}
        session.get(Cycle, cycle_id).stage = CycleStage.CLOSED
        with pytest.raises(ValidationError):
            open_self_reviews(session, cycle_id)


def test_a_self_review_returned_in_manager_review_goes_out_and_comes_back(demo_database, exported, tmp_path):
    """The window's rule: a returned self-review may be corrected while the manager review
    stage lasts; the paper form follows the same rule."""
    cycle_id, forms = exported
    with demo_database.session() as session:
        appraisal = _appraisal_of(session, forms[0])
        session.get(Cycle, cycle_id).stage = CycleStage.MANAGER_REVIEW
        appraisal.self_returned_at = utcnow()
        appraisal.self_return_note = "请补充客户续约的具体金额"
        appraisal_id = appraisal.id
    with demo_database.session() as session:
        assert appraisal_id in open_self_reviews(session, cycle_id)
        [fresh] = export_self_review_forms(session, [appraisal_id], tmp_path / "returned")
    filled = tmp_path / "corrected.pdf"
    fill(fresh.path, filled)
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [filled])
        assert result.accepted, result.message
        assert session.get(Appraisal, appraisal_id).self_submitted_at is not None


def test_a_form_without_achievements_is_refused_as_in_the_window(demo_database, exported, tmp_path):
    _cycle_id, forms = exported
    filled = tmp_path / "no-achievements.pdf"
    fill(forms[0].path, filled, overrides={"self_achievements": ""})
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [filled])
        assert (result.accepted, result.code, result.text) == (False, "missing", "self_review_incomplete")
        appraisal = _appraisal_of(session, forms[0])
        assert appraisal.self_submitted_at is None and appraisal.self_challenges is None


def test_a_form_issued_before_a_return_is_refused_after_it(demo_database, exported, tmp_path):
    cycle_id, forms = exported
    filled = tmp_path / "old.pdf"
    fill(forms[0].path, filled)
    with demo_database.session() as session:
        _appraisal_of(session, forms[0]).self_returned_at = utcnow()  # returned with a note, a new round
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [filled])
        assert result.code == "outdated"
        [fresh] = export_self_review_forms(session, [_appraisal_of(session, forms[0]).id], tmp_path / "new")
    again = tmp_path / "new.pdf"
    fill(fresh.path, again)
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [again])
    assert result.accepted, result.message


def test_a_form_starts_from_what_was_typed_and_360_forms_still_import_alongside(demo_database, tmp_path):
    from tests.reviewer.feedback.test_offline_forms import fill as fill_360
    from reviewer.feedback.offline_export import export_forms, open_requests

    with demo_database.session() as session:
        cycle_id = _company(session)
        [person] = _people_with_targets(session, cycle_id, 1)
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == cycle_id,
                                                           Appraisal.employee_id == person))
        appraisal.self_achievements = "草稿：已完成"
        [form] = export_self_review_forms(session, open_self_reviews(session, cycle_id, [person]), tmp_path / "s")
        [rater_form] = export_forms(session, open_requests(session, cycle_id)[:1], tmp_path / "r")
    assert PdfReader(form.path).get_fields()["self_achievements"]["/V"] == "草稿：已完成"
    filled_self, filled_360 = tmp_path / "self.pdf", tmp_path / "360.pdf"
    fill(form.path, filled_self)
    fill_360(rater_form.path, filled_360)
    with demo_database.session() as session:
        results = import_returned_forms(session, [filled_360, filled_self])
    assert [(r.file, r.accepted) for r in results] == [("360.pdf", True), ("self.pdf", True)]


def test_only_hr_exports_and_imports_self_review_forms(demo_database, tmp_path):
    with demo_database.session() as session:
        cycle_id = _company(session)
        manager = session.scalar(select(Employee).where(Employee.manager_id.is_(None)))
        bind(session, Actor(7, "lead", manager.name, UserRole.MANAGER, manager.id))
        with pytest.raises(PermissionDenied):
            open_self_reviews(session, cycle_id)
        with pytest.raises(PermissionDenied):
            import_returned_forms(session, [tmp_path / "x.pdf"])


def test_forms_export_and_import_on_the_command_line(demo_database, tmp_path, capsys):
    from reviewer.cli.runner import run

    with demo_database.session() as session:
        cycle_id = _company(session)
        keep = set(_people_with_targets(session, cycle_id, 2))
        # Only two open self-reviews left, so the command writes two forms.
        for appraisal in session.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle_id)):
            if appraisal.employee_id not in keep:
                appraisal.self_submitted_at = utcnow()
        name = session.get(Cycle, cycle_id).name
    database = str(tmp_path / "demo.sqlite3")
    assert run(["forms", "export", "--db", database, "--cycle", name, "--kind", "self-review",
                "--out", str(tmp_path / "out"), "--language", "zh"]) == 0
    assert "Wrote 2 self-review forms" in capsys.readouterr().out
    returned = tmp_path / "returned"
    returned.mkdir()
    for form in sorted((tmp_path / "out").glob("*.pdf")):
        fill(form, returned / form.name)
    assert run(["forms", "import", "--db", database, str(returned)]) == 0
    assert "2 of 2 files accepted." in capsys.readouterr().out
    assert run(["forms", "import", "--db", database, str(returned)]) == 1
    assert "submitted and locked" in capsys.readouterr().out


def test_round_trip_on_each_database(database, tmp_path):
    """SQLite and PostgreSQL: a company built by hand, not the demo."""
    from tests.reviewer.appraisal.history_company import build_history_company

    with database.session() as session:
        ids = build_history_company(session)
        session.commit()
        appraisals = open_self_reviews(session, ids["2026 H1"])
        forms = export_self_review_forms(session, appraisals, tmp_path / "out", language="zh")
    assert sorted(f.name for f in forms)[:2] == sorted(["李娜", "张伟", "王建国", "=cmd|' /C calc'!A0"])[:2]
    li = next(f for f in forms if f.name == "李娜")
    filled = tmp_path / "li.pdf"
    fill(li.path, filled, rating="/5")
    with database.session() as session:
        [result] = import_returned_forms(session, [filled])
        assert result.accepted, result.message
        appraisal = session.scalar(select(Appraisal).where(Appraisal.employee_id == ids["E1"],
                                                           Appraisal.cycle_id == ids["2026 H1"]))
        assert appraisal.self_achievements == ACHIEVEMENTS
        [review] = session.scalars(select(AppraisalTargetReview).where(
            AppraisalTargetReview.appraisal_id == appraisal.id)).all()
        assert (review.self_rating, review.self_comment) == (5, NOTE)
    with database.session() as session:
        [again] = import_returned_forms(session, [filled])
    assert again.code == "answered"


def test_a_cancelled_export_leaves_no_form_behind(demo_database, tmp_path):
    """The same whole-file writing as the 360 forms: cancelled after the first form, none stays."""
    from reviewer.progress import Cancelled, Progress

    steps = []
    progress = Progress(report=lambda fraction, message: steps.append(message),
                        is_cancelled=lambda: len(steps) >= 2)
    with demo_database.session() as session:
        cycle_id = _company(session)
        appraisals = open_self_reviews(session, cycle_id, _people_with_targets(session, cycle_id, 3))
        with pytest.raises(Cancelled):
            export_self_review_forms(session, appraisals, tmp_path / "out", progress=progress)
    assert list((tmp_path / "out").iterdir()) == []
