"""Hand-made hostile files (issue 18, item 4), each judged in a process of its own so its time
and peak memory are measured: XLSX zip bombs (a sheet that inflates to a gigabyte, one that
lies about its size), huge declared dimensions, an entity bomb, a 50 MB single-line CSV,
a file over the size limit, too many rows; PDFs with JavaScript, embedded files, a hostile
AcroForm of 100,000 fields, deep nesting, a flate bomb, cut off. Every one is refused with
a message naming the file (or accepted harmlessly) within 10 s and 500 MB, and leaves the
database as it was."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
import zipfile
from pathlib import Path

import pytest

from reviewer.messages import shorten_path
from tests.reviewer.fuzz import harness
from tests.reviewer.fuzz.hostile import MAIN, xlsx_parts, zip_bytes
from tests.reviewer.fuzz.pdfs import with_embedded_file, with_hostile_acroform, with_javascript

ROOT = Path(__file__).resolve().parents[3]
MAX_SECONDS, MAX_MB = 10.0, 500
MEASURED: list[dict] = []  # for the summary and notes/hostile-cases.md

_ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'


def _sheet_bomb(path: Path, inflated: int) -> None:
    """A workbook whose sheet XML inflates to ``inflated`` bytes, written through zipfile a
    megabyte at a time so the test never holds it."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
    chunk = _ROW * (1024 * 1024 // len(_ROW))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, content in xlsx_parts(sheet_xml=b"").items():
            if name == "xl/worksheets/sheet1.xml":
                with archive.open(name, "w") as part:
                    part.write(head)
                    for _ in range(inflated // len(chunk)):
                        part.write(chunk)
                    part.write(b"</sheetData></worksheet>")
            else:
                archive.writestr(name, content)


def _declare_size(path: Path, member: bytes, size: int) -> None:
    """Overwrite a member's uncompressed size in its local header and its directory entry."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(member)] == member:
                data[at + offset:at + offset + 4] = size.to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def _table_cases(folder: Path) -> dict[str, Path]:
    cases = {}

    def case(name: str, file_name: str) -> Path:
        cases[name] = folder / file_name
        return cases[name]

    _sheet_bomb(case("XLSX zip bomb: sheet inflates to 1 GB", "bomb.xlsx"), 1024 ** 3)
    liar = case("XLSX zip bomb lying about its size (declares 1 MB, inflates to 1 GB)", "liar.xlsx")
    liar.write_bytes(cases["XLSX zip bomb: sheet inflates to 1 GB"].read_bytes())
    _declare_size(liar, b"xl/worksheets/sheet1.xml", 1024 * 1024)
    case("XLSX declaring A1:XFD1048576", "huge-dimension.xlsx").write_bytes(
        zip_bytes(xlsx_parts(rows=[["工号"], ["E1"]], dimension="A1:XFD1048576")))
    case("XLSX row number beyond Excel's last row", "row-beyond.xlsx").write_bytes(zip_bytes(xlsx_parts(
        sheet_xml=f'<worksheet xmlns="{MAIN}"><sheetData><row r="99999999"><c t="inlineStr"><is><t>x</t></is>'
                  f'</c></row></sheetData></worksheet>'.encode())))
    entities = "".join(f'<!ENTITY e{n} "{("&e%d;" % (n - 1)) * 10 if n else "lol" * 10}">' for n in range(10))
    case("XLSX with an XML entity bomb (billion laughs)", "laughs.xlsx").write_bytes(zip_bytes(xlsx_parts(
        sheet_xml=(f'<?xml version="1.0"?><!DOCTYPE w [{entities}]><worksheet xmlns="{MAIN}"><sheetData>'
                   '<row r="1"><c t="inlineStr"><is><t>&e9;</t></is></c></row></sheetData></worksheet>').encode())))
    with open(case("CSV of one 50 MB line", "one-line.csv"), "wb") as handle:
        block = ("长" * 1000 + ",").encode() * 1024
        for _ in range(50 * 1024 * 1024 // len(block)):
            handle.write(block)
    with open(case("CSV over the 100 MB file limit (sparse)", "too-big.csv"), "wb") as handle:
        handle.truncate(101 * 1024 * 1024)
    case("CSV of 300,000 rows (over 200,000)", "many-rows.csv").write_bytes(
        b"id,name\r\n" + b"".join(b"%d,x\r\n" % n for n in range(300_000)))
    case("CSV with NUL bytes", "nul.csv").write_bytes("工号,姓名\r\nE1,张\x00三\r\n".encode())
    case("CSV rows in GBK and UTF-8 mixed", "mixed.csv").write_bytes(
        "工号,姓名\r\n".encode("utf-8") + "E1,张三\r\n".encode("gbk") + "E2,李四\r\n".encode("utf-8"))
    case("CSV cut inside a quoted field", "cut.csv").write_bytes('工号,姓名\r\nE1,"张三'.encode())
    case("XLSX cut in half", "half.xlsx").write_bytes(zip_bytes(xlsx_parts(rows=[["工号"], ["E1"]]))[:700])
    case("old .xls (OLE) renamed .csv", "old.csv").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return cases


def _measure(kind: str, path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.reviewer.fuzz.measure", kind, str(path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _record(path_kind: str, case: str, path: Path, measured: dict) -> None:
    MEASURED.append({"import": path_kind, "case": case, "file": path.name,
                     "size": path.stat().st_size, **measured})
    assert measured["verdict"] != "crash", measured
    assert measured["seconds"] < MAX_SECONDS, measured
    assert measured["peak_mb"] < MAX_MB, measured


def test_hand_made_hostile_spreadsheets_are_refused_in_bounded_time_and_memory(database, tmp_path):
    from tests.reviewer.fuzz.test_fuzz_table_imports import PATHS, import_file
    from tests.reviewer.reviews.company import build_company

    company = build_company(database)
    people = PATHS[0]
    for case, path in _table_cases(tmp_path).items():
        measured = _measure("table", path)
        _record("every table import (one reader)", case, path, measured)
        if measured["verdict"] == "refused":  # the reader refused it: naming the file
            assert shorten_path(path.name) in measured["message"], measured
        # And through a whole import in this process: refused the same way, database unchanged.
        outcome = harness.judge("hand-made spreadsheets", case, lambda: import_file(company, people, path),
                                database, ("employees", "departments", "app_settings"),
                                must_name=(shorten_path(path.name), "row ", "No column is chosen for: "))
        assert outcome == "refused", case
        MEASURED[-1]["outcome in people import"] = outcome


def _pdf_cases(folder: Path, base: bytes) -> dict[str, Path]:
    cases = {}

    def case(name: str, file_name: str, data: bytes) -> Path:
        cases[name] = folder / file_name
        cases[name].write_bytes(data)

    case("PDF form with /OpenAction JavaScript and a /JS name tree", "javascript.pdf", with_javascript(base))
    case("PDF form with embedded files (../../.bashrc, invoice.exe)", "embedded.pdf", with_embedded_file(base))
    case("PDF form cut in half", "half.pdf", base[:len(base) // 2])
    case("PDF form cut after its header", "header-only.pdf", base[:20])
    case("AcroForm of 100,000 fields", "many-fields.pdf", with_hostile_acroform(base, "many"))
    case("AcroForm /Fields that is a number", "fields-number.pdf", with_hostile_acroform(base, "not_array"))
    case("AcroForm /Fields pointing at the catalogue", "fields-self.pdf", with_hostile_acroform(base, "self"))
    case("a field whose value is a 2 MB stream", "stream-value.pdf", with_hostile_acroform(base, "stream_value"))
    case("arrays nested 100,000 deep", "nested.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /AcroForm << /Fields "
         + b"[" * 100_000 + b"]" * 100_000 + b" >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    packer = zlib.compressobj(9)
    block = b"<< /T (x) /V (y) >> " * 50_000  # 1 MB of objects; 200 of them inflated
    bomb = packer.compress(b"1 0 ") + b"".join(packer.compress(block) for _ in range(200)) + packer.flush()
    case("object stream that inflates to 200 MB (flate bomb)", "flate-bomb.pdf",
         b"%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
         + str(len(bomb)).encode() + b" >>\nstream\n" + bomb + b"\nendstream\nendobj\n2 0 obj\n<< /Type /Catalog /AcroForm 3 0 R >>\nendobj\n"
         b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 2 0 R /Size 4 >>\n%%EOF\n")
    case("random bytes after a PDF header", "random.pdf", b"%PDF-1.7\n" + os.urandom(20_000))
    case("a workbook renamed .pdf", "workbook.pdf", zip_bytes(xlsx_parts(rows=[["x"]])))
    return cases


def test_hand_made_hostile_pdf_forms_get_a_verdict_in_bounded_time_and_memory(demo_database, tmp_path):
    from tests.reviewer.fuzz.test_fuzz_returned_forms import HASHED, take_in
    from reviewer.feedback.offline_export import export_forms, open_requests
    from tests.reviewer.feedback.test_offline_forms import fill

    with demo_database.session() as session:
        [form] = export_forms(session, open_requests(session, 2)[:1], tmp_path / "360", language="zh")
    fill(form.path, tmp_path / "filled.pdf")
    base = (tmp_path / "filled.pdf").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    for case, path in _pdf_cases(folder, base).items():
        measured = _measure("form", path)
        _record("returned forms (360 and self-review)", case, path, measured)
        outcome = harness.judge("hand-made PDF forms", case, lambda: take_in(demo_database, path), demo_database,
                                HASHED, must_name=(path.name,))
        MEASURED[-1]["outcome in forms import"] = outcome


@pytest.fixture(scope="module", autouse=True)
def _write_measurements():
    yield
    if MEASURED:
        out = Path(os.environ.get("HOSTILE_CASES_JSON", "/tmp/hostile-cases.json"))
        out.write_text(json.dumps(MEASURED, ensure_ascii=False, indent=1))
