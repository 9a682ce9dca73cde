"""A verification result in words an HR person understands.

The command line shows the English below; the window passes Qt's translate
function, so the same sentences appear in the user's language.
"""
from __future__ import annotations

from typing import Callable

from ..messages import QT_TRANSLATE_NOOP, VOCABULARIES
from .long_term import Extension
from .verify import Changes, DocumentCheck, SignatureCheck, Trust

CONTEXT = "verification"
Translate = Callable[[str, str], str]

ROLES = {
    **VOCABULARIES["signer_role"][1],  # in CONTEXT, as messages name the signers
    None: QT_TRANSLATE_NOOP("verification", "Signer"),
}
TRUST = {
    Trust.COMPANY_CA: QT_TRANSLATE_NOOP("verification", "trusted: issued by the company CA this database holds"),
    Trust.KNOWN: QT_TRANSLATE_NOOP("verification", "trusted: a certificate registered in this database"),
    Trust.SELF_SIGNED: QT_TRANSLATE_NOOP(
        "verification", "NOT trusted: a self-signed certificate this database does not know"),
    Trust.UNKNOWN: QT_TRANSLATE_NOOP("verification", "NOT trusted: issued by someone this database does not know"),
}
CHANGES = {
    Changes.NONE: QT_TRANSLATE_NOOP("verification", "nothing was changed after this signature"),
    Changes.SIGNATURES: QT_TRANSLATE_NOOP("verification", "afterwards only the next signatures were added"),
    Changes.VALIDATION_DATA: QT_TRANSLATE_NOOP(
        "verification", "afterwards only validation data for the long term (certificates, revocation data) was added"),
    Changes.ANNOTATIONS: QT_TRANSLATE_NOOP("verification", "afterwards comments or markup were added"),
    Changes.CHANGED: QT_TRANSLATE_NOOP("verification", "the document was CHANGED after this signature"),
    Changes.FORBIDDEN: QT_TRANSLATE_NOOP(
        "verification", "the document was CHANGED after this signature, although signing locked it"),
}
TEXTS = {
    "intact": QT_TRANSLATE_NOOP("verification", "intact: not one signed byte has changed"),
    "broken": QT_TRANSLATE_NOOP("verification", "NOT intact: the signed content was altered"),
    "signed_by": QT_TRANSLATE_NOOP("verification", "{role}: {name}, signed {time}"),
    "locks": QT_TRANSLATE_NOOP("verification", "this signature locked the document"),
    "reason": QT_TRANSLATE_NOOP("verification", "statement: {reason}"),
    "timestamp_valid": QT_TRANSLATE_NOOP(
        "verification", "timestamp: {time}, from a timestamp server trusted here (the token is intact)"),
    "timestamp_invalid": QT_TRANSLATE_NOOP(
        "verification", "timestamp: {time}, but the token is NOT valid or NOT from a timestamp server trusted here"),
    "all_good": QT_TRANSLATE_NOOP("verification", "Every signature ({count}) is intact."),
    "some_broken": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: {count} signature(s) are NOT intact."),
    "intact_but_changed": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: its {count} signature(s) are intact, but it was changed "
                        "afterwards in a way they do not allow."),
    "changed": QT_TRANSLATE_NOOP(
        "verification", "The document was changed after it was signed: what you see is not what was signed."),
    "issued_here": QT_TRANSLATE_NOOP("verification", "This database issued this document and recorded every signature."),
    "not_issued_here": QT_TRANSLATE_NOOP(
        "verification", "This database did not issue this document (or has no record of these signatures)."),
    "superseded": QT_TRANSLATE_NOOP(
        "verification", "A corrected version of this appraisal exists; this one is superseded."),
    "superseded_plan": QT_TRANSLATE_NOOP(
        "verification", "The plan was changed after this version: a newer version exists; this one is superseded."),
    "plan_document": QT_TRANSLATE_NOOP("verification", "This is the document of plan {plan}, version {version}."),
    "unreadable": QT_TRANSLATE_NOOP("verification", "The file could not be read as a PDF."),
    "bytes_after_end": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: the file has bytes after its end, so it was changed after "
                        "it was written."),
    "irregular": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: it holds parts the program never puts in an appraisal."),
    "irregular_plan": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: it holds parts the program never puts in a plan."),
    "roles_not_held": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: {count} signature(s) were made by someone who does not "
                        "hold that role."),
    "not_issued_headline": QT_TRANSLATE_NOOP(
        "verification", "Do not rely on this document: its {count} signature(s) are intact, but this database did "
                        "not issue it or has no record of its signatures."),
    "role_not_held": QT_TRANSLATE_NOOP("verification", "signed by someone who does not hold this role"),
    "no_signatures": QT_TRANSLATE_NOOP("verification", "The file has no digital signatures."),
    "validation_data": QT_TRANSLATE_NOOP(
        "verification", "Long-term validation data is embedded (PAdES B-LT): {certificates} certificate(s), "
                        "{crls} CRL(s), {ocsps} OCSP response(s)."),
    "validation_data_partial": QT_TRANSLATE_NOOP(
        "verification", "Long-term validation data is embedded, but not every signer's certificate is in it."),
    "no_validation_data": QT_TRANSLATE_NOOP(
        "verification", "No long-term validation data is embedded (the document can be extended: Verify ▸ Extend "
                        "for long-term validation, or main.py verify --extend-ltv FILE)."),
}

FOREIGN = {
    "field": QT_TRANSLATE_NOOP("verification", "It has a form field \"{name}\" that the program's appraisals do not have."),
    "annotation": QT_TRANSLATE_NOOP(
        "verification", "It has an annotation ({name}) on page {page} that the program's appraisals do not have."),
    "active": QT_TRANSLATE_NOOP("verification", "It has a script, an automatic action or an attached file ({name})."),
    "appearance": QT_TRANSLATE_NOOP("verification", "Something is drawn on the empty signature field {name}."),
    "moved_field": QT_TRANSLATE_NOOP("verification", "The signature field {name} was moved or resized."),
    "order": QT_TRANSLATE_NOOP(
        "verification", "A signature in the field {name} is out of the order manager → employee → HR."),
    "before_first": QT_TRANSLATE_NOOP("verification", "The document was updated before its first signature."),
    "appended": QT_TRANSLATE_NOOP("verification", "Something was added after the last signature."),
}


FOREIGN_IN_PLAN = {
    "field": QT_TRANSLATE_NOOP("verification", "It has a form field \"{name}\" that the program's plans do not have."),
    "annotation": QT_TRANSLATE_NOOP(
        "verification", "It has an annotation ({name}) on page {page} that the program's plans do not have."),
}

EXTENSION = {
    "written": QT_TRANSLATE_NOOP(
        "verification", "Extended for long-term validation (PAdES B-LT): the file now carries {certificates} "
                        "certificate(s), {crls} CRL(s) and {ocsps} OCSP response(s) for its {signatures} signature(s)."),
    "unchanged": QT_TRANSLATE_NOOP(
        "verification", "Nothing new to embed: the file already carries this validation data ({certificates} "
                        "certificate(s), {crls} CRL(s), {ocsps} OCSP response(s)); it is unchanged."),
    "no_service": QT_TRANSLATE_NOOP(
        "verification", "No revocation data for {subject}: the certificate names no CRL or OCSP service "
                        "(a certificate issued here); its chain is embedded."),
    "no_answer": QT_TRANSLATE_NOOP(
        "verification", "No revocation data for {subject}: its CRL or OCSP service gave none; its chain is embedded."),
    "unvalidated": QT_TRANSLATE_NOOP(
        "verification", "The chain of {subject} does not lead to a certificate trusted here: the certificates its "
                        "signature carries are embedded as they are."),
}


def _english(_context: str, text: str) -> str:
    return text


def summary(check: DocumentCheck, translate: Translate = _english) -> list[str]:
    """The document's verdict, most important first."""
    if check.problem is not None:
        return [translate(CONTEXT, TEXTS[check.problem])]
    plan = check.kind == "plan"  # the words name the kind of document the file is
    broken = sum(not s.intact for s in check.signatures)
    if broken:
        lines = [translate(CONTEXT, TEXTS["some_broken"]).format(count=broken)]
    elif check.changed_after_signing:  # intact bytes, but not the document that was signed: not "all good"
        lines = [translate(CONTEXT, TEXTS["intact_but_changed"]).format(count=len(check.signatures))]
    elif check.irregular:
        lines = [translate(CONTEXT, TEXTS["irregular_plan" if plan else "irregular"])]
    elif not check.roles_held:
        lines = [translate(CONTEXT, TEXTS["roles_not_held"]).format(
            count=sum(not s.role_held for s in check.signatures))]
    elif not check.issued_here:
        lines = [translate(CONTEXT, TEXTS["not_issued_headline"]).format(count=len(check.signatures))]
    else:
        lines = [translate(CONTEXT, TEXTS["all_good"]).format(count=len(check.signatures))]
    if check.changed_after_signing:
        lines.append(translate(CONTEXT, TEXTS["changed"]))
    foreign = {**FOREIGN, **FOREIGN_IN_PLAN} if plan else FOREIGN
    lines += [translate(CONTEXT, foreign[part.code]).format(name=part.name, page=part.page or "?")
              for part in check.irregular]
    lines.append(translate(CONTEXT, TEXTS["issued_here" if check.issued_here else "not_issued_here"]))
    if check.kind == "plan" and check.plan_id is not None:
        lines.append(translate(CONTEXT, TEXTS["plan_document"]).format(plan=check.plan_id, version=check.version))
    if check.superseded:
        lines.append(translate(CONTEXT, TEXTS["superseded_plan" if check.kind == "plan" else "superseded"]))
    data = check.validation_data
    if data is None:
        lines.append(translate(CONTEXT, TEXTS["no_validation_data"]))
    else:
        lines.append(translate(CONTEXT, TEXTS["validation_data"]).format(
            certificates=data.certificates, crls=data.crls, ocsps=data.ocsps))
        if not data.covers_signers:
            lines.append(translate(CONTEXT, TEXTS["validation_data_partial"]))
    return lines


def signature_lines(signature: SignatureCheck, translate: Translate = _english) -> list[str]:
    """One signature's facts: who and when, intact, trust, later changes."""
    when = signature.signed_at.astimezone().strftime("%Y-%m-%d %H:%M %Z") if signature.signed_at else "?"
    lines = [translate(CONTEXT, TEXTS["signed_by"]).format(
        role=translate(CONTEXT, ROLES.get(signature.role, ROLES[None])), name=signature.signer, time=when),
        translate(CONTEXT, TEXTS["intact" if signature.intact else "broken"])]
    if signature.intact:
        lines.append(translate(CONTEXT, TRUST[signature.trust]))
    if not signature.role_held:
        lines.append(translate(CONTEXT, TEXTS["role_not_held"]))
    lines.append(translate(CONTEXT, CHANGES[signature.changes]))
    if signature.locks_document:
        lines.append(translate(CONTEXT, TEXTS["locks"]))
    if signature.timestamp_valid is not None:
        stamped = signature.timestamped_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") \
            if signature.timestamped_at else "?"
        lines.append(translate(CONTEXT, TEXTS["timestamp_valid" if signature.timestamp_valid
                                              else "timestamp_invalid"]).format(time=stamped))
    if signature.reason:
        lines.append(translate(CONTEXT, TEXTS["reason"]).format(reason=signature.reason))
    return lines


def as_dict(check: DocumentCheck) -> dict:
    return {
        "file": str(check.path), "valid": check.valid, "intact": check.intact, "issued_here": check.issued_here,
        "changed_after_signing": check.changed_after_signing, "superseded": check.superseded,
        "kind": check.kind, "appraisal_id": check.appraisal_id, "plan_id": check.plan_id,
        "version": check.version, "problem": check.problem,
        "roles_held": check.roles_held,
        "irregular": [{"code": part.code, "name": part.name, "page": part.page} for part in check.irregular],
        "summary": summary(check),
        "long_term_validation": None if check.validation_data is None else {
            "certificates": check.validation_data.certificates, "crls": check.validation_data.crls,
            "ocsps": check.validation_data.ocsps, "covers_signers": check.validation_data.covers_signers},
        "signatures": [{
            "field": s.field_name, "role": s.role, "signer": s.signer,
            "signed_at": s.signed_at.isoformat() if s.signed_at else None, "intact": s.intact,
            "trust": s.trust.value, "trusted": s.trusted, "changes_after": s.changes.value,
            "recorded_here": s.recorded, "role_held": s.role_held, "locks_document": s.locks_document,
            "certificate_sha256": s.certificate_sha256, "statement": s.reason,
            "timestamped_at": s.timestamped_at.isoformat() if s.timestamped_at else None,
            "timestamp_valid": s.timestamp_valid,
        } for s in check.signatures],
    }


def extension_lines(extension: Extension, translate: Translate = _english) -> list[str]:
    """What extending a document embedded, and what it could not, in words."""
    counts = {"certificates": extension.certificates, "crls": extension.crls, "ocsps": extension.ocsps,
              "signatures": extension.signatures}
    lines = [translate(CONTEXT, EXTENSION["written" if extension.written else "unchanged"]).format(**counts)]
    lines += [translate(CONTEXT, EXTENSION[item.reason]).format(subject=item.subject)
              for item in extension.without_revocation]
    lines += [translate(CONTEXT, EXTENSION["unvalidated"]).format(subject=subject) for subject in extension.unvalidated]
    return lines
