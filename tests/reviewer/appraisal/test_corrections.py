"""A correction after sign-off: a new version and a new document; the signed one
stays as it was and verifies as superseded."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Appraisal, AppraisalState
from reviewer.appraisal.corrections import Correction, correct_appraisal
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.export import write_appraisal_pdf
from reviewer.appraisal.signing import sign_appraisal
from reviewer.appraisal.verify import verify_pdf
from reviewer.errors import StageBlocked, ValidationError

from ...conftest import SIGNING_PASSWORD


def test_a_correction_makes_version_2_and_a_new_document_while_the_signed_one_stays(signed_appraisal, tmp_path):
    signed_bytes = signed_appraisal.path.read_bytes()
    with signed_appraisal.database.session() as session:
        with pytest.raises(ValidationError, match="Say why"):
            correct_appraisal(session, signed_appraisal.appraisal_id, Correction(reason=" "))
        new = correct_appraisal(session, signed_appraisal.appraisal_id, Correction(
            reason="客户满意度口径更正", final_score=91.5, texts={"hr_comment": "经复核，客户满意度按新口径计算。"}))
        old = session.get(Appraisal, signed_appraisal.appraisal_id)
        assert (new.version, new.supersedes_id, new.state) == (2, old.id, AppraisalState.RELEASED)
        assert old.state == AppraisalState.SUPERSEDED and old.final_score != 91.5
        with pytest.raises(StageBlocked, match="superseded"):
            correct_appraisal(session, old.id, Correction(reason="again"))
        with pytest.raises(StageBlocked, match="read-only"):
            sign_appraisal(session, signed_appraisal.path, "manager", signed_appraisal.identities["manager"].id,
                           SIGNING_PASSWORD)
        document = appraisal_document(session, new.cycle_id, new.employee_id)
        assert (document.version, document.final_score, document.hr_comment) == (2, 91.5, "经复核，客户满意度按新口径计算。")
        corrected = tmp_path / "corrected.pdf"
        write_appraisal_pdf(session, new.cycle_id, new.employee_id, corrected, "zh")
        from pypdf import PdfReader

        assert "更正第 1 版" in PdfReader(corrected).pages[0].extract_text()
        sign_appraisal(session, corrected, "manager", signed_appraisal.identities["manager"].id, SIGNING_PASSWORD)
        assert len(session.scalars(select(Appraisal).where(Appraisal.employee_id == new.employee_id,
                                                           Appraisal.cycle_id == new.cycle_id)).all()) == 2
        old_check = verify_pdf(session, signed_appraisal.path)
    assert signed_appraisal.path.read_bytes() == signed_bytes
    assert old_check.intact and old_check.issued_here and old_check.superseded


def test_an_unsigned_appraisal_is_not_corrected_but_changed(demo_database):
    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).order_by(Appraisal.id))
        with pytest.raises(StageBlocked, match="Nobody has signed"):
            correct_appraisal(session, appraisal.id, Correction(reason="typo"))
