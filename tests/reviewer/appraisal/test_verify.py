"""Verifying signed appraisals: intact or not, who, in which role, trusted or not,
changed after signing or not, and issued by this database or not; the same
verdict from the service, the command line and poppler's pdfsig."""
from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest

from reviewer.appraisal.verify import Changes, Trust, verify_pdf
from reviewer.cli.runner import run

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None,
                                  reason="poppler-utils is not installed (.ci/run installs it)")


def _flip_one_signed_byte(path) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(b"ReportLab PDF Library")  # in the producer string of the first, signed revision
    data[at] ^= 0x20  # 'R' -> 'r': the file still parses, its digest no longer matches
    path.write_bytes(bytes(data))


def _edit_a_page_after_signing(path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    stream = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 40 700 200 40 re f"))
    writer.add_stream_to_page(0, stream)
    output = io.BytesIO()
    writer.write(output)
    path.write_bytes(output.getvalue())


def test_a_signed_appraisal_verifies_intact_trusted_and_issued_here(signed_appraisal):
    with signed_appraisal.database.session() as session:
        check = verify_pdf(session, signed_appraisal.path)
    assert check.intact and check.issued_here and not check.changed_after_signing
    assert check.appraisal_id == signed_appraisal.appraisal_id
    assert [(s.role, s.signer) for s in check.signatures] == [
        ("manager", signed_appraisal.manager), ("employee", signed_appraisal.employee), ("hr", "人力资源部 王芳")]
    assert all(s.intact and s.trust == Trust.COMPANY_CA and s.recorded for s in check.signatures)
    assert [s.changes for s in check.signatures] == [Changes.SIGNATURES, Changes.SIGNATURES, Changes.NONE]
    assert [s.locks_document for s in check.signatures] == [False, False, True]
    assert "我对客户满意度指标的口径有异议" in check.signatures[1].reason
    assert all(s.signed_at is not None for s in check.signatures)


def test_one_flipped_byte_fails_in_the_service_the_command_line_and_pdfsig(signed_appraisal, capsys):
    _flip_one_signed_byte(signed_appraisal.path)
    with signed_appraisal.database.session() as session:
        check = verify_pdf(session, signed_appraisal.path)
    assert not check.intact and not check.issued_here
    assert all(not s.intact for s in check.signatures)  # every signature covers the first revision
    assert run(["verify", str(signed_appraisal.path), "--db", str(signed_appraisal.db_file)]) == 1
    assert "NOT intact" in capsys.readouterr().out
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(signed_appraisal.path)], capture_output=True, text=True).stdout
        assert report.count("Digest Mismatch") == 3, report


def test_the_command_line_reports_a_good_file_with_exit_0_and_json(signed_appraisal, capsys):
    good = signed_appraisal.path
    assert run(["verify", str(good), "--db", str(signed_appraisal.db_file), "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)["documents"]
    assert result["intact"] and result["issued_here"]
    assert [s["role"] for s in result["signatures"]] == ["manager", "employee", "hr"]
    assert result["signatures"][0]["trust"] == "company_ca"
    missing = good.with_name("missing.pdf")
    assert run(["verify", str(good), str(missing), "--db", str(signed_appraisal.db_file)]) == 1
    assert "could not be read" in capsys.readouterr().out


def test_a_page_edited_after_the_last_signature_is_reported_as_a_change(signed_appraisal):
    _edit_a_page_after_signing(signed_appraisal.path)
    with signed_appraisal.database.session() as session:
        check = verify_pdf(session, signed_appraisal.path)
    assert all(s.intact for s in check.signatures)  # the signed bytes are untouched ...
    assert check.changed_after_signing  # ... but the document shown is no longer the one signed
    assert check.signatures[-1].changes == Changes.FORBIDDEN  # HR's signature locked it
    assert check.signatures[0].changes in (Changes.CHANGED, Changes.FORBIDDEN)


def _draw_text_on_page_one(path) -> None:
    """What a forger does: an incremental update that writes a new score onto page 1."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    font = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica")}))
    stream = writer.add_object(generic.StreamObject(stream_data=b"BT /Forged 28 Tf 60 640 Td (Score: 5.0 Outstanding) Tj ET"))
    writer.add_stream_to_page(0, stream, resources=generic.DictionaryObject({
        generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/Forged"): font})}))
    output = io.BytesIO()
    writer.write(output)
    path.write_bytes(output.getvalue())


def _add_free_text_note(path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    note = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (60, 600, 360, 650)]),
        generic.NameObject("/Contents"): generic.TextStringObject("Rating: Outstanding"),
        generic.NameObject("/DA"): generic.TextStringObject("/Helv 14 Tf 0 g")}))
    page_ref, _resources = writer.find_page_for_modification(0)
    writer.register_annotation(page_ref, note)
    output = io.BytesIO()
    writer.write(output)
    path.write_bytes(output.getvalue())


def _sign_in_a_field_of_its_own(path, tmp_path) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(_self_signed_p12(tmp_path, "见证人"), passphrase=b"outsider-pass")
    output = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="witness"), signer=signer,
                      new_field_spec=fields.SigFieldSpec("witness", on_page=0, box=(40, 40, 200, 90))).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(path.read_bytes())), output=output)
    path.write_bytes(output.getvalue())


def _signed_by_the_manager_only(signed_appraisal, path) -> None:
    """The file as it stood after the first signature (its first signed revision)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = signed_appraisal.path.read_bytes()
    _, _, start, length = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures[0].byte_range
    path.write_bytes(data[:start + length])


def _verify_in_a_subprocess(path, db_file):
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    return subprocess.run([sys.executable, str(root / "main.py"), "verify", str(path), "--db", str(db_file)],
                          capture_output=True, text=True, cwd=root, timeout=120)


def test_text_drawn_after_the_last_signature_exits_1_without_a_traceback(signed_appraisal):
    _draw_text_on_page_one(signed_appraisal.path)
    with signed_appraisal.database.session() as session:
        check = verify_pdf(session, signed_appraisal.path)
    assert check.intact and check.changed_after_signing and not check.valid
    done = _verify_in_a_subprocess(signed_appraisal.path, signed_appraisal.db_file)
    assert done.returncode == 1, done.stdout
    assert "Do not rely on this document" in done.stdout and "changed" in done.stdout
    assert "Traceback" not in done.stderr and "SuspiciousModification" not in done.stderr, done.stderr


@pytest.mark.parametrize("tamper", [_draw_text_on_page_one, _add_free_text_note], ids=["page_text", "free_text"])
def test_a_change_after_any_signature_exits_1(signed_appraisal, tmp_path, capsys, tamper):
    manager_only = tmp_path / "manager-only.pdf"
    _signed_by_the_manager_only(signed_appraisal, manager_only)
    for path in (signed_appraisal.path, manager_only):
        tamper(path)
        assert run(["verify", str(path), "--db", str(signed_appraisal.db_file), "--json"]) == 1
        [result] = json.loads(capsys.readouterr().out)["documents"]
        assert result["intact"] and result["changed_after_signing"] and not result["valid"]
        assert result["summary"][0].startswith("Do not rely on this document")


def test_a_later_signature_in_a_field_of_its_own_exits_1(signed_appraisal, tmp_path, capsys):
    """A new signature field can carry any appearance, anywhere: not a change the signatures allow."""
    manager_only = tmp_path / "manager-only.pdf"
    _signed_by_the_manager_only(signed_appraisal, manager_only)
    assert run(["verify", str(manager_only), "--db", str(signed_appraisal.db_file)]) == 0
    _sign_in_a_field_of_its_own(manager_only, tmp_path)
    assert run(["verify", str(manager_only), "--db", str(signed_appraisal.db_file)]) == 1
    assert 'a form field "witness"' in capsys.readouterr().out
    # after HR's signature locked the document, even another signature is a forbidden change
    _sign_in_a_field_of_its_own(signed_appraisal.path, tmp_path)
    assert run(["verify", str(signed_appraisal.path), "--db", str(signed_appraisal.db_file)]) == 1
    assert "although signing locked it" in capsys.readouterr().out


def _self_signed_p12(tmp_path, name: str) -> str:
    from datetime import datetime, timedelta, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(hours=1))
                   .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    path = tmp_path / "outsider.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"outsider", key, certificate, None, serialization.BestAvailableEncryption(b"outsider-pass")))
    return str(path)


def test_a_signature_by_an_identity_this_database_does_not_know_is_untrusted(signed_appraisal, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(_self_signed_p12(tmp_path, "陌生人"), passphrase=b"outsider-pass")
    forged = tmp_path / "forged.pdf"
    output = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="sig_manager"), signer=signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(signed_appraisal.unsigned)), output=output)
    forged.write_bytes(output.getvalue())
    with signed_appraisal.database.session() as session:
        check = verify_pdf(session, forged)
    [signature] = check.signatures
    assert signature.intact and signature.signer == "陌生人" and signature.role == "manager"
    assert signature.trust == Trust.SELF_SIGNED and not signature.trusted and not signature.recorded
    assert not check.issued_here  # intact, but this database never issued it

    from reviewer.appraisal.identities import import_identity

    with signed_appraisal.database.session() as session:
        import_identity(session, tmp_path / "outsider.p12", "outsider-pass")
        registered = verify_pdf(session, forged).signatures[0]
    assert registered.trust == Trust.KNOWN and registered.trusted and not registered.recorded


def test_an_unsigned_or_broken_file_is_named_as_such(demo_database, tmp_path, signed_appraisal):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not a pdf")
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(signed_appraisal.unsigned)
    with demo_database.session() as session:
        assert verify_pdf(session, broken).problem == "unreadable"
        assert verify_pdf(session, unsigned).problem == "no_signatures"
        assert not verify_pdf(session, unsigned).intact


# --- documents the program never issued, signers in the wrong role, changes after HR (issue 13) -------------

PASSWORD = "correct horse 42"


def _signed_outside_the_program(data: bytes, field: str, key_file) -> bytes:
    """What anyone with a key file and pyHanko can do without the program."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(key_file), passphrase=PASSWORD.encode())
    output = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256",
                                                   subfilter=fields.SigSeedSubFilter.PADES), signer=signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data), strict=False), output=output)
    return output.getvalue()


def _signed_and_recorded_as_before(session, appraisal_id, data: bytes, role: str, identity) -> bytes:
    """How the program signed before it checked the file and the signer: sign, then record."""
    import hashlib
    from datetime import datetime, timezone

    from db.models import Appraisal, SigningCertificate
    from reviewer.appraisal.signing import open_signer, record_signature, sign_bytes

    record = session.get(SigningCertificate, identity.id)
    now = datetime.now(timezone.utc)
    signed = sign_bytes(data, role, open_signer(record, PASSWORD), record.holder_name, now, "en")
    record_signature(session, session.get(Appraisal, appraisal_id), role, record, now,
                     hashlib.sha256(signed).hexdigest())
    return signed


def _another_appraisal(session, tmp_path, offset: int = 3):
    from sqlalchemy import select

    from db.models import Appraisal, Employee
    from reviewer.appraisal.export import write_appraisal_pdf

    appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id).where(
        Appraisal.cycle_id == 1, Employee.manager_id.is_not(None)).order_by(Appraisal.id).offset(offset).limit(1))
    path = write_appraisal_pdf(session, 1, appraisal.employee_id, tmp_path / f"appraisal-{offset}.pdf", "en")
    return appraisal.id, session.get(Employee, appraisal.employee_id), path


def _fill_text_field(data: bytes, name: str, text: str) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    font = writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/Helvetica")}))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == name:
            look = generic.StreamObject({
                pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
                pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 520, 350)]),
                pdf_name("/Resources"): generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject({
                    pdf_name("/Helv"): font})})},
                stream_data=b"1 1 1 rg 0 0 520 350 re f BT 0 g /Helv 28 Tf 20 170 Td (" + text.encode() + b") Tj ET")
            field["/V"] = pdf_string(text)
            field["/AP"] = generic.DictionaryObject({pdf_name("/N"): writer.add_object(look)})
            writer.update_container(field)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_a_shadow_field_filled_in_after_the_managers_signature_exits_1(signed_appraisal, tmp_path, capsys):
    """A text field hidden in the document before it was signed, filled in afterwards: pyHanko calls
    that form filling, but the program's appraisals have no such field."""
    from tests.reviewer.appraisal.test_signing import _add_blank_text_field_over_page_one

    with signed_appraisal.database.session() as session:
        appraisal_id, employee, path = _another_appraisal(session, tmp_path)
        _add_blank_text_field_over_page_one(path)
        from reviewer.appraisal.identities import create_identity

        manager = create_identity(session, "经理", PASSWORD, employee.manager_id, ca_password=PASSWORD)
        signed = _signed_and_recorded_as_before(session, appraisal_id, path.read_bytes(), "manager", manager)
    path.write_bytes(_fill_text_field(signed, "x", "Final rating: Outstanding"))
    assert run(["verify", str(path), "--db", str(signed_appraisal.db_file), "--json"]) == 1
    [result] = json.loads(capsys.readouterr().out)["documents"]
    assert result["summary"][0].startswith("Do not rely on this document")
    assert {"code": "field", "name": "x", "page": None} in result["irregular"]
    assert result["signatures"][0]["changes_after"] == "changed"


def test_a_signature_in_a_role_its_signer_does_not_hold_exits_1(signed_appraisal, tmp_path, capsys):
    from reviewer.appraisal.identities import create_identity
    from reviewer.appraisal.signing import sign_appraisal

    with signed_appraisal.database.session() as session:
        appraisal_id, employee, path = _another_appraisal(session, tmp_path)
        manager = create_identity(session, "经理", PASSWORD, employee.manager_id, ca_password=PASSWORD)
        own = create_identity(session, employee.name, PASSWORD, employee.id, ca_password=PASSWORD)
        sign_appraisal(session, path, "manager", manager.id, PASSWORD)
        sign_appraisal(session, path, "employee", own.id, PASSWORD)
    # the employee countersigns HR's field with her own company key, outside the program
    forged = tmp_path / "employee-as-hr.pdf"
    forged.write_bytes(_signed_outside_the_program(path.read_bytes(), "sig_hr", own.key_file))
    assert run(["verify", str(forged), "--db", str(signed_appraisal.db_file)]) == 1
    out = capsys.readouterr().out
    assert "signed by someone who does not hold this role" in out and "Do not rely on this document" in out
    # the employee's own identity signed as manager, recorded as the program did before it checked the signer
    with signed_appraisal.database.session() as session:
        appraisal_id, employee, path = _another_appraisal(session, tmp_path, offset=4)
        own = create_identity(session, employee.name, PASSWORD, employee.id, ca_password=PASSWORD)
        path.write_bytes(_signed_and_recorded_as_before(session, appraisal_id, path.read_bytes(), "manager", own))
        check = verify_pdf(session, path)
    assert check.intact and check.issued_here and not check.roles_held and not check.valid
    assert not check.signatures[0].role_held


def test_anything_after_hrs_signature_exits_1_but_padding_does_not(signed_appraisal, tmp_path, capsys):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data = signed_appraisal.path.read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    writer.trailer["/Info"] = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Title"): generic.TextStringObject("Forged")}))
    output = io.BytesIO()
    writer.write(output)
    retitled = tmp_path / "retitled.pdf"
    retitled.write_bytes(output.getvalue())
    commented = tmp_path / "commented.pdf"
    commented.write_bytes(data + b"% a note\n")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(data + b"\n% garbage\n" + bytes(range(256)) * 8)
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(data + b"\r\n  \x00\x00\x00\n")
    db = ["--db", str(signed_appraisal.db_file)]
    for changed in (retitled, commented):
        assert run(["verify", str(changed), *db]) == 1, changed.name
        assert "although signing locked it" in capsys.readouterr().out
    assert run(["verify", str(garbage), *db]) == 1
    out = capsys.readouterr().out
    assert "bytes after its end" in out and "could not be read" not in out
    assert run(["verify", str(padded), *db]) == 0, capsys.readouterr().out
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(padded)], capture_output=True, text=True).stdout
        assert report.count("Signature Validation: Signature is Valid.") == 3, report
