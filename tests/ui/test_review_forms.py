"""The self-review and manager-review forms: typed answers are stored after a short
pause, submitting asks first and locks, a manager returns a self-review with a note,
and a read-only form says why."""
from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox

from db.models import Appraisal, CycleStage
from reviewer.workstation import Workstation
from tests.reviewer.reviews.company import build_company
from tests.ui.test_guided_form import TYPED, type_like_a_person
from ui.pages.review_forms import SAVE_PAUSE_MS, ManagerReviewForm, SelfReviewForm


def type_chinese(widget, text: str) -> None:
    """Chinese arrives from an input method, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _stored(company, number) -> Appraisal:
    with company.database.session() as session:
        appraisal = session.get(Appraisal, company.appraisals[number])
        session.expunge(appraisal)
        return appraisal


def _yes(monkeypatch, asked: list):
    def answer(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answer)


def test_self_review_is_saved_as_typed_then_submitted(app, qtbot, empty_sqlite_database, monkeypatch):
    company = build_company(empty_sqlite_database)
    form = SelfReviewForm(company.as_("wanglei"), company.appraisals["S003"])
    qtbot.addWidget(form)
    form.show()
    assert form.submit_button.isEnabled() and not form.notice.isVisible()
    form.achievements.setFocus()
    type_like_a_person(qtbot, form.achievements)
    first = company.targets["S003"][0]
    form.ratings[first].setCurrentIndex(form.ratings[first].findData(4))
    type_chinese(form.comments[first], "超额完成")
    assert _stored(company, "S003").self_achievements is None  # still within the typing pause
    qtbot.waitUntil(lambda: _stored(company, "S003").self_achievements == TYPED, timeout=SAVE_PAUSE_MS * 5)
    assert "saved" in form.saved_label.text()
    sheet = company.as_("wanglei").call(__import__("reviewer.reviews.sheet", fromlist=["x"]).review_sheet,
                                        company.appraisals["S003"])
    assert (sheet.targets[0].self_rating, sheet.targets[0].self_comment) == (4, "超额完成")
    asked = []
    _yes(monkeypatch, asked)
    type_chinese(form.challenges, "回款慢")  # typed just before submitting: stored too
    form.submit_button.click()
    assert asked and _stored(company, "S003").self_submitted_at is not None
    assert _stored(company, "S003").self_challenges == "回款慢"

    reopened = SelfReviewForm(company.as_("wanglei"), company.appraisals["S003"])
    qtbot.addWidget(reopened)
    assert reopened.achievements.isReadOnly() and not reopened.submit_button.isEnabled()
    assert "submitted and locked" in reopened.notice.text()
    reopened.grab().save(str(company.database.url).replace("sqlite:///", "") + ".self-review.png")


def test_manager_returns_the_self_review_then_writes_and_submits_the_review(app, qtbot, empty_sqlite_database,
                                                                            monkeypatch):
    company = build_company(empty_sqlite_database)
    company.as_("wanglei").call(__import__("reviewer.reviews.self_review", fromlist=["x"]).save_self_review_field,
                                company.appraisals["S003"], "achievements", "Good year")
    company.as_("wanglei").call(__import__("reviewer.reviews.self_review", fromlist=["x"]).submit_self_review,
                                company.appraisals["S003"])
    company.set_stage(CycleStage.MANAGER_REVIEW)
    company.set_score("S003", 72.0)  # band C
    lina = company.as_("lina")
    form = ManagerReviewForm(lina, company.appraisals["S003"])
    qtbot.addWidget(form)
    form.show()
    assert form.return_button.isVisible() and form.submit_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("请写上客户名称", True))
    form.return_button.click()
    assert _stored(company, "S003").self_return_note == "请写上客户名称"
    assert "Returned with the note" in form.self_state.text() and not form.return_button.isVisible()

    qtbot.keyClicks(form.strengths, "Keeps customers")
    qtbot.keyClicks(form.overall, "A solid half-year")
    qtbot.keyClicks(form.comments[company.targets["S003"][0]], "Above target")
    form.band.setCurrentIndex(form.band.findData(company.bands["B"]))
    assert form.justification_label.text() == "Justification *"
    qtbot.keyClicks(form.private_note, "Discuss pay")
    asked, shown = [], []
    _yes(monkeypatch, asked)
    monkeypatch.setattr("ui.pages.review_forms.show_error", lambda _parent, error: shown.append(error.code))
    form.submit_button.click()  # no justification yet: refused, nothing locked
    assert _stored(company, "S003").manager_submitted_at is None and shown == ["justification_required"]
    qtbot.keyClicks(form.justification, "Won the biggest account")
    form.submit_button.click()
    stored = _stored(company, "S003")
    assert stored.manager_submitted_at is not None
    assert (stored.strengths, stored.manager_comment, stored.proposed_band_id, stored.manager_private_note,
            stored.rating_justification) == ("Keeps customers", "A solid half-year", company.bands["B"],
                                             "Discuss pay", "Won the biggest account")


def test_the_person_sees_why_the_manager_review_is_hidden(app, qtbot, empty_sqlite_database):
    company = build_company(empty_sqlite_database, CycleStage.MANAGER_REVIEW)
    form = ManagerReviewForm(company.as_("wanglei"), company.appraisals["S003"])
    qtbot.addWidget(form)
    assert "once HR releases" in form.notice.text()
    assert not form.submit_button.isEnabled() and form.strengths.isReadOnly()
    assert not form.private_note.isVisibleTo(form)


def test_the_appraisals_page_opens_both_forms(app, qtbot, empty_sqlite_database, monkeypatch):
    from ui.pages.appraisals_page import AppraisalsPage

    company = build_company(empty_sqlite_database)
    page = AppraisalsPage(Workstation(empty_sqlite_database))
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 5 and not page.self_review_button.isEnabled()
    page.table.selectRow(0)
    number = page.selected_row().employee_no
    opened = []
    monkeypatch.setattr(SelfReviewForm, "exec", lambda self: opened.append(("self", self.sheet.employee_no)))
    monkeypatch.setattr(ManagerReviewForm, "exec", lambda self: opened.append(("manager", self.sheet.employee_no)))
    page.self_review_button.click()
    page.table.selectRow(0)
    page.manager_review_button.click()
    assert opened == [("self", number), ("manager", number)]
    assert company  # built over the ORM, not the demo


def test_a_read_only_manager_review_shows_rounded_points_the_persons_comments_and_boxes_that_look_read_only(
        app, qtbot, empty_sqlite_database):
    from datetime import date

    from db.models import Actual
    from reviewer.reviews.self_review import save_self_target_field

    company = build_company(empty_sqlite_database)
    first, second = company.targets["S003"]
    company.as_("wanglei").call(save_self_target_field, company.appraisals["S003"], first, "self_comment",
                                "签下 12 家新客户")
    with company.database.session() as session:
        session.add(Actual(target_id=first, value=116.6666667, as_of=date(2027, 3, 31)))
    company.set_stage(CycleStage.CALIBRATION)  # the manager review stage is over: read-only
    form = ManagerReviewForm(company.as_("lina"), company.appraisals["S003"])
    qtbot.addWidget(form)
    form.show()
    texts = [label.text() for label in form.findChildren(QLabel)]
    assert "116.67" in texts and not any("116.667" in text for text in texts)
    assert form.self_comments[first].text() == "签下 12 家新客户" and form.self_comments[second].text() == "—"
    comment = form.comments[first]
    assert comment.isReadOnly() and not comment.hasFrame()
    assert comment.palette().color(QPalette.ColorRole.Base) == comment.palette().color(QPalette.ColorRole.Window)
    assert form.strengths.palette().color(QPalette.ColorRole.Base) == form.palette().color(QPalette.ColorRole.Window)


def test_an_editable_manager_review_keeps_its_comment_boxes_looking_editable(app, qtbot, empty_sqlite_database):
    company = build_company(empty_sqlite_database, CycleStage.MANAGER_REVIEW)
    form = ManagerReviewForm(company.as_("lina"), company.appraisals["S003"])
    qtbot.addWidget(form)
    comment = form.comments[company.targets["S003"][0]]
    assert not comment.isReadOnly() and comment.hasFrame()
    assert comment.palette().color(QPalette.ColorRole.Base) != comment.palette().color(QPalette.ColorRole.Window)


def _manager_writes_while_hr_writes(company, monkeypatch, choice: str):
    """lina has the form open; HR saves the strengths meanwhile; lina then types hers."""
    from reviewer.reviews.manager_review import save_manager_review_field

    company.set_stage(CycleStage.MANAGER_REVIEW)
    form = ManagerReviewForm(company.as_("lina"), company.appraisals["S003"])
    company.as_("hr").call(save_manager_review_field, company.appraisals["S003"], "strengths", "HR: 客户关系好")
    asked = []

    def answer(box):
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if choice in b.text().replace("&", ""))
        chosen.click()
        box.done(0)
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    form.strengths.setPlainText("Lina: keeps customers")
    assert form.save_now()
    return form, asked


def test_an_answer_another_person_saved_meanwhile_is_not_overwritten_unless_the_user_keeps_theirs(
        app, qtbot, empty_sqlite_database, monkeypatch):
    company = build_company(empty_sqlite_database)
    form, asked = _manager_writes_while_hr_writes(company, monkeypatch, "Keep mine")
    qtbot.addWidget(form)
    assert len(asked) == 1 and "hr changed this answer in" in asked[0]
    assert _stored(company, "S003").strengths == "Lina: keeps customers"
    form.overall.setPlainText("Solid")  # an untouched field saves without a question
    form.strengths.setPlainText("Lina: keeps customers, again")  # hers now: no question either
    assert form.save_now() and len(asked) == 1
    assert _stored(company, "S003").strengths == "Lina: keeps customers, again"


def test_taking_the_other_persons_answer_puts_it_in_the_box(app, qtbot, empty_sqlite_database, monkeypatch):
    company = build_company(empty_sqlite_database)
    form, asked = _manager_writes_while_hr_writes(company, monkeypatch, "Take theirs")
    qtbot.addWidget(form)
    assert len(asked) == 1
    assert _stored(company, "S003").strengths == "HR: 客户关系好" == form.strengths.toPlainText()
    assert not form._pending  # showing theirs is not a change of lina's to save
