"""Timestamped signatures (issue 18, item 6): HR names an RFC 3161 timestamp server; every
signature then carries its timestamp (PAdES B-T), which pyHanko validates with the
authority as trust root, pdfsig lists, and verification reports. The authority runs on
127.0.0.1 (timestamp_authority.py), never the network."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sqlalchemy import select

from db.models import AppSetting, Appraisal, Employee, SignatureRecord, SigningCertificate, UserRole
from reviewer.access import Actor, bind
from reviewer.appraisal.export import write_appraisal_pdf
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.appraisal.signing import sign_appraisal
from reviewer.appraisal.timestamps import CERTIFICATES_KEY, save_timestamp_server, timestamp_server
from reviewer.appraisal.verdicts import as_dict, signature_lines
from reviewer.appraisal.verify import verify_pdf
from reviewer.cli.runner import run
from reviewer.errors import PermissionDenied, ValidationError

from .timestamp_authority import LocalTimestampAuthority

PASSWORD = "correct horse 42"


@pytest.fixture
def authority():
    running = LocalTimestampAuthority()
    yield running
    running.stop()


@pytest.fixture
def manager_ready(demo_database, tmp_path):
    """A closed-cycle appraisal's PDF and its manager's identity issued by the company CA."""
    path = tmp_path / "appraisal.pdf"
    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id).where(
            Appraisal.cycle_id == 1, Employee.manager_id.is_not(None)).order_by(Appraisal.id))
        employee = session.get(Employee, appraisal.employee_id)
        manager = session.get(Employee, employee.manager_id)
        write_appraisal_pdf(session, 1, employee.id, path, "zh")
        create_company_ca(session, "华信商贸", PASSWORD)
        identity = create_identity(session, manager.name, PASSWORD, manager.id, ca_password=PASSWORD)
        ca_der = session.scalar(select(SigningCertificate.der).where(SigningCertificate.is_ca.is_(True)))
        return path, identity.id, ca_der


def _sign_as_manager(database, path, identity_id):
    with database.session() as session:
        return sign_appraisal(session, path, "manager", identity_id, PASSWORD, language="zh")


def test_a_timestamped_signature_validates_with_the_local_authority_as_trust_root(
        demo_database, manager_ready, authority):
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    path, identity_id, ca_der = manager_ready
    with demo_database.session() as session:
        saved = save_timestamp_server(session, f"  {authority.url} ")
    assert saved.url == authority.url and saved.trusted_certificates == 2  # the TSA's and its root
    _sign_as_manager(demo_database, path, identity_id)
    with open(path, "rb") as handle:
        signature, = PdfFileReader(handle).embedded_signatures
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[x509.Certificate.load(ca_der)]),
                                        ValidationContext(trust_roots=[authority.root]))
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
        token = status.timestamp_validity
        assert token is not None and token.intact and token.valid and token.trusted
        # PAdES B-T: the token rides in the signature as an unsigned attribute
        assert "signature_time_stamp_token" in [a["type"].native for a in signature.signer_info["unsigned_attrs"]]


def test_verification_reports_the_timestamp_in_the_service_the_command_line_and_words(
        demo_database, manager_ready, authority, tmp_path, capsys):
    path, identity_id, _ = manager_ready
    with demo_database.session() as session:
        save_timestamp_server(session, authority.url)
    _sign_as_manager(demo_database, path, identity_id)
    with demo_database.session() as session:
        check = verify_pdf(session, path)
    signature, = check.signatures
    assert signature.timestamp_valid is True and signature.timestamped_at is not None
    assert abs((signature.timestamped_at - signature.signed_at).total_seconds()) < 120
    assert any(line.startswith("timestamp: ") and "trusted here" in line for line in signature_lines(signature))
    assert as_dict(check)["signatures"][0]["timestamp_valid"] is True
    run(["verify", str(path), "--db", str(tmp_path / "demo.sqlite3"), "--json"])
    reported = json.loads(capsys.readouterr().out)["documents"][0]["signatures"][0]
    assert reported["timestamp_valid"] is True and reported["timestamped_at"] == signature.timestamped_at.isoformat()

    # A timestamp from an authority this data set does not trust is reported as such.
    with demo_database.session() as session:
        session.delete(session.get(AppSetting, CERTIFICATES_KEY))
    with demo_database.session() as session:
        signature, = verify_pdf(session, path).signatures
    assert signature.timestamp_valid is False
    assert any("NOT valid or NOT from a timestamp server trusted here" in line for line in signature_lines(signature))


def test_without_a_timestamp_server_a_signature_carries_no_timestamp(demo_database, manager_ready):
    path, identity_id, _ = manager_ready
    _sign_as_manager(demo_database, path, identity_id)
    with demo_database.session() as session:
        signature, = verify_pdf(session, path).signatures
    assert signature.timestamp_valid is None and signature.timestamped_at is None
    assert not any(line.startswith("timestamp") for line in signature_lines(signature))


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed (.ci/run installs it)")
def test_pdfsig_lists_the_signature_and_its_dump_carries_the_timestamp(demo_database, manager_ready, authority,
                                                                       tmp_path):
    """poppler (22.12 here) does not print a signature's RFC 3161 token: it lists the signature as
    valid, and the signature it dumps (-dump) carries the token with the authority's time."""
    from asn1crypto import cms

    path, identity_id, _ = manager_ready
    with demo_database.session() as session:
        save_timestamp_server(session, authority.url)
    _sign_as_manager(demo_database, path, identity_id)
    with demo_database.session() as session:
        stamped_at = verify_pdf(session, path).signatures[0].timestamped_at
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    subprocess.run(["pdfsig", "-dump", str(path)], capture_output=True, cwd=dumps)
    assert "Signature Field Name: sig_manager" in report and "Signature Validation: Signature is Valid." in report
    assert "ETSI.CAdES.detached" in report, report  # PAdES
    dumped, = dumps.iterdir()
    signer_info = cms.ContentInfo.load(dumped.read_bytes())["content"]["signer_infos"][0]
    tokens = [a["values"][0] for a in signer_info["unsigned_attrs"] if a["type"].native == "signature_time_stamp_token"]
    assert len(tokens) == 1
    assert tokens[0]["content"]["encap_content_info"]["content"].parsed["gen_time"].native == stamped_at


def test_a_timestamp_server_that_does_not_answer_refuses_the_signature_and_leaves_the_file(
        demo_database, manager_ready, authority):
    path, identity_id, _ = manager_ready
    with demo_database.session() as session:
        save_timestamp_server(session, authority.url)
    authority.stop()
    before = path.read_bytes()
    with pytest.raises(ValidationError, match="timestamp server") as refused:
        _sign_as_manager(demo_database, path, identity_id)
    assert refused.value.code == "timestamp_server_unreachable" and authority.url in str(refused.value)
    assert "nothing was signed" in str(refused.value)
    assert path.read_bytes() == before
    with demo_database.session() as session:
        assert session.scalar(select(SignatureRecord.id)) is None


@pytest.mark.parametrize("url", ["ftp://tsa.example.com/", "tsa.example.com", "http://", "javascript:alert(1)",
                                 "http://tsa.example.com/\x00", "http://tsa example.com/", "https://x:99999/",
                                 "http://" + "a" * 600 + ".com"])
def test_a_timestamp_server_address_must_be_http_or_https(demo_database, url):
    with demo_database.session() as session:
        with pytest.raises(ValidationError):
            save_timestamp_server(session, url)
    with demo_database.session() as session:
        assert timestamp_server(session).url is None


def test_only_hr_names_the_timestamp_server_and_clearing_keeps_trust(demo_database, authority):
    with demo_database.session() as session:
        manager_id = session.scalar(select(Employee.manager_id).where(Employee.manager_id.is_not(None)).limit(1))
        manager = Actor(None, "manager", "Manager", UserRole.MANAGER, manager_id)
        with pytest.raises(PermissionDenied):
            save_timestamp_server(bind(session, manager), authority.url)
    with demo_database.session() as session:
        save_timestamp_server(session, authority.url)
    with demo_database.session() as session:
        cleared = save_timestamp_server(session, "")
    # Documents timestamped before still verify: the authority's certificates stay trusted.
    assert cleared.url is None and cleared.trusted_certificates == 2


def test_a_server_that_does_not_answer_is_not_saved(demo_database, authority):
    url = authority.url
    authority.stop()
    with demo_database.session() as session:
        with pytest.raises(ValidationError, match="not saved") as refused:
            save_timestamp_server(session, url)
    assert url in str(refused.value)


def test_the_command_line_names_shows_and_clears_the_timestamp_server(demo_database, authority, tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert run(["identity", "timestamp-server", authority.url, "--db", db]) == 0
    assert authority.url in capsys.readouterr().out
    assert run(["identity", "timestamp-server", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["timestamp_server"] == authority.url
    assert run(["identity", "timestamp-server", "ftp://nowhere", "--db", db]) == 1
    assert "http:// or https://" in capsys.readouterr().err
    assert run(["identity", "timestamp-server", "--clear", "--db", db]) == 0
    assert "No timestamp server" in capsys.readouterr().out


def test_a_signed_batch_carries_timestamps_and_a_silent_server_stops_it_whole(demo_database, authority, tmp_path):
    from db.models import Department

    from reviewer.appraisal.batch import export_appraisals

    with demo_database.session() as session:
        create_company_ca(session, "华信商贸", PASSWORD)
        head = create_identity(session, "张雨宇", PASSWORD, session.scalar(select(Employee.id).where(
            Employee.name == "张雨宇")), ca_password=PASSWORD)  # leads 销售一组
        team = session.scalar(select(Department.id).where(Department.name == "销售一组"))
        save_timestamp_server(session, authority.url)
    with demo_database.session() as session:
        result = export_appraisals(session, 1, tmp_path / "out", "zh", team, (head.id, PASSWORD))
        assert result.signed == len(result.written) > 0
        first, = verify_pdf(session, result.written[0]).signatures
        assert first.timestamp_valid is True
    with demo_database.session() as session:
        session.execute(SignatureRecord.__table__.delete())  # sign the same people again
    authority.stop()
    with demo_database.session() as session:
        with pytest.raises(ValidationError, match="timestamp server"):
            export_appraisals(session, 1, tmp_path / "again", "zh", team, (head.id, PASSWORD))
    assert not any((tmp_path / "again").iterdir())
    with demo_database.session() as session:
        assert session.scalar(select(SignatureRecord.id)) is None
