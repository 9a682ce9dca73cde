"""The kinds of document this program signs and verifies: an appraisal and a plan.

Both carry the same three signature fields (manager → employee → HR), the same seal
and the same rules for who may sign (roles.py); they differ in which row a file names
(its keywords), where signatures are recorded, who the manager is, and the words of
messages and stamps. Signing and verification ask the kind for these and nothing else.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, Employee, ImprovementPlan, PlanSignatureRecord, SignatureRecord


class DocumentKind:
    name: str  # "appraisal" | "plan"
    model: type  # the row a document shows
    record_model: type  # where its signatures are recorded
    keywords: re.Pattern  # "<name>=ID version=V" in the file's keywords
    codes: dict[str, str] = {}  # message codes that name the document; the appraisal's wording is the default

    def code(self, code: str) -> str:
        return self.codes.get(code, code)

    def label(self, key: str, language: str, **params) -> str:
        """The document's own words (stamps, signature reasons)."""
        raise NotImplementedError

    def subject(self, session: Session, ident: int, version: int) -> Any | None:
        """The row of (ident, version) this database holds, or None."""
        raise NotImplementedError

    def superseded(self, subject, version: int) -> bool:
        raise NotImplementedError

    def manager_id(self, session: Session, subject) -> int | None:
        """Who signs as the manager."""
        raise NotImplementedError

    def records_of(self, subject, version: int) -> tuple:
        """The where-clause of the signature records of this document version."""
        raise NotImplementedError

    def record_is_of(self, record, subject, version: int) -> bool:
        raise NotImplementedError

    def new_record(self, subject, version: int, **fields):
        raise NotImplementedError

    def refusal(self, subject, version: int) -> str | None:
        """The message code refusing any signature on this document version now, or None."""
        raise NotImplementedError

    def signed(self, session: Session, subject, role: str, version: int, *, disagrees: bool, comment: str | None,
               when) -> None:
        """What a signature in the role changes, recorded in the same unit of work as the signature."""


class AppraisalKind(DocumentKind):
    name, model, record_model = "appraisal", Appraisal, SignatureRecord
    keywords = re.compile(r"\bappraisal=(\d+) version=(\d+)")

    def label(self, key: str, language: str, **params) -> str:
        from ..pdf.appraisal_labels import label

        return label(key, language, **params)

    def subject(self, session, ident, version):
        # Each version of an appraisal is a row of its own.
        row = session.get(Appraisal, ident)
        return row if row is not None and row.version == version else None

    def superseded(self, subject, version):
        return subject.state == AppraisalState.SUPERSEDED

    def manager_id(self, session, subject):
        return session.get(Employee, subject.employee_id).manager_id  # the direct manager

    def records_of(self, subject, version):
        return (SignatureRecord.appraisal_id == subject.id,)

    def record_is_of(self, record, subject, version):
        return isinstance(record, SignatureRecord) and record.appraisal_id == subject.id

    def new_record(self, subject, version, **fields):
        return SignatureRecord(appraisal_id=subject.id, **fields)

    def refusal(self, subject, version):
        return "appraisal_locked" if subject.state in (AppraisalState.SIGNED, AppraisalState.SUPERSEDED) else None

    def signed(self, session, subject, role, version, *, disagrees, comment, when):
        if role == "hr":
            subject.state = AppraisalState.SIGNED  # read-only from here; a correction makes a new version


class PlanKind(DocumentKind):
    name, model, record_model = "plan", ImprovementPlan, PlanSignatureRecord
    keywords = re.compile(r"\bplan=(\d+) version=(\d+)")
    codes = {"not_an_appraisal_pdf": "not_a_plan_pdf", "signing_not_issued": "plan_signing_not_issued",
             "signing_role_done": "plan_signing_role_done", "signing_not_the_manager": "plan_signing_not_the_owner",
             "signing_not_the_employee": "plan_signing_not_the_employee",
             "signing_foreign_parts": "plan_signing_foreign_parts",
             "signing_no_identity_for_role": "plan_signing_no_identity_for_role",
             "signing_choose_identity": "plan_signing_choose_identity"}

    def label(self, key: str, language: str, **params) -> str:
        from ..pdf.plan_labels import label

        return label(key, language, **params)

    def subject(self, session, ident, version):
        # A plan keeps one row across versions: the file of an older version still names it.
        row = session.get(ImprovementPlan, ident)
        return row if row is not None and 1 <= version <= row.version else None

    def superseded(self, subject, version):
        return subject.version > version

    def manager_id(self, session, subject):
        return subject.owner_id  # the plan's owner, who runs it with the employee

    def records_of(self, subject, version):
        return (PlanSignatureRecord.plan_id == subject.id, PlanSignatureRecord.version == version)

    def record_is_of(self, record, subject, version):
        return isinstance(record, PlanSignatureRecord) and record.plan_id == subject.id and record.version == version

    def new_record(self, subject, version, **fields):
        return PlanSignatureRecord(plan_id=subject.id, version=version, **fields)

    def refusal(self, subject, version):
        if subject.approved_at is None:
            return "plan_sign_not_approved"  # a draft is still the manager's and HR's to change
        if version < subject.version:
            return "plan_sign_superseded"
        return None

    def signed(self, session, subject, role, version, *, disagrees, comment, when):
        if role == "employee":  # the employee's signature is their receipt of this version (issue 17, item 6)
            from ..plans.lifecycle import acknowledge_by_signature

            acknowledge_by_signature(session, subject, version, disagrees=disagrees, comment=comment, now=when)


APPRAISAL, PLAN = AppraisalKind(), PlanKind()
KINDS = (APPRAISAL, PLAN)


def kind_of(subject) -> DocumentKind:
    return next(kind for kind in KINDS if isinstance(subject, kind.model))


def named_in(keywords: str) -> tuple[DocumentKind, int, int] | None:
    """The kind, id and version a document of this program names in its keywords."""
    for kind in KINDS:
        match = kind.keywords.search(keywords)
        if match:
            return kind, int(match.group(1)), int(match.group(2))
    return None
