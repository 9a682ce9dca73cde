"""A cycle's appraisals as PDFs in one job (signed as manager when asked), the team
summary as PDF and XLSX, and a cancelled batch that leaves nothing behind."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import Department, SignatureRecord
from reviewer.appraisal.batch import export_appraisals
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.appraisal.team_report import team_summary, write_team_pdf, write_team_xlsx
from reviewer.appraisal.verify import verify_pdf
from reviewer.cli import run
from reviewer.errors import ValidationError
from reviewer.progress import Cancelled, Progress

from ..conftest import SIGNING_PASSWORD

CLOSED = 1


def _department(session, name: str) -> int:
    return session.scalar(select(Department.id).where(Department.name == name))


def test_a_signed_batch_writes_one_verified_pdf_per_person(demo_database, tmp_path):
    with demo_database.session() as session:
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        manager = create_identity(session, "杜勇艳", SIGNING_PASSWORD, ca_password=SIGNING_PASSWORD)
        with pytest.raises(ValidationError, match="password does not open"):
            export_appraisals(session, CLOSED, tmp_path / "out", "zh", _department(session, "销售一组"),
                              (manager.id, "wrong password"))
        assert not (tmp_path / "out").exists()
        result = export_appraisals(session, CLOSED, tmp_path / "out", "zh", _department(session, "销售一组"),
                                   (manager.id, SIGNING_PASSWORD))
        assert len(result.written) == result.signed == 22
        assert session.scalar(select(SignatureRecord.id).where(SignatureRecord.role == "manager")) is not None
        check = verify_pdf(session, result.written[0])
        assert check.intact and check.issued_here and [s.role for s in check.signatures] == ["manager"]
        again = export_appraisals(session, CLOSED, tmp_path / "again", "zh", _department(session, "销售一组"))
        assert len(again.written) == 22 and again.signed == 0  # unsigned copies may always be printed
        with pytest.raises(ValidationError, match="already carries signatures"):
            export_appraisals(session, CLOSED, tmp_path / "third", "zh", _department(session, "销售一组"),
                              (manager.id, SIGNING_PASSWORD))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in result.written)


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
    people, shares = workbook.worksheets
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
