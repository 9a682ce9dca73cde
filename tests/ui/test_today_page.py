"""The Today page: first in the sidebar, the items grouped by urgency, the sidebar's
count, double-click (or Enter) opens the place, an empty state when nothing is due."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select, update

from db.models import AppUser, Cycle, CycleStage
from reviewer.access import Actor
from reviewer.workstation import Workstation
from ui.main_window import PAGE_KEYS, MainWindow

DAY_AFTER = datetime(2026, 12, 12, 9, 0)


def _manager(database, username="manager1") -> Actor:
    with database.session() as session:
        session.execute(update(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360)
                        .values(stage_due_dates={"self_review_360": "2026-12-11"}))
        user = session.scalar(select(AppUser).where(AppUser.username == username))
        return Actor(user.id, user.username, user.display_name, user.role, user.employee_id)


def _open(app, qtbot, workstation) -> tuple[MainWindow, object]:
    QSettings().clear()  # a first start: the window opens on Today
    main = MainWindow(workstation)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    page = main.page("today")
    page.clock = lambda: DAY_AFTER
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()  # F5 does the same
    return main, page


def _rows(page):
    model = page.model
    return {model.index(g, 0).data(Qt.ItemDataRole.UserRole):
            [model.index(r, 0, model.index(g, 0)).data() for r in range(model.rowCount(model.index(g, 0)))]
            for g in range(model.rowCount())}


def test_today_is_first_shows_the_items_and_opens_the_place(app, qtbot, demo_database):
    main, page = _open(app, qtbot, Workstation(demo_database, _manager(demo_database)))
    assert PAGE_KEYS[0] == "today" and main.current_page_key() == "today"
    view = page.view
    shown = _rows(page)
    assert shown["overdue"] == [item.title for item in view.by_urgency()["overdue"]]
    assert any(title.startswith("Fill in the 360 form about") for title in shown["overdue"])
    assert page.stack.currentIndex() == page.LIST
    counts = view.counts()
    sidebar = main.sidebar.item(0).text()
    assert sidebar.startswith("Today") and f"({counts['overdue'] + counts['due_today']})" in sidebar
    # double-click a 360 form: the 360 Reviews page opens on that person's requests
    group = page.model.index(0, 0)
    row = next(r for r in range(page.model.rowCount(group))
               if page.model.index(r, 0, group).data(Qt.ItemDataRole.UserRole + 1).place == "feedback")
    index = page.model.index(row, 0, group)
    rect = page.list.visualRect(index)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_page_key() == "feedback"
    # Enter on a stage deadline opens the cycle's dashboard
    main.show_page("today")
    deadline = next(r for r in range(page.model.rowCount(group))
                    if page.model.index(r, 0, group).data(Qt.ItemDataRole.UserRole + 1).kind == "stage_deadline")
    page.list.setCurrentIndex(page.model.index(deadline, 0, group))
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert main.current_page_key() == "cycles"


def test_nothing_to_do_shows_the_empty_state(app, qtbot, demo_database):
    auditor = Actor(None, "audit", "Auditor", "auditor")
    main, page = _open(app, qtbot, Workstation(demo_database, auditor))
    assert page.stack.currentIndex() == page.EMPTY
    assert page.empty.text().startswith("Nothing needs you today")
    assert main.sidebar.item(0).text() == "Today"


def test_a_plan_item_opens_the_plans_page_on_that_plan(app, qtbot, demo_database):
    """The demo's plan awaiting acknowledgement is manager1's: Enter on it opens the plans page,
    on that plan when the page can show one (and just the page while it cannot)."""
    main, page = _open(app, qtbot, Workstation(demo_database, _manager(demo_database)))
    rows = [(page.model.index(r, 0, page.model.index(g, 0)))
            for g in range(page.model.rowCount()) for r in range(page.model.rowCount(page.model.index(g, 0)))]
    plan_rows = [index for index in rows if index.data(Qt.ItemDataRole.UserRole + 1).kind == "plan_acknowledgement"]
    assert len(plan_rows) == 1
    item = plan_rows[0].data(Qt.ItemDataRole.UserRole + 1)
    assert item.ref and item.place == "plans"
    page.list.setCurrentIndex(plan_rows[0])
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert main.current_page_key() == "plans"
    shown = []
    main.page("plans").show_plan = shown.append  # the plans page's own method, once it exists
    main.show_page("today")
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert main.current_page_key() == "plans" and shown == [item.ref]
