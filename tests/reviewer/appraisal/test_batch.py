"""A cycle's appraisals as PDFs in one job (signed as manager when asked), the team
summary as PDF and XLSX, and a cancelled batch that leaves nothing behind."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import Department, Employee, SignatureRecord
from reviewer.appraisal.batch import export_appraisals, finish_interrupted_batch
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.appraisal.team_report import team_summary, write_team_pdf, write_team_xlsx
from reviewer.appraisal.verify import verify_pdf
from reviewer.cli.runner import run
from reviewer.errors import ValidationError
from reviewer.progress import Cancelled, Progress

from ...conftest import SIGNING_PASSWORD

CLOSED = 1


def _department(session, name: str) -> int:
    return session.scalar(select(Department.id).where(Department.name == name))


def _employee(session, name: str) -> int:
    return session.scalar(select(Employee.id).where(Employee.name == name))


def test_a_signed_batch_writes_one_verified_pdf_per_person(demo_database, tmp_path):
    with demo_database.session() as session:
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        manager = create_identity(session, "张雨宇", SIGNING_PASSWORD, _employee(session, "张雨宇"),
                                  ca_password=SIGNING_PASSWORD)  # leads 销售一组: 21 of its 22 people report to him
        with pytest.raises(ValidationError, match="password does not open"):
            export_appraisals(session, CLOSED, tmp_path / "out", "zh", _department(session, "销售一组"),
                              (manager.id, "wrong password"))
        assert not (tmp_path / "out").exists()
        result = export_appraisals(session, CLOSED, tmp_path / "out", "zh", _department(session, "销售一组"),
                                   (manager.id, SIGNING_PASSWORD))
        assert len(result.written) == result.signed == 21
        assert session.scalar(select(SignatureRecord.id).where(SignatureRecord.role == "manager")) is not None
        check = verify_pdf(session, result.written[0])
        assert check.intact and check.issued_here and [s.role for s in check.signatures] == ["manager"]
        again = export_appraisals(session, CLOSED, tmp_path / "again", "zh", _department(session, "销售一组"))
        assert len(again.written) == 22 and again.signed == 0  # unsigned copies may always be printed
        with pytest.raises(ValidationError, match="already carries signatures"):
            export_appraisals(session, CLOSED, tmp_path / "third", "zh", _department(session, "销售一组"),
                              (manager.id, SIGNING_PASSWORD))
        # a run killed between committing its records and renaming: recorded files are put in place
        first = result.written[0]
        first.replace(first.with_name(f".{first.name}.part"))
        (tmp_path / "out" / ".E99999-unrecorded.pdf.part").write_bytes(b"%PDF-1.7 half-written")
        assert finish_interrupted_batch(session, tmp_path / "out") == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in result.written)


def test_a_signed_batch_signs_only_the_holders_direct_reports(demo_database, tmp_path):
    with demo_database.session() as session:
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        chief = create_identity(session, "杜勇艳", SIGNING_PASSWORD, ca_password=SIGNING_PASSWORD)  # by name: E10001
        head = create_identity(session, "宋俊", SIGNING_PASSWORD, _employee(session, "宋俊"),
                               ca_password=SIGNING_PASSWORD)
        stranger = create_identity(session, "无此员工", SIGNING_PASSWORD, ca_password=SIGNING_PASSWORD)
        team = _department(session, "销售一组")
        with pytest.raises(ValidationError, match="杜勇艳 is the direct manager of none of the 22 people"):
            export_appraisals(session, CLOSED, tmp_path / "chief", "zh", team, (chief.id, SIGNING_PASSWORD))
        with pytest.raises(ValidationError, match="belongs to no employee"):
            export_appraisals(session, CLOSED, tmp_path / "stranger", "zh", team, (stranger.id, SIGNING_PASSWORD))
        # the head of 销售部 signs for the team lead who reports to him, not for that lead's own people
        result = export_appraisals(session, CLOSED, tmp_path / "head", "zh", team, (head.id, SIGNING_PASSWORD))
        assert result.signed == 1 and [p.name for p in result.written] == ["E10005-张雨宇.pdf"]
        assert len(result.skipped) == 21
        assert {s.code for s in result.skipped} == {"batch_skip_not_their_manager"}
        assert "宋俊 is not this person's manager (the manager is 张雨宇)" in result.skipped[0].reason
        signers = set(session.scalars(select(SignatureRecord.appraisal_id)))
        assert len(signers) == 1
    assert not (tmp_path / "chief").exists() and not (tmp_path / "stranger").exists()


def test_the_command_line_lists_who_a_signed_batch_left_out_and_why(tmp_path, capsys, demo_template, monkeypatch):
    import shutil

    from db.location import resolve_database_url
    from db.migrate import open_database

    db = tmp_path / "cli.sqlite3"
    shutil.copy(demo_template, db)
    database, _ = open_database(resolve_database_url(str(db)))
    with database.session() as session:
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        create_identity(session, "宋俊", SIGNING_PASSWORD, ca_password=SIGNING_PASSWORD)
    database.dispose()
    monkeypatch.setenv("APPRAISAL_SIGNING_PASSWORD", SIGNING_PASSWORD)
    assert run(["pdf", "batch", "--db", str(db), "--cycle", "2026 H1", "--department", "销售一组", "--sign-as", "宋俊",
                "--out", str(tmp_path / "out"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["signed"] == payload["written"] == 1
    assert len(payload["skipped"]) == 21 and payload["skipped"][0]["reason"] == "batch_skip_not_their_manager"
    assert "is not this person's manager" in payload["skipped"][0]["message"]
    assert run(["pdf", "batch", "--db", str(db), "--cycle", "2026 H1", "--department", "销售一组", "--sign-as", "宋俊",
                "--out", str(tmp_path / "again")]) == 1
    assert "already carries signatures" in capsys.readouterr().err


def test_a_cancelled_batch_on_two_processes_leaves_no_file_and_no_record(demo_database, tmp_path):
    steps = []

    def cancel_after_three() -> bool:
        steps.append(1)
        return len(steps) > 3 + 6  # a few documents into the writing phase

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        with demo_database.session() as session:
            export_appraisals(session, CLOSED, out, "en", _department(session, "客户服务部"),
                              progress=Progress(is_cancelled=cancel_after_three))
    assert list(out.iterdir()) == []


def test_team_summary_as_pdf_and_xlsx(demo_database, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    with demo_database.session() as session:
        summary = team_summary(session, CLOSED, _department(session, "销售部"), "zh")
    assert len(summary.rows) > 50 and sum(s.count for s in summary.distribution) == len(summary.rows)
    write_team_pdf(summary, tmp_path / "team.pdf", "zh")
    write_team_xlsx(summary, tmp_path / "team.xlsx", "zh")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "team.pdf").pages)
    assert "评级分布" in text and summary.rows[0].name in text
    workbook = load_workbook(tmp_path / "team.xlsx")
    people, shares = workbook.worksheets[:2]  # HR's copy adds the calibration record
    assert people.max_row == len(summary.rows) + 1 and people["B2"].value == summary.rows[0].name
    assert [row[1] for row in shares.iter_rows(min_row=2, values_only=True)] == [s.count for s in summary.distribution]
    assert shares._charts  # the distribution chart travels with the workbook


def test_batch_and_team_on_the_command_line(tmp_path, capsys, demo_template, monkeypatch):
    import shutil

    db = tmp_path / "cli.sqlite3"
    shutil.copy(demo_template, db)
    assert run(["pdf", "batch", "--db", str(db), "--cycle", "2026 H1", "--department", "销售部/销售二组",
                "--out", str(tmp_path / "out"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] >= 12
    assert run(["pdf", "batch", "--db", str(db), "--cycle", "2026 H1", "--department", "无此部门",
                "--out", str(tmp_path / "none")]) == 1
    assert "no department has this name" in capsys.readouterr().err
    assert run(["pdf", "team", "--db", str(db), "--cycle", "2026 H1", "--out", str(tmp_path / "team.xlsx")]) == 0
    assert (tmp_path / "team.xlsx").stat().st_size > 0
