"""The guided 360 form keeps every answer without a save button."""
from __future__ import annotations

import pytest

from reviewer.workstation import Workstation

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import FeedbackRequest, RequestStatus
from reviewer.errors import PermissionDenied
from reviewer.feedback.filling import open_filling
from ui.dialogs.guided_form import CANNOT_JUDGE_ID, GuidedForm

TYPED_KEYS = "Follows up on every action. "
TYPED_IME = "善于倾听，会议纪要很清楚。"  # Chinese arrives from an input method, not as key presses
TYPED = TYPED_KEYS + TYPED_IME


def type_like_a_person(qtbot, widget) -> None:
    qtbot.keyClicks(widget, TYPED_KEYS)
    event = QInputMethodEvent()
    event.setCommitString(TYPED_IME)
    QApplication.sendEvent(widget, event)


def _open_request(database) -> int:
    with database.session() as session:
        return session.scalar(select(FeedbackRequest.id).where(
            FeedbackRequest.cycle_id == 2, FeedbackRequest.status == RequestStatus.OPEN,
            FeedbackRequest.relation == "peer").limit(1))


def test_half_filled_form_survives_the_window_being_destroyed(app, qtbot, demo_database):
    request_id = _open_request(demo_database)
    form = GuidedForm(Workstation(demo_database), request_id)
    qtbot.addWidget(form)
    form.show()
    sections = form.filling.form.sections
    assert form.section_index() == 0 and len(sections) >= 2
    # Answer the first sections by mouse, then type one comment and stop there.
    chosen: dict[int, int] = {}
    typed: list[int] = []
    for index, section in enumerate(sections):
        for number, question in enumerate(section.questions):
            box = form.boxes[question.id]
            if question.is_rating:
                point = CANNOT_JUDGE_ID if number == 1 and question.allow_cannot_judge else \
                    question.scale_min + (number % (question.scale_max - question.scale_min + 1))
                button = box.buttons.button(point)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
                chosen[question.id] = point
            elif not typed:
                box.text.setFocus()
                type_like_a_person(qtbot, box.text)
                typed.append(question.id)
        if index < len(sections) - 1:
            qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
            assert form.section_index() == index + 1, form.saved_label.text()
    assert typed, "the form has a comment question"
    answered = form.progress.value()
    assert answered == len(chosen) + len(typed) < len(form.filling.form.questions())

    form.hide()
    form.destroy()  # no close event, no save: as if the program died
    form.deleteLater()

    with demo_database.session() as session:
        assert open_filling(session, request_id).status == RequestStatus.IN_PROGRESS
    reopened = GuidedForm(Workstation(demo_database), request_id)
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.progress.value() == answered
    for question_id, point in chosen.items():
        assert reopened.boxes[question_id].buttons.checkedId() == point
    assert reopened.boxes[typed[0]].text.toPlainText() == TYPED
    assert reopened.section_index() == len(sections) - 1  # where the rater stopped


def test_next_is_held_until_required_answers_are_given_and_submit_locks(app, qtbot, demo_database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    request_id = _open_request(demo_database)
    form = GuidedForm(Workstation(demo_database), request_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.section_index() == 0 and "red" in form.saved_label.text()
    for section_index, section in enumerate(form.filling.form.sections):
        for question in section.questions:
            box = form.boxes[question.id]
            if question.is_rating:
                box.buttons.button(question.scale_max).click()
            else:
                box.text.setPlainText("好")
        if section_index < len(form.filling.form.sections) - 1:
            form.next_button.click()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(form.submitted):
        form.submit_button.click()
    # Returned, the form is confidential: HR who typed it in cannot open it again.
    with pytest.raises(PermissionDenied) as refused:
        GuidedForm(Workstation(demo_database), request_id)
    assert refused.value.code == "submitted_form_confidential"
