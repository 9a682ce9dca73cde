"""Signing a plan PDF in the window (issue 17, item 6): the Plans page's "Sign PDF…" opens
the signing dialog for the plan; the manager exports the current version and signs it, the
employee (disagreeing, with a comment) and HR sign the same file chosen in the dialog; the
employee's signature is the acknowledgement of the changed version, so the plan is active
again; the verification view calls the file valid and names the plan and its version."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.plans.drafting import GoalDraft
from reviewer.plans.lifecycle import revise_goal
from reviewer.plans.reading import plan_view
from reviewer.workstation import Workstation
from tests.reviewer.plans.plan_document_company import complete_demo_plan, plan_people
from ui.app import create_application
from ui.dialogs.signing_dialog import DocumentExport, SigningDialog

PASSWORD = "签字口令 correct horse"
COMMENT = "目标 2 的期限过短。"
SHOTS = Path(os.environ.get("PLANSIGN_SHOTS", "")) if os.environ.get("PLANSIGN_SHOTS") else None


def _plan_with_a_changed_goal(workstation: Workstation) -> tuple[int, dict[str, int]]:
    """The demo's running plan with an identity per signer, one goal changed after the
    acknowledgement: version 2 waits for the employee's acknowledgement."""
    with workstation.unit() as session:
        plan_id = complete_demo_plan(session)
        people = plan_people(session, plan_id)
        create_company_ca(session, "华信商贸", PASSWORD)
        identities = {role: create_identity(session, f"{role} 签名", PASSWORD, people[role], ca_password=PASSWORD).id
                      for role in ("manager", "employee", "hr")}
    goal = workstation.call(plan_view, plan_id).goals[0]
    workstation.call(revise_goal, goal.id, GoalDraft(goal.horizon, goal.description, goal.measure, goal.due_date,
                                                     goal.baseline, "95%"), "区域市场调整")
    return plan_id, identities


def test_a_plan_pdf_is_signed_three_times_in_the_dialog_and_verifies(window, qtbot, monkeypatch, tmp_path):
    from ui.pages.verification_view import VerificationView

    workstation = window.workstation
    plan_id, identities = _plan_with_a_changed_goal(workstation)
    errors = []
    monkeypatch.setattr("ui.dialogs.signing_dialog.show_error", lambda _parent, error: errors.append(error))
    page = window.page("plans")
    window.show_page("plans")
    with qtbot.waitSignal(page.plan_shown, timeout=20000):
        page.show_plan(plan_id)
    assert page.view.row.stage == "awaiting_acknowledgement" and page.view.row.version == 2
    assert page.sign_action.isEnabled()
    path = tmp_path / "计划-v2.pdf"

    def signing(role, waiting_after, choose):
        def run(dialog: SigningDialog):
            dialog.show()
            assert dialog.windowTitle() == "Sign a plan PDF" and not dialog.sign_button.isEnabled()
            choose(dialog)
            qtbot.waitUntil(lambda: dialog.state is not None or bool(errors), timeout=20000)
            assert errors == [] and f"Plan {plan_id} of <b>" in dialog.state_label.text()
            assert ", version 2." in dialog.state_label.text()
            assert dialog.disagree.isEnabled() == (role == "employee")
            assert dialog.acknowledgement_note.isVisible() == (role == "employee")
            dialog.identity.setCurrentIndex(dialog.identity.findData(identities[role]))
            assert dialog.identity.currentData() == identities[role], "this signer may not sign next"
            if role == "employee":
                dialog.disagree.setChecked(True)
                dialog.comment.setPlainText(COMMENT)
            dialog.password.setText(PASSWORD)
            dialog.sign_button.click()
            qtbot.waitUntil(lambda: waiting_after in dialog.state_label.text() or bool(errors), timeout=30000)
            assert errors == []
            return 1
        return run

    def export(dialog):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF files (*.pdf)"))
        assert dialog.export_button.isVisible()
        dialog.export_button.click()

    def choose(dialog):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "PDF files (*.pdf)"))
        dialog.choose_button.click()

    for role, waiting_after, how in (("manager", "Waiting for: <b>Employee</b>", export),
                                     ("employee", "Waiting for: <b>HR</b>", choose),
                                     ("hr", "Every signer has signed", choose)):
        monkeypatch.setattr(SigningDialog, "exec", signing(role, waiting_after, how))
        with qtbot.waitSignal(page.plan_shown, timeout=20000):  # the page reads the plan again
            page.sign_action.trigger()
        if role == "employee":  # the signature acknowledged version 2: the plan runs again
            assert page.view.row.stage == "active" and page.view.row.acknowledged_version == 2
            last = page.view.acknowledgements[-1]
            assert (last.version, last.disagrees, last.comment) == (2, True, COMMENT)

    view = VerificationView(workstation)
    qtbot.addWidget(view)
    view.verify_files([path])
    qtbot.waitUntil(lambda: bool(view.checks), timeout=30000)
    check = view.checks[0]
    assert check.valid and check.kind == "plan" and (check.plan_id, check.version) == (plan_id, 2)
    shown = view.results.text()
    assert "Every signature (3) is intact." in shown and "This database issued this document" in shown
    assert f"This is the document of plan {plan_id}, version 2." in shown
    assert "statement:" in shown and COMMENT in shown
    if SHOTS is not None:
        view.resize(900, 700)
        view.show()
        qtbot.wait(50)
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / "plan-verified-en.png"))


def test_a_file_of_another_plan_is_shown_but_not_signed(window, qtbot, monkeypatch, tmp_path):
    from reviewer.appraisal.kinds import PLAN
    from reviewer.plans.signing import write_plan_pdf

    workstation = window.workstation
    plan_id, _identities = _plan_with_a_changed_goal(workstation)
    path = workstation.call(write_plan_pdf, plan_id, tmp_path / "plan.pdf")
    dialog = SigningDialog(workstation, None, "en", kind=PLAN, document_id=plan_id + 1000)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    assert "not of the plan you chose" in dialog.state_label.text() and not dialog.sign_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshot_of_the_dialog_for_a_plan(app, qtbot, demo_database, tmp_path, language):
    """For review: the dialog at the employee's turn, written where PLANSIGN_SHOTS says."""
    from reviewer.appraisal.kinds import PLAN
    from reviewer.plans.signing import sign_plan, write_plan_pdf

    if SHOTS is None:
        pytest.skip("set PLANSIGN_SHOTS to a folder to write the screenshots")
    workstation = Workstation(demo_database)
    plan_id, identities = _plan_with_a_changed_goal(workstation)
    document_language = "zh" if language == "zh_CN" else "en"
    create_application([], language)
    try:
        path = workstation.call(write_plan_pdf, plan_id, tmp_path / "plan.pdf", document_language)
        workstation.call(sign_plan, path, "manager", identities["manager"], PASSWORD, language=document_language)
        dialog = SigningDialog(workstation, None, document_language, kind=PLAN, document_id=plan_id,
                               export=DocumentExport("plan.pdf", lambda *_: None))
        qtbot.addWidget(dialog)
        dialog.set_path(path)
        dialog.resize(1150, 760)
        dialog.show()
        dialog.preview.show_page(dialog.preview.page_count - 1)  # the signature page, with the manager's stamp
        dialog.disagree.setChecked(True)
        dialog.comment.setPlainText(COMMENT if document_language == "zh" else "Goal 2's deadline is too short.")
        qtbot.wait(100)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"plan-signing-{language}.png"))
        (SHOTS / f"plan-signed-by-manager-{language}.pdf").write_bytes(path.read_bytes())
        dialog.close()
    finally:
        create_application([], "en")
