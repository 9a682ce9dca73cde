"""Editing the KPI library on the KPIs page."""
from __future__ import annotations

from ui.main_window import PAGE_KEYS

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Kpi, ScoringRule


def test_edit_a_kpi_with_live_validation_and_add_a_new_one(window, qtbot, demo_database):
    window.show_page("kpis")
    page = window.kpi_page
    assert page.model.rowCount() == 32
    page.table.selectRow(page.model.row_of(next(r.id for r in page.model._all if r.code == "CM_CSAT")))
    editor = page.editor
    assert editor.name_zh.text() == "客户满意度" and editor.rule.currentData() == ScoringRule.STEPS
    editor.code.setText("CM_CHURN")  # another KPI's code
    assert not page.validate() and "already the code" in editor.errors["code"].text()
    editor.code.setText("CM_CSAT")
    editor.warning.setValue(50)  # below the critical level of 60
    assert not page.validate() and editor.errors["alerts"].isVisible()
    editor.warning.setValue(85)
    assert page.validate() and page.save_button.isEnabled()
    page.save()
    with demo_database.session() as session:
        assert session.scalar(select(Kpi.warning_below).where(Kpi.code == "CM_CSAT")) == 0.85

    page.new_kpi()
    editor.code.setText("CS_FIRST_CONTACT")
    editor.name.setText("First-contact resolution")
    editor.name_zh.setText("首次解决率")
    editor.category.setCurrentText("Service")
    assert page.validate()
    page.save()
    assert page.model.rowCount() == 33 and page.title.text().startswith("CS_FIRST_CONTACT")


def test_alerts_are_listed_newest_first_and_counted_on_the_sidebar(window, qtbot):
    qtbot.waitUntil(lambda: "⚠" in window.sidebar.item(PAGE_KEYS.index("kpis")).text(), timeout=20000)  # counted before the page opens
    window.show_page("kpis")
    page = window.kpi_page
    qtbot.waitUntil(lambda: page.alerts_model.rowCount() > 0, timeout=20000)
    critical, warning = page.alerts_model.counts()
    assert critical > 0 and warning > 0
    assert f"⚠ {critical}" in window.sidebar.item(PAGE_KEYS.index("kpis")).text()
    dates = [page.alerts_model._rows[r].as_of for r in range(page.alerts_model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    page.only_critical.setChecked(True)
    assert page.alerts_model.rowCount() == critical


def test_targets_tab_edits_weights_assigns_templates_and_copies_forward(window, qtbot, demo_database):
    from datetime import date

    from db.models import Cycle, CycleStage, Frequency

    window.show_page("kpis")
    page = window.kpi_page
    page.tabs.setCurrentWidget(page.targets_tab)
    tab = page.targets_tab
    assert tab.cycle.currentText() == "2026 H2" and tab.proxy.rowCount() > 200
    tab.people.selectRow(0)
    model = tab.targets_model
    assert model.rowCount() >= 5 and "100%" in tab.total.text()
    weight = model.index(0, 3)
    original = weight.data(0x0002)  # EditRole
    assert model.setData(weight, original + 10)
    assert "⚠" in tab.total.text() and "%" in tab.summary.text()
    assert model.setData(model.index(0, 3), original)
    assert "Weights total 100%" in tab.total.text()

    with demo_database.session() as session:
        session.add(Cycle(name="2027 H1", period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                          frequency=Frequency.HALF_YEAR, stage=CycleStage.GOAL_SETTING))
    tab.reload()
    tab.cycle.setCurrentIndex(tab.cycle.findText("2027 H1"))
    assert tab.proxy.rowCount() == 0
    dialog = tab.open_assign()
    dialog.position.setCurrentIndex(dialog.position.findData(
        next(dialog.position.itemData(i) for i in range(dialog.position.count())
             if dialog.position.itemText(i) == "Key Account Manager")))
    dialog.template.setCurrentIndex(dialog.template.findText("Key accounts"))
    dialog.run()
    assert tab.proxy.rowCount() > 10 and "0 with weights" in tab.summary.text()
    tab.copy_forward(tab.cycle.itemData(tab.cycle.findText("2026 H2")))
    assert tab.proxy.rowCount() > 200


def test_results_and_evidence_for_a_target(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window.show_page("kpis")
    page = window.kpi_page
    page.tabs.setCurrentWidget(page.targets_tab)
    tab = page.targets_tab
    tab.people.selectRow(3)
    tab.targets.selectRow(0)
    panel = tab.detail
    before = panel.readings.rowCount()
    panel.add_result(7.0, None, "CRM", "截至今天")
    assert panel.readings.rowCount() == before + 1 and panel.readings.item(0, 1).text() == "7"
    assert tab.targets_model.row_at(0).actual == 7.0  # the person's figures were refreshed

    proof = tmp_path / "客户确认函.pdf"
    proof.write_bytes(b"%PDF-1.4 confirmation")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(proof))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.evidence.count() == 1, timeout=10000)
    assert panel.evidence.item(0).text().startswith("客户确认函.pdf")
    panel.add_note("季度回访记录已归档")
    panel.add_link("https://crm.example.com/deal/7")
    assert panel.evidence.count() == 3
    panel.evidence.setCurrentRow(0)
    panel.remove_selected()
    assert panel.evidence.count() == 2


def test_dashboard_draws_team_and_person_charts_with_chinese_labels(window, qtbot):
    window.show_page("kpis")
    dashboard = window.kpi_page.show_dashboard()
    dashboard.cycle.setCurrentIndex(dashboard.cycle.findText("2026 H1"))
    dashboard.department.setCurrentIndex(dashboard.department.findText("销售部"))
    assert len(dashboard.bar_labels()) == 8
    assert "销售部" in dashboard.bars_figure.axes[0].get_title()
    someone = next(iter(dashboard._people))
    dashboard.person.setText(someone)
    dashboard.draw()
    assert someone in dashboard.bars_figure.axes[0].get_title()
    assert dashboard.trend_figure.axes[0].get_title()


def test_every_library_column_is_readable_at_the_windows_first_size(window, qtbot):
    """Issue 14: the Category column showed one letter, the rest scrolled out of view."""
    window.show_page("kpis")
    page = window.kpi_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 32)
    viewport, metrics = page.table.viewport(), page.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(page.model.index(r, 2).data()) for r in range(page.model.rowCount()))
    assert page.table.columnWidth(2) >= widest
    last = page.model.columnCount() - 1
    assert page.table.columnViewportPosition(last) + page.table.columnWidth(last) <= viewport.width()


def test_chinese_window_shows_catalogue_categories_and_descriptions_in_chinese(window, qtbot, demo_database):
    """Issue 14: categories and descriptions stayed English in the Chinese window;
    the translation is shown, and saving keeps the stored English text."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        window.show_page("kpis")
        page = window.kpi_page
        page.reload()
        row = page.model.row_of(next(r.id for r in page.model._all if r.code == "CM_CAC"))
        assert page.model.index(row, 2).data() == "获客"
        assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "每获得一位新客户所花费的销售和市场费用。"
        page.table.selectRow(row)
        assert page.editor.category.currentText() == "获客"
        assert page.editor.description.toPlainText() == "每获得一位新客户所花费的销售和市场费用。"
        page.editor.name.setText("Customer acquisition cost (all channels)")
        assert page.validate()
        page.save()
    finally:
        QLocale.setDefault(previous)
    with demo_database.session() as session:
        kpi = session.scalar(select(Kpi).where(Kpi.code == "CM_CAC"))
        assert (kpi.category, kpi.description) == ("Acquisition", "Sales and marketing spend per new customer.")
