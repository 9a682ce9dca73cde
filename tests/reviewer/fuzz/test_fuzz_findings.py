"""The defects the hostile-file fuzzing found (issue 18, item 4), one test each."""
from __future__ import annotations

import io
import threading
import time
import zipfile

import pytest
from sqlalchemy import func, select

from db.models import Answer
from reviewer.errors import ValidationError
from reviewer.io.deadline import TookTooLong, time_limit
from reviewer.io.tables import read_table
from tests.reviewer.fuzz.hostile import csv_bytes, xlsx_parts
from tests.reviewer.fuzz.pdfs import with_embedded_file, with_hostile_acroform, with_javascript


def test_a_workbook_whose_sheet_does_not_inflate_is_refused_naming_it(tmp_path):
    """Found: zlib.error escaped read_table (a crash) when a part's deflate data is damaged."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in xlsx_parts(rows=[["工号", "姓名"], ["E1", "张三"]]).items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    start = data.find(b"PK\x03\x04") + 30 + len("[Content_Types].xml")  # the first part's deflate data
    data[start:start + 40] = b"\xff" * 40
    path = tmp_path / "名单.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "workbook_unreadable" and "名单.xlsx" in str(caught.value)


def test_encoding_and_empty_sheet_refusals_name_the_file(tmp_path):
    """Found: three refusals of read_table said "the file" without saying which."""
    undecodable = tmp_path / "工资.csv"
    undecodable.write_bytes(b"a,b\r\n\x81\xff\xfe,\x80\r\n")
    with pytest.raises(ValidationError) as caught:
        read_table(undecodable)
    assert caught.value.code == "encoding_unknown" and "工资.csv" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        read_table(undecodable, encoding="utf-8")
    assert caught.value.code == "encoding_fails" and "工资.csv" in str(caught.value)
    empty = tmp_path / "空.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in xlsx_parts(rows=[]).items():
            archive.writestr(name, data)
    empty.write_bytes(buffer.getvalue())
    with pytest.raises(ValidationError) as caught:
        read_table(empty)
    assert caught.value.code == "sheet_empty" and "空.xlsx" in str(caught.value)
    assert csv_bytes([["x"]], "utf-8")  # (the helper the fuzzing writes files with)


def test_the_time_limit_stops_pure_python_work_in_any_thread_and_never_fires_late():
    started = time.monotonic()
    with pytest.raises(TookTooLong):
        with time_limit(0.3):
            while True:
                try:
                    sum(range(100))
                except Exception:  # noqa: BLE001 - as a library that swallows errors would
                    pass
    assert time.monotonic() - started < 2
    with time_limit(0.2):
        pass
    time.sleep(0.4)  # a stop after the block would have come by now
    stopped = []

    def work():
        try:
            with time_limit(0.2):
                while True:
                    pass
        except TookTooLong:
            stopped.append(True)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(5)
    assert stopped == [True]


@pytest.fixture
def returned_360(demo_database, tmp_path):
    from reviewer.feedback.offline_export import export_forms, open_requests
    from tests.reviewer.feedback.test_offline_forms import fill

    with demo_database.session() as session:
        [form] = export_forms(session, open_requests(session, 2)[:1], tmp_path / "360", language="zh")
    fill(form.path, tmp_path / "filled.pdf")
    return (tmp_path / "filled.pdf").read_bytes()


def _answers(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Answer))


def test_a_form_of_100000_fields_is_refused_within_the_time_limit(demo_database, returned_360, tmp_path,
                                                                   monkeypatch):
    """Found: reading it took 20 s and more (pypdf parses every field); now it is stopped
    after READ_SECONDS, and `forms import` reads a refused file once, not twice. (The limit
    is shortened here so that even a fast machine cannot read the file within it.)"""
    from reviewer.feedback import offline_import
    from reviewer.reviews.offline_self_review import import_returned_forms

    monkeypatch.setattr(offline_import, "READ_SECONDS", 0.5)
    READ_SECONDS = 0.5
    path = tmp_path / "many.pdf"
    path.write_bytes(with_hostile_acroform(returned_360, "many"))
    before = _answers(demo_database)
    started = time.monotonic()
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [path])
    assert time.monotonic() - started < 2 * READ_SECONDS + 1
    assert (result.accepted, result.text, result.file) == (False, "form_too_complex", "many.pdf")
    assert _answers(demo_database) == before


@pytest.mark.parametrize("spoil", [with_javascript, with_embedded_file], ids=["javascript", "embedded files"])
def test_a_genuine_form_carrying_scripts_or_files_is_refused(demo_database, returned_360, tmp_path, spoil):
    """Found: a filled form with /OpenAction JavaScript or embedded files was taken in."""
    from reviewer.reviews.offline_self_review import import_returned_forms

    path = tmp_path / "returned.pdf"
    path.write_bytes(spoil(returned_360))
    before = _answers(demo_database)
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [path])
    assert (result.accepted, result.text) == (False, "form_active_content")
    assert "scripts" in result.message and _answers(demo_database) == before
    clean = tmp_path / "clean.pdf"
    clean.write_bytes(returned_360)
    with demo_database.session() as session:
        [result] = import_returned_forms(session, [clean])
    assert result.accepted, result.message


def test_a_returned_file_name_with_a_line_break_stays_on_its_verdict_line():
    from reviewer.cli.forms import verdict_line
    from reviewer.feedback.offline_import import FormImportResult

    line = verdict_line(FormImportResult("a\nREJECTED  b.pdf", False, "not_pdf", "form_not_pdf"))
    assert "\n" not in line and line.startswith("REJECTED  a\\x0aREJECTED  b.pdf: ")


def test_an_actuals_source_or_note_too_long_or_with_hidden_characters_is_refused_by_row(database, tmp_path):
    """Found: the source (a 100-character column) and the note were never checked: on PostgreSQL
    a long source failed the whole import with a database error; escape sequences were stored."""
    from reviewer.kpi.actuals_import import guess_mapping, import_actuals
    from tests.reviewer.reviews.company import build_company

    company = build_company(database)
    headers = ["工号", "指标代码", "实际值", "日期", "来源", "备注"]
    rows = [["S003", "NEW_CUST", "42", "2027-03-01", "CRM" * 100, ""],
            ["S003", "NEW_CUST", "43", "2027-03-02", "CRM", "\x1b[2J cleared"],
            ["S003", "NEW_CUST", "44", "2027-03-03", "CRM", "第一行\n第二行"]]
    path = tmp_path / "actuals.csv"
    path.write_bytes(csv_bytes([headers, *rows], "utf-8"))
    table = read_table(path)
    with company.as_("hr").unit() as session:
        result = import_actuals(session, table, guess_mapping(table.headers), source=path)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "source", "too_long"), (3, "note", "hidden_characters")]
    assert not result.imported
    with company.as_("hr").unit() as session:
        result = import_actuals(session, table, guess_mapping(table.headers), source=path, valid_only=True)
    assert (result.created, result.imported) == (1, True)  # the note over two lines is a note
