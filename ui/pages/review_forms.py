"""The self-review and manager-review forms of one appraisal. Like the 360 form,
every answer is written to the database as it is typed (after a short pause, and
at once when the form closes or is submitted), so closing the window or a crash
loses at most the last keystrokes; a read-only form says why."""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ChangedMeanwhile, ReviewerError
from reviewer.reviews.manager_review import (
    save_manager_review_field,
    save_manager_target_comment,
    save_potential,
    save_proposed_band,
    submit_manager_review,
)
from reviewer.reviews.potential import LEVEL_DEFINITIONS, LEVEL_NAMES, LEVELS
from reviewer.reviews.self_review import (
    return_self_review,
    save_self_review_field,
    save_self_target_field,
    submit_self_review,
)
from reviewer.reviews.sheet import ReviewSheet, review_sheet
from reviewer.workstation import Workstation

from ..errors import show_error
from ..formatting import format_number, is_chinese, localized
from ..problem_text import coded_text, error_text
from ..typography import page_heading

SAVE_PAUSE_MS = 600  # typing pauses this long before what was typed is stored
NO_RATING = 0


def _text_box(text: str | None, lines: int, read_only: bool, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlainText(text or "")
    show_read_only(box, read_only)
    box.setPlaceholderText("" if read_only else placeholder)  # a hint to write, not an answer
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def show_read_only(box: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Make the box read-only and look it: no frame on a line, the window's background
    instead of an edit field's white (a read-only box otherwise looks typeable)."""
    box.setReadOnly(read_only)
    if isinstance(box, QLineEdit):
        box.setFrame(not read_only)
    palette, usual = box.palette(), QApplication.palette(box)
    palette.setColor(QPalette.ColorRole.Base,
                     usual.color(QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base))
    box.setPalette(palette)


class _ReviewForm(QDialog):
    """What both forms share: the heading, the read-only notice, saving as typed and
    the status line. Subclasses build their fields and name their submit service."""

    submitted = Signal(int)

    def __init__(self, workstation: Workstation, appraisal_id: int, parent=None):
        super().__init__(parent)
        self.workstation, self.appraisal_id = workstation, appraisal_id
        self.sheet: ReviewSheet = workstation.call(review_sheet, appraisal_id)
        self._pending: dict[str, tuple[Callable, tuple]] = {}
        # What each checked field held when read or last saved here: a save carries it, so
        # one that another person changed meanwhile is refused rather than overwritten.
        self._kept: dict[str, object] = self.stored_values()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.save_now)
        self.layout_ = QVBoxLayout(self)
        self.heading = page_heading(self.heading_text(), scale=1.3)
        self.layout_.addWidget(self.heading)
        about = QLabel(self.tr("%1 · %2 · cycle: %3").replace("%1", self.sheet.employee_name)
                       .replace("%2", self.sheet.employee_no).replace("%3", self.sheet.cycle_name))
        about.setWordWrap(True)
        self.layout_.addWidget(about)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(6)
        self.notice.hide()
        self.layout_.addWidget(self.notice)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.return_button = QPushButton(self.tr("&Return with a note…"))
        self.return_button.setToolTip(self.tr("Send the self-review back to the person with what to change"))
        self.return_button.clicked.connect(self.return_to_person)
        self.submit_button = QPushButton(self.tr("&Submit…"))
        self.submit_button.setToolTip(self.tr("Lock and send the review (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        for button in (self.return_button, self.submit_button, self.close_button):
            buttons.addWidget(button)
        self.layout_.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit_button.click)
        self.resize(820, 760)

    # -- what a subclass says ----------------------------------------------------------
    def heading_text(self) -> str:
        raise NotImplementedError

    def editable(self) -> bool:
        raise NotImplementedError

    def submit_service(self):
        raise NotImplementedError

    def submit_question(self) -> str:
        raise NotImplementedError

    def stored_values(self) -> dict[str, object]:
        """Per save key, the value the sheet holds: the fields whose saves are checked."""
        return {}

    def show_value(self, key: str, value) -> None:
        """Put a stored value back into the field of ``key`` (after taking another person's)."""

    def _show_state(self, code: str | None, params: dict, extra: str = "") -> None:
        """The read-only reason (or a note such as a return) above the fields."""
        parts = [coded_text(code, params)] if code else []
        if extra:
            parts.append(extra)
        self.notice.setText("\n".join(parts))
        self.notice.setVisible(bool(parts))
        self.submit_button.setEnabled(self.editable())
        self.return_button.setVisible(self.sheet.self_review.can_return)
        if not self.editable():
            self.saved_label.setText(self.tr("Read only."))
        else:
            self.saved_label.setText(self.tr("Answers are saved as you type."))

    # -- saving as typed -----------------------------------------------------------------
    def later(self, key: str, service: Callable, *args) -> None:
        """Store this change after the typing pause (a newer change to the same field wins)."""
        self._pending[key] = (service, args)
        self._timer.start()
        self.saved_label.setText(self.tr("Saving…"))

    def save_now(self) -> bool:
        """Store every change still waiting; False (and the reason shown) if one was refused."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for key, (service, args) in pending.items():
            try:
                self._store(key, service, args)
            except ChangedMeanwhile as conflict:
                if not self._settle(key, service, args, conflict):
                    return False
            except ReviewerError as error:
                self.saved_label.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
                return False
        if pending:
            self.saved_label.setText(self.tr("All answers saved at %1").replace(
                "%1", QTime.currentTime().toString("HH:mm:ss")))
        return True

    def _store(self, key: str, service: Callable, args: tuple) -> None:
        checked = {"value_read": self._kept[key]} if key in self._kept else {}
        self.workstation.call(service, self.appraisal_id, *args, **checked)
        if key in self._kept:
            self._kept[key] = args[-1]

    def _settle(self, key: str, service: Callable, args: tuple, conflict: ChangedMeanwhile) -> bool:
        """Another person wrote this field meanwhile: the user keeps theirs or takes the
        other's. True when the field is settled (either way), False if that failed too."""
        self.sheet = self.workstation.call(review_sheet, self.appraisal_id)
        theirs = self.stored_values().get(key)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by someone else"), error_text(conflict),
                          parent=self)
        keep = box.addButton(self.tr("&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Take theirs"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        self._kept[key] = theirs
        if box.clickedButton() is not keep:
            self.show_value(key, theirs)
            return True
        try:
            self._store(key, service, args)
        except ReviewerError as error:
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
            return False
        return True

    def done(self, result: int) -> None:  # closing by any means (Esc, Close, the title bar) saves first
        self.save_now()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_now()
        super().closeEvent(event)

    # -- submitting and returning ------------------------------------------------------------
    def submit(self) -> None:
        if not self.save_now():
            return
        confirm = QMessageBox.question(self, self.tr("Submit the review"), self.submit_question())
        if confirm != QMessageBox.StandardButton.Yes:
            return
        try:
            self.call_submit()
        except ReviewerError as error:
            show_error(self, error)
            return
        self.submitted.emit(self.appraisal_id)
        self.accept()

    def call_submit(self) -> None:
        self.workstation.call(self.submit_service(), self.appraisal_id)

    def return_to_person(self) -> None:
        if not self.save_now():
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return the self-review"),
            self.tr("What should %1 change? The note is shown on their form.").replace(
                "%1", self.sheet.employee_name))
        if not ok:
            return
        try:
            self.workstation.call(return_self_review, self.appraisal_id, note)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.reload()

    def reload(self) -> None:
        """Read the sheet again (after a return) and show its new state."""
        self.sheet = self.workstation.call(review_sheet, self.appraisal_id)
        self.refresh_state()

    def refresh_state(self) -> None:
        raise NotImplementedError


class SelfReviewForm(_ReviewForm):
    """The person's own account of the period, with an optional rating per KPI."""

    def __init__(self, workstation: Workstation, appraisal_id: int, parent=None):
        super().__init__(workstation, appraisal_id, parent)
        self.setWindowTitle(self.tr("Self-review: %1").replace("%1", self.sheet.employee_name))
        part = self.sheet.self_review
        locked = not part.can_edit
        fields = QFormLayout()
        self.achievements = _text_box(part.achievements, 6, locked, self.tr(
            "What did you achieve? Name results, customers and figures."))
        self.challenges = _text_box(part.challenges, 4, locked, self.tr(
            "What got in the way, and what did you do about it?"))
        self.wishes = _text_box(part.development_wishes, 4, locked, self.tr(
            "Skills, training or responsibilities you would like next."))
        for label, box, key in ((self.tr("Achievements *"), self.achievements, "achievements"),
                                (self.tr("Challenges"), self.challenges, "challenges"),
                                (self.tr("Development wishes"), self.wishes, "development_wishes")):
            fields.addRow(label, box)
            box.textChanged.connect(lambda b=box, k=key: self.later(k, save_self_review_field, k, b.toPlainText()))
        self.body.addLayout(fields)
        self.ratings: dict[int, QComboBox] = {}
        self.comments: dict[int, QLineEdit] = {}
        group = QGroupBox(self.tr("Your KPIs (optional self-rating, 1 = far below, 5 = far above the target)"))
        grid = QGridLayout(group)
        for column, title in enumerate((self.tr("KPI"), self.tr("Target"), self.tr("Weight %"), self.tr("Result"),
                                        self.tr("Self-rating"), self.tr("Comment"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, line in enumerate(self.sheet.targets, start=1):
            grid.addWidget(QLabel(localized(line.kpi_name, line.kpi_name_zh)), row, 0)
            for column, value in ((1, line.target_value), (2, line.weight), (3, line.actual)):
                grid.addWidget(QLabel(format_number(value)), row, column)
            rating = QComboBox()
            rating.addItem("—", NO_RATING)
            for point in range(1, 6):
                rating.addItem(str(point), point)
            rating.setCurrentIndex(max(0, rating.findData(line.self_rating or NO_RATING)))
            rating.setEnabled(not locked)
            rating.currentIndexChanged.connect(lambda _i, t=line.target_id, box=rating: self.later(
                f"rating{t}", save_self_target_field, t, "self_rating", box.currentData() or None))
            comment = QLineEdit(line.self_comment or "")
            show_read_only(comment, locked)
            comment.textChanged.connect(lambda text, t=line.target_id: self.later(
                f"comment{t}", save_self_target_field, t, "self_comment", text))
            grid.addWidget(rating, row, 4)
            grid.addWidget(comment, row, 5)
            self.ratings[line.target_id], self.comments[line.target_id] = rating, comment
        grid.setColumnStretch(5, 1)
        if not self.sheet.targets:
            grid.addWidget(QLabel(self.tr("No KPI targets in this cycle.")), 1, 0, 1, 6)
        self.body.addWidget(group)
        self.body.addStretch(1)
        self.refresh_state()

    def heading_text(self) -> str:
        return self.tr("Self-review")

    def editable(self) -> bool:
        return self.sheet.self_review.can_edit

    def submit_service(self):
        return submit_self_review

    def submit_question(self) -> str:
        return self.tr("Submit the self-review? It is locked afterwards; your manager can return it to you "
                       "with a note.")

    def refresh_state(self) -> None:
        part = self.sheet.self_review
        returned = ""
        if part.return_note and part.submitted_at is None:
            returned = self.tr("Returned by the manager: %1").replace("%1", part.return_note)
        self._show_state(part.read_only_code, part.read_only_params, returned)
        for box in (self.achievements, self.challenges, self.wishes, *self.comments.values()):
            show_read_only(box, not part.can_edit)
        for combo in self.ratings.values():
            combo.setEnabled(part.can_edit)


class ManagerReviewForm(_ReviewForm):
    """The manager's review, beside the person's self-review."""

    def __init__(self, workstation: Workstation, appraisal_id: int, parent=None):
        super().__init__(workstation, appraisal_id, parent)
        self.setWindowTitle(self.tr("Manager review: %1").replace("%1", self.sheet.employee_name))
        part, own = self.sheet.manager_review, self.sheet.self_review
        locked = not part.can_edit
        mine = QGroupBox(self.tr("The self-review"))
        mine_layout = QFormLayout(mine)
        self.self_summary = {}
        for label, text in ((self.tr("Achievements"), own.achievements), (self.tr("Challenges"), own.challenges),
                            (self.tr("Development wishes"), own.development_wishes)):
            shown = QLabel(text or self.tr("(not written)"))
            shown.setWordWrap(True)
            mine_layout.addRow(label, shown)
            self.self_summary[label] = shown
        self.self_state = QLabel()
        mine_layout.addRow(self.self_state)
        self.body.addWidget(mine)
        group = QGroupBox(self.tr("KPIs"))
        grid = QGridLayout(group)
        for column, title in enumerate((self.tr("KPI"), self.tr("Target"), self.tr("Result"), self.tr("Points"),
                                        self.tr("Self-rating"), self.tr("Self-comment"), self.tr("Your comment"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.comments: dict[int, QLineEdit] = {}
        self.self_comments: dict[int, QLabel] = {}
        for row, line in enumerate(self.sheet.targets, start=1):
            grid.addWidget(QLabel(localized(line.kpi_name, line.kpi_name_zh)), row, 0)
            for column, value in ((1, line.target_value), (2, line.actual), (3, line.points)):
                grid.addWidget(QLabel(format_number(value)), row, column)
            grid.addWidget(QLabel(format_number(line.self_rating)), row, 4)
            said = QLabel(line.self_comment or "—")  # the person's own comment on the KPI, from the self-review
            said.setWordWrap(True)
            grid.addWidget(said, row, 5)
            self.self_comments[line.target_id] = said
            comment = QLineEdit(line.manager_comment or "")
            show_read_only(comment, locked)
            comment.textChanged.connect(lambda text, t=line.target_id: self.later(
                f"comment{t}", save_manager_target_comment, t, text))
            grid.addWidget(comment, row, 6)
            self.comments[line.target_id] = comment
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(6, 1)
        self.body.addWidget(group)
        self.review_fields = QWidget()
        fields = QFormLayout(self.review_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        self.strengths = _text_box(part.strengths, 4, locked, self.tr("What the person does well, with examples."))
        self.development = _text_box(part.development_areas, 4, locked, self.tr(
            "What the person should develop next, and how."))
        self.overall = _text_box(part.overall_comment, 4, locked)
        self.band = QComboBox()
        self.band.addItem(self.tr("(choose a band)"), None)
        for band in self.sheet.bands:
            self.band.addItem(f"{localized(band.name, band.name_zh)} (≥ {band.min_score:g})", band.id)
        self.band.setCurrentIndex(max(0, self.band.findData(part.proposed_band_id)))
        self.band.setEnabled(not locked)
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.justification = _text_box(part.justification, 3, locked, self.tr(
            "Why the proposed band differs from the band the score gives."))
        self.justification_label = QLabel()
        self.private_note = _text_box(part.private_note, 3, locked, self.tr(
            "Seen only by HR and the person's managers; never in the employee's document."))
        for label, widget in ((self.tr("Strengths"), self.strengths), (self.tr("Development areas"), self.development),
                              (self.tr("Overall comment *"), self.overall), (self.tr("Proposed band *"), self.band),
                              ("", self.computed)):
            fields.addRow(label, widget)
        fields.addRow(self.justification_label, self.justification)
        self.potential = QComboBox()
        self.potential.addItem(self.tr("(not rated)"), None)
        for level in reversed(LEVELS):  # high first, as the bands are listed best first
            self.potential.addItem(localized(*LEVEL_NAMES[level]), level)
            self.potential.setItemData(self.potential.count() - 1, localized(*LEVEL_DEFINITIONS[level]),
                                       Qt.ItemDataRole.ToolTipRole)
        self.potential.setCurrentIndex(max(0, self.potential.findData(part.potential)))
        self.potential.setEnabled(not locked)
        # Every level's meaning stays in view, so managers rate against the same yardstick.
        self.potential_definitions = QLabel()
        self.potential_definitions.setWordWrap(True)
        self.potential_definitions.setTextFormat(Qt.TextFormat.RichText)
        potential_field = QWidget(self.review_fields)
        potential_layout = QVBoxLayout(potential_field)
        potential_layout.setContentsMargins(0, 0, 0, 0)
        potential_layout.addWidget(self.potential)
        potential_layout.addWidget(self.potential_definitions)
        if part.potential_readable:
            fields.addRow(self.tr("Potential"), potential_field)
        else:
            potential_field.hide()
        if part.private_note_readable:
            fields.addRow(self.tr("Private note for HR"), self.private_note)
        else:
            self.private_note.hide()
        self.body.addWidget(self.review_fields)
        # Before release the person sees their own self-review and why the rest is withheld.
        self.review_fields.setVisible(part.readable)
        for comment in self.comments.values():
            comment.setVisible(part.readable)
        self.body.addStretch(1)
        for box, key in ((self.strengths, "strengths"), (self.development, "development_areas"),
                         (self.overall, "overall_comment"), (self.justification, "justification"),
                         (self.private_note, "private_note")):
            box.textChanged.connect(lambda b=box, k=key: self.later(k, save_manager_review_field, k, b.toPlainText()))
        self.band.currentIndexChanged.connect(self._band_chosen)
        self.potential.currentIndexChanged.connect(self._potential_chosen)
        self.refresh_state()

    def heading_text(self) -> str:
        return self.tr("Manager review")

    def stored_values(self) -> dict[str, object]:
        part = self.sheet.manager_review
        values: dict[str, object] = {
            "strengths": part.strengths, "development_areas": part.development_areas,
            "overall_comment": part.overall_comment, "justification": part.justification,
            "private_note": part.private_note, "band": part.proposed_band_id, "potential": part.potential}
        values.update({f"comment{line.target_id}": line.manager_comment for line in self.sheet.targets})
        return values

    def show_value(self, key: str, value) -> None:
        texts = {"strengths": self.strengths, "development_areas": self.development, "overall_comment": self.overall,
                 "justification": self.justification, "private_note": self.private_note}
        comments = {f"comment{target}": box for target, box in self.comments.items()}
        widget = texts.get(key) or comments.get(key) or {"band": self.band, "potential": self.potential}.get(key)
        if widget is None:
            return
        widget.blockSignals(True)  # taking theirs is not a change of one's own to save
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")
        else:
            widget.setCurrentIndex(max(0, widget.findData(value)))
        widget.blockSignals(False)
        self._update_justification()
        self._show_potential_definitions()

    def editable(self) -> bool:
        return self.sheet.manager_review.can_edit

    def submit_service(self):
        return submit_manager_review

    def call_submit(self) -> None:
        self.workstation.call(submit_manager_review, self.appraisal_id, "zh" if is_chinese() else "en")

    def submit_question(self) -> str:
        return self.tr("Submit the manager review? It is locked afterwards.")

    def _band_chosen(self) -> None:
        self.later("band", save_proposed_band, self.band.currentData())
        self._update_justification()

    def _potential_chosen(self) -> None:
        self.later("potential", save_potential, self.potential.currentData())
        self._show_potential_definitions()

    def _show_potential_definitions(self) -> None:
        """The three definitions, the chosen level's in bold."""
        chosen, lines = self.potential.currentData(), []
        for level in reversed(LEVELS):
            line = f"{html.escape(localized(*LEVEL_NAMES[level]))} — {html.escape(localized(*LEVEL_DEFINITIONS[level]))}"
            lines.append(f"<b>{line}</b>" if level == chosen else line)
        self.potential_definitions.setText("<br>".join(lines))

    def _band_name(self, band_id: int | None) -> str:
        band = next((b for b in self.sheet.bands if b.id == band_id), None)
        return localized(band.name, band.name_zh) if band else ""

    def _update_justification(self) -> None:
        computed, proposed = self.sheet.manager_review.computed_band_id, self.band.currentData()
        needed = computed is not None and proposed is not None and proposed != computed
        self.justification_label.setText(self.tr("Justification *") if needed else self.tr("Justification"))
        if computed is None:
            self.computed.setText(self.tr("Not scored yet: any band may be proposed."))
        else:
            self.computed.setText(self.tr("The score %1 gives the band %2.").replace(
                "%1", f"{self.sheet.final_score:.1f}").replace("%2", self._band_name(computed))
                + (" " + self.tr("A different band needs a justification.") if needed else ""))

    def refresh_state(self) -> None:
        part, own = self.sheet.manager_review, self.sheet.self_review
        if own.submitted_at is not None:
            self.self_state.setText(self.tr("Submitted."))
        elif own.return_note:
            self.self_state.setText(self.tr("Returned with the note: %1").replace("%1", own.return_note))
        else:
            self.self_state.setText(self.tr("Not submitted yet."))
        self._show_state(part.read_only_code, part.read_only_params)
        for box in (self.strengths, self.development, self.overall, self.justification, self.private_note,
                    *self.comments.values()):
            show_read_only(box, not part.can_edit)
        self.band.setEnabled(part.can_edit)
        self.potential.setEnabled(part.can_edit)
        self._show_potential_definitions()
        self._update_justification()
