"""The nine-box written as PNG, PDF and XLSX: whole files, Chinese box names and names
that render, codes only for a blind session."""
from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook

from reviewer.calibration.ninebox import nine_box
from reviewer.calibration.ninebox_export import write_ninebox
from reviewer.errors import ValidationError

from .ninebox_company import calibration_company, codes_of, open_test_session


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_pdf_carries_chinese_box_names_and_people_as_text(empty_sqlite_database, tmp_path):
    company = calibration_company(empty_sqlite_database)
    grid = company.as_("hr").call(nine_box, company.cycle_id)
    path = write_ninebox(grid, tmp_path / "九宫格.pdf", "zh")
    text = _pdf_text(path)
    for word in ("明星", "中坚力量", "璞玉", "待改进者", "绩效", "潜力", "周建国", "李娜", "王磊", "潜力未评", "陈静",
                 "2027 上半年"):
        assert word in text, word
    english = _pdf_text(write_ninebox(grid, tmp_path / "nine.pdf", "en"))
    assert "Star" in english and "Core player" in english and "周建国" in english
    assert not list(tmp_path.glob(".*.part"))  # written whole: no temporary file left behind


def test_the_png_is_a_picture(empty_sqlite_database, tmp_path):
    from PIL import Image

    company = calibration_company(empty_sqlite_database)
    grid = company.as_("hr").call(nine_box, company.cycle_id, flipped=True)
    path = write_ninebox(grid, tmp_path / "nine.png", "zh")
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size[0] > 1000 and image.size[1] > 700


def test_the_workbook_lists_everyone_with_box_band_and_potential(database, tmp_path):
    company = calibration_company(database)
    grid = company.as_("hr").call(nine_box, company.cycle_id)
    path = write_ninebox(grid, tmp_path / "nine.xlsx", "en")
    workbook = load_workbook(path)
    people = [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    assert people[0] == ("Box", "Person", "Employee no.", "Band", "Performance", "Potential")
    assert ("Star", "周建国", "S001", "Outstanding", "High", "High") in people
    assert ("Rough diamond", "王磊", "S003", "Partly meets", "Low", "High") in people
    assert ("Potential not rated (1)", "陈静", "S004", "Exceeds", "High", "(not rated)") in people
    assert len(people) == 6
    boxes = {row[0]: row[3] for row in workbook.worksheets[1].iter_rows(min_row=2, values_only=True)}
    assert len(boxes) == 9 and boxes["Star"] == 1 and boxes["Core player"] == 1

    chinese = load_workbook(write_ninebox(grid, tmp_path / "九宫格.xlsx", "zh")).worksheets[0]
    assert ("明星", "周建国", "S001", "卓越", "高", "高") in [tuple(r) for r in chinese.iter_rows(values_only=True)]


def test_a_blind_session_exports_codes_and_no_name(empty_sqlite_database, tmp_path):
    company = calibration_company(empty_sqlite_database)
    session_id = open_test_session(company, blind=True)
    grid = company.as_("hr").call(nine_box, company.cycle_id, session_id=session_id)
    codes = codes_of(company, session_id)
    text = _pdf_text(write_ninebox(grid, tmp_path / "blind.pdf", "zh"))
    workbook = load_workbook(write_ninebox(grid, tmp_path / "blind.xlsx", "zh"))
    cells = " ".join(str(v) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row)
    for found in (text, cells):
        assert codes["S001"] in found
        for name in ("周建国", "李娜", "王磊", "陈静", "赵敏", "S001", "S003"):
            assert name not in found


def test_an_unknown_file_ending_is_refused_before_anything_is_written(empty_sqlite_database, tmp_path):
    company = calibration_company(empty_sqlite_database)
    grid = company.as_("hr").call(nine_box, company.cycle_id)
    with pytest.raises(ValidationError) as refused:
        write_ninebox(grid, tmp_path / "out" / "nine.docx")
    assert refused.value.code == "ninebox_file_ending" and not (tmp_path / "out").exists()
