"""The team summary and the appraisal PDF show the calibrated band; HR's copies (and
only those) carry the calibration record, with undone moves marked and an open blind
session's moves held back."""
from __future__ import annotations

import subprocess
from datetime import datetime

import pytest
from openpyxl import load_workbook

from db.models import Appraisal, CalibrationAdjustment, CalibrationSession
from reviewer.access import bind
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.export import write_appraisal_pdf
from reviewer.appraisal.signing import APPRAISAL_KEYWORDS
from reviewer.appraisal.team_report import render_team_pdf, team_summary, write_team_xlsx
from reviewer.errors import PermissionDenied
from reviewer.pdf.appraisal_pdf import render_appraisal

from ..calibration.rank_company import HR, build_rank_company, manager_actor, open_blind_session

REASON = "Led the north"
UNDONE_REASON = "Tried band A"
BLIND_REASON = "Blind room talk"


@pytest.fixture
def company(database):
    with database.session() as session:
        company = build_rank_company(session)
        bands = company.bands
        ann = session.get(Appraisal, company.appraisals["Ann"])
        ann.proposed_band_id, ann.calibrated_band_id = bands["B"], bands["A"]
        session.get(Appraisal, company.appraisals["Bo"]).proposed_band_id = bands["A"]
        held = open_blind_session(session, company, ["Ann", "Bo"], [], blind=False)
        session.get(CalibrationSession, held).closed_at = datetime(2026, 7, 3, 12, 0)
        session.add_all([
            CalibrationAdjustment(appraisal_id=ann.id, session_id=held, axis="band", from_band_id=bands["B"],
                                  to_band_id=bands["A"], reason=REASON, adjusted_by_name="Hanna HR",
                                  created_at=datetime(2026, 7, 2, 10, 30)),
            CalibrationAdjustment(appraisal_id=ann.id, session_id=held, axis="potential", from_potential="medium",
                                  to_potential="high", reason="Leads the new hires", adjusted_by_name="Hanna HR",
                                  created_at=datetime(2026, 7, 2, 10, 40)),
            CalibrationAdjustment(appraisal_id=company.appraisals["Bo"], session_id=held, axis="band",
                                  from_band_id=bands["A"], to_band_id=bands["B"], reason=UNDONE_REASON,
                                  adjusted_by_name="Hanna HR", created_at=datetime(2026, 7, 2, 11, 0),
                                  undone_at=datetime(2026, 7, 2, 11, 5), undone_by_name="Hanna HR")])
        blind = open_blind_session(session, company, ["Cai"], [])
        session.add(CalibrationAdjustment(appraisal_id=company.appraisals["Cai"], session_id=blind, axis="band",
                                          from_band_id=bands["B"], to_band_id=bands["C"], reason=BLIND_REASON,
                                          adjusted_by_name="Hanna HR"))
        return company


def _text(pdf: bytes, tmp_path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_team_summary_shows_proposed_and_calibrated_band_and_rank(database, company, tmp_path):
    with database.session() as session:
        summary = team_summary(bind(session, HR), company.cycle_id, None)
    write_team_xlsx(summary, tmp_path / "team.xlsx")
    people = load_workbook(tmp_path / "team.xlsx").worksheets[0]
    rows = {r[0]: r for r in people.iter_rows(min_row=2, values_only=True)}
    assert [c.value for c in people[1]][6:] == ["Proposed", "Calibrated", "Rank"]
    assert rows["E11"][6:] == ("Strong", "Outstanding", "2/5")  # Ann: Bo 92 is first among account managers
    assert rows["E15"][6:] == (None, None, "5/5")
    text = _text(render_team_pdf(summary), tmp_path, "team.pdf")
    assert "Outstanding" in text and "2 of 5" in text


def test_english_headers_and_band_names_in_the_team_summary_wrap_between_words(database, company, tmp_path):
    with database.session() as session:
        summary = team_summary(bind(session, HR), company.cycle_id, None)
    words = set(_text(render_team_pdf(summary), tmp_path, "team.pdf").split())
    # Narrow columns once broke words anywhere: "Employe / e no.", "KPI sco / re", "Outstandin / g".
    assert {"Employee", "score", "Outstanding"} <= words
    assert not {"Employe", "sco", "re", "Outstandin", "g"} & words


def test_hr_copy_of_the_team_summary_carries_the_record(database, company, tmp_path):
    with database.session() as session:
        summary = team_summary(bind(session, HR), company.cycle_id, None, "zh")
    text = _text(render_team_pdf(summary, "zh"), tmp_path, "team.pdf")
    assert "校准记录" in text and REASON in text and "B 优秀 → A 卓越" in text
    assert "潜力：中 → 高" in text
    assert UNDONE_REASON in text and "已于 2026-07-02 由 Hanna HR 撤销" in text
    assert BLIND_REASON not in text and "1 项调整属于尚未结束的盲评会议" in text
    write_team_xlsx(summary, tmp_path / "team.xlsx", "zh")
    record = load_workbook(tmp_path / "team.xlsx").worksheets[2]
    lines = list(record.iter_rows(min_row=2, values_only=True))
    assert [line[3] for line in lines[:3]] == [REASON, "Leads the new hires", UNDONE_REASON]
    assert lines[2][7].startswith("已于") and lines[0][7] is None
    assert lines[0][6] == "Account managers"


def test_a_managers_team_summary_has_no_record(database, company, tmp_path):
    with database.session() as session:
        mei = manager_actor(session, company, "Mei")
    with database.session() as session:
        summary = team_summary(bind(session, mei), company.cycle_id, None)
    assert summary.record is None
    text = _text(render_team_pdf(summary), tmp_path, "team.pdf")
    assert "Calibration record" not in text and REASON not in text and "Outstanding" in text
    write_team_xlsx(summary, tmp_path / "team.xlsx")
    assert len(load_workbook(tmp_path / "team.xlsx").worksheets) == 2


def test_the_employees_document_shows_the_calibrated_band_and_no_record(database, company, tmp_path):
    with database.session() as session:
        document = appraisal_document(bind(session, HR), company.cycle_id, company.ids["Ann"])
    text = _text(render_appraisal(document), tmp_path, "ann.pdf")
    assert "Rating (calibrated)" in text and "Outstanding" in text
    for hr_only in ("Calibration record", REASON, "Proposed by the manager", "Rank in position", "HR copy"):
        assert hr_only not in text
    assert "Signatures" in text


def test_the_hr_copy_of_the_appraisal_carries_the_record_and_cannot_be_signed(database, company, tmp_path):
    from pypdf import PdfReader

    with database.session() as session:
        path = write_appraisal_pdf(bind(session, HR), company.cycle_id, company.ids["Ann"], tmp_path / "hr.pdf",
                                   hr_copy=True)
    text = _text(path.read_bytes(), tmp_path, "copy.pdf")
    assert "HR copy" in text and "Calibration record" in text and REASON in text
    assert "Rating: B Strong → A Outstanding" in text and "Proposed by the manager: Strong" in text
    assert "Rank in position: 2 of 5" in text
    assert "Cai" not in text and UNDONE_REASON not in text  # only Ann's moves
    reader = PdfReader(path)
    assert not APPRAISAL_KEYWORDS.search(str(reader.metadata.get("/Keywords")))
    assert not reader.get_fields()  # no signature fields


def test_only_hr_gets_the_hr_copy(database, company):
    with database.session() as session:
        chen = manager_actor(session, company, "Chen")
    with database.session() as session, pytest.raises(PermissionDenied) as refused:
        appraisal_document(bind(session, chen), company.cycle_id, company.ids["Ann"], hr_copy=True)
    assert refused.value.code == "hr_only"


def test_hr_copy_on_the_command_line(database_url, company, tmp_path, capsys):
    from reviewer.cli.runner import run

    if not database_url.startswith("sqlite"):
        pytest.skip("the command line test needs one backend")
    out = tmp_path / "ann-hr.pdf"
    assert run(["pdf", "appraisal", "--db", database_url, "--cycle", "2026 H1", "--employee", "E11",
                "--out", str(out), "--hr-copy"]) == 0
    text = _text(out.read_bytes(), tmp_path, "cli.pdf")
    assert "HR copy" in text and REASON in text
