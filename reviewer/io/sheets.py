"""Reading one sheet of an XLSX workbook within limits (reviewer.io.limits).

A workbook is a zip of XML parts and declares its own size; hostile or broken files
lie about both. The zip's table of contents is checked before anything is unpacked,
then the sheet's and the shared texts' XML bytes are counted in one fast pass (cell,
row and text tags, and bytes) and a file beyond the limits is refused before any
parsing. Only then is the sheet streamed: rows and cells are counted again as they
arrive, gaps between row numbers are skipped rather than filled, and reading stops
at the first limit passed. openpyxl still reads the workbook's structure and styles and turns each cell
into a value, so dates and shared texts mean what they mean in Excel.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse
from openpyxl.cell.text import Text

from ..errors import ValidationError
from ..messages import name_some
from .limits import EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, Limits

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_CELL = f"{{{SHEET_MAIN_NS}}}c"
_SHEET_DATA = f"{{{SHEET_MAIN_NS}}}sheetData"
_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_SHARED_TEXT = f"{{{SHEET_MAIN_NS}}}si"
_TEXT_RUN = f"{{{SHEET_MAIN_NS}}}t"
_INLINE_TEXT = f"{{{SHEET_MAIN_NS}}}is"
_MB = 1024 * 1024
_SCAN_CHUNK = _MB
# Tags as bytes, with or without a namespace prefix (<c r=.., <x:c>, <row/>); <col> and
# <cfRule> do not match.
_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
_CELL_TAG = re.compile(_PREFIX + rb"c[\s/>]")
_ROW_TAG = re.compile(_PREFIX + rb"row[\s/>]")
_SHARED_TEXT_TAG = re.compile(_PREFIX + rb"si[\s/>]")
# Parts openpyxl parses whole (no streaming): the package's and the workbook's structure.
_STRUCTURE_PARTS = re.compile(r"(?i)(\[Content_Types\]\.xml|\.rels|(^|/)workbook\.xml|(^|/)styles\.xml)$")


def check_archive(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a workbook whose parts would unpack beyond the limits, before unpacking any.
    zipfile never returns more bytes than a part declares, so the declared sizes bound the work."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > limits.max_unpacked_bytes:
            raise ValidationError.coded("workbook_unpacks_too_large", file=name,
                                        limit=limits.max_unpacked_bytes // _MB)
        if info.file_size > _MB and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
            raise ValidationError.coded("workbook_zip_bomb", file=name, part=info.filename,
                                        ratio=f"{info.file_size // max(info.compress_size, 1):,}")
        if info.file_size > limits.max_structure_part_bytes and _STRUCTURE_PARTS.search(info.filename):
            raise ValidationError.coded("workbook_part_too_large", file=name, part=info.filename,
                                        limit=limits.max_structure_part_bytes // _MB)


def _count_tags(archive: zipfile.ZipFile, part: str, tags: dict[str, re.Pattern], on_chunk) -> None:
    """Count ``tags`` in a part's XML bytes, a chunk at a time (memory stays at one chunk),
    calling ``on_chunk(bytes read so far, counts so far)`` after each so the caller can stop
    at the first limit passed. A tag cut by a chunk's end is carried into the next chunk."""
    counts = dict.fromkeys(tags, 0)
    carried, read = b"", 0
    with archive.open(part) as source:
        while chunk := source.read(_SCAN_CHUNK):
            read += len(chunk)
            text = carried + chunk
            cut = text.rfind(b"<")
            if cut < 0:
                cut = len(text)
            for key, pattern in tags.items():
                counts[key] += len(pattern.findall(text, 0, cut))
            carried = text[cut:cut + 256]  # a tag's name fits; text after it is not needed
            on_chunk(read, counts)
    for key, pattern in tags.items():
        counts[key] += len(pattern.findall(carried))
    on_chunk(read, counts)


def scan_parts(name: str, archive: zipfile.ZipFile, sheet_part: str, shared_part: str | None,
               limits: Limits) -> None:
    """Refuse a sheet with more cells or row entries, or shared texts with more items, than
    the limits allow, or either part beyond its byte budget, before a parser sees them.
    Counting tags in bytes costs a fraction of parsing, so even a bomb is refused in seconds."""

    def check_bytes(part: str, read: int) -> None:
        if read > limits.max_part_bytes:
            raise ValidationError.coded("workbook_part_too_large", file=name, part=part,
                                        limit=limits.max_part_bytes // _MB)

    def check_sheet(read: int, counts: dict[str, int]) -> None:
        check_bytes(sheet_part, read)
        if counts["cells"] > limits.max_cells:
            raise ValidationError.coded("sheet_too_many_cells", file=name, limit=f"{limits.max_cells:,}")
        if counts["rows"] > EXCEL_MAX_ROWS:
            raise ValidationError.coded("workbook_damaged", file=name, reason=f"more than {EXCEL_MAX_ROWS:,} rows")

    def check_texts(read: int, counts: dict[str, int]) -> None:
        check_bytes(shared_part, read)
        if counts["texts"] > limits.max_cells:
            raise ValidationError.coded("workbook_too_many_texts", file=name, limit=f"{limits.max_cells:,}")

    _count_tags(archive, sheet_part, {"cells": _CELL_TAG, "rows": _ROW_TAG}, check_sheet)
    if shared_part is not None:
        _count_tags(archive, shared_part, {"texts": _SHARED_TEXT_TAG}, check_texts)


class _BoundedReader(ExcelReader):
    """openpyxl's reader with the shared texts read under the cell limit: there cannot be
    more distinct texts than cells, and an endless table of them is a bomb of its own."""

    def __init__(self, source, name: str, limits: Limits):
        super().__init__(source, read_only=True, data_only=True)
        self.name, self.limits = name, limits

    def read_strings(self):
        part = self.package.find(SHARED_STRINGS)
        if part is None:
            return
        texts, root = [], None
        with self.archive.open(part.PartName[1:]) as source:
            for event, element in iterparse(source, events=("start", "end")):
                if root is None:
                    root = element
                elif event == "end" and element.tag == _SHARED_TEXT:
                    if len(element) == 1 and element[0].tag == _TEXT_RUN:  # plain text: 3x faster than Text
                        texts.append((element[0].text or "").replace("x005F_", ""))
                    else:
                        texts.append(Text.from_tree(element).content.replace("x005F_", ""))
                    del root[:]  # keep memory flat: each text is done with once read
                    if len(texts) > self.limits.max_cells:
                        raise ValidationError.coded("sheet_too_many_cells", file=self.name,
                                                    limit=f"{self.limits.max_cells:,}")
        self.shared_strings = texts

    def read_structure(self):
        """Manifest and workbook (sheets, date system): small parts, read before the scan."""
        self.read_manifest()
        self.read_workbook()
        self.sheet_parts = {sheet.name: rel.target for sheet, rel in self.parser.find_sheets()
                            if rel.target in self.valid_files and "chartsheet" not in rel.Type}
        shared = self.package.find(SHARED_STRINGS)
        self.shared_part = shared.PartName[1:] if shared is not None else None

    def read_contents(self):
        """Only what the rows need besides the sheet: shared texts and styles (which cells
        are dates). openpyxl's read-only sheets are not made: without a declared size each
        would scan its whole sheet to find one."""
        self.read_strings()
        apply_stylesheet(self.archive, self.wb)


class _CellParser(WorkSheetParser):
    """openpyxl's cell parser, with inline text that is one plain run (what generators
    write in every cell) taken as it is: openpyxl's Text objects cost three times as much."""

    def parse_cell(self, element):
        if element.get("t") == "inlineStr":
            inline = element.find(_INLINE_TEXT)
            if inline is not None and len(inline) == 1 and inline[0].tag == _TEXT_RUN:
                coordinate = element.get("r")
                if coordinate:
                    row, column = coordinate_to_tuple(coordinate)
                    self.col_counter = column
                else:
                    self.col_counter += 1
                    row, column = self.row_counter, self.col_counter
                return {"row": row, "column": column, "value": inline[0].text or "", "data_type": "s"}
        return super().parse_cell(element)


def read_sheet(name: str, data: bytes, sheet: str | None, limits: Limits) -> tuple[str, list[list[Any]]]:
    """The chosen (or first) sheet's title and its non-empty rows, cells as values
    (str stripped, empty text as None). Raises ValidationError naming the limit passed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_archive(name, archive, limits)
    reader = _BoundedReader(io.BytesIO(data), name, limits)
    try:
        reader.read_structure()
        names = list(reader.sheet_parts)
        if sheet is not None and sheet not in names:
            raise ValidationError.coded("sheet_unknown", file=name, sheet=sheet, sheets=name_some(names))
        if not names:
            raise ValidationError.coded("workbook_damaged", file=name, reason="no worksheet")
        title = sheet or names[0]
        scan_parts(name, reader.archive, reader.sheet_parts[title], reader.shared_part, limits)
        reader.read_contents()
        workbook = reader.wb
        parser = _CellParser(None, reader.shared_strings, data_only=True, epoch=workbook.epoch,
                                 date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        with reader.archive.open(reader.sheet_parts[title]) as source:
            return title, _stream_rows(name, source, parser, limits)
    finally:
        reader.archive.close()


def _row_number(text: str | None, previous: int, name: str) -> int:
    if text is None:
        number = previous + 1
    else:
        try:
            number = int(float(text)) if not text.isdigit() else int(text)
        except ValueError:
            raise ValidationError.coded("workbook_damaged", file=name, reason=f"row number {text!r}") from None
    if not 1 <= number <= EXCEL_MAX_ROWS:
        raise ValidationError.coded("workbook_damaged", file=name, reason=f"row number {number:,}")
    return number


def _check_declared_size(name: str, reference: str | None, limits: Limits) -> None:
    """A sheet that declares itself beyond the limits is refused before its rows are read
    (the declaration is not trusted the other way: rows are counted regardless)."""
    try:
        first_column, first_row, last_column, last_row = range_boundaries(reference or "")
    except (TypeError, ValueError):
        return
    if last_row is None or last_column is None:
        return
    rows, columns = last_row - first_row + 1, last_column
    if rows > limits.max_rows + 1 or columns > limits.max_columns:
        raise ValidationError.coded("sheet_declares_too_much", file=name, range=reference,
                                    rows=f"{rows:,}", columns=f"{columns:,}",
                                    max_rows=f"{limits.max_rows:,}", max_columns=f"{limits.max_columns:,}")


def _stream_rows(name: str, source, parser: WorkSheetParser, limits: Limits) -> list[list[Any]]:
    lines: list[list[Any]] = []
    cells_read = cells_in_row = rows_read = 0
    values: dict[int, Any] = {}
    try:
        # Only "end" events (a cell is whole when seen): asking for "start" too doubles the time.
        for _event, element in iterparse(source):
            tag = element.tag
            if tag == _CELL:
                cells_read += 1
                cells_in_row += 1
                if cells_read > limits.max_cells:
                    raise ValidationError.coded("sheet_too_many_cells", file=name, limit=f"{limits.max_cells:,}")
                if cells_in_row > EXCEL_MAX_COLUMNS:
                    raise ValidationError.coded("row_too_many_cells", file=name, row=f"{parser.row_counter + 1:,}",
                                                limit=f"{EXCEL_MAX_COLUMNS:,}")
                addressed = element.get("r") is not None
                cell = parser.parse_cell(element)
                element.clear()
                value, column = cell["value"], cell["column"]
                if isinstance(value, str):
                    value = value.strip() or None
                if value is None:
                    continue
                if column > limits.max_columns:
                    raise ValidationError.coded(
                        "sheet_too_many_columns", file=name, column=f"{column:,}", limit=f"{limits.max_columns:,}",
                        row=f"{cell['row'] if addressed else parser.row_counter + 1:,}")
                values[column] = value
            elif tag == _ROW:
                rows_read += 1
                if rows_read > EXCEL_MAX_ROWS:
                    raise ValidationError.coded("workbook_damaged", file=name,
                                                reason=f"more than {EXCEL_MAX_ROWS:,} rows")
                parser.row_counter = _row_number(element.get("r"), parser.row_counter, name)
                parser.col_counter, cells_in_row = 0, 0
                element.clear()  # an empty element stays behind per row: at most Excel's 1,048,576
                if values:
                    line = [None] * max(values)
                    for column, value in values.items():
                        line[column - 1] = value
                    lines.append(line)
                    values = {}
                    if len(lines) > limits.max_rows + 1:
                        raise ValidationError.coded("sheet_too_many_rows", file=name,
                                                    limit=f"{limits.max_rows:,}")
            elif tag == _DIMENSION:
                _check_declared_size(name, element.get("ref"), limits)
    except (ParseError, ValueError, IndexError, KeyError, TypeError, OverflowError) as error:
        raise ValidationError.coded("workbook_damaged", file=name, reason=str(error)) from None
    return lines
