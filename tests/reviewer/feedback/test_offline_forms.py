"""Offline 360 forms: export, fill as a PDF reader would (pypdf), import; and every
way a returned file can be wrong."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from db.models import Answer, FeedbackRequest, RaterScore, RequestStatus
from reviewer.feedback.offline_export import export_forms, open_requests
from reviewer.feedback.offline_import import import_forms

COMMENT = "沟通顺畅，执行力强。Keeps promises 很好！"


def fill(source: Path, target: Path, rating: str = "/4", overrides: dict | None = None) -> None:
    reader = PdfReader(source)
    writer = PdfWriter(clone_from=reader)
    values = {}
    for name, field in reader.get_fields().items():
        if name.endswith("_token"):
            continue
        values[name] = rating if field.get("/FT") == "/Btn" else COMMENT
    values.update(overrides or {})
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.write(target)


@pytest.fixture
def exported(demo_database, tmp_path):
    with demo_database.session() as session:
        cycle_id = 2  # the demo's open cycle
        ids = open_requests(session, cycle_id)[:5]
        forms = export_forms(session, ids, tmp_path / "out", language="zh")
    return forms


def test_round_trip_stores_every_answer_with_chinese_text(demo_database, exported, tmp_path):
    filled = []
    for form in exported:
        target = tmp_path / f"filled-{form.path.name}"
        fill(form.path, target)
        filled.append(target)
    with demo_database.session() as session:
        results = import_forms(session, filled)
    assert all(r.accepted for r in results), [r.message for r in results]
    submitted = [i for r in results for i in r.submitted]
    with demo_database.session() as session:
        requests = session.scalars(select(FeedbackRequest).where(FeedbackRequest.id.in_(submitted))).all()
        assert all(r.status == RequestStatus.SUBMITTED for r in requests)
        answers = session.scalars(select(Answer).where(Answer.request_id.in_(submitted))).all()
        assert {a.rating for a in answers if a.rating is not None} == {4}
        assert {a.text for a in answers if a.text} == {COMMENT}
        # Results see the imported forms: each rated competency sums to 4 per rating.
        sums = session.execute(select(RaterScore.ratings, RaterScore.total)
                               .where(RaterScore.request_id.in_(submitted))).all()
        assert {r.id for r in requests} == set(session.scalars(
            select(RaterScore.request_id).where(RaterScore.request_id.in_(submitted))))
        assert sums and all(total == 4 * ratings for ratings, total in sums)


def test_typed_chinese_is_drawn_with_the_cjk_field_font(exported, tmp_path):
    target = tmp_path / "filled.pdf"
    fill(exported[0].path, target)
    drawn = []
    for page in PdfReader(target).pages:
        for annotation in page.get("/Annots", []):
            widget = annotation.get_object()
            if widget.get("/FT") == "/Tx" and not str(widget.get("/T")).endswith("_token"):
                drawn.append(widget["/AP"]["/N"].get_object().get_data())
    assert drawn
    for stream in drawn:
        assert b"/AWCJK" in stream
        glyphs = re.search(rb"<([0-9a-f]+)> Tj", stream).group(1)
        # Two bytes per character: nothing fell back to a one-byte '?'.
        assert len(glyphs) == 4 * len(COMMENT)


def test_rejected_files_each_get_their_reason_and_store_nothing(demo_database, exported, tmp_path):
    first, second, third = (tmp_path / f"{n}.pdf" for n in ("first", "second", "third"))
    fill(exported[0].path, first)
    fill(exported[1].path, second)
    fill(exported[2].path, third)

    forged = tmp_path / "forged.pdf"
    token_name = next(n for n in PdfReader(second).get_fields() if n.endswith("_token"))
    request_id = int(token_name[1:].split("_")[0])
    fill(exported[1].path, forged, overrides={token_name: f"AW1:{request_id}:guessed:{'0' * 40}"})
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(first.read_bytes()[:5000])
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("这不是 PDF")

    closed_id = int(next(n for n in PdfReader(third).get_fields() if n.endswith("_token"))[1:].split("_")[0])
    with demo_database.session() as session:
        session.get(FeedbackRequest, closed_id).status = RequestStatus.CANCELLED
    with demo_database.session() as session:
        before = session.scalar(select(func.count()).select_from(Answer))
        results = import_forms(session, [forged, third, first, first, not_pdf, truncated])
    codes = [(r.file, r.accepted, r.code) for r in results]
    assert codes == [("forged.pdf", False, "forged"), ("third.pdf", False, "closed"), ("first.pdf", True, "accepted"),
                     ("first.pdf", False, "answered"), ("notes.pdf", False, "not_pdf"),
                     ("truncated.pdf", False, "unreadable")]
    assert all(r.message for r in results)
    with demo_database.session() as session:
        stored = session.scalar(select(func.count()).select_from(Answer))
        request = session.get(FeedbackRequest, request_id)
        assert request.status != RequestStatus.SUBMITTED  # the forged file changed nothing
    assert stored >= before  # only the accepted file's answers were added


def test_out_of_range_and_partial_answers_are_rejected_whole(demo_database, exported, tmp_path):
    names = list(PdfReader(exported[0].path).get_fields())
    radio = next(n for n in names if not n.endswith("_token") and "_q" in n)
    wrong = tmp_path / "wrong.pdf"
    fill(exported[0].path, wrong, overrides={radio: "/9"})
    partial = tmp_path / "partial.pdf"
    fill(exported[0].path, partial, overrides={radio: "/Off"})
    with demo_database.session() as session:
        results = import_forms(session, [wrong, partial])
    assert [r.code for r in results] == ["invalid_answer", "missing"]
    assert "not on the scale" in results[0].message and "not answered" in results[1].message


def test_a_form_starts_from_what_the_rater_already_typed_in_the_program(demo_database, tmp_path):
    from reviewer.feedback.filling import Given, open_filling, save_answer

    with demo_database.session() as session:
        request_id = open_requests(session, 2)[0]
        questions = open_filling(session, request_id).form.questions()
        rated = next(q for q in questions if q.is_rating)
        written = next(q for q in questions if not q.is_rating)
        for question in questions:  # start clean: the demo may hold drafts of its own
            save_answer(session, request_id, question.id, Given())
        save_answer(session, request_id, rated.id, Given(rating=2))
        save_answer(session, request_id, written.id, Given(text="草稿：需要更主动沟通"))
        [form] = export_forms(session, [request_id], tmp_path / "out", language="zh")
    fields = PdfReader(form.path).get_fields()
    assert fields[f"r{request_id}_q{rated.id}"].get("/V") == "/2"
    assert fields[f"r{request_id}_q{written.id}"].get("/V") == "草稿：需要更主动沟通"
    untouched = [q for q in questions if q.is_rating and q.id != rated.id]
    assert all(fields[f"r{request_id}_q{q.id}"].get("/V") in (None, "/Off") for q in untouched)

    # The rater completes the rest (keeping the draft) and the import takes the draft as given.
    target = tmp_path / "filled.pdf"
    fill(form.path, target, overrides={f"r{request_id}_q{rated.id}": "/2",
                                       f"r{request_id}_q{written.id}": "草稿：需要更主动沟通"})
    with demo_database.session() as session:
        [result] = import_forms(session, [target])
        assert result.accepted, result.message
        stored = {a.question_id: a for a in session.scalars(select(Answer).where(Answer.request_id == request_id))}
    assert stored[rated.id].rating == 2 and stored[written.id].text == "草稿：需要更主动沟通"


def _five_forms(demo_database, tmp_path) -> list:
    with demo_database.session() as session:
        forms = export_forms(session, open_requests(session, 2)[:40], tmp_path / "many", language="en")
    assert len(forms) >= 5
    return forms[:5]


def test_a_rating_that_is_not_a_point_rejects_its_file_only_and_the_cli_lists_every_file(
        demo_database, tmp_path, capsys):
    from reviewer.cli.runner import run

    forms = _five_forms(demo_database, tmp_path)
    folder = tmp_path / "returned"
    folder.mkdir()
    for number, form in enumerate(forms[:4]):
        fill(form.path, folder / f"good-{number}.pdf")
    fill(forms[4].path, folder / "superscript.pdf", rating="/²")  # "²".isdigit() is true; int("²") is not

    assert run(["forms", "import", "--db", str(tmp_path / "demo.sqlite3"), str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    verdicts = [line for line in lines if line.startswith(("accepted", "REJECTED"))]
    assert len(verdicts) == 5
    assert sum(line.startswith("accepted") for line in verdicts) == 4
    [rejected] = [line for line in verdicts if line.startswith("REJECTED")]
    assert "superscript.pdf" in rejected and "'²' is not on the scale" in rejected
    assert "4 of 5 files accepted." in lines
    good_ids = {i for form in forms[:4] for i in _request_ids(form.path)}
    bad_ids = _request_ids(forms[4].path)
    with demo_database.session() as session:
        submitted = set(session.scalars(select(FeedbackRequest.id).where(
            FeedbackRequest.status == RequestStatus.SUBMITTED, FeedbackRequest.id.in_(good_ids | bad_ids))))
    assert submitted == good_ids


def _request_ids(path: Path) -> set[int]:
    return {int(n[1:].split("_")[0]) for n in PdfReader(path).get_fields() if n.endswith("_token")}


def test_hostile_files_get_a_verdict_of_their_own(demo_database, tmp_path, monkeypatch):
    import reviewer.feedback.offline_import as offline_import

    forms = _five_forms(demo_database, tmp_path)
    good, locked, strange = (tmp_path / f"{n}.pdf" for n in ("good", "locked", "strange"))
    fill(forms[0].path, good)
    fill(forms[1].path, locked)
    writer = PdfWriter(clone_from=PdfReader(locked))
    writer.encrypt("secret")
    writer.write(locked)
    fill(forms[2].path, strange)

    real = offline_import._top_level_values

    strange_ids = _request_ids(strange)

    def explode_on_strange(reader):  # stands for any error a hostile PDF may raise in the reader
        values = real(reader)
        if any(name.endswith("_token") and int(name[1:].split("_")[0]) in strange_ids for name in values):
            raise RuntimeError("unexpected object in the cross-reference table\n" + "x" * 5000)
        return values

    monkeypatch.setattr(offline_import, "_top_level_values", explode_on_strange)
    with demo_database.session() as session:
        results = import_forms(session, [locked, strange, good])
    assert [(r.file, r.accepted, r.code) for r in results] == [
        ("locked.pdf", False, "unreadable"), ("strange.pdf", False, "unreadable"), ("good.pdf", True, "accepted")]
    assert "password" in results[0].message
    assert results[1].message.startswith("The file cannot be read: unexpected object in the cross-reference table")
    assert len(results[1].message) < 300


def test_a_damaged_form_prints_no_pdf_library_warnings(demo_database, exported, tmp_path, caplog):
    """pypdf repairs a form whose offsets are wrong and says so on stderr; the verdict is enough."""
    damaged = tmp_path / "damaged.pdf"
    fill(exported[0].path, damaged)
    data = damaged.read_bytes()
    header_end = data.index(b"\n") + 1
    damaged.write_bytes(data[:header_end] + b"%" + b"x" * 300 + b"\n" + data[header_end:])  # every offset now wrong
    with caplog.at_level("WARNING"), demo_database.session() as session:
        [result] = import_forms(session, [damaged])
    assert result.file == "damaged.pdf"
    # nobody configures logging on the command line: a record here would reach stderr
    assert not [r for r in caplog.records if r.name.startswith("pypdf")], caplog.text


def test_building_the_field_font_warns_about_nothing(caplog):
    """The first forms export used to print fontTools' "FFTM NOT subset; don't know how to
    subset; dropped" among the command's own output."""
    import logging

    from reviewer.pdf import fonts

    assert not fonts._cache_path().exists()  # each test has its own data folder: built here
    with caplog.at_level(logging.WARNING):
        fonts._subset_bytes()
    assert [r.getMessage() for r in caplog.records if r.name.startswith("fontTools")] == []


def test_form_files_are_named_by_the_raters_employee_number_or_organisation_never_an_internal_id(
        demo_database, tmp_path):
    from db.models import Cycle, Employee, ExternalRater

    with demo_database.session() as session:
        requested = open_requests(session, 2)
        requests = [session.get(FeedbackRequest, i) for i in requested]
        externals = [r for r in requests if r.external_rater_id is not None]
        assert len(externals) >= 2
        first, second = (session.get(ExternalRater, r.external_rater_id) for r in externals[:2])
        assert first.id != second.id
        for rater in (first, second):  # two customers whose names and companies read the same
            rater.name, rater.organisation = "Purchasing lead", "Northwind/Foods"
        session.flush()
        employee_request = next(r for r in requests if r.rater_employee_id is not None)
        person = session.get(Employee, employee_request.rater_employee_id)
        cycle = session.get(Cycle, 2).name
        ids = [employee_request.id, externals[0].id, externals[1].id]
        forms = export_forms(session, ids, tmp_path / "out")
    names = sorted(form.path.name for form in forms)
    assert f"{person.name}-{person.employee_no}-{cycle}.pdf" in names
    assert f"Purchasing lead-Northwind_Foods-{cycle}.pdf" in names
    assert f"Purchasing lead-Northwind_Foods-{cycle} (2).pdf" in names
    assert not any(re.search(r"-[ex]\d+\.pdf$", name) for name in names)
