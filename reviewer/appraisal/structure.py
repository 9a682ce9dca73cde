"""What an appraisal PDF of this program may contain beyond its pages: the three
signature fields (manager, employee, HR) and their widgets, nothing else — no other
form field, annotation, script, automatic action or attached file.

Anything else can draw over a page after it was signed (a text field filled in
later, a note, a stamp), so signing refuses such a file and verification fails it,
whichever revision it appears in.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..pdf.appraisal_pdf import SIGNER_ROLES, signature_field_name

PROGRAM_FIELDS = {signature_field_name(role) for role in SIGNER_ROLES}
ACTIVE_IN_CATALOG = ("/OpenAction", "/AA")
ACTIVE_IN_NAMES = ("/JavaScript", "/EmbeddedFiles")


@dataclass(frozen=True)
class Foreign:
    """One part the program never writes into an appraisal: a code of
    verdicts.FOREIGN and what it names (a field's name, an annotation's kind)."""
    code: str  # field | annotation | active | moved_field | appearance
    name: str
    page: int | None = None


def _get(dictionary, key, default=None):
    """The value under key, indirect references followed (pyHanko's get() keeps them)."""
    value = dictionary.get(key, default)
    return value.get_object() if hasattr(value, "get_object") else value


def _key(ref) -> tuple[int, int] | None:
    return (ref.idnum, ref.generation) if hasattr(ref, "idnum") else None


def _pages(node, seen=None):
    """Every page of the tree in order (a loop in a hostile file ends the walk)."""
    seen = set() if seen is None else seen
    for kid in _get(node, "/Kids", []):
        if _key(kid) in seen:
            continue
        seen.add(_key(kid))
        page = kid.get_object()
        if page.get("/Type") == "/Pages" or "/Kids" in page:
            yield from _pages(page, seen)
        else:
            yield kid, page


def _fields(form) -> list:
    """Every field of the AcroForm, kids included, as (reference, dictionary)."""
    found, pending, seen = [], list(_get(form, "/Fields", [])), set()
    while pending:
        ref = pending.pop(0)
        if _key(ref) in seen:
            continue
        seen.add(_key(ref))
        field = ref.get_object()
        found.append((ref, field))
        pending += [kid for kid in _get(field, "/Kids", []) if "/T" in kid.get_object()]
    return found


def signature_boxes(root) -> dict[str, tuple]:
    """Where each of the program's signature fields sits: name → (page number, rectangle)."""
    boxes = {}
    # The page whose annotations hold the widget (the widget's own /P is not to be trusted).
    pages = {_key(annotation): number for number, (_ref, page) in enumerate(_pages(root["/Pages"]), start=1)
             for annotation in _get(page, "/Annots", []) or []}
    for ref, field in _fields(_get(root, "/AcroForm") or {}):
        name = str(field.get("/T", ""))
        if name in PROGRAM_FIELDS:
            boxes[name] = (pages.get(_key(ref)), tuple(round(float(v), 2) for v in _get(field, "/Rect", [])))
    return boxes


def foreign_parts(root) -> list[Foreign]:
    """Everything in the document (one revision's catalog) that is not the program's."""
    found: list[Foreign] = []
    found += [Foreign("active", key) for key in ACTIVE_IN_CATALOG if key in root]
    names = _get(root, "/Names") or {}
    found += [Foreign("active", key) for key in ACTIVE_IN_NAMES if key in names]
    form = _get(root, "/AcroForm") or {}
    if "/XFA" in form:
        found.append(Foreign("active", "/XFA"))
    widgets = set()
    program_fields = [name for _ref, field in _fields(form) if (name := str(field.get("/T", ""))) in PROGRAM_FIELDS]
    for ref, field in _fields(form):
        name = str(field.get("/T", ""))
        if name not in PROGRAM_FIELDS or field.get("/FT") != "/Sig" or "/Kids" in field \
                or program_fields.count(name) > 1:
            found.append(Foreign("field", name or "?"))
            continue
        widgets.add(_key(ref))
        if "/AA" in field or "/A" in field:
            found.append(Foreign("active", name))
        if "/V" not in field and "/AP" in field:  # an empty field that draws something: a fake stamp
            found.append(Foreign("appearance", name))
    for number, (_ref, page) in enumerate(_pages(root["/Pages"]), start=1):
        if "/AA" in page:
            found.append(Foreign("active", "/AA", number))
        for annotation in _get(page, "/Annots", []) or []:
            if _key(annotation) not in widgets:
                found.append(Foreign("annotation", str(annotation.get_object().get("/Subtype", "?")), number))
    return found
