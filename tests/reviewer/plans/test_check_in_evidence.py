"""Evidence on plan check-ins: the person's target evidence a check-in may link (scoped,
newest first, bounded), new files, notes and links attached to a check-in (stored once,
names made safe, refused on a closed plan or outside the user's line), and a check-in's
file copied out to open or keep."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from db.models import Evidence, Kpi, StoredFile, Target
from reviewer.errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from reviewer.kpi import evidence as store
from reviewer.plans.checkins import record_check_in
from reviewer.plans.evidence import NewEvidence, attach_to_check_in, evidence_to_choose, export_check_in_file
from reviewer.plans.lifecycle import close_plan

from .test_comparison import manager
from .test_lifecycle import act, company, progress, running, view  # noqa: F401 - the company fixture

HELD_ON = date(2027, 2, 10)
NOW = datetime(2027, 2, 10, 12, tzinfo=timezone.utc)


def target_of(session, company, person: str, kpi_code: str) -> int:
    return session.scalar(select(Target.id).join(Kpi, Kpi.id == Target.kpi_id).where(
        Target.employee_id == company.ids[person], Kpi.code == kpi_code))


@pytest.fixture
def stored(database, company, tmp_path):
    """Eve's evidence (a file on SALES, then a note on CHURN, then a link on SALES) and
    Ann's note; ids by name."""
    report = tmp_path / "sales-q1.pdf"
    report.write_bytes(b"%PDF-1.4 quarterly sales " * 50)
    with act(database) as session:
        ids = {
            "eve_file": store.attach_file(session, target_of(session, company, "Eve Stone", "SALES"), report).id,
            "eve_note": store.attach_note(session, target_of(session, company, "Eve Stone", "CHURN"),
                                          "Two churned accounts were moved to another team").id,
            "eve_link": store.attach_link(session, target_of(session, company, "Eve Stone", "SALES"),
                                          "https://crm.example.com/report/7").id,
            "ann_note": store.attach_note(session, target_of(session, company, "Ann Smith", "SALES"),
                                          "Ann's own record").id,
        }
    return ids


def check_in(database, plan_id, actor=None, **evidence) -> int:
    goals = progress(view(database, plan_id, HELD_ON))
    with act(database, actor) as session:
        return record_check_in(session, plan_id, held_on=HELD_ON, goals=goals, now=NOW, **evidence)


def test_the_persons_target_evidence_is_listed_newest_first_with_its_kpi(database, company, stored):
    plan_id = running(database, company)
    with act(database, manager(company, "Lin Hua")) as session:
        choices = evidence_to_choose(session, plan_id)
    assert [item.id for item in choices.items] == [stored["eve_link"], stored["eve_note"], stored["eve_file"]]
    assert not choices.more
    link, note, file = choices.items
    assert (file.kind, file.title, file.kpi_code, file.kpi_name, file.cycle) == (
        "file", "sales-q1.pdf", "SALES", "Sales", "2027 H1")
    assert file.size_bytes == len(b"%PDF-1.4 quarterly sales " * 50)
    assert (note.kind, note.kpi_code) == ("note", "CHURN") and link.kind == "link"
    with act(database) as session:
        bounded = evidence_to_choose(session, plan_id, limit=2)
    assert [item.id for item in bounded.items] == [stored["eve_link"], stored["eve_note"]] and bounded.more


def test_a_manager_outside_the_line_may_neither_list_nor_attach_nor_open(database, company, stored, tmp_path):
    plan_id = running(database, company)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Shadowed a senior rep", encoding="utf-8")
    check_in_id = check_in(database, plan_id, new_evidence=[NewEvidence("file", str(minutes))])
    evidence_id = view(database, plan_id, HELD_ON).check_ins[0].evidence[0].id
    outsider = manager(company, "Mei Lan")  # Sales: Eve (Support) is not in her line
    attempts = [
        lambda s: evidence_to_choose(s, plan_id),
        lambda s: attach_to_check_in(s, check_in_id, NewEvidence("note", "not mine to add")),
        lambda s: export_check_in_file(s, evidence_id, tmp_path),
        lambda s: record_check_in(s, plan_id, held_on=HELD_ON, goals=progress(view(database, plan_id, HELD_ON)),
                                  new_evidence=[NewEvidence("note", "x")], now=NOW),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            with act(database, outsider) as session:
                attempt(session)
    assert [len(c.evidence) for c in view(database, plan_id, HELD_ON).check_ins] == [1]


def test_another_persons_evidence_is_refused_and_nothing_is_recorded(database, company, stored):
    plan_id = running(database, company)
    with pytest.raises(ValidationError) as refused:
        check_in(database, plan_id, evidence_ids=[stored["eve_file"], stored["ann_note"]])
    assert refused.value.code == "plan_evidence_not_theirs"
    assert view(database, plan_id, HELD_ON).check_ins == []


def test_a_check_in_links_picked_evidence_and_stores_a_new_file_once(database, company, stored, tmp_path):
    plan_id = running(database, company)
    same_report = tmp_path / "again.pdf"
    same_report.write_bytes(b"%PDF-1.4 quarterly sales " * 50)  # the content Eve's target file already has
    check_in(database, plan_id, evidence_ids=[stored["eve_file"]], new_evidence=[
        NewEvidence("file", str(same_report)), NewEvidence("note", "Closed two deals with help"),
        NewEvidence("link", "https://crm.example.com/deal/9")])
    recorded = view(database, plan_id, HELD_ON).check_ins[0].evidence
    assert [(item.kind, item.title) for item in recorded] == [
        ("file", "sales-q1.pdf"), ("file", "again.pdf"), ("note", "Closed two deals with help"),
        ("link", "https://crm.example.com/deal/9")]
    with act(database) as session:
        assert session.scalar(select(func.count()).select_from(StoredFile)) == 1
        assert session.scalar(select(func.count()).select_from(Evidence).where(Evidence.check_in_id.is_not(None))) == 4
    out = tmp_path / "out"
    out.mkdir()
    with act(database, manager(company, "Lin Hua")) as session:
        exported = export_check_in_file(session, recorded[1].id, out)
        saved_as = export_check_in_file(session, recorded[0].id, tmp_path / "kept.pdf")
    assert exported == out / "again.pdf" and exported.read_bytes() == same_report.read_bytes()
    assert saved_as.read_bytes() == same_report.read_bytes()


def test_a_bad_new_item_records_nothing(database, company, stored, tmp_path):
    plan_id = running(database, company)
    for bad in (NewEvidence("link", "javascript:alert(1)"), NewEvidence("file", str(tmp_path / "missing.pdf")),
                NewEvidence("note", "   "), NewEvidence("photo", "x")):
        with pytest.raises(ValidationError):
            check_in(database, plan_id, new_evidence=[NewEvidence("note", "fine"), bad])
    assert view(database, plan_id, HELD_ON).check_ins == []


def test_a_hostile_file_name_is_made_safe_when_stored_and_exported(database, company, tmp_path):
    plan_id = running(database, company)
    check_in_id = check_in(database, plan_id)
    hostile = tmp_path / "..\u202egpj.exe\tpayload.pdf"
    hostile.write_bytes(b"not really a pdf")
    with act(database, manager(company, "Lin Hua")) as session:
        attach_to_check_in(session, check_in_id, NewEvidence("file", str(hostile)))
    item = view(database, plan_id, HELD_ON).check_ins[0].evidence[0]
    assert item.title == "gpj.exepayload.pdf"
    out = tmp_path / "out"
    out.mkdir()
    with act(database) as session:
        exported = export_check_in_file(session, item.id, out)
    assert exported.parent == out and exported.name == "gpj.exepayload.pdf"


def test_a_closed_plan_takes_no_new_evidence(database, company, tmp_path):
    plan_id = running(database, company)
    check_in_id = check_in(database, plan_id)
    with act(database) as session:
        close_plan(session, plan_id, "success", "Back at target", now=datetime(2027, 5, 1, tzinfo=timezone.utc))
    with pytest.raises(StageBlocked) as refused:
        with act(database) as session:
            attach_to_check_in(session, check_in_id, NewEvidence("note", "late note"))
    assert refused.value.code == "plan_closed"


def test_target_and_check_in_evidence_are_exported_each_by_its_own_service(database, company, stored, tmp_path):
    plan_id = running(database, company)
    check_in(database, plan_id, new_evidence=[NewEvidence("file", str(tmp_path / "sales-q1.pdf"))])
    check_in_file = view(database, plan_id, HELD_ON).check_ins[0].evidence[0].id
    with pytest.raises(NotFound):
        with act(database) as session:
            export_check_in_file(session, stored["eve_file"], tmp_path)
    with pytest.raises(NotFound):
        with act(database) as session:
            store.export_file(session, check_in_file, tmp_path)
    with pytest.raises(NotFound) as unknown:
        with act(database) as session:
            attach_to_check_in(session, 999999, NewEvidence("note", "x"))
    assert unknown.value.code == "check_in_unknown"
