"""The Improvement Plans page: the list shows the demo's plan; approving, recording the
acknowledgement and two check-ins through the dialogs update the view and the timeline
chart; a closed plan is read-only; a refusal is shown as an error."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from reviewer.plans.reading import list_plans
from tests.ui.test_guided_plan_flow import _low_appraisal
from ui.plans.guided_flow import ACTIONS, CAUSE, GOALS, SUMMARY, GuidedPlanDialog
from ui.plans.step_dialogs import AcknowledgementDialog, CheckInDialog, CloseDialog


def _open_plans(window, qtbot):
    page = window.page("plans")
    with qtbot.waitSignal(page.plans_loaded, timeout=20000):
        window.show_page("plans")
    return page


def _wait_shown(page, qtbot, action):
    with qtbot.waitSignal(page.plan_shown, timeout=20000):
        action()


def _person_column(page) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_the_list_shows_the_demo_plan_and_its_timeline(window, qtbot, demo_database):
    expected = window.workstation.call(list_plans)
    page = _open_plans(window, qtbot)
    assert page.model.rowCount() == len(expected) >= 1
    assert any(expected[0].person in text for text in _person_column(page))
    if page.view is None:
        qtbot.waitUntil(lambda: page.view is not None, timeout=20000)
    assert page.plan_stack.currentIndex() == page.PLAN
    assert page.plan_view.title.text().startswith(expected[0].person)
    # a stage filter with nothing in it shows the empty state
    closed = page.stage_filter.findData("closed")
    with qtbot.waitSignal(page.plans_loaded, timeout=20000):
        page.stage_filter.setCurrentIndex(closed)
    if not [row for row in expected if row.stage == "closed"]:
        assert page.list_stack.currentIndex() == page.EMPTY
        assert page.empty.text() == "No plan matches these filters."


def _accept_with(fill):
    def run(dialog):
        fill(dialog)
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted
    return run


def _check_in_at(progress: dict[int, tuple[int, str]], notes: str):
    def fill(dialog: CheckInDialog):
        for goal_id, (pct, state) in progress.items():
            dialog.set_goal(goal_id, pct, state)
        dialog.notes.setPlainText(notes)
    return fill


def _walk_the_guided_flow(window, page, qtbot) -> int:
    """From a low demo appraisal through every step of the guided flow to a saved draft,
    which the page then shows (as after Ctrl+N or Appraisals → Start improvement plan…)."""
    appraisal_id = _low_appraisal(window.workstation)
    dialog = GuidedPlanDialog(window.workstation, appraisal_id=appraisal_id, source="appraisal",
                              today=date.today(), parent=page)
    qtbot.addWidget(dialog)
    dialog.plan_saved.connect(page._plan_saved)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    assert dialog.pages.currentIndex() == CAUSE and dialog.comparison.rowCount() > 0
    qtbot.mouseClick(dialog.cause_radios["process"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.analysis, "Follow-ups are not logged; the best performers log each visit the same day.")
    for expected in (GOALS, ACTIONS, SUMMARY):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == expected
    with qtbot.waitSignal(page.plan_shown, timeout=20000), qtbot.waitSignal(dialog.plan_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return saved.args[0]


def test_from_a_low_appraisal_through_the_guided_flow_to_an_active_plan_with_two_check_ins(
        window, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr("ui.pages.plans_page.show_error", lambda _parent, error: errors.append(error))
    page = _open_plans(window, qtbot)
    plan_id = _walk_the_guided_flow(window, page, qtbot)
    view = page.view
    assert view.row.id == plan_id and view.row.stage == "draft"  # saved for HR to approve
    assert page.approve_action.isEnabled() and not page.check_in_action.isEnabled()
    before = {label: len(points) for label, points in page.plan_view.chart.series.items()}

    _wait_shown(page, qtbot, page.approve_action.trigger)
    assert page.view.row.stage == "awaiting_acknowledgement" and errors == []
    assert not page.approve_action.isEnabled() and page.acknowledge_action.isEnabled()
    assert "not yet acknowledged" in page.plan_view.status_line.text()

    def disagree(dialog: AcknowledgementDialog):
        dialog.disagrees.setChecked(True)
        assert not dialog.ok_button.isEnabled()  # disagreeing needs the employee's comment
        dialog.comment.setPlainText("The visit target is too high for my region.")

    monkeypatch.setattr(AcknowledgementDialog, "exec", _accept_with(disagree))
    _wait_shown(page, qtbot, page.acknowledge_action.trigger)
    assert page.view.row.stage == "active" and errors == []
    assert "(disagrees)" in page.plan_view.status_line.text()
    assert page.check_in_action.isEnabled() and page.close_action.isEnabled()

    goals = [goal.id for goal in page.view.goals]
    first = {goals[0]: (85, "on_track"), goals[1]: (40, "off_track")}
    monkeypatch.setattr(CheckInDialog, "exec", _accept_with(_check_in_at(first, "Follow-ups up, records late")))
    _wait_shown(page, qtbot, page.check_in_action.trigger)
    assert errors == []
    assert page.view.row.health == "at_risk"
    goal_two = page.view.goals[1]
    assert (goal_two.latest_progress, goal_two.latest_state) == (40, "off_track")
    second = {goals[0]: (95, "on_track"), goals[1]: (70, "at_risk")}
    monkeypatch.setattr(CheckInDialog, "exec", _accept_with(_check_in_at(second, "Records nearly complete")))
    _wait_shown(page, qtbot, page.check_in_action.trigger)
    assert errors == []
    assert [c.notes for c in page.view.check_ins[-2:]] == ["Follow-ups up, records late", "Records nearly complete"]
    series = page.plan_view.chart.series
    goal_lines = {label: points for label, points in series.items() if label.startswith(("1.", "2."))}
    assert sorted(len(points) for points in goal_lines.values()) == [2, 2]
    assert [pct for _day, pct in next(points for label, points in goal_lines.items() if label.startswith("2."))] \
        == [40, 70]
    assert len(series["Whole plan"]) == before.get("Whole plan", 0) + 2
    model = page.plan_view.check_ins_model
    assert model.index(0, 2).data() == "Records nearly complete"  # the newest first
    assert page.warning_action.isEnabled()

    def close(dialog: CloseDialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("success"))
        assert not dialog.ok_button.isEnabled()  # reasoning required
        dialog.reasoning.setPlainText("Both goals reached by the second check-in.")

    monkeypatch.setattr(CloseDialog, "exec", _accept_with(close))
    _wait_shown(page, qtbot, page.close_action.trigger)
    assert errors == [] and page.view.row.stage == "closed"
    assert all(not action.isEnabled() for action in page.step_actions)
    line = page.plan_view.read_only_line
    assert line.isVisibleTo(page) and "read-only" in line.text() and "Succeeded" in line.text()


def test_a_refused_step_is_shown_and_changes_nothing(window, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr("ui.pages.plans_page.show_error", lambda _parent, error: errors.append(error))
    page = _open_plans(window, qtbot)
    qtbot.waitUntil(lambda: page.view is not None, timeout=20000)
    stage = page.view.row.stage
    assert stage != "draft" and not page.approve_action.isEnabled()  # the demo's plans are approved
    with qtbot.waitSignal(page.plans_loaded, timeout=20000, raising=False):
        page.approve()  # as if the button were pressed anyway: the service refuses
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert errors[0].code == "plan_already_approved"
    assert page.view.row.stage == stage


def test_show_plan_selects_it_and_ctrl_n_asks_for_the_guided_flow(window, qtbot, monkeypatch):
    page = _open_plans(window, qtbot)
    plan_id = window.workstation.call(list_plans)[0].id
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("closed"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=20000)
    with qtbot.waitSignal(page.plan_shown, timeout=20000) as shown:
        page.show_plan(plan_id)
    assert shown.args == [plan_id] and page.stage_filter.currentData() is None
    assert page.table.currentIndex().row() == page.model.row_of(plan_id)
    opened = []
    monkeypatch.setattr("ui.plans.guided_flow.GuidedPlanDialog",
                        lambda workstation, parent=None: opened.append(workstation) or _NoFlow())
    page.setFocus()
    qtbot.keyClick(page, "n", modifier=Qt.KeyboardModifier.ControlModifier)
    assert opened == [window.workstation]


class _NoFlow:
    class _Signal:
        def connect(self, _slot):
            pass

    plan_saved = _Signal()

    def exec(self):
        return 0


def test_the_split_between_list_and_plan_is_remembered(window, qtbot, demo_database):
    from reviewer.workstation import Workstation
    from ui.main_window import MainWindow

    page = _open_plans(window, qtbot)
    page.splitter.setSizes([300, 700])
    sizes = page.splitter.sizes()
    window.close()
    again = MainWindow(Workstation(demo_database))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.current_page_key() == "plans"
    restored = again.pages["plans"].splitter.sizes()
    # the window may open at another size: the split keeps its proportion
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
