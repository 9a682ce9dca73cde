"""Read a CSV or XLSX file into a header row and data rows, whatever produced it.

Chinese Excel and WPS save CSV in GBK; other systems write UTF-8 with or without a
BOM, or UTF-16. The encoding is detected (or given), the delimiter sniffed, and
every failure becomes a message that says what to do.
"""
from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ValidationError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 500_000
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


def detect_encoding(raw: bytes) -> str:
    """The encoding of CSV bytes: BOM first, then strict UTF-8, then UTF-16 by its
    zero bytes, then GB18030 (a superset of the GBK that Chinese Excel writes)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        raise ValidationError(
            "The file's text encoding was not recognised (tried UTF-8, UTF-16 and GBK/GB18030). "
            "Save it as 'CSV UTF-8' from Excel or WPS, or choose the encoding yourself."
        ) from None


def _clean_header(value: Any, position: int) -> str:
    text = "" if value is None else str(value).strip().lstrip("\ufeff")
    return text or f"(column {position + 1})"


def _read_csv(path: Path, raw: bytes, encoding: str | None) -> Table:
    encoding = encoding or detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise ValidationError(
            f"The file cannot be read as {encoding}: {error}. Choose another encoding."
        ) from None
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ValidationError(f"{path.name} contains binary data; it does not look like a CSV file.")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise ValidationError(f"{path.name} is not valid CSV: {error}.") from None
    if not lines:
        raise ValidationError(f"{path.name} is empty: it needs a header row and at least one row of data.")
    headers = [_clean_header(h, i) for i, h in enumerate(lines[0])]
    rows = [[cell.strip() or None for cell in row] for row in lines[1:]]
    return Table(headers, rows, encoding=encoding)


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # A file object, not the path: openpyxl judges paths by their ending, and
        # workbooks arrive named .csv or .dat often enough.
        workbook = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ValidationError(f"{path.name} is not a readable Excel workbook ({error}). "
                              f"Open it in Excel or WPS and save it again as .xlsx.") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ValidationError(f"{path.name} has no sheet called {sheet!r}; "
                                  f"its sheets are {', '.join(workbook.sheetnames)}.")
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        lines = []
        for row in worksheet.iter_rows(values_only=True):
            cells = [value.strip() or None if isinstance(value, str) else value for value in row]
            if any(cell is not None for cell in cells):
                lines.append(cells)
                if len(lines) > MAX_ROWS + 1:
                    raise ValidationError(f"{path.name} has more than {MAX_ROWS:,} rows; split it into smaller files.")
    finally:
        workbook.close()
    if not lines:
        raise ValidationError(f"The sheet {worksheet.title!r} is empty: it needs a header row and data.")
    width = max(len(line) for line in lines)
    headers = [_clean_header(h, i) for i, h in enumerate(lines[0] + [None] * (width - len(lines[0])))]
    return Table(headers, [list(line) for line in lines[1:]], sheet=worksheet.title)


def read_table(path: str | Path, encoding: str | None = None, sheet: str | None = None) -> Table:
    """Read a .csv/.txt or .xlsx/.xlsm file. Raises ValidationError with advice."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"There is no file at {path}.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"{path.name} is {size / 2**20:.0f} MB; files over "
                              f"{MAX_FILE_BYTES // 2**20} MB are not imported. Split it into smaller files.")
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(f"{path.name} is an old Excel 97-2003 (.xls) workbook. "
                              f"Open it in Excel or WPS and save it as .xlsx or CSV.")
    if head.startswith(b"%PDF"):
        raise ValidationError(f"{path.name} is a PDF, not a spreadsheet. Export the roster as .xlsx or CSV.")
    table = _read_csv(path, path.read_bytes(), encoding)
    if len(table.rows) > MAX_ROWS:
        raise ValidationError(f"{path.name} has more than {MAX_ROWS:,} rows; split it into smaller files.")
    return table
