"""The Improvement Plans page: the list shows the demo's plan; approving, recording the
acknowledgement and two check-ins through the dialogs update the view and the timeline
chart; a closed plan is read-only; a refusal is shown as an error."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from reviewer.plans.reading import list_plans
from ui.plans import step_dialogs
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
