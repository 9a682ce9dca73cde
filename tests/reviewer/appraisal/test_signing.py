"""Signing an appraisal as manager, employee and HR with identities issued by the
company CA; each signature validated by pyHanko and by poppler's pdfsig."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from db.models import Appraisal, AppraisalState, Employee, SignatureRecord
from reviewer.appraisal.export import write_appraisal_pdf
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.appraisal.signing import sign_appraisal
from reviewer.errors import StageBlocked, ValidationError

CLOSED = 1
PASSWORD = "correct horse 42"


def test_signing_keeps_the_order_and_checks_the_password(demo_database, tmp_path):
    path = tmp_path / "appraisal.pdf"
    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id).where(
            Appraisal.cycle_id == CLOSED, Employee.manager_id.is_not(None)).order_by(Appraisal.id))
        employee = session.get(Employee, appraisal.employee_id)
        write_appraisal_pdf(session, CLOSED, employee.id, path, "zh")
        create_company_ca(session, "华信商贸", PASSWORD)
        person = create_identity(session, employee.name, PASSWORD, employee.id, ca_password=PASSWORD)
        with pytest.raises(StageBlocked, match="next signer is Manager, not Employee"):
            sign_appraisal(session, path, "employee", person.id, PASSWORD)
        with pytest.raises(ValidationError, match="password does not open"):
            sign_appraisal(session, path, "manager", person.id, "wrong password")
        with pytest.raises(ValidationError, match="employee"):
            sign_appraisal(session, path, "manager", person.id, PASSWORD, disagrees=True)
        assert session.scalar(select(SignatureRecord.id)) is None


def test_all_three_signed_makes_the_appraisal_read_only(signed_appraisal):
    with signed_appraisal.database.session() as session:
        assert session.get(Appraisal, signed_appraisal.appraisal_id).state == AppraisalState.SIGNED
        assert [r.role.value for r in session.scalars(select(SignatureRecord).where(
            SignatureRecord.appraisal_id == signed_appraisal.appraisal_id).order_by(SignatureRecord.signed_at))] == [
            "manager", "employee", "hr"]


def test_three_signatures_validate_with_pyhanko(signed_appraisal):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from asn1crypto import x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    path, manager, ca_der = signed_appraisal.path, signed_appraisal.manager, signed_appraisal.ca_der
    trusting_our_ca = ValidationContext(trust_roots=[x509.Certificate.load(ca_der)])
    with open(path, "rb") as handle:
        reader = PdfFileReader(handle)
        signatures = reader.embedded_signatures
        assert [s.field_name for s in signatures] == ["sig_manager", "sig_employee", "sig_hr"]
        for embedded in signatures:
            status = validate_pdf_signature(embedded, trusting_our_ca)
            assert status.intact and status.valid and status.trusted, status.pretty_print_details()
        assert signatures[0].signer_cert.subject.native["common_name"] == manager
        assert "我对客户满意度指标的口径有异议" in str(signatures[1].sig_object["/Reason"])


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed (.ci/run installs it)")
def test_pdfsig_reports_every_signature_intact(signed_appraisal):
    path = signed_appraisal.path
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert report.count("Signature Validation: Signature is Valid.") == 3, report
    assert "Digest Mismatch" not in report


# --- hostile files and wrong signers (issue 13, items 1-3) ---------------------------------------------------

def _add_blank_text_field_over_page_one(path) -> None:
    """The shadow attack: an empty white text field over page 1, filled in after signing."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"][0]
    field = writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name("/Widget"),
        pdf_name("/FT"): pdf_name("/Tx"), pdf_name("/T"): pdf_string("x"), pdf_name("/P"): page_ref,
        pdf_name("/F"): generic.NumberObject(4), pdf_name("/DA"): pdf_string("/Helv 28 Tf 0 g"),
        pdf_name("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (40, 450, 560, 800)])}))
    form = writer.root["/AcroForm"]
    form["/Fields"].append(field)
    writer.update_container(form)
    page = page_ref.get_object()
    page["/Annots"] = generic.ArrayObject(list(page.get("/Annots", [])) + [field])
    writer.update_container(page)
    output = io.BytesIO()
    writer.write(output)
    path.write_bytes(output.getvalue())


def _draw_on_page_one(path) -> None:
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()), strict=False)
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 40 700 200 40 re f")))
    output = io.BytesIO()
    writer.write(output)
    path.write_bytes(output.getvalue())


def _people(session):
    """An appraisal of the closed cycle with its employee, manager and the demo's HR profile holder."""
    from db.models import AppUser

    appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id).where(
        Appraisal.cycle_id == CLOSED, Employee.manager_id.is_not(None)).order_by(Appraisal.id).offset(2).limit(1))
    employee = session.get(Employee, appraisal.employee_id)
    hr_employee_id = session.scalar(select(AppUser.employee_id).where(AppUser.username == "hr.admin"))
    create_company_ca(session, "华信商贸", PASSWORD)
    identities = {
        "manager": create_identity(session, "经理", PASSWORD, employee.manager_id, ca_password=PASSWORD),
        "employee": create_identity(session, "员工", PASSWORD, employee.id, ca_password=PASSWORD),
        "hr": create_identity(session, "人事", PASSWORD, hr_employee_id, ca_password=PASSWORD)}
    return appraisal, employee, identities


@pytest.mark.parametrize("tamper", [_add_blank_text_field_over_page_one, _draw_on_page_one],
                         ids=["extra_text_field", "page_drawn_on"])
def test_a_pdf_changed_after_the_program_wrote_it_is_not_signed(demo_database, tmp_path, tamper):
    path = tmp_path / "crafted.pdf"
    with demo_database.session() as session:
        appraisal, employee, identities = _people(session)
        write_appraisal_pdf(session, CLOSED, employee.id, path, "en")
        tamper(path)
        crafted = path.read_bytes()
        with pytest.raises(ValidationError, match="never puts in an appraisal|not the document this database wrote"):
            sign_appraisal(session, path, "manager", identities["manager"].id, PASSWORD)
        assert path.read_bytes() == crafted
        assert session.scalar(select(SignatureRecord.id)) is None


def test_a_pdf_rendered_but_not_issued_by_this_database_is_not_signed(demo_database, tmp_path):
    from reviewer.appraisal.document import appraisal_document
    from reviewer.pdf.appraisal_pdf import render_appraisal

    path = tmp_path / "elsewhere.pdf"
    with demo_database.session() as session:
        appraisal, employee, identities = _people(session)
        path.write_bytes(render_appraisal(appraisal_document(session, CLOSED, employee.id), "en"))  # no seal
        with pytest.raises(ValidationError, match="not the document this database wrote for version 1"):
            sign_appraisal(session, path, "manager", identities["manager"].id, PASSWORD)


def test_only_the_holder_of_each_role_signs_and_is_offered(demo_database, tmp_path):
    from reviewer.appraisal.signing import signing_state

    path = tmp_path / "appraisal.pdf"
    with demo_database.session() as session:
        appraisal, employee, identities = _people(session)
        stranger = create_identity(session, "路人", PASSWORD, None, ca_password=PASSWORD)
        write_appraisal_pdf(session, CLOSED, employee.id, path, "en")
        assert [i.id for i in signing_state(session, path).signers] == [identities["manager"].id]
        for wrong in (identities["employee"], identities["hr"], stranger):  # e.g. the employee as their own manager
            with pytest.raises(ValidationError, match="cannot sign as manager"):
                sign_appraisal(session, path, "manager", wrong.id, PASSWORD)
        sign_appraisal(session, path, "manager", identities["manager"].id, PASSWORD)
        assert [i.id for i in signing_state(session, path).signers] == [identities["employee"].id]
        with pytest.raises(ValidationError, match="cannot sign as employee"):
            sign_appraisal(session, path, "employee", identities["manager"].id, PASSWORD)
        sign_appraisal(session, path, "employee", identities["employee"].id, PASSWORD)
        assert [i.id for i in signing_state(session, path).signers] == [identities["hr"].id]
        with pytest.raises(ValidationError, match="cannot sign as HR"):  # no HR profile behind this identity
            sign_appraisal(session, path, "hr", identities["employee"].id, PASSWORD)
        sign_appraisal(session, path, "hr", identities["hr"].id, PASSWORD)
        assert session.get(Appraisal, appraisal.id).state == AppraisalState.SIGNED


def test_the_employee_cannot_sign_a_copy_without_the_managers_signature(demo_database, tmp_path):
    signed, fresh = tmp_path / "signed.pdf", tmp_path / "fresh.pdf"
    with demo_database.session() as session:
        appraisal, employee, identities = _people(session)
        write_appraisal_pdf(session, CLOSED, employee.id, signed, "en")
        sign_appraisal(session, signed, "manager", identities["manager"].id, PASSWORD)
        write_appraisal_pdf(session, CLOSED, employee.id, fresh, "en")  # sealed, but lacks the manager's signature
        with pytest.raises(ValidationError, match="not the file the recorded Manager signature produced"):
            sign_appraisal(session, fresh, "employee", identities["employee"].id, PASSWORD)
        _draw_on_page_one(signed)  # the right file, changed after the manager signed
        with pytest.raises(ValidationError, match="not the file the recorded Manager signature produced"):
            sign_appraisal(session, signed, "employee", identities["employee"].id, PASSWORD)
        assert [r.role.value for r in session.scalars(select(SignatureRecord))] == ["manager"]


def test_hr_signs_their_own_appraisal_as_hr_only_when_no_other_hr_could(demo_database):
    from db.models import AppUser, UserRole
    from reviewer.appraisal.roles import holds_role

    with demo_database.session() as session:
        hr_person = session.scalar(select(AppUser.employee_id).where(AppUser.username == "hr.admin"))
        own = session.scalar(select(Appraisal).where(Appraisal.employee_id == hr_person).limit(1))
        assert holds_role(session, own, "hr", hr_person)  # a one-person HR department
        colleague = session.scalar(select(Employee).where(
            Employee.id.not_in(select(AppUser.employee_id).where(AppUser.employee_id.is_not(None)))).limit(1))
        session.add(AppUser(username="hr.second", display_name=colleague.name, role=UserRole.HR_ADMIN,
                            employee_id=colleague.id, is_active=True, failed_sign_ins=0))
        session.flush()
        assert holds_role(session, own, "hr", hr_person)  # the colleague cannot sign yet
        create_identity(session, colleague.name, PASSWORD, colleague.id)
        assert not holds_role(session, own, "hr", hr_person)
        assert holds_role(session, own, "hr", colleague.id)
        others = session.scalar(select(Appraisal).where(Appraisal.employee_id != hr_person,
                                                        Appraisal.employee_id != colleague.id).limit(1))
        assert holds_role(session, others, "hr", hr_person)
