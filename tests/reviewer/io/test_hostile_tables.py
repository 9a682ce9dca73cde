"""Hostile and absurd spreadsheets are refused quickly, with a message naming the file
and the limit, before they cost minutes or gigabytes (issue 13, items 13 and 14).

The files are written here, XML straight into a zip, so they stay a few KB on disk."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from reviewer.errors import ValidationError
from reviewer.io.limits import Limits
from reviewer.io.tables import read_table
from tests.xlsx_parts import CONTENT_TYPES, MAIN, RELS, SHARED_REL, SHARED_TYPE, WORKBOOK, WORKBOOK_RELS



def write_xlsx(path, rows, dimension=None, shared_strings=None):
    """A minimal workbook whose sheet XML is streamed from ``rows`` (strings of <row> elements)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(shared=SHARED_TYPE if shared_strings else ""))
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK.format(title="Roster"))
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(shared=SHARED_REL if shared_strings else ""))
        if shared_strings:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                part.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
                for chunk in shared_strings:
                    part.write(chunk.encode())
                part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode())
            if dimension:
                part.write(f'<dimension ref="{dimension}"/>'.encode())
            part.write(b"<sheetData>")
            for chunk in rows:
                part.write(chunk.encode())
            part.write(b"</sheetData></worksheet>")
    return path


def text_cell(text):
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def header_and_rows(count, columns=3, first=1):
    yield '<row r="1">' + "".join(text_cell(f"col{c}") for c in range(columns)) + "</row>"
    for number in range(first + 1, first + 1 + count):
        yield f'<row r="{number}">' + "".join(f"<c><v>{c}</v></c>" for c in range(columns)) + "</row>"


def in_batches(text, times, batch=10_000):
    """``text`` repeated ``times`` times, in chunks that keep the generator cheap."""
    for start in range(0, times, batch):
        yield text * min(batch, times - start)


def refused(path, match, limits=None, seconds=5.0):
    started = time.monotonic()
    with pytest.raises(ValidationError, match=match) as caught:
        read_table(path, limits=limits or Limits())
    assert time.monotonic() - started < seconds
    assert path.name in str(caught.value) and caught.value.code
    return caught.value


def test_a_sheet_declaring_a_range_beyond_the_limits_is_refused_before_reading(tmp_path):
    path = write_xlsx(tmp_path / "declared.xlsx", header_and_rows(10), dimension="A1:XFD200001")
    error = refused(path, "declares the range A1:XFD200001")
    assert "16,384 columns" in str(error) and "200 columns" in str(error)


def test_rows_are_counted_whatever_the_sheet_declares(tmp_path):
    path = write_xlsx(tmp_path / "lying.xlsx", header_and_rows(3_000), dimension="A1:C2")
    refused(path, "more than 2,000 rows of data", Limits(max_rows=2_000))


def test_cells_are_counted_whatever_the_sheet_declares(tmp_path):
    path = write_xlsx(tmp_path / "wide.xlsx", header_and_rows(1_000, columns=150), dimension="A1:C2")
    refused(path, "more than 50,000 cells", Limits(max_cells=50_000))


def test_a_value_beyond_the_column_limit_is_refused(tmp_path):
    rows = [*header_and_rows(2), '<row r="5"><c r="XFD5"><v>1</v></c></row>']
    refused(write_xlsx(tmp_path / "far.xlsx", rows), r"row 5 has a value in column 16,384; at most 200 columns")


def test_millions_of_empty_rows_cost_neither_time_nor_memory(tmp_path):
    # Half a million formatted empty rows, as spreadsheets write them, and a jump past
    # a gap of 500,000 more: read as nothing, quickly.
    empty = (f'<row r="{number}" s="1" customFormat="1" ht="15"/>' for number in range(4, 500_004))
    rows = [*header_and_rows(2), *empty, '<row r="1000000"><c><v>7</v></c></row>']
    path = write_xlsx(tmp_path / "empty-rows.xlsx", rows)
    assert path.stat().st_size < 2_000_000
    started = time.monotonic()
    table = read_table(path)
    assert time.monotonic() - started < 10
    assert table.rows == [[0, 1, 2], [0, 1, 2], [7]]


def test_a_row_number_past_excels_last_row_is_refused_without_filling_the_gap(tmp_path):
    rows = [*header_and_rows(2), '<row r="30000000"><c><v>1</v></c></row>']
    refused(write_xlsx(tmp_path / "jump.xlsx", rows), "damaged .*row number 30,000,000")


def test_a_sheet_that_unpacks_to_more_than_the_limit_is_refused_unread(tmp_path):
    # ~260 MB of empty rows packed into a few hundred KB: the zip's table of contents says so.
    rows = [*header_and_rows(2), *in_batches('<row r="9"/>', 20_000_000, batch=500_000)]
    path = write_xlsx(tmp_path / "bomb.xlsx", rows)
    refused(path, "unpacks to more than 200 MB")


def test_a_part_packed_too_tightly_is_a_zip_bomb(tmp_path):
    rows = [*header_and_rows(2), *in_batches("<row/>", 300_000, batch=100_000)]
    refused(write_xlsx(tmp_path / "ratio.xlsx", rows), r"xl/worksheets/sheet1.xml\) packed [\d,]+ times.*zip bomb")


def test_an_endless_shared_text_table_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "strings.xlsx", header_and_rows(2),
                      shared_strings=in_batches("<si><t>x</t></si>", 60_000))
    refused(path, "more than 50,000 different texts", Limits(max_cells=50_000))


def test_a_sheet_with_shared_texts_and_gaps_reads_as_before(tmp_path):
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
            '<row r="4"><c r="B4" t="s"><v>2</v></c></row>']
    path = write_xlsx(tmp_path / "ok.xlsx", rows,
                      shared_strings=["<si><t>工号</t></si>", "<si><t> 姓名 </t></si>", "<si><r><t>张</t></r><r><t>伟</t></r></si>"])
    table = read_table(path)
    assert table.headers == ["工号", "姓名"] and table.rows == [[None, "张伟"]] and table.sheet == "Roster"


def test_a_csv_with_absurd_rows_or_columns_is_refused(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text("a,b\n" + "1," * 300 + "1\n")
    refused(wide, "row 2 has a value in column 301; at most 200 columns")
    endless = tmp_path / "endless.csv"
    endless.write_text("a\n" + ",x" * 20_000 + "\n")
    refused(endless, "row 2 has more than 16,384 cells")
    long = tmp_path / "long.csv"
    long.write_text("a,b\n1,2\n" * 3_000)
    refused(long, "more than 2,000 rows", Limits(max_rows=2_000))


def test_a_csv_with_a_50_mb_line_is_refused_with_a_short_message(tmp_path):
    path = tmp_path / "header.csv"
    path.write_bytes(b"x" * 50_000_000 + b"\n1\n")
    error = refused(path, "line 1 is 50,000,001 characters long")
    assert len(str(error)) < 300


def test_csv_trailing_empty_fields_do_not_count_as_columns(tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("a,b" + "," * 500 + "\n1,2" + "," * 500 + "\n")
    table = read_table(path)
    assert table.headers == ["a", "b"] and table.rows == [["1", "2"]]


def test_messages_quote_at_most_a_short_piece_of_any_value():
    from reviewer.errors import RowProblem

    problem = RowProblem(2, "email", "email_invalid", {"value": "x" * 5_000_000})
    assert len(problem.message) < 120 and "x" * 59 + "…" in problem.message


def test_a_file_with_huge_headers_gets_a_short_mapping_message(database, tmp_path):
    from reviewer.roster import guess_mapping, import_roster

    path = tmp_path / "headers.csv"
    path.write_text(",".join(f"{n}" + "h" * 30_000 for n in range(30)) + "\n" + ",".join("1" * 30) + "\n")
    table = read_table(path)
    with database.session() as session, pytest.raises(ValidationError) as caught:
        import_roster(session, table, guess_mapping(table.headers))
    message = str(caught.value)
    assert caught.value.code == "mapping_missing" and len(message) < 1_000 and message.endswith("… (+20).")


def test_the_rejected_rows_report_stays_small(database_url, tmp_path, capsys):
    import json

    from reviewer.cli.runner import run

    headers = ["工号", "姓名", "邮箱", "部门", *(f"备注{n}" for n in range(150))]
    row = ["E1", "张伟", "bad-" + "x" * 100_000, "", *("y" * 5_000 for _ in range(150))]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(",".join(line) for line in [headers, row]) + "\n", encoding="utf-8")
    assert run(["import", "people", str(path), "--db", database_url, "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert all(len(p["message"]) < 200 for p in result["problems"])
    report = read_table(result["report"])
    assert len(report.rows) == 1 and max(len(str(cell)) for cell in report.rows[0]) <= 1_000
    assert Path(result["report"]).stat().st_size < 200_000


@pytest.fixture
def parser_never_called(monkeypatch):
    """Fail the test if openpyxl's parsing of cells or shared texts starts: the byte scan
    must have refused the file first."""
    from reviewer.io import sheets

    def parsed(*_args, **_kwargs):
        raise AssertionError("the parser was called before the scan refused the file")

    monkeypatch.setattr(sheets._CellParser, "parse_cell", parsed)
    monkeypatch.setattr(sheets._BoundedReader, "read_strings", parsed)


def test_too_many_cells_are_refused_by_the_byte_scan_before_parsing(tmp_path, parser_never_called):
    path = write_xlsx(tmp_path / "wide.xlsx", header_and_rows(1_000, columns=60))
    refused(path, "more than 50,000 cells", Limits(max_cells=50_000))


def test_too_many_shared_texts_are_refused_by_the_byte_scan_before_parsing(tmp_path, parser_never_called):
    path = write_xlsx(tmp_path / "strings.xlsx", header_and_rows(2),
                      shared_strings=in_batches("<si><t>x</t></si>", 60_000))
    refused(path, "more than 50,000 different texts", Limits(max_cells=50_000))


def test_a_sheet_beyond_its_byte_budget_is_refused_before_parsing(tmp_path, parser_never_called):
    rows = [*header_and_rows(2), *in_batches('<row r="9"><c><v>1</v></c></row>' + " " * 64, 40_000)]
    path = write_xlsx(tmp_path / "bytes.xlsx", rows)
    refused(path, r"part xl/worksheets/sheet1.xml unpacks to more than 1 MB", Limits(max_part_bytes=2**20))


def test_endless_row_entries_are_refused_before_parsing(tmp_path, parser_never_called, monkeypatch):
    from reviewer.io import sheets

    monkeypatch.setattr(sheets, "EXCEL_MAX_ROWS", 1_000)
    rows = [*header_and_rows(2), *in_batches("<row/>", 2_000)]
    refused(write_xlsx(tmp_path / "rows.xlsx", rows), "damaged .*more than 1,000 rows")


def test_an_oversized_workbook_part_is_refused_unread(tmp_path):
    path = write_xlsx(tmp_path / "styles.xlsx", header_and_rows(2))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/styles.xml", "<styleSheet>" + " " * 3_000_000 + "</styleSheet>")
    refused(path, r"part xl/styles.xml unpacks to more than 2 MB",
            Limits(max_structure_part_bytes=2 * 2**20, max_compression_ratio=10**6))


def test_the_byte_scan_counts_tags_across_chunks_and_namespace_prefixes(tmp_path, monkeypatch):
    from reviewer.io import sheets

    monkeypatch.setattr(sheets, "_SCAN_CHUNK", 7)  # every tag is cut somewhere
    body = '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><c/><cols><col min="1"/></cols></x:row><row/>' * 50
    with zipfile.ZipFile(tmp_path / "t.zip", "w") as archive:
        archive.writestr("sheet.xml", body)
    seen = {}
    with zipfile.ZipFile(tmp_path / "t.zip") as archive:
        sheets._count_tags(archive, "sheet.xml", {"cells": sheets._CELL_TAG, "rows": sheets._ROW_TAG},
                           lambda read, counts: seen.update(counts))
    assert seen == {"cells": 100, "rows": 100}


def test_an_overlong_csv_line_is_measured_without_holding_it(tmp_path):
    import tracemalloc

    path = tmp_path / "oneline.csv"
    with open(path, "w") as handle:
        for _ in range(30):
            handle.write("x," * 500_000)
        handle.write("\n1\n")
    tracemalloc.start()
    try:
        error = refused(path, "line 1 is 30,000,001 characters long", Limits(max_line_chars=10_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000, f"{peak:,} bytes held for a 30 MB line"
    assert len(str(error)) < 300


def test_a_gbk_file_with_a_foreign_line_is_named_by_line_across_read_chunks(tmp_path, monkeypatch):
    from reviewer.io import tables

    monkeypatch.setattr(tables, "_CHUNK", 16)
    path = tmp_path / "mixed.csv"
    path.write_bytes("工号,姓名\nE1,王小明\nE2,李小红\n".encode("gbk") + b"E3,\xff\xff\xff\n")
    with pytest.raises(ValidationError, match="line 4 is neither"):
        read_table(path)
