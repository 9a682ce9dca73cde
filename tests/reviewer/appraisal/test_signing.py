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
        with pytest.raises(StageBlocked, match="next signer is manager"):
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
