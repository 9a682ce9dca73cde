"""The plan document (issue 17, item 6): a PDF in English or Chinese whose text extracts,
signed by the plan's manager, its employee (disagreeing, with a comment) and HR through
the appraisals' signing code, valid in pyHanko, poppler's pdfsig and verify_pdf; an
edited file fails, and a file of another plan or kind, a signer in the wrong role, a
draft and an outdated version are refused."""
from __future__ import annotations

import io
import shutil
from datetime import datetime
import subprocess
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, Employee, ImprovementPlan, PlanSignatureRecord, SignatureRecord, SigningCertificate
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.appraisal.signing import sign_appraisal
from reviewer.appraisal.verify import verify_pdf
from reviewer.errors import StageBlocked, ValidationError
from reviewer.plans.signing import prepare_plan_signature, sign_plan, write_plan_pdf

from .plan_document_company import complete_demo_plan, plan_people

PASSWORD = "correct horse 42"
COMMENT = "我认为目标 3 的期限过短。"
needs_poppler = pytest.mark.skipif(shutil.which("pdfsig") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils is not installed (.ci/run installs it)")


def _identities(session, people: dict[str, int]) -> dict[str, SigningCertificate]:
    create_company_ca(session, "华信商贸", PASSWORD)
    return {role: create_identity(session, f"{role} 签名", PASSWORD, people[role], ca_password=PASSWORD)
            for role in ("manager", "employee", "hr", "other")}


@pytest.fixture
def plan_pdf(demo_database, tmp_path):
    """The completed demo plan as a Chinese PDF, with an identity for each signer, unsigned."""
    path = tmp_path / "计划.pdf"
    with demo_database.session() as session:
        plan_id = complete_demo_plan(session)
        identities = {role: identity.id for role, identity in _identities(session, plan_people(session, plan_id))
                      .items()}
        write_plan_pdf(session, plan_id, path, "zh")
    return SimpleNamespace(path=path, plan_id=plan_id, identities=identities, database=demo_database)


@pytest.fixture
def signed_plan(plan_pdf):
    with plan_pdf.database.session() as session:
        sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD, language="zh")
        sign_plan(session, plan_pdf.path, "employee", plan_pdf.identities["employee"], PASSWORD, disagrees=True,
                  comment=COMMENT, language="zh")
        sign_plan(session, plan_pdf.path, "hr", plan_pdf.identities["hr"], PASSWORD, language="zh")
    return plan_pdf


def test_three_signatures_are_recorded_against_the_plan_version(signed_plan):
    with signed_plan.database.session() as session:
        records = session.scalars(select(PlanSignatureRecord).order_by(PlanSignatureRecord.signed_at)).all()
        assert [(r.plan_id, r.version, r.role.value, r.disagrees) for r in records] == [
            (signed_plan.plan_id, 1, "manager", False), (signed_plan.plan_id, 1, "employee", True),
            (signed_plan.plan_id, 1, "hr", False)]
        assert records[1].comment == COMMENT
        assert session.scalar(select(SignatureRecord.id)) is None  # nothing lands among the appraisals'
        assert session.scalars(select(AuditEvent.action).where(AuditEvent.action == "plan.signed")).all() == [
            "plan.signed"] * 3


def test_a_plan_signed_three_times_validates_in_pyhanko(signed_plan):
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with signed_plan.database.session() as session:
        ca = x509.Certificate.load(session.scalar(select(SigningCertificate.der).where(SigningCertificate.is_ca)))
    reader = PdfFileReader(io.BytesIO(signed_plan.path.read_bytes()))
    signatures = reader.embedded_signatures
    assert [s.field_name for s in signatures] == ["sig_manager", "sig_employee", "sig_hr"]
    for embedded in signatures:
        status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[ca]))
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert "员工确认收到计划" in str(signatures[1].sig_object["/Reason"])
    assert COMMENT in str(signatures[1].sig_object["/Reason"])


@needs_poppler
def test_pdfsig_reports_every_plan_signature_valid(signed_plan):
    report = subprocess.run(["pdfsig", str(signed_plan.path)], capture_output=True, text=True).stdout
    assert report.count("Signature Validation: Signature is Valid.") == 3, report


def test_verification_finds_the_plan_and_calls_it_valid(signed_plan):
    with signed_plan.database.session() as session:
        check = verify_pdf(session, signed_plan.path)
    assert check.valid, check
    assert (check.kind, check.plan_id, check.appraisal_id, check.version) == ("plan", signed_plan.plan_id, None, 1)
    assert [s.role for s in check.signatures] == ["manager", "employee", "hr"]
    assert all(s.recorded and s.role_held for s in check.signatures)


def test_a_plan_changed_after_it_was_signed_fails_verification(signed_plan):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed_plan.path.read_bytes()), strict=False)
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"1 1 1 rg 40 600 500 80 re f")))
    output = io.BytesIO()
    writer.write(output)
    edited = signed_plan.path.with_name("edited.pdf")
    edited.write_bytes(output.getvalue())
    flipped = signed_plan.path.with_name("flipped.pdf")
    data = bytearray(signed_plan.path.read_bytes())
    at = data.index(b"/Title")
    data[at + 10] ^= 0x01  # one byte of the signed document information
    flipped.write_bytes(bytes(data))
    with signed_plan.database.session() as session:
        drawn_on, broken = verify_pdf(session, edited), verify_pdf(session, flipped)
    assert not drawn_on.valid and drawn_on.changed_after_signing
    assert not broken.valid and not broken.intact


def test_a_newer_version_makes_the_signed_one_superseded(signed_plan):
    with signed_plan.database.session() as session:
        session.get(ImprovementPlan, signed_plan.plan_id).version = 2
        session.flush()
        check = verify_pdf(session, signed_plan.path)
    assert check.valid and check.superseded


@needs_poppler
@pytest.mark.parametrize("language, expected", [
    ("zh", ["绩效改进计划", "原因与根因分析", "目标", "行动", "公司承诺提供的支持", "面谈进度时间线", "面谈记录",
            "警告与认可", "员工确认", "签字", "每周完成客户跟进不少于", "拜访记录完整率仅为", "我理解计划内容", "截止日期随之调整"]),
    ("en", ["Performance improvement plan", "Reason and cause analysis", "Goals", "Check-in timeline",
            "Warnings and recognition", "Acknowledgements", "Outcome", "Signatures"]),
])
def test_the_text_of_a_plan_pdf_extracts(demo_database, tmp_path, language, expected):
    path = tmp_path / f"plan-{language}.pdf"
    with demo_database.session() as session:
        plan_id = complete_demo_plan(session)
        plan = session.get(ImprovementPlan, plan_id)
        names = [session.get(Employee, plan.employee_id).name, session.get(Employee, plan.owner_id).name]
        write_plan_pdf(session, plan_id, path, language)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    for wanted in [*expected, *names]:
        assert wanted in text, wanted
    assert "plan=" in subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


def test_signers_out_of_order_or_in_a_role_not_theirs_are_refused(plan_pdf):
    with plan_pdf.database.session() as session:
        with pytest.raises(StageBlocked) as order:
            sign_plan(session, plan_pdf.path, "employee", plan_pdf.identities["employee"], PASSWORD)
        assert order.value.code == "signing_order"
        with pytest.raises(ValidationError) as not_owner:
            sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["other"], PASSWORD)
        assert not_owner.value.code == "plan_signing_not_the_owner"
        sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD)
        with pytest.raises(ValidationError) as not_employee:
            sign_plan(session, plan_pdf.path, "employee", plan_pdf.identities["manager"], PASSWORD)
        assert not_employee.value.code == "plan_signing_not_the_employee"
        with pytest.raises(StageBlocked) as again:
            sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD)
        assert again.value.code == "plan_signing_role_done"
        assert session.scalar(select(PlanSignatureRecord.role)).value == "manager"


def test_a_file_of_another_plan_or_another_kind_is_refused(plan_pdf, tmp_path):
    from db.models import Appraisal
    from reviewer.appraisal.export import write_appraisal_pdf

    with plan_pdf.database.session() as session:
        with pytest.raises(ValidationError) as other_plan:
            prepare_plan_signature(session, plan_pdf.path, "manager", plan_id=plan_pdf.plan_id + 1)
        assert other_plan.value.code == "plan_pdf_other_plan"
        with pytest.raises(ValidationError) as an_appraisal:
            sign_appraisal(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD)
        assert an_appraisal.value.code == "not_an_appraisal_pdf"
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == 1).order_by(Appraisal.id))
        appraisal_path = write_appraisal_pdf(session, 1, appraisal.employee_id, tmp_path / "a.pdf")
        with pytest.raises(ValidationError) as not_a_plan:
            sign_plan(session, appraisal_path, "manager", plan_pdf.identities["manager"], PASSWORD)
        assert not_a_plan.value.code == "not_a_plan_pdf"
        assert session.scalar(select(PlanSignatureRecord.id)) is None


def test_a_draft_or_an_outdated_version_is_not_signed(plan_pdf):
    with plan_pdf.database.session() as session:
        plan = session.get(ImprovementPlan, plan_pdf.plan_id)
        plan.approved_at = None
        with pytest.raises(StageBlocked) as draft:
            sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD)
        assert draft.value.code == "plan_sign_not_approved"
        plan = session.get(ImprovementPlan, plan_pdf.plan_id)
        plan.approved_at, plan.version = datetime(2026, 7, 30), 2
        session.flush()
        with pytest.raises(StageBlocked) as outdated:
            sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD)
        assert outdated.value.code == "plan_sign_superseded"


def test_a_plan_pdf_changed_before_the_first_signature_is_refused(plan_pdf):
    data = plan_pdf.path.read_bytes()
    plan_pdf.path.write_bytes(data + b"\n% appended\n")
    with plan_pdf.database.session() as session:
        with pytest.raises(ValidationError) as refused:
            sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD)
        assert refused.value.code == "plan_signing_not_issued"


def test_a_plan_from_the_services_signs_and_verifies_on_both_databases(database, tmp_path):
    """The plan drafted, approved and acknowledged through the plan services, checked in once."""
    from db.models import AppUser, UserRole
    from reviewer.plans.checkins import record_check_in
    from reviewer.plans.reading import plan_view

    from .company import build_plans_company
    from .test_lifecycle import NOON, act, progress, running

    with database.session() as session:
        company = build_plans_company(session)
    plan_id = running(database, company)
    path = tmp_path / "plan.pdf"
    with act(database) as session:
        record_check_in(session, plan_id, held_on=NOON.date(), goals=progress(plan_view(session, plan_id), "at_risk"),
                        notes="Two calls a day short", now=NOON)
        session.add(AppUser(username="hr", display_name="Mei Lan", role=UserRole.HR_ADMIN,
                            employee_id=company.ids["Mei Lan"]))
        session.flush()
        plan = session.get(ImprovementPlan, plan_id)
        identities = _identities(session, {"manager": plan.owner_id, "employee": plan.employee_id,
                                           "hr": company.ids["Mei Lan"], "other": company.ids["Ann Smith"]})
        identity_ids = {role: identity.id for role, identity in identities.items()}
        write_plan_pdf(session, plan_id, path, "en")
    for role in ("manager", "employee", "hr"):
        with act(database) as session:
            sign_plan(session, path, role, identity_ids[role], PASSWORD, disagrees=role == "employee")
    with act(database) as session:
        check = verify_pdf(session, path)
        assert check.valid and check.plan_id == plan_id, check
        assert session.scalar(select(func.count(PlanSignatureRecord.id))) == 3


def test_the_preview_draws_the_signature_stamps(plan_pdf):
    """The signing dialog's preview (PDFium) shows each signer's stamp on the signature page."""
    from reviewer.pdf.preview import PdfPages

    def dark_pixels(data: bytes) -> int:
        pages = PdfPages(data)
        try:
            image = pages.render(pages.page_count - 1, 1.0)
        finally:
            pages.close()
        return sum(1 for value in image.rgb[::3] if value < 100)

    unsigned = dark_pixels(plan_pdf.path.read_bytes())
    with plan_pdf.database.session() as session:
        sign_plan(session, plan_pdf.path, "manager", plan_pdf.identities["manager"], PASSWORD, language="zh")
    assert dark_pixels(plan_pdf.path.read_bytes()) > unsigned + 100  # the holder's name, role and time


def test_the_verdict_on_an_irregular_plan_pdf_names_plans_not_appraisals(tmp_path):
    from reviewer.appraisal.structure import Foreign
    from reviewer.appraisal.verdicts import summary
    from reviewer.appraisal.verify import DocumentCheck

    parts = (Foreign("field", "Extra"), Foreign("annotation", "/Text", 2))
    plan = summary(DocumentCheck(tmp_path / "p.pdf", irregular=parts, kind="plan", plan_id=3, version=2))
    assert plan[0] == "Do not rely on this document: it holds parts the program never puts in a plan."
    assert "It has a form field \"Extra\" that the program's plans do not have." in plan
    assert "It has an annotation (/Text) on page 2 that the program's plans do not have." in plan
    assert "This is the document of plan 3, version 2." in plan
    appraisal = summary(DocumentCheck(tmp_path / "a.pdf", irregular=parts, appraisal_id=5, version=1))
    assert appraisal[0].endswith("never puts in an appraisal.") and "appraisals do not have" in appraisal[1]
