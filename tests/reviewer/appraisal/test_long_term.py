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
from reviewer.appraisal.verdicts import as_dict, signature_lines, summary
from reviewer.appraisal.verify import Changes, verify_pdf
from reviewer.cli.runner import run
from reviewer.errors import PermissionDenied, ValidationError

from .test_timestamps import PASSWORD, _sign_as_manager, authority, manager_ready  # noqa: F401 - fixtures

__all__ = ["authority", "manager_ready"]


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
