"""The appraisal PDF, checked with readers this project did not write: poppler's
pdftotext and pdffonts, and pypdf for the document's structure."""
from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import Appraisal, Employee, ImprovementPlan, Target
from reviewer.appraisal.document import appraisal_document
from reviewer.kpi.evidence import attach_file
from reviewer.pdf.appraisal_pdf import SIGNER_ROLES, render_appraisal, signature_field_name

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils is not installed (.ci/run installs it)")
CLOSED, OPEN = 1, 2  # the demo's cycles


def _person_with_plan(session) -> int:
    return session.scalar(select(ImprovementPlan.employee_id).order_by(ImprovementPlan.id).limit(1))


@pytest.fixture
def chinese_appraisal(demo_database, tmp_path):
    """A closed-cycle appraisal with Chinese comments and an evidence file with a Chinese name."""
    evidence = tmp_path / "客户拜访记录.txt"
    evidence.write_text("拜访 12 家客户", encoding="utf-8")
    with demo_database.session() as session:
        employee_id = _person_with_plan(session)
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == CLOSED,
                                                           Appraisal.employee_id == employee_id))
        appraisal.manager_comment = "沟通顺畅，执行力强；下半年重点提升客户覆盖。"
        target = session.scalar(select(Target).where(Target.cycle_id == CLOSED, Target.employee_id == employee_id)
                                .limit(1))
        attach_file(session, target.id, evidence)
        document = appraisal_document(session, CLOSED, employee_id)
        manager = session.get(Employee, session.get(Employee, employee_id).manager_id)
    path = tmp_path / "appraisal.pdf"
    path.write_bytes(render_appraisal(document, "zh"))
    return path, document, manager.name, hashlib.sha256(evidence.read_bytes()).hexdigest()


@needs_poppler
def test_chinese_names_comments_and_evidence_hash_extract_exactly(chinese_appraisal):
    path, document, manager, digest = chinese_appraisal
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert document.employee_name in text and manager in text
    assert "沟通顺畅，执行力强；下半年重点提升客户覆盖。" in text
    assert "客户拜访记录.txt" in text and digest in text.replace("\n", "")
    assert "第 1 页，共 4 页" in text or "第 1 页，共 5 页" in text
    pages = len(PdfReader(path).pages)
    assert f"第 {pages} 页，共 {pages} 页" in text
    assert "草稿" not in text  # the closed cycle's released appraisal is final


@needs_poppler
def test_every_font_is_embedded_and_one_covers_chinese(chinese_appraisal):
    path, *_ = chinese_appraisal
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = listing.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), listing  # the "emb" column
    assert any("WenQuanYi" in line for line in fonts)


def test_metadata_and_one_empty_signature_field_per_signer(chinese_appraisal):
    path, document, *_ = chinese_appraisal
    reader = PdfReader(path)
    info = reader.metadata
    assert document.employee_name in info.title and info.author == "绩效考核工作台"
    assert document.cycle_name in info.subject
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    fields = reader.get_fields()
    assert [n for n, f in fields.items() if f.get("/FT") == "/Sig"] == [signature_field_name(r) for r in SIGNER_ROLES]
    assert all("/V" not in fields[signature_field_name(r)] for r in SIGNER_ROLES)


@needs_poppler
def test_an_open_cycle_prints_what_exists_marked_as_draft_in_english(demo_database, tmp_path):
    with demo_database.session() as session:
        employee_id = _person_with_plan(session)
        document = appraisal_document(session, OPEN, employee_id)
    assert document.draft
    path = tmp_path / "draft.pdf"
    path.write_bytes(render_appraisal(document, "en"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "DRAFT — not final" in text and "KPI results" in text and "Page 1 of" in text
