"""Long-term validation (issue 18, item 6, PAdES B-LT): a signed, timestamped document is
extended with its certificates and revocation data where there are any; verification
accepts exactly such a revision after a signature and still refuses any other change,
also after an extension. The timestamp authority runs on 127.0.0.1, never the network."""
from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from sqlalchemy import select

from db.models import Employee
from reviewer.appraisal.long_term import embeds_on_signing, extend_pdf, save_embeds_on_signing
from reviewer.appraisal.timestamps import save_timestamp_server
from reviewer.appraisal.verdicts import as_dict, summary
from reviewer.appraisal.verify import Changes, verify_pdf
from reviewer.cli.runner import run
from reviewer.errors import PermissionDenied, ValidationError

from ..plans.test_plan_pdf import plan_pdf  # noqa: F401 - a fixture
from .test_timestamps import PASSWORD, _sign_as_manager, authority, manager_ready  # noqa: F401 - fixtures

__all__ = ["authority", "manager_ready", "plan_pdf"]


@pytest.fixture
def signed(demo_database, manager_ready, authority):  # noqa: F811 - the imported fixtures
    """The manager's timestamped signature on the appraisal: (path, CA certificate DER)."""
    path, identity_id, ca_der = manager_ready
    with demo_database.session() as session:
        save_timestamp_server(session, authority.url)
    _sign_as_manager(demo_database, path, identity_id)
    return path, ca_der


def _extend(database, path):
    with database.session() as session:
        return extend_pdf(session, path, allow_fetching=False)


def test_extension_embeds_the_chains_and_says_no_revocation_data_exists_for_house_certificates(
        demo_database, signed, authority):
    path, _ = signed
    before = path.read_bytes()
    extension = _extend(demo_database, path)
    after = path.read_bytes()
    assert extension.written and after.startswith(before) and len(after) > len(before)
    # the manager's identity, the company CA, the timestamp authority and its root
    assert extension.signatures == 1 and extension.certificates == 4
    assert extension.crls == extension.ocsps == 0 and not extension.unvalidated
    # the house certificates name no revocation service: said so, never pretended
    assert {item.reason for item in extension.without_revocation} == {"no_service"}
    assert {item.subject for item in extension.without_revocation} >= {"Test Timestamp Authority"}
    with demo_database.session() as session:
        check = verify_pdf(session, path)
    assert check.valid, summary(check)
    assert check.validation_data is not None and check.validation_data.certificates == 4
    assert check.validation_data.covers_signers
    signature, = check.signatures
    assert signature.changes == Changes.VALIDATION_DATA and signature.timestamp_valid is True
    assert any("Long-term validation data is embedded" in line for line in summary(check))
    assert as_dict(check)["long_term_validation"]["certificates"] == 4
    # a second extension finds nothing new and leaves the file as it is
    again = _extend(demo_database, path)
    assert not again.written and path.read_bytes() == after


def test_pyhanko_validates_the_extended_signature_from_the_embedded_data_alone(demo_database, signed, authority):
    """Only the roots are given: every other certificate, and the revocation checking
    (hard-fail: a certificate naming a service must have its data), comes from the file."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko_certvalidator import ValidationContext

    path, ca_der = signed
    _extend(demo_database, path)
    with open(path, "rb") as handle:
        reader = PdfFileReader(handle)
        signature, = reader.embedded_signatures
        store = DocumentSecurityStore.read_dss(reader)
        embedded = {certificate.dump() for certificate in store.load_certs()}
        assert signature.signer_cert.dump() in embedded and ca_der in embedded
        assert authority.certificate.dump() in embedded and authority.root.dump() in embedded
        options = {"allow_fetching": False, "revocation_mode": "hard-fail"}
        status = validate_pdf_signature(
            signature, store.as_validation_context({"trust_roots": [x509.Certificate.load(ca_der)], **options}),
            store.as_validation_context({"trust_roots": [authority.root], **options}))
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
        assert status.timestamp_validity.trusted
        from pyhanko.sign.diff_analysis import ModificationLevel

        assert status.modification_level == ModificationLevel.LTA_UPDATES


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed (.ci/run installs it)")
def test_pdfsig_still_lists_the_signature_of_an_extended_file(demo_database, signed):
    path, _ = signed
    _extend(demo_database, path)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature Field Name: sig_manager" in report and "Signature Validation: Signature is Valid." in report


def _draw_on_page_one(data: bytes, with_store: bool = False) -> bytes:
    """A forger's revision: text on page 1, optionally inside a revision that also updates the DSS."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    stream = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 40 700 200 40 re f"))
    writer.add_stream_to_page(0, stream)
    if with_store:
        from .timestamp_authority import _authority_certificates

        extra, _, _ = _authority_certificates()
        DocumentSecurityStore.supply_dss_in_writer(writer, None, certs=[extra])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _free_text_note(data: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    note = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (60, 600, 360, 650)]),
        generic.NameObject("/Contents"): generic.TextStringObject("Rating: Outstanding")}))
    page_ref, _resources = writer.find_page_for_modification(0)
    writer.register_annotation(page_ref, note)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _extended_again_by_pyhanko(data: bytes) -> bytes:
    """A second, honest DSS revision on top of the forger's (validation data after a change hides nothing)."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from .timestamp_authority import _authority_certificates

    extra, _, _ = _authority_certificates()
    stream = io.BytesIO(data)
    DocumentSecurityStore.add_dss(stream, None, certs=[extra], strict=False)
    return stream.getvalue()


@pytest.mark.parametrize("tamper", [
    lambda data: _draw_on_page_one(data),
    lambda data: _draw_on_page_one(data, with_store=True),
    lambda data: _free_text_note(data),
    lambda data: _extended_again_by_pyhanko(_draw_on_page_one(data)),
    lambda data: data + b"\n% appended after the extension\n",
], ids=["page_content", "validation_data_with_page_content", "annotation", "change_hidden_under_more_data",
        "bytes_after_the_end"])
def test_a_fully_signed_file_extended_then_tampered_is_refused(signed_appraisal, tmp_path, capsys, tamper):
    database, path = signed_appraisal.database, signed_appraisal.path
    _extend(database, path)
    with database.session() as session:
        assert verify_pdf(session, path).valid  # the extension alone is fine after HR's locking signature
    path.write_bytes(tamper(path.read_bytes()))
    with database.session() as session:
        check = verify_pdf(session, path)
    assert not check.valid, summary(check)
    assert run(["verify", str(path), "--db", str(signed_appraisal.db_file)]) == 1
    # and a changed file is never extended
    with database.session() as session:
        with pytest.raises(ValidationError) as refused:
            extend_pdf(session, path, allow_fetching=False)
    assert refused.value.code == "ltv_not_valid" and str(path) in str(refused.value)


def test_a_tampered_file_is_not_extended_and_stays_as_it_was(signed_appraisal):
    path = signed_appraisal.path
    path.write_bytes(_draw_on_page_one(path.read_bytes()))
    before = path.read_bytes()
    with signed_appraisal.database.session() as session:
        with pytest.raises(ValidationError, match="does not verify here"):
            extend_pdf(session, path, allow_fetching=False)
    assert path.read_bytes() == before


def test_a_signature_without_timestamp_is_extended_and_verification_says_so(signed_appraisal, capsys):
    path = signed_appraisal.path
    assert run(["verify", str(path), "--db", str(signed_appraisal.db_file)]) == 0
    assert "No long-term validation data is embedded" in capsys.readouterr().out
    assert run(["verify", "--extend-ltv", str(path), "--db", str(signed_appraisal.db_file), "--json"]) == 0
    document, = json.loads(capsys.readouterr().out)["documents"]
    # three identities and the company CA; no timestamp, so no timestamp authority
    assert document["extension"]["written"] and document["extension"]["certificates"] == 4
    assert document["valid"] and document["long_term_validation"]["covers_signers"]
    assert {item["reason"] for item in document["extension"]["without_revocation"]} == {"no_service"}
    assert all(s["timestamp_valid"] is None for s in document["signatures"])
    assert run(["verify", "--extend-ltv", str(path), "--db", str(signed_appraisal.db_file)]) == 0
    out = capsys.readouterr().out
    assert "Nothing new to embed" in out and "Long-term validation data is embedded" in out


def test_an_unsigned_or_unreadable_file_is_refused_with_its_name(signed_appraisal, tmp_path, capsys):
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(signed_appraisal.unsigned)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    db = str(signed_appraisal.db_file)
    assert run(["verify", "--extend-ltv", str(unsigned), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "unsigned.pdf has no digital signature" in err and "Traceback" not in err
    assert run(["verify", "--extend-ltv", str(broken), "--db", db]) == 1
    assert "broken.pdf could not be read as a PDF" in capsys.readouterr().err
    assert signed_appraisal.unsigned == unsigned.read_bytes()


def test_with_the_setting_each_signature_is_extended_and_the_next_signer_signs_on_top(
        signed, demo_database, manager_ready):
    """Embedding at signing (Settings ▸ Signatures): each signature is followed by the validation
    data; the next signer signs that file; verification accepts the chain of revisions."""
    from reviewer.appraisal.identities import create_identity
    from reviewer.appraisal.signing import sign_appraisal

    path, _ = signed  # the manager signed before the setting: extend by hand, then sign on top
    _extend(demo_database, path)
    with demo_database.session() as session:
        assert save_embeds_on_signing(session, True) and embeds_on_signing(session)
    with demo_database.session() as session:
        from db.models import Appraisal

        check = verify_pdf(session, path)
        appraisal = session.get(Appraisal, check.appraisal_id)
        employee = session.get(Employee, appraisal.employee_id)
        identity = create_identity(session, employee.name, PASSWORD, employee.id, ca_password=PASSWORD)
    with demo_database.session() as session:
        revision = sign_appraisal(session, path, "employee", identity.id, PASSWORD, language="zh")
    assert revision.extension is not None and revision.extension.written and revision.extension.signatures == 2
    with demo_database.session() as session:
        check = verify_pdf(session, path)
    assert check.valid, summary(check)
    assert [s.changes for s in check.signatures] == [Changes.SIGNATURES, Changes.VALIDATION_DATA]
    assert check.validation_data.covers_signers


def test_only_hr_turns_embedding_at_signing_on(demo_database):
    from db.models import UserRole
    from reviewer.access import Actor, bind

    with demo_database.session() as session:
        manager_id = session.scalar(select(Employee.manager_id).where(Employee.manager_id.is_not(None)).limit(1))
        manager = Actor(None, "manager", "Manager", UserRole.MANAGER, manager_id)
        with pytest.raises(PermissionDenied):
            save_embeds_on_signing(bind(session, manager), True)
    with demo_database.session() as session:
        assert not embeds_on_signing(session)


def test_the_command_line_shows_and_turns_embedding_at_signing_on_and_off(demo_database, tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert run(["identity", "long-term-validation", "--db", db]) == 0
    assert "not followed by validation data" in capsys.readouterr().out
    assert run(["identity", "long-term-validation", "on", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["embed_validation_data"] is True
    with demo_database.session() as session:
        assert embeds_on_signing(session)
    assert run(["identity", "long-term-validation", "off", "--db", db]) == 0
    with demo_database.session() as session:
        assert not embeds_on_signing(session)


def test_a_plan_is_extended_between_signatures_and_after_the_last(plan_pdf):  # noqa: F811 - imported fixture
    from reviewer.plans.signing import sign_plan

    database, path = plan_pdf.database, plan_pdf.path
    with database.session() as session:
        sign_plan(session, path, "manager", plan_pdf.identities["manager"], PASSWORD, language="zh")
    assert _extend(database, path).written
    with database.session() as session:  # the employee signs the extended file
        sign_plan(session, path, "employee", plan_pdf.identities["employee"], PASSWORD, language="zh")
        sign_plan(session, path, "hr", plan_pdf.identities["hr"], PASSWORD, language="zh")
    assert _extend(database, path).written
    with database.session() as session:
        check = verify_pdf(session, path)
    assert check.kind == "plan" and check.valid, summary(check)
    assert check.validation_data.covers_signers and check.validation_data.certificates == 4
    assert check.signatures[-1].changes == Changes.VALIDATION_DATA
    path.write_bytes(_draw_on_page_one(path.read_bytes()))
    with database.session() as session:
        assert not verify_pdf(session, path).valid


def _validation_data_with_new_document_information(data: bytes) -> bytes:
    """A DSS revision that also rewrites the document information (pyHanko's difference analysis
    allows /Info updates at its validation-data level; the file's keywords name its appraisal)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from .timestamp_authority import _authority_certificates

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Title")] = generic.TextStringObject("Appraisal: Outstanding, promote")
    writer.update_container(info)
    extra, _, _ = _authority_certificates()
    DocumentSecurityStore.supply_dss_in_writer(writer, None, certs=[extra])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_validation_data_that_rewrites_the_document_information_is_refused(signed_appraisal):
    path, database = signed_appraisal.path, signed_appraisal.database
    path.write_bytes(_validation_data_with_new_document_information(path.read_bytes()))
    with database.session() as session:
        check = verify_pdf(session, path)
    assert not check.valid and check.irregular, summary(check)


def test_a_file_with_many_validation_revisions_is_refused_quickly(signed_appraisal):
    """A legitimate file has one extension per signature or so; dozens are an attack on time."""
    import time

    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from .timestamp_authority import _authority_certificates

    data = signed_appraisal.path.read_bytes()
    for _ in range(40):
        stream = io.BytesIO(data)
        DocumentSecurityStore.add_dss(stream, None, certs=[_authority_certificates()[0]], strict=False)
        data = stream.getvalue()
    signed_appraisal.path.write_bytes(data)
    started = time.monotonic()
    with signed_appraisal.database.session() as session:
        check = verify_pdf(session, signed_appraisal.path)
    assert not check.valid and time.monotonic() - started < 30
