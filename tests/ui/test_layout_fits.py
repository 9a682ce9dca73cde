"""The window and its dialogs fit a 1280-pixel-wide screen: no page forces the window
wider, columns share the width instead of hiding one behind a scroll bar, and the KPI
editor's scoring fields sit on form rows of their own."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTabWidget

from reviewer.workstation import Workstation

SCREEN_WIDTH = 1280


def test_no_page_makes_the_window_wider_than_a_1280_pixel_screen(window, qtbot):
    for key in ("people", "kpis", "cycles", "feedback", "plans", "appraisals", "settings"):
        window.show_page(key)
        for tabs in window.page(key).findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(50)
        assert window.minimumSizeHint().width() <= SCREEN_WIDTH, key


def test_the_people_list_shows_the_email_column_without_scrolling_at_1280_pixels(window, qtbot):
    window.resize(SCREEN_WIDTH, 800)
    window.show_page("people")
    table = window.people_page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0 and window.people_page.model.rowCount() > 0)
    qtbot.wait(100)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    email = window.people_page.model.columnCount() - 1
    # The addresses get the rest, the widest column (a long one is cut at its end, not scrolled to).
    assert header.sectionSize(email) == max(header.sectionSize(c) for c in range(header.count()))
    assert header.sectionSize(email) >= table.fontMetrics().averageCharWidth() * 25


def test_the_360_requests_share_the_width_between_subject_and_rater(window, qtbot):
    from ui.pages.feedback_requests import ABOUT_COLUMN, DEPARTMENT_COLUMN, RATER_COLUMN

    window.show_page("feedback")
    requests = window.page("feedback").requests_tab
    qtbot.waitUntil(lambda: requests.model.rowCount() > 0, timeout=20000)
    header = requests.table.horizontalHeader()
    assert header.sectionResizeMode(ABOUT_COLUMN) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(RATER_COLUMN) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(DEPARTMENT_COLUMN) == QHeaderView.ResizeMode.Interactive


def test_the_linear_rule_fields_are_form_rows_next_to_each_other(app, qtbot):
    from PySide6.QtWidgets import QFormLayout

    from reviewer.vocabulary import ScoringRule
    from ui.pages.kpi_editor import KpiEditor

    editor = KpiEditor()
    qtbot.addWidget(editor)
    editor.resize(420, 700)
    editor.show()
    editor.rule.setCurrentIndex(editor.rule.findData(ScoringRule.LINEAR))
    qtbot.wait(50)
    form = editor.findChild(QFormLayout)
    labels = [form.labelForField(form.itemAt(row, QFormLayout.ItemRole.FieldRole).layout()
                                 or form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()).text()
              for row in editor._linear_rows]
    assert labels == ["No points below:", "Counted up to:"]
    floor_top, cap_top = editor.floor.mapTo(editor, editor.floor.rect().topLeft()), \
        editor.cap.mapTo(editor, editor.cap.rect().topLeft())
    assert floor_top.x() == cap_top.x() and 0 < cap_top.y() - floor_top.y() < 2 * editor.floor.height()
    editor.rule.setCurrentIndex(editor.rule.findData(ScoringRule.STEPS))
    qtbot.wait(50)
    assert not editor.floor.isVisible() and editor.steps.isVisible()


def test_the_rating_bands_fit_the_cycle_settings_dialog(app, qtbot, demo_database):
    from reviewer.cycles.settings import form_template_choices
    from reviewer.cycles.setup import cycle_detail
    from ui.dialogs.cycle_settings import CycleSettingsDialog

    workstation = Workstation(demo_database)
    with workstation.unit() as session:
        found = cycle_detail(session, 2), form_template_choices(session)
    dialog = CycleSettingsDialog(workstation, *found)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.bands.horizontalHeader()
    assert header.length() <= dialog.bands.viewport().width()
    assert not dialog.bands.horizontalScrollBar().isVisible()
    name = header.sectionSize(1)
    assert name >= dialog.bands.fontMetrics().horizontalAdvance("Exceeds expectations")
