"""Read a CSV or XLSX file into a header row and data rows, whatever produced it.

Chinese Excel and WPS save CSV in GBK; other systems write UTF-8 with or without a
BOM, or UTF-16. The encoding is detected (or given), the delimiter sniffed, and
every failure becomes a message that says what to do.
"""
from __future__ import annotations

import codecs
import csv
import itertools
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ..errors import ValidationError
from .limits import EXCEL_MAX_COLUMNS, LIMITS, Limits
from .sheets import read_sheet

MAX_FILE_BYTES = 100 * 1024 * 1024
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5")


@dataclass
class Table:
    """A sheet as read: header texts, data rows (cells as str, number, date or None),
    and how it was read."""

    headers: list[str]
    rows: list[list[Any]]
    encoding: str | None = None  # None for XLSX
    sheet: str | None = None

    @staticmethod
    def row_number(index: int) -> int:
        """The spreadsheet row a data row came from (the header is row 1)."""
        return index + 2


_CHUNK = 1024 * 1024


def detect_encoding(raw: bytes, name: str = "the file") -> str:
    """The encoding of CSV bytes: BOM first, then strict UTF-8, then UTF-16 by its
    zero bytes, then GB18030 (a superset of the GBK that Chinese Excel writes)."""
    return _detect_encoding(raw[:4096], lambda: [raw], name)


def _detect_encoding(head: bytes, chunks, name: str) -> str:
    """detect_encoding over a file given as its first bytes and, when the whole text
    must be tried, a way to read it again chunk by chunk (memory stays flat)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    if _first_undecodable_line(chunks(), "utf-8") is None:
        return "utf-8"
    line = _first_undecodable_line(chunks(), "gb18030")
    if line is None:
        return "gb18030"
    raise ValidationError.coded("encoding_unknown", file=name, line=f"{line:,}")  # often one row saved in another encoding


def _first_undecodable_line(chunks, encoding: str) -> int | None:
    """The line where the bytes stop being ``encoding``, or None when all of them decode."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    lines_before = 1
    for chunk in _then_end(chunks):
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            return lines_before + error.object.count(b"\n", 0, error.start)
        lines_before += chunk.count(b"\n")
    return None


def _then_end(chunks):
    yield from chunks
    yield b""


def _file_chunks(path: Path):
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


def _clean_header(value: Any, position: int) -> str:
    text = "" if value is None else str(value).strip().lstrip("\ufeff")
    return text or f"(column {position + 1})"


def _csv_lines(name: str, text, limits: Limits):
    """The text's lines, refusing one too long to be a row of a table before the csv
    module splits it into fields. ``text`` is read a line at a time, at most
    ``max_line_chars`` at once, so an endless line is measured, never held whole."""
    limit = limits.max_line_chars
    for number in itertools.count(1):
        line = text.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            length = len(line)
            while not line.endswith(("\n", "\r")):
                line = text.readline(_CHUNK)
                if not line:
                    break
                length += len(line)
            raise ValidationError.coded("csv_line_too_long", file=name, line=f"{number:,}",
                                        length=f"{length:,}", limit=f"{limit:,}")
        if "\x00" in line:
            raise ValidationError.coded("csv_binary", file=name)
        yield line.lstrip("\ufeff") if number == 1 else line


def _bounded_csv_rows(name: str, reader, limits: Limits) -> list[list[str]]:
    """Non-empty rows, stopping at the first limit passed (rows, columns, cells)."""
    lines, cells = [], 0
    for row in reader:
        cells += len(row)
        if len(row) > EXCEL_MAX_COLUMNS:
            raise ValidationError.coded("row_too_many_cells", file=name, row=f"{reader.line_num:,}",
                                        limit=f"{EXCEL_MAX_COLUMNS:,}")
        if cells > limits.max_cells:
            raise ValidationError.coded("sheet_too_many_cells", file=name, limit=f"{limits.max_cells:,}")
        if not any(cell.strip() for cell in row):
            continue
        while not row[-1].strip():
            row.pop()  # empty trailing fields, as spreadsheets write up to their widest row
        if len(row) > limits.max_columns:
            raise ValidationError.coded("sheet_too_many_columns", file=name, row=f"{reader.line_num:,}",
                                        column=f"{len(row):,}", limit=f"{limits.max_columns:,}")
        lines.append(row)
        if len(lines) > limits.max_rows + 1:
            raise ValidationError.coded("sheet_too_many_rows", file=name, limit=f"{limits.max_rows:,}")
    return lines


def _read_csv(path: Path, encoding: str | None, limits: Limits) -> Table:
    with open(path, "rb") as handle:
        head = handle.read(8192)
    encoding = encoding or _detect_encoding(head, lambda: _file_chunks(path), path.name)
    try:
        codecs.lookup(encoding)
        with open(path, encoding=encoding, errors="strict", newline="") as text:
            sample = text.read(8192).lstrip("\ufeff")
            if "\x00" in sample:
                raise ValidationError.coded("csv_binary", file=path.name)
            try:
                delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
            except csv.Error:
                delimiter = ","
            text.seek(0)
            reader = csv.reader(_csv_lines(path.name, text, limits), delimiter=delimiter)
            try:
                lines = _bounded_csv_rows(path.name, reader, limits)
            except csv.Error as error:
                raise ValidationError.coded("csv_invalid", file=path.name, reason=str(error)) from None
    except (UnicodeDecodeError, LookupError) as error:
        raise ValidationError.coded("encoding_fails", file=path.name, encoding=encoding, reason=str(error)) from None
    if not lines:
        raise ValidationError.coded("csv_empty", file=path.name)
    width = max(len(line) for line in lines)
    headers = [_clean_header(h, i) for i, h in enumerate(lines[0] + [None] * (width - len(lines[0])))]
    rows = [[cell.strip() or None for cell in row] for row in lines[1:]]
    return Table(headers, rows, encoding=encoding)


def _read_xlsx(path: Path, sheet: str | None, limits: Limits) -> Table:
    from openpyxl.utils.exceptions import InvalidFileException

    # What a damaged or hostile zip or its XML raises from zipfile, zlib and openpyxl: a part
    # that does not inflate (zlib.error), ends early (EOFError), is encrypted (RuntimeError)
    # or packed in a way zipfile lacks (NotImplementedError), or XML openpyxl cannot make sense of.
    _DAMAGED_WORKBOOK = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, struct.error, InvalidFileException,
                         ParseError, LookupError, OSError, ValueError, TypeError, AttributeError, ArithmeticError)
    try:
        # Bytes, not the path: openpyxl judges paths by their ending, and workbooks
        # arrive named .csv or .dat often enough.
        title, lines = read_sheet(path.name, path.read_bytes(), sheet, limits)
    except _DAMAGED_WORKBOOK as error:
        raise ValidationError.coded("workbook_unreadable", file=path.name,
                                    reason=str(error) or type(error).__name__) from None
    if not lines:
        raise ValidationError.coded("sheet_empty", file=path.name, sheet=title)
    width = max(len(line) for line in lines)
    headers = [_clean_header(h, i) for i, h in enumerate(lines[0] + [None] * (width - len(lines[0])))]
    return Table(headers, [list(line) for line in lines[1:]], sheet=title)


def read_table(path: str | Path, encoding: str | None = None, sheet: str | None = None,
               limits: Limits = LIMITS) -> Table:
    """Read a .csv/.txt or .xlsx/.xlsm file within ``limits``. Raises ValidationError with advice."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError.coded("no_file", path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValidationError.coded("file_too_large", file=path.name, size=f"{size / 2**20:.0f}",
                                    limit=MAX_FILE_BYTES // 2**20)
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet, limits)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError.coded("file_is_xls", file=path.name)
    if head.startswith(b"%PDF"):
        raise ValidationError.coded("file_is_pdf", file=path.name)
    return _read_csv(path, encoding, limits)
