"""The window says a service's or the database's refusal as a sentence, never as a traceback."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reviewer.errors import DatabaseOpenError, NotFound, RowProblem, ValidationError
from ui.errors import show_error
from ui.problem_text import error_text


def _shown(monkeypatch, error) -> QMessageBox:
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    show_error(None, error)
    return boxes[0]


def test_a_database_that_cannot_be_opened_is_explained_not_traced(app, monkeypatch):
    box = _shown(monkeypatch, DatabaseOpenError.coded("database_newer", revision="9999"))
    assert box.windowTitle() == "Cannot do that"
    assert box.text() == ("This database has schema version 9999, which is newer than this program understands. "
                          "Update Appraisal Workstation to open it.")
    assert "Traceback" not in box.detailedText()


def test_a_coded_service_error_is_shown_with_its_template(app, monkeypatch):
    box = _shown(monkeypatch, NotFound.coded("target_unknown", id=42))
    assert box.text() == "There is no target with id 42."


def test_a_list_of_problems_is_said_problem_by_problem(app):
    error = ValidationError.listing([RowProblem(None, "email", "email_invalid", {"value": "x@"}),
                                     RowProblem(None, "name", "missing")])
    assert error_text(error) == "Email: 'x@' is not an e-mail address; Name: is missing"
