"""The guided 360 form: one section per step, anchors beside every scale point,
each answer written to the database the moment it is given (reviewer.feedback.filling),
so closing the window or a crash loses nothing and reopening continues there."""
from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.feedback.filling import Filling, Given, open_filling, save_answer, submit
from reviewer.feedback.forms import Question, Section
from reviewer.vocabulary import Relationship
from reviewer.workstation import Workstation

from ..errors import show_error
from ..problem_text import error_text
from ..formatting import localized
from ..typography import page_heading
from ..vocabulary import name_of

CANNOT_JUDGE_ID = 10_000  # beyond any scale; QButtonGroup uses -1 for "nothing checked"


class QuestionBox(QFrame):
    """One question with its answer widgets; emits ``answered`` with what was given."""

    answered = Signal(int, object)  # question id, Given

    def __init__(self, number: int, question: Question, given: Given, locked: bool, parent=None):
        super().__init__(parent)
        self.question = question
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        marker = " *" if question.required else ""
        self.title = QLabel(f"<b>{number}. {localized(question.text, question.text_zh)}</b>{marker}")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.buttons: QButtonGroup | None = None
        self.text: QPlainTextEdit | None = None
        if question.is_rating:
            self.buttons = QButtonGroup(self)
            anchors = {a.point: localized(a.text, a.text_zh) for a in question.anchors}
            for point in range(question.scale_min, question.scale_max + 1):
                button = QRadioButton(f"{point}   {anchors.get(point, '')}".rstrip())
                self.buttons.addButton(button, point)
                layout.addWidget(button)
            if question.allow_cannot_judge:
                button = QRadioButton(self.tr("Cannot judge"))
                self.buttons.addButton(button, CANNOT_JUDGE_ID)
                layout.addWidget(button)
            chosen = CANNOT_JUDGE_ID if given.cannot_judge else given.rating
            if chosen is not None and self.buttons.button(chosen):
                self.buttons.button(chosen).setChecked(True)
            for button in self.buttons.buttons():
                button.setEnabled(not locked)
            self.buttons.idClicked.connect(self._rated)
        else:
            self.text = QPlainTextEdit()
            self.text.setTabChangesFocus(True)
            self.text.setPlaceholderText(self.tr("Write concrete examples; your words are shown without your "
                                                 "name when you answer as a peer, report or customer."))
            self.text.setPlainText(given.text or "")
            self.text.setReadOnly(locked)
            self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 6)
            self.text.textChanged.connect(lambda: self.answered.emit(self.question.id, self.given()))
            layout.addWidget(self.text)

    def _rated(self, point: int) -> None:
        self.answered.emit(self.question.id, self.given())

    def given(self) -> Given:
        if self.buttons is not None:
            chosen = self.buttons.checkedId()
            if chosen == CANNOT_JUDGE_ID:
                return Given(cannot_judge=True)
            return Given(rating=chosen) if chosen != -1 else Given()
        return Given(text=self.text.toPlainText())

    def mark_missing(self, missing: bool) -> None:
        self.setStyleSheet("QuestionBox { border: 2px solid #c0392b; }" if missing else "")


class GuidedForm(QDialog):
    """Fill one feedback request, section by section."""

    submitted = Signal(int)

    def __init__(self, workstation: Workstation, request_id: int, parent=None):
        super().__init__(parent)
        self.workstation, self.request_id = workstation, request_id
        self.filling: Filling = workstation.call(open_filling, request_id)
        form = self.filling.form
        self.setWindowTitle(self.tr("360 feedback about %1").replace("%1", form.subject_name))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Feedback about %1").replace("%1", form.subject_name), scale=1.3))
        relation = name_of(Relationship(form.relation))
        about = QLabel(self.tr("%1 · rater: %2 (%3) · form: %4").replace("%1", form.subject_context)
                       .replace("%2", form.rater_name).replace("%3", relation)
                       .replace("%4", localized(form.template_name, form.template_name_zh)))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.step_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, len(form.questions()))
        self.progress.setFormat(self.tr("%v of %m answered"))
        self.progress.setMinimumWidth(220)
        steps = QHBoxLayout()
        steps.addWidget(self.step_label, 1)
        steps.addWidget(self.progress)
        layout.addLayout(steps)
        self.pages = QStackedWidget()
        self.boxes: dict[int, QuestionBox] = {}
        number = 0
        for section in form.sections:
            self.pages.addWidget(self._section_page(section, number))
            number += len(section.questions)
        layout.addWidget(self.pages, 1)
        self.saved_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.submit_button = QPushButton(self.tr("Submit"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self.next_section)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.close)
        for button in (self.back_button, self.next_button, self.submit_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.setToolTip(self.tr("Previous section (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next section (Alt+Right)"))
        self.submit_button.setToolTip(self.tr("Lock and send the answers (Ctrl+Enter)"))
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next_button.click)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit_button.click)
        self.resize(760, 720)
        self.saved_label.setText(self.tr("Submitted; the answers are locked.") if self.filling.locked
                                 else self.tr("Answers are saved as you go."))
        self.go(self.filling.resume_section())

    def _section_page(self, section: Section, first_number: int) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        for offset, question in enumerate(section.questions, start=1):
            box = QuestionBox(first_number + offset, question, self.filling.given.get(question.id, Given()),
                              self.filling.locked)
            box.answered.connect(self._save)
            self.boxes[question.id] = box
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    # -- navigation ----------------------------------------------------------------
    def section_index(self) -> int:
        return self.pages.currentIndex()

    def go(self, index: int) -> None:
        sections = self.filling.form.sections
        index = max(0, min(index, len(sections) - 1))
        self.pages.setCurrentIndex(index)
        section = sections[index]
        self.step_label.setText(self.tr("Section %1 of %2: %3").replace("%1", str(index + 1))
                                .replace("%2", str(len(sections))).replace("%3", localized(section.title,
                                                                                           section.title_zh)))
        last = index == len(sections) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.submit_button.setVisible(last)
        self.submit_button.setEnabled(not self.filling.locked)
        self._update_progress()
        first = section.questions[0].id if section.questions else None
        if first in self.boxes and not self.filling.locked:
            box = self.boxes[first]
            (box.buttons.buttons()[0] if box.buttons else box.text).setFocus()

    def next_section(self) -> None:
        section = self.filling.form.sections[self.section_index()]
        missing = [q for q in self.filling.missing() if q in section.questions]
        for question in section.questions:
            self.boxes[question.id].mark_missing(question in missing)
        if missing and not self.filling.locked:
            self.saved_label.setText(self.tr("Answer the questions marked in red to go on."))
            return
        self.go(self.section_index() + 1)

    # -- saving --------------------------------------------------------------------
    def _save(self, question_id: int, given: Given) -> None:
        try:
            self.workstation.call(save_answer, self.request_id, question_id, given)
        except ReviewerError as error:
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
            return
        self.filling.given[question_id] = given  # the snapshot follows what was stored
        self.boxes[question_id].mark_missing(False)
        self.saved_label.setText(self.tr("All answers saved at %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))
        self._update_progress()

    def _update_progress(self) -> None:
        self.progress.setValue(self.filling.answered_count())

    def submit(self) -> None:
        missing = self.filling.missing()
        if missing:
            for question in missing:
                self.boxes[question.id].mark_missing(True)
            first = missing[0]
            self.go(next(i for i, s in enumerate(self.filling.form.sections) if first in s.questions))
            self.saved_label.setText(self.tr("%n required question(s) still need an answer.", "", len(missing)))
            return
        confirm = QMessageBox.question(self, self.tr("Submit feedback"),
                                       self.tr("Submit the answers? They cannot be changed afterwards."))
        if confirm != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workstation.call(submit, self.request_id)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.submitted.emit(self.request_id)
        self.accept()
