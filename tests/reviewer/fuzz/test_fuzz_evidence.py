"""Evidence attachments fuzzed (issue 18, item 4): any bytes under any name a disk allows
(control characters, text-direction marks, traversal paths, absurd lengths) are stored by
their SHA-256 and shown and copied out under a safe name inside the chosen folder; a file
too large is refused naming it, storing nothing."""
from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import Target
from reviewer.kpi.evidence import attach_file, export_file, store_root, stored_path
from tests.reviewer.fuzz import harness
from tests.reviewer.fuzz.harness import FUZZ, file_named
from tests.reviewer.fuzz.hostile import file_names, mutated
from tests.reviewer.fuzz.pdfs import with_embedded_file, with_javascript
from tests.reviewer.reviews.company import build_company

HASHED = ("evidence", "stored_files", "targets")


def _minimal_pdf() -> bytes:
    import io

    from pypdf import PdfWriter
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@st.composite
def hostile_attachments(draw) -> tuple[str, bytes]:
    pdf = _minimal_pdf()
    content = draw(st.one_of(st.binary(max_size=4096), st.just(b""), st.just(with_javascript(pdf)),
                             st.just(with_embedded_file(pdf)), mutated(pdf),
                             st.builds(lambda n: b"\x00" * n, st.integers(0, 200_000))))
    return draw(file_names), content


def attach_and_copy_out(company, target_id, path, out):
    with company.as_("hr").unit() as session:
        evidence = attach_file(session, target_id, path)
        evidence_id, name, sha256 = evidence.id, evidence.original_name, evidence.file_sha256
    assert stored_path(sha256).read_bytes() == path.read_bytes()
    assert name and "/" not in name and "\\" not in name and not name.startswith(".") and len(name) <= 200
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in name), repr(name)
    with company.as_("hr").unit() as session:
        copied = export_file(session, evidence_id, out)
    assert copied.parent == out and copied.read_bytes() == path.read_bytes()
    return "accepted"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_any_attachment_is_stored_inert_under_a_safe_name(database, tmp_path):
    company = build_company(database)
    with database.session() as session:
        target_id = session.scalar(select(Target.id).order_by(Target.id))
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()

    @settings(FUZZ, max_examples=30)
    @given(hostile_attachments())
    def check(case):
        name, data = case
        for old in [*folder.iterdir(), *out.iterdir()]:
            old.unlink()
        path = file_named(folder, name, data)
        harness.judge("evidence attachments", f"{name!r} ({len(data):,} bytes)",
                      lambda: attach_and_copy_out(company, target_id, path, out), database, HASHED)

    check()
    leftovers = [p for p in store_root().rglob("*") if p.name.startswith(".incoming-")]
    assert not leftovers


def test_an_attachment_over_the_limit_is_refused_naming_it_and_storing_nothing(database, tmp_path):
    company = build_company(database)
    with database.session() as session:
        target_id = session.scalar(select(Target.id).order_by(Target.id))
    path = tmp_path / "\u202e季度报告.pdf"
    with open(path, "wb") as handle:  # sparse: 51 MB on paper, nothing on disk
        handle.truncate(51 * 1024 * 1024)

    def attach():
        with company.as_("hr").unit() as session:
            attach_file(session, target_id, path)
        return "accepted"

    assert harness.judge("evidence attachments", "51 MB file", attach, database, HASHED,
                         must_name=("季度报告.pdf",)) == "refused"
    assert not store_root().exists() or not [p for p in store_root().rglob("*") if p.is_file()]
    assert os.path.getsize(path) == 51 * 1024 * 1024
