"""The Appraisals page: verification of a good and a tampered file as the user
reads it, signing in the dialog after a preview, and the list of appraisals."""
from __future__ import annotations

from reviewer.workstation import Workstation

from sqlalchemy import select

from db.models import Appraisal, Employee
from reviewer.appraisal.export import signing_copy
from reviewer.appraisal.identities import create_company_ca, create_identity

from ..conftest import SIGNING_PASSWORD


def test_the_verification_view_tells_a_good_file_from_a_tampered_one(app, qtbot, signed_appraisal, tmp_path):
    from ui.pages.verification_view import VerificationView

    view = VerificationView(Workstation(signed_appraisal.database))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.verify_files([signed_appraisal.path])
    qtbot.waitUntil(lambda: bool(view.checks), timeout=20000)
    good = view.results.text()
    assert "Every signature (3) is intact." in good
    assert "This database issued this document" in good
    assert signed_appraisal.manager in good and "trusted: issued by the company CA" in good
    assert "我对客户满意度指标的口径有异议" in good

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(signed_appraisal.path.read_bytes())
    data[data.index(b"ReportLab PDF Library")] ^= 0x20
    tampered.write_bytes(bytes(data))
    view.checks = []
    view.verify_files([tampered])
    qtbot.waitUntil(lambda: bool(view.checks), timeout=20000)
    bad = view.results.text()
    assert "Do not rely on this document: 3 signature(s) are NOT intact." in bad
    assert "NOT intact: the signed content was altered" in bad and "Every signature" not in bad


def test_a_manager_reads_the_preview_and_signs_in_the_dialog(app, qtbot, demo_database):
    from ui.dialogs.signing_dialog import SigningDialog

    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id).where(
            Appraisal.cycle_id == 1, Employee.manager_id.is_not(None)).order_by(Appraisal.id))
        employee = session.get(Employee, appraisal.employee_id)
        manager = session.get(Employee, employee.manager_id)
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        create_identity(session, manager.name, SIGNING_PASSWORD, manager.id, ca_password=SIGNING_PASSWORD)
        path = signing_copy(session, 1, employee.id, "zh")
    dialog = SigningDialog(Workstation(demo_database), path, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.page_count >= 3 and "Waiting for: <b>Manager</b>" in dialog.state_label.text()
    dialog.preview.show_page(1)
    assert dialog.preview.page == 1 and dialog.preview.previous_button.isEnabled()
    zoom = dialog.preview.zoom
    dialog.preview.zoom_in_button.click()
    assert dialog.preview.zoom > zoom
    assert not dialog.disagree.isEnabled()  # only the employee may disagree
    dialog.password.setText("wrong password")
    errors = []
    import ui.dialogs.signing_dialog as module

    original = module.show_error
    module.show_error = lambda parent, error: errors.append(str(error))
    try:
        dialog.sign_button.click()
        qtbot.waitUntil(lambda: bool(errors), timeout=20000)
        assert "password does not open" in errors[0]
        dialog.password.setText(SIGNING_PASSWORD)
        dialog.sign_button.click()
        qtbot.waitUntil(lambda: "Waiting for: <b>Employee</b>" in dialog.state_label.text(), timeout=20000)
    finally:
        module.show_error = original
    assert dialog.password.text() == ""  # never kept
    assert dialog.preview.page == dialog.preview.page_count - 1  # shows the new stamp


def test_the_page_lists_the_cycle_and_its_signatures(app, qtbot, signed_appraisal):
    from ui.pages.appraisals_page import AppraisalsPage

    page = AppraisalsPage(Workstation(signed_appraisal.database))
    qtbot.addWidget(page)
    page.reload()
    page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))
    assert page.model.rowCount() > 200
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    row = names.index(signed_appraisal.employee)
    assert page.model.index(row, 7).data().count("✔") == 3
    assert page.model.index(row, 5).data() == "Signed"
    page.table.selectRow(row)
    assert page.correct_button.isEnabled()


def test_the_list_holds_back_scores_until_the_360_results_are_published(app, qtbot, demo_database, tmp_path):
    from db.models import AppraisalState, Cycle
    from ui.pages.appraisals_page import AppraisalsPage

    with demo_database.session() as session:
        cycle = session.scalar(select(Cycle).where(Cycle.name == "2026 H2"))
        person = session.scalar(select(Employee).order_by(Employee.id).limit(1))
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == cycle.id,
                                                           Appraisal.employee_id == person.id))
        appraisal.kpi_score, appraisal.competency_score, appraisal.final_score = 80.0, 70.0, 77.0
        appraisal.state = AppraisalState.DRAFT
        appraisals = session.query(Appraisal).filter(Appraisal.cycle_id == cycle.id).count()
    page = AppraisalsPage(Workstation(demo_database))
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    page.reload()
    page.cycle.setCurrentIndex(page.cycle.findText("2026 H2"))
    assert page.model.rowCount() == appraisals
    assert "360 results are published when the 360 stage ends." in page.unpublished.text()
    assert not page.unpublished.isHidden()
    shown = [page.model.index(r, c).data() for r in range(page.model.rowCount())
             for c in range(page.model.columnCount())]
    assert "77.0" not in shown and "—" in shown
    page.grab().save(str(tmp_path / "appraisals-unpublished.png"))
    page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))
    assert page.unpublished.isHidden()


def test_a_signed_batch_tells_who_was_left_out_and_why(app, qtbot, demo_database, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    import ui.dialogs.batch_dialog as batch_module
    import ui.pages.appraisals_page as page_module
    from ui.pages.appraisals_page import AppraisalsPage

    with demo_database.session() as session:
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        head = create_identity(session, "宋俊", SIGNING_PASSWORD, ca_password=SIGNING_PASSWORD)  # leads 张雨宇 only

    class ChosenBatch:
        def __init__(self, *_args):
            pass

        def exec(self):
            return True

        def folder(self):
            return tmp_path / "batch"

        def sign_as(self):
            return head.id, SIGNING_PASSWORD

    shown = []
    monkeypatch.setattr(batch_module, "BatchDialog", ChosenBatch)
    monkeypatch.setattr(page_module.QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    page = AppraisalsPage(Workstation(demo_database))
    qtbot.addWidget(page)
    page.reload()
    page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))
    page.department.setCurrentIndex(page.department.findText("销售一组", Qt.MatchFlag.MatchEndsWith))
    page.export_batch()
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    assert shown[0].startswith("21 people were left out of the signed batch:")
    assert "宋俊 is not this person's manager (the manager is 张雨宇)" in shown[0]
    assert [p.name for p in (tmp_path / "batch").glob("*.pdf")] == ["E10005-张雨宇.pdf"]


def test_batch_dialog_shows_its_whole_explanation(app, qtbot, demo_database):
    """Issue 14: the batch-export dialog clipped its explanation at the top and bottom."""
    from PySide6.QtWidgets import QLabel

    from ui.dialogs.batch_dialog import BatchDialog

    dialog = BatchDialog(Workstation(demo_database))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = next(label for label in dialog.findChildren(QLabel) if "One PDF per person" in label.text())
    assert note.height() >= note.heightForWidth(note.width())
    assert dialog.rect().contains(note.geometry())


def test_the_page_opens_on_the_newest_cycle_that_has_appraisals(app, qtbot, demo_database):
    """Issue 14: the page opened on the newest cycle although only an older one had appraisals."""
    from sqlalchemy import delete

    from db.models import AppraisalTargetReview, Cycle
    from ui.pages.appraisals_page import AppraisalsPage

    with demo_database.session() as session:  # the newest cycle before goal setting made its appraisals
        newest = select(Appraisal.id).join(Cycle).where(Cycle.name == "2026 H2")
        session.execute(delete(AppraisalTargetReview).where(AppraisalTargetReview.appraisal_id.in_(newest)))
        session.execute(delete(Appraisal).where(Appraisal.id.in_(newest)))
    page = AppraisalsPage(Workstation(demo_database))
    qtbot.addWidget(page)
    page.reload()
    assert page.cycle.itemText(0) == "2026 H2"  # the newest, still without appraisals
    assert page.cycle.currentText() == "2026 H1"
    assert page.model.rowCount() > 0 and page.empty.isHidden()
