"""Rating bands read from a spreadsheet (code, name, name_zh, min_score, guideline_pct),
checked row by row before a cycle takes them."""
from __future__ import annotations

from pathlib import Path

from ..errors import RowProblem, ValidationError
from ..io.tables import read_table
from .settings import Band, band_problems

COLUMNS = ("code", "name", "name_zh", "min_score", "guideline_pct")


def read_bands(path: str | Path) -> list[Band]:
    """The bands in ``path`` (.csv or .xlsx, one row per band under a header row).
    Raises ValidationError naming each bad row and field."""
    path = Path(path)
    table = read_table(path)
    headers = [str(h or "").strip().casefold() for h in table.headers]
    missing = [column for column in COLUMNS if column not in headers]
    if missing:
        raise ValidationError.coded("bands_file_columns", file=path.name, missing=", ".join(missing))
    where = {column: headers.index(column) for column in COLUMNS}
    problems: list[RowProblem] = []
    bands = []
    for index, cells in enumerate(table.rows):
        if all(cell in (None, "") for cell in cells):
            continue
        row = table.row_number(index)
        cell = {column: cells[where[column]] if where[column] < len(cells) else None for column in COLUMNS}
        numbers = {}
        for column in ("min_score", "guideline_pct"):
            value = cell[column]
            numbers[column] = 0.0
            if value is None or str(value).strip() == "":
                problems.append(RowProblem(row, column, "missing", {}))
                continue
            try:
                numbers[column] = float(str(value).strip().rstrip("%"))
            except ValueError:
                problems.append(RowProblem(row, column, "not_a_number", {"value": str(value)}))
        text = {column: "" if cell[column] is None else str(cell[column]).strip() for column in ("code", "name", "name_zh")}
        bands.append(Band(text["code"], text["name"], text["name_zh"], numbers["min_score"],
                          numbers["guideline_pct"]))
    if not bands:
        raise ValidationError.coded("bands_file_empty", file=path.name)
    # Rows in the file start under the header (blank rows skipped: then numbered as read).
    checked = band_problems(bands, first_row=2) if len(bands) == len(table.rows) else band_problems(bands)
    unreadable = {(p.row, p.field) for p in problems}
    problems += [p for p in checked if (p.row, p.field) not in unreadable
                 and not (p.row is None and p.field in {f for _, f in unreadable})]
    if problems:
        raise ValidationError.listing(problems)
    return bands
