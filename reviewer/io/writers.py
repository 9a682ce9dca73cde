"""Writing CSV and XLSX that Excel and WPS open correctly and safely.

Every spreadsheet the program writes goes through this module (a test scans the
source for other writers). Text a spreadsheet would run as a formula (starting
with = + - @, tab or carriage return) is made inert: in a CSV it is prefixed with
an apostrophe (OWASP's advice; a CSV has no cell types), in an XLSX it is stored as
a text cell marked "quote prefix", so Excel and LibreOffice show the text exactly as
typed, never evaluate it (not even after editing the cell) and it reads back equal.
Control characters (BEL, ESC, which a roster may carry in; XML cannot hold most of them)
and the marks that reorder text are dropped from every text cell and sheet title, so
they cannot stop an export nor act in a terminal or a spreadsheet.
Numbers stay numbers and dates stay dates. Files are written whole
(files.written_whole), so a failure or a cancel never leaves a half-written file.
"""
from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import ValidationError
from ..text import DIRECTION_CONTROLS
from .files import written_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Dropped from every text cell and sheet title: the controls XML cannot hold (openpyxl
# refuses them with an error), the other C0 and C1 controls but tab and line ends (ESC and
# CSI start the sequences a terminal obeys when someone runs `cat` on a CSV), the marks that
# reorder text, and lone surrogates, which UTF-8 cannot encode.
UNWRITTEN_CHARACTERS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{DIRECTION_CONTROLS}\ud800-\udfff]")


def storable(value: Any) -> Any:
    """Text without the characters no written cell keeps; anything else unchanged."""
    if isinstance(value, str):
        return UNWRITTEN_CHARACTERS.sub("", value)
    return value


def storable_row(values: Iterable[Any]) -> list[Any]:
    """A row ready for ``sheet.append`` in a workbook built elsewhere and saved by save_workbook."""
    return [storable(value) for value in values]


def neutralise(value: Any) -> Any:
    """Make text inert for spreadsheets; leave numbers, dates and None alone."""
    value = storable(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def inert_cell(cell):
    """Store an openpyxl cell's text as text, even when it looks like a formula."""
    if isinstance(cell.value, str) and (cell.data_type == "f" or cell.value.startswith(FORMULA_STARTS)):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def save_workbook(workbook, path: Path) -> None:
    """Save a workbook built elsewhere (charts, several sheets) whole, every cell inert."""
    _make_inert(workbook)
    with written_whole(Path(path)) as partial:
        workbook.save(partial)


def workbook_bytes(workbook) -> bytes:
    """A workbook built elsewhere, every cell inert, as the bytes of an .xlsx (for an archive member)."""
    import io

    _make_inert(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _make_inert(workbook) -> None:
    for sheet in workbook.worksheets:
        sheet.title = storable(sheet.title) or "Sheet"
        for row in sheet.iter_rows():
            for cell in row:
                inert_cell(cell)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    # The BOM is what makes Excel read Chinese in a CSV as UTF-8 rather than GBK.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str = "Sheet1") -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=storable(title)[:31] or "Sheet1")
    sheet.freeze_panes = "A2"
    widths = [max(8, min(40, len(str(h)) * 2 + 2)) for h in headers]
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = inert_cell(WriteOnlyCell(sheet, value=storable(h)))
        cell.font = bold
        header_cells.append(cell)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[_column_letter(column)].width = width
    sheet.append(header_cells)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, (date, datetime)):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd" if not isinstance(value, datetime) else "yyyy-mm-dd hh:mm"
            else:
                cell = inert_cell(WriteOnlyCell(sheet, value=storable(value)))
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)


def _column_letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str = "Sheet1") -> Path:
    """Write .csv or .xlsx (by the file's ending) atomically; returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError.coded("table_file_ending", file=path.name)
    if not path.parent.exists():
        raise ValidationError.coded("folder_missing", folder=str(path.parent))
    try:
        with written_whole(path) as partial:
            if suffix == ".csv":
                write_csv(partial, headers, rows)
            else:
                write_xlsx(partial, headers, rows, title)
    except OSError as error:
        raise ValidationError.coded("file_not_written", path=str(path), detail=str(error.strerror or error)) from None
    return path
