"""One appraisal driven in the window from self-review to signed, on a company built
from a roster file: the self-review form opened from the Appraisals page, HR moving
the cycle on its dashboard, the manager-review form, release, and the three
signatures in the signing dialog opened by the page's sign action."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Appraisal, AppraisalState, AppUser, CycleStage, Employee, Kpi, Target, UserRole
from reviewer.access import Actor
from reviewer.access.profiles import add_profile
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.cycles.setup import NewCycle, create_cycle, install_shipped_catalogue
from reviewer.cycles.stages import advance
from reviewer.io.tables import read_table
from reviewer.kpi import targets_import
from reviewer.kpi.actuals import record_actual
from reviewer.reviews.manager_review import save_manager_review_field, save_proposed_band, submit_manager_review
from reviewer.reviews.self_review import save_self_review_field, submit_self_review
from reviewer.roster import guess_mapping, import_roster
from reviewer.workstation import Workstation
from tests.reviewer.cycles.test_cycle_end_to_end import MANAGER_TARGETS, ROSTER, TARGETS, _write_csv
from tests.ui.test_review_forms import type_chinese
from ui.dialogs.signing_dialog import SigningDialog
from ui.pages.appraisals_page import AppraisalsPage
from ui.pages.cycle_dashboard import CycleDashboard, ExceptionsDialog
from ui.pages.review_forms import ManagerReviewForm, SelfReviewForm

PASSWORD = "签字口令 correct horse"
CYCLE = "2026 下半年"


def _actor(session, username):
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    return Actor(user.id, user.username, user.display_name, user.role, user.employee_id)


def _company_in_self_review(database, folder):
    """The roster company, its cycle in self-review, everyone but 李强 done with their part."""
    roster = read_table(_write_csv(folder / "花名册.csv", ROSTER))
    with database.session() as session:
        import_roster(session, roster, guess_mapping(roster.headers))
        install_shipped_catalogue(session)
        add_profile(session, "zhou.li", UserRole.HR_ADMIN, PASSWORD, employee_no="E01")
        add_profile(session, "wang.fang", UserRole.MANAGER, PASSWORD, employee_no="E02")
        ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        hr, manager = (Workstation(database, _actor(session, n)) for n in ("zhou.li", "wang.fang"))
        create_company_ca(session, "华信销售", PASSWORD)
        identity = {number: create_identity(session, name, PASSWORD, ids[number], ca_password=PASSWORD).id
                    for number, name in (("E01", "周立"), ("E02", "王芳"), ("E03", "李强"))}
    cycle_id = hr.call(create_cycle, NewCycle(CYCLE, date(2026, 7, 1), date(2026, 12, 31), "half_year")).id
    hr.call(advance, cycle_id)
    for rows in (TARGETS, MANAGER_TARGETS):
        table = read_table(_write_csv(folder / "目标.csv", rows))
        assert hr.call(targets_import.import_targets, table, targets_import.guess_mapping(table.headers),
                       cycle=CYCLE).imported
    hr.call(advance, cycle_id)
    with database.session() as session:
        appraisals = dict(session.execute(select(Employee.employee_no, Appraisal.id).join(
            Appraisal, Appraisal.employee_id == Employee.id).where(Appraisal.cycle_id == cycle_id)).all())
        targets = session.execute(select(Target.id, Employee.employee_no, Kpi.code).join(
            Employee, Employee.id == Target.employee_id).join(Kpi, Kpi.id == Target.kpi_id)).all()
    for number in ("E02", "E04", "E05"):
        hr.call(save_self_review_field, appraisals[number], "achievements", "全年工作总结")
        hr.call(submit_self_review, appraisals[number])
    values = {"CM_NEW_CUST": 20, "CM_CSAT": 90, "CM_SALES_GROWTH": 30}
    for target_id, _number, code in targets:
        hr.call(record_actual, target_id, values[code], date(2026, 11, 30))
    return hr, manager, cycle_id, appraisals, identity


def _select(page, number):
    page.reload()
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).employee_no == number)
    page.table.selectRow(row)
    assert page.selected_row().employee_no == number


def _dashboard_step(qtbot, dashboard, act, stage):
    with qtbot.waitSignal(dashboard.loaded, timeout=20000):
        act()
    qtbot.waitUntil(lambda: dashboard.view.stage == stage, timeout=20000)


def test_one_appraisal_goes_from_self_review_to_signed_in_the_window(app, qtbot, empty_sqlite_database, tmp_path,
                                                                    monkeypatch):
    database = empty_sqlite_database
    hr, manager, cycle_id, appraisals, identity = _company_in_self_review(database, tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    errors = []
    monkeypatch.setattr("ui.pages.review_forms.show_error", lambda _parent, error: errors.append(error))
    monkeypatch.setattr("ui.dialogs.signing_dialog.show_error", lambda _parent, error: errors.append(error))
    monkeypatch.setattr("ui.pages.cycle_dashboard.show_error", lambda _parent, error: errors.append(error))

    # -- the self-review, typed into the form the Appraisals page opens ------------------------
    hr_page = AppraisalsPage(hr)
    qtbot.addWidget(hr_page)
    hr_page.cycle.setCurrentIndex(hr_page.cycle.findText(CYCLE))
    _select(hr_page, "E03")

    def fill_self_review(form):
        form.show()
        type_chinese(form.achievements, "新增客户22家，超额完成目标。")
        type_chinese(form.challenges, "客户满意度调查回收率低。")
        first = next(iter(form.ratings))
        form.ratings[first].setCurrentIndex(form.ratings[first].findData(5))
        form.submit_button.click()
        return 1

    monkeypatch.setattr(SelfReviewForm, "exec", fill_self_review)
    hr_page.self_review_button.click()
    with database.session() as session:
        stored = session.get(Appraisal, appraisals["E03"])
        assert stored.self_submitted_at is not None and stored.self_achievements == "新增客户22家，超额完成目标。"
    assert errors == []

    # -- HR moves the cycle on its dashboard ------------------------------------------------------
    dashboard = CycleDashboard(hr, cycle_id)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.view is not None, timeout=20000)
    assert dashboard.blockers_model.rowCount() == 0 and dashboard.advance_button.isEnabled()
    monkeypatch.setattr(ExceptionsDialog, "exec", lambda dialog: ExceptionsDialog.DialogCode.Accepted)
    _dashboard_step(qtbot, dashboard, dashboard.advance_button.click, CycleStage.MANAGER_REVIEW)

    # -- the manager review, by the manager in her own window ---------------------------------
    for number in ("E04", "E05"):
        manager.call(save_manager_review_field, appraisals[number], "overall_comment", "达成目标。")
        manager.call(save_proposed_band, appraisals[number], "S")
        manager.call(submit_manager_review, appraisals[number])
    hr.call(save_manager_review_field, appraisals["E02"], "overall_comment", "团队稳定。")
    hr.call(save_proposed_band, appraisals["E02"], "S")
    hr.call(submit_manager_review, appraisals["E02"])
    manager_page = AppraisalsPage(manager)
    qtbot.addWidget(manager_page)
    manager_page.cycle.setCurrentIndex(manager_page.cycle.findText(CYCLE))
    _select(manager_page, "E03")

    def write_review(form):
        form.show()
        assert "新增客户22家" in form.self_summary["Achievements"].text()
        type_chinese(form.strengths, "客户开拓能力强。")
        type_chinese(form.overall, "全年达成目标。")
        type_chinese(form.private_note, "仅供HR：考虑加薪")
        computed = form.sheet.manager_review.computed_band_id  # 100 points: S
        assert next(b.code for b in form.sheet.bands if b.id == computed) == "S"
        form.band.setCurrentIndex(form.band.findData(computed))
        form.submit_button.click()
        return 1

    monkeypatch.setattr(ManagerReviewForm, "exec", write_review)
    manager_page.manager_review_button.click()
    assert errors == []
    with database.session() as session:
        stored = session.get(Appraisal, appraisals["E03"])
        assert stored.manager_submitted_at is not None and stored.strengths == "客户开拓能力强。"
        assert stored.manager_private_note == "仅供HR：考虑加薪"

    # -- calibration, sign-off, release on the dashboard -----------------------------------------
    _dashboard_step(qtbot, dashboard, dashboard.advance_button.click, CycleStage.CALIBRATION)
    _dashboard_step(qtbot, dashboard, dashboard.advance_button.click, CycleStage.SIGN_OFF)
    assert dashboard.release_button.isEnabled() and not dashboard.close_button.isEnabled()
    with qtbot.waitSignal(dashboard.loaded, timeout=20000):
        dashboard.release_button.click()
    qtbot.waitUntil(lambda: dashboard.view.released, timeout=20000)
    assert errors == []

    # -- the three signatures, each in the dialog the page's sign action opens -------------------
    def signing_as(identity_id, waiting_after):
        def sign(dialog):
            dialog.show()
            dialog.identity.setCurrentIndex(dialog.identity.findData(identity_id))
            assert dialog.identity.currentData() == identity_id, "this signer may not sign next"
            dialog.password.setText(PASSWORD)
            dialog.sign_button.click()
            qtbot.waitUntil(lambda: waiting_after in dialog.state_label.text() or bool(errors), timeout=30000)
            return 1
        return sign

    _select(manager_page, "E03")
    monkeypatch.setattr(SigningDialog, "exec", signing_as(identity["E02"], "Waiting for: <b>Employee</b>"))
    manager_page.sign_button.click()
    _select(hr_page, "E03")  # 李强 signs on HR's machine with his own identity and password
    monkeypatch.setattr(SigningDialog, "exec", signing_as(identity["E03"], "Waiting for: <b>HR</b>"))
    hr_page.sign_button.click()
    _select(hr_page, "E03")
    monkeypatch.setattr(SigningDialog, "exec", signing_as(identity["E01"], "Every signer has signed"))
    hr_page.sign_button.click()
    assert errors == []
    with database.session() as session:
        assert session.get(Appraisal, appraisals["E03"]).state == AppraisalState.SIGNED
    _select(hr_page, "E03")
    assert hr_page.selected_row().signed_roles == ("manager", "employee", "hr")
