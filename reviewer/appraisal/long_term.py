"""Long-term validation (PAdES B-LT): a signed appraisal or plan PDF extended with what a
reader needs to check its signatures years later without asking anyone: every signer's
and every timestamp authority's certificate chain and, where a certificate names a
revocation service (CRL or OCSP) that answers, its revocation data, in the document
security store (/DSS) of one more incremental revision.

Such a revision changes nothing anyone sees, so verification accepts it after a
signature; any other change after a signature is still refused. Whether a revision only
adds validation data is pyHanko's difference analysis (ModificationLevel.LTA_UPDATES)
plus this program's own rule that it adds no form field or signature.

The house identities are local certificates that name no revocation service: their
chains are embedded and the result says that no revocation data exists for them.
"""
from __future__ import annotations

import asyncio
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import AppSetting

from ..access import require_hr
from ..errors import ValidationError
from ..io.files import write_whole

EMBED_ON_SIGNING_KEY = "signing.embed_validation_data"
# A document gets about one extension per signature; a file with many more is refused
# whole rather than analysed revision by revision (each analysis reads the whole file).
MAX_VALIDATION_REVISIONS = 12
# What every writer refreshes in the document information; anything else there (the keywords
# naming the appraisal, the title) must stay as signed.
REFRESHED_INFO = ("/ModDate", "/Producer")


@dataclass(frozen=True)
class Unrevocable:
    """A certificate embedded without revocation data, and why there is none."""
    subject: str
    reason: str  # no_service: it names no CRL or OCSP service | no_answer: its service gave nothing


@dataclass(frozen=True)
class Extension:
    """What extending a document embedded, and what it could not."""
    signatures: int  # signatures whose validation data was collected
    certificates: int  # certificates in the document security store afterwards
    crls: int
    ocsps: int
    written: bool  # False: everything was embedded already, the file is unchanged
    without_revocation: tuple[Unrevocable, ...] = ()
    # Signers (or timestamp authorities) whose chain does not lead to a certificate trusted
    # here: the certificates their signature carries are embedded as they are.
    unvalidated: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValidationData:
    """The validation data a document carries (its /DSS), as verification reports it."""
    certificates: int
    crls: int
    ocsps: int
    covers_signers: bool  # every signer's certificate is among them


# -- the setting --------------------------------------------------------------------------------------
def embeds_on_signing(session: Session) -> bool:
    """Whether every signature made here is followed by the document's validation data."""
    stored = session.get(AppSetting, EMBED_ON_SIGNING_KEY)
    return stored is not None and stored.value == "1"


def save_embeds_on_signing(session: Session, embed: bool) -> bool:
    """Turn embedding validation data at signing on or off (HR)."""
    require_hr(session)
    stored = session.get(AppSetting, EMBED_ON_SIGNING_KEY) or AppSetting(key=EMBED_ON_SIGNING_KEY, value="")
    stored.value = "1" if embed else "0"
    session.add(stored)
    session.flush()
    return embed


# -- which revisions only add validation data ---------------------------------------------------------
def adds_only_validation_data(reader, revision: int) -> bool:
    """Whether ``revision`` (not the first) changes nothing but the document security store
    (pyHanko's LTA_UPDATES) and adds no form field: a document timestamp or an empty field
    would be a new field, which this program's documents never hold."""
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel, SuspiciousModification

    from .verify import _unreadable

    if revision < 1:
        return False
    try:
        result = DEFAULT_DIFF_POLICY.apply(reader.get_historical_resolver(revision - 1),
                                           reader.get_historical_resolver(revision))
        root = reader.get_historical_root(revision)
        has_store = "/DSS" in root
        same_information = _information(reader, revision - 1) == _information(reader, revision)
        same_metadata = _metadata(reader, revision - 1) == _metadata(reader, revision)
    except (SuspiciousModification, *_unreadable()):
        return False
    return has_store and same_information and same_metadata \
        and result.modification_level <= ModificationLevel.LTA_UPDATES and not result.changed_form_fields


def _resolved(resolver, value):
    """``value`` as it stood in the resolver's revision (an indirect object read through the
    reader would give the latest revision's)."""
    reference = getattr(value, "reference", None)
    return resolver.get_object(reference) if reference is not None else value


def _information(reader, revision: int) -> dict:
    """The document information of a revision (pyHanko's difference analysis lets /Info change
    at will), but for what every writer refreshes."""
    resolver = reader.get_historical_resolver(revision)
    info = _resolved(resolver, resolver.trailer_view.raw_get("/Info")) if "/Info" in resolver.trailer_view else {}
    return {str(key): repr(_resolved(resolver, info.raw_get(key))) for key in info if key not in REFRESHED_INFO}


def _metadata(reader, revision: int) -> bytes | None:
    """The XMP metadata of a revision (a viewer may show its title)."""
    resolver = reader.get_historical_resolver(revision)
    root = _resolved(resolver, resolver.trailer_view.raw_get("/Root"))
    return _resolved(resolver, root.raw_get("/Metadata")).data if "/Metadata" in root else None


def validation_revisions(reader, signed_revisions: list[int]) -> set[int]:
    """The revisions after the first signature that are no signature and only add validation data."""
    signed = set(signed_revisions)
    candidates = [revision for revision in range(min(signed_revisions) + 1, reader.total_revisions)
                  if revision not in signed]
    if len(candidates) > MAX_VALIDATION_REVISIONS:
        return set()
    return {revision for revision in candidates if adds_only_validation_data(reader, revision)}


def is_recorded_with_validation_data(reader, pdf: bytes, recorded_sha256: str) -> bool:
    """Whether ``pdf`` is the file a recorded signature produced, or that file followed only by
    revisions that add validation data (an extension after that signature): the next signer
    may sign it."""
    from .verify import _end_of_last_revision, _unreadable

    if hashlib.sha256(pdf).hexdigest() == recorded_sha256:
        return True
    try:
        signatures = sorted(reader.embedded_signatures, key=lambda signature: signature.signed_revision)
        if not signatures:
            return False
        last = signatures[-1]
        _, _, start, length = last.byte_range
        total = reader.total_revisions
        end = _end_of_last_revision(reader, pdf, last, total)
    except _unreadable():
        return False
    later = range(last.signed_revision + 1, total)
    return (hashlib.sha256(pdf[:start + length]).hexdigest() == recorded_sha256
            and 0 < len(later) <= MAX_VALIDATION_REVISIONS
            and not pdf[end:].strip(b" \t\r\n\f\x00")
            and all(adds_only_validation_data(reader, revision) for revision in later))


def carried_validation_data(reader, signer_certificates: list) -> ValidationData | None:
    """The validation data in the document's latest revision, or None when it has none."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    from .verify import _unreadable

    try:
        store = DocumentSecurityStore.read_dss(reader)
        embedded = {certificate.dump() for certificate in store.load_certs()}
    except (NoDSSFoundError, *_unreadable()):
        return None
    return ValidationData(len(store.certs), len(store.crls), len(store.ocsps),
                          all(certificate.dump() in embedded for certificate in signer_certificates))


# -- extending ----------------------------------------------------------------------------------------
def _subject(certificate) -> str:
    subject = certificate.subject.native
    return str(subject.get("common_name") or certificate.subject.human_friendly)


def _has_revocation_data(certificate, context) -> bool:
    issuer = certificate.issuer.dump()
    if any(crl["tbs_cert_list"]["issuer"].dump() == issuer for crl in context.crls):
        return True
    for response in context.ocsps:
        try:
            answers = response["response_bytes"]["response"].parsed["tbs_response_data"]["responses"]
        except (KeyError, TypeError, ValueError):
            continue
        if any(answer["cert_id"]["serial_number"].native == certificate.serial_number for answer in answers):
            return True
    return False


def _anchors(trusted: list) -> tuple[list, list]:
    """Roots and intermediates among the certificates trusted here: a certificate issued by a
    trusted root is an intermediate, so that the chain embedded reaches the root (the timestamp
    authority and its root are both trusted, for instance)."""
    roots = [certificate for certificate in trusted if certificate.self_signed in ("yes", "maybe")]
    names = {certificate.subject.dump() for certificate in roots}
    intermediates = [certificate for certificate in trusted
                     if certificate not in roots and certificate.issuer.dump() in names]
    return roots + [certificate for certificate in trusted
                    if certificate not in roots and certificate not in intermediates], intermediates


async def _chains(signed_data, context) -> tuple[object | None, list]:
    """The validated path of the certificate that made ``signed_data`` (None when it leads to no
    root trusted here), and the certificates the signature carries."""
    from pyhanko.sign.general import extract_certificate_info
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError as ChainError

    info = extract_certificate_info(signed_data)
    carried = [info.signer_cert, *info.other_certs]
    validator = CertificateValidator(info.signer_cert, intermediate_certs=info.other_certs,
                                     validation_context=context)
    try:
        return await validator.async_validate_usage(key_usage=set()), carried
    except (PathBuildingError, PathValidationError, ChainError, ValueError):
        return None, carried


def embed_validation_data(pdf: bytes, signer_roots: list, timestamp_roots: list,
                          allow_fetching: bool = True) -> tuple[bytes, Extension]:
    """The PDF with one more revision holding the validation data of every signature in it
    (and of each signature's timestamp), and what was embedded. No database involved.
    Revocation data is fetched only from services the certificates themselves name."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    signatures = list(reader.embedded_signatures)
    without: dict[bytes, Unrevocable] = {}
    unvalidated: list[str] = []
    paths, certificates, contexts = [], [], []

    async def collect():
        try:
            for signature in signatures:
                work = [(signature.signed_data, signer_roots)]
                work += [(token, timestamp_roots) for signed in (False, True)
                         for token in extract_tst_data_iter(signature.signer_info, signed=signed)]
                for signed_data, trusted in work:
                    roots, intermediates = _anchors(trusted)
                    context = ValidationContext(trust_roots=roots, other_certs=intermediates,
                                                allow_fetching=allow_fetching, revocation_mode="soft-fail")
                    contexts.append(context)
                    path, carried = await _chains(signed_data, context)
                    if path is None:
                        unvalidated.append(_subject(carried[0]))
                        certificates.extend(carried)
                        continue
                    paths.append(path)
                    for certificate in list(path)[1:]:  # a root is trusted as it is, never revoked
                        if not _has_revocation_data(certificate, context):
                            without[certificate.dump()] = Unrevocable(
                                _subject(certificate),
                                "no_answer" if certificate.crl_distribution_points or certificate.ocsp_urls
                                else "no_service")
        finally:  # the network sessions fetching opened close in the loop that opened them
            for context in contexts:
                await context.aclose()

    asyncio.run(collect())
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    # No per-signature /VRI entry (optional in PAdES): without it a second extension that
    # finds nothing new writes nothing.
    store = DocumentSecurityStore.supply_dss_in_writer(
        writer, None, certs=certificates, paths=paths,
        ocsps=[response for context in contexts for response in context.ocsps],
        crls=[crl for context in contexts for crl in context.crls])
    written = store.modified
    if written:
        output = io.BytesIO()
        writer.write(output)
        extended = output.getvalue()
    else:
        extended = pdf
    data = carried_validation_data(PdfFileReader(io.BytesIO(extended), strict=False), [])
    return extended, Extension(
        len(signatures), data.certificates if data else 0, data.crls if data else 0, data.ocsps if data else 0,
        written, tuple(without.values()), tuple(dict.fromkeys(unvalidated)))


def roots_trusted_here(session: Session) -> tuple[list, list]:
    """The trust roots of signers' and of timestamp authorities' chains in this data set."""
    from .timestamps import trusted_timestamp_certificates
    from .verify import _trust_roots

    return _trust_roots(session), trusted_timestamp_certificates(session)


def extend_pdf(session: Session, path: Path, allow_fetching: bool = True) -> Extension:
    """Extend the signed document at path for long-term validation (PAdES B-LT), replaced whole.
    Only a document that verifies here is extended: validation data never dresses up a changed one."""
    from .verdicts import summary
    from .verify import verify_pdf

    path = Path(path)
    check = verify_pdf(session, path)
    if check.problem == "unreadable":
        raise ValidationError.coded("ltv_unreadable", path=str(path))
    if check.problem == "no_signatures":
        raise ValidationError.coded("ltv_not_signed", path=str(path))
    if not check.valid:
        raise ValidationError.coded("ltv_not_valid", path=str(path), verdict=summary(check)[0])
    pdf = path.read_bytes()
    extended, extension = embed_validation_data(pdf, *roots_trusted_here(session), allow_fetching=allow_fetching)
    if extension.written:
        try:
            write_whole(path, extended)
        except OSError as error:
            raise ValidationError.coded("file_not_written", path=str(path),
                                        detail=str(error.strerror or error)) from None
    return extension
