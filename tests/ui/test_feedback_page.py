"""The 360 Reviews page: requests, progress, raters, results and the offline round trip."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from db.models import FeedbackRequest, RequestStatus
from reviewer.feedback.offline_export import export_forms, open_requests
from tests.reviewer.feedback.test_offline_forms import fill
from ui.models.people_model import ID_ROLE


def _open_feedback(window, qtbot):
    page = window.page("feedback")
    with qtbot.waitSignal(page.requests_loaded, timeout=20000):
        window.show_page("feedback")
    return page


def test_requests_progress_and_raters_agree_with_the_database(window, qtbot, demo_database):
    page = _open_feedback(window, qtbot)
    with demo_database.session() as session:
        total = session.scalar(select(func.count()).select_from(FeedbackRequest).where(
            FeedbackRequest.cycle_id == page.cycle_id()))
        submitted = session.scalar(select(func.count()).select_from(FeedbackRequest).where(
            FeedbackRequest.cycle_id == page.cycle_id(), FeedbackRequest.status == RequestStatus.SUBMITTED))
    assert page.cycle.currentText() == "2026 H2"  # the open cycle comes first
    assert page.requests_tab.model.rowCount() == total
    assert f"{submitted} of" in page.progress_tab.summary.text()
    page.requests_tab.status.setCurrentIndex(page.requests_tab.status.findData(RequestStatus.SUBMITTED))
    assert page.requests_tab.model.rowCount() == submitted
    page.requests_tab.model.today = date(2030, 1, 1)  # everything still open is late by then
    page.progress_tab.overdue_button.setEnabled(True)
    page.progress_tab.overdue_button.click()
    assert page.tabs.currentIndex() == 0
    assert all(page.requests_tab.model.row_at(r).status in (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)
               for r in range(page.requests_tab.model.rowCount()))
    assert page.raters_tab.workload_model.rowCount() > 0


def test_results_show_a_radar_with_the_competencies_and_a_team_spread(window, qtbot):
    page = _open_feedback(window, qtbot)
    with qtbot.waitSignal(page.requests_loaded, timeout=20000):
        page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))
    page.tabs.setCurrentIndex(3)
    results = page.results_tab
    results.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: results.report is not None, timeout=20000)
    assert "Communication" in results.radar_labels()
    assert results.model.rowCount() == len(results.report.competencies) > 0
    results.scope.setCurrentIndex(1)
    results.report = None
    results.list.setCurrentRow(0)  # the whole company
    qtbot.waitUntil(lambda: results.report is not None, timeout=20000)
    assert len(results.report.subject_ids) > 100
    assert "Spread" in results.spread_figure.axes[0].get_title()


def test_returned_pdfs_are_imported_with_a_verdict_per_file(window, qtbot, demo_database, tmp_path):
    page = _open_feedback(window, qtbot)
    with demo_database.session() as session:
        ids = open_requests(session, page.cycle_id())[:2]
        forms = export_forms(session, ids, tmp_path / "out")
    filled = tmp_path / "filled.pdf"
    fill(forms[0].path, filled)
    junk = tmp_path / "notes.pdf"
    junk.write_text("not a pdf")
    with qtbot.waitSignal(page.requests_loaded, timeout=30000):
        page.requests_tab.import_files([filled, junk])
    table = page.requests_tab.last_import.table
    verdicts = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert verdicts == ["Accepted", "Rejected"]
    assert table.item(1, 2).text()  # the reason is spelled out


def test_before_publication_results_show_hr_only_the_forms_progress(window, qtbot, demo_database, tmp_path):
    """Not even HR sees figures from answers before publication: a figure read before
    and after one more returned form would give that rater away."""
    page = _open_feedback(window, qtbot)  # the open cycle, in its 360 stage
    page.resize(1280, 760)
    page.tabs.setCurrentIndex(3)
    results = page.results_tab
    results.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: results.progress is not None, timeout=20000)
    subject = results.list.item(0).data(ID_ROLE)
    assert results.views.currentWidget() is results.progress_view
    assert results.report is None and results.model.rowCount() == 0 and not results.radar_figure.axes
    note = results.unpublished_note.text()
    assert "are not published yet" in note and "360 results are published when the 360 stage ends." in note
    assert "forms release --cycle &quot;2026 H2&quot; --on" in note
    with demo_database.session() as session:
        asked, submitted = (session.scalar(select(func.count()).select_from(FeedbackRequest).where(
            FeedbackRequest.cycle_id == page.cycle_id(), FeedbackRequest.subject_id == subject,
            FeedbackRequest.status.in_(states))) for states in (
                [RequestStatus.OPEN, RequestStatus.IN_PROGRESS, RequestStatus.SUBMITTED], [RequestStatus.SUBMITTED]))
    model = results.progress_model
    assert model.rowCount() == 1 and model.index(0, model.columnCount() - 1).data() == f"{submitted} / {asked}"
    assert f"forms returned: {submitted} of {asked}" in results.summary.text()
    results.scope.setCurrentIndex(1)
    results.progress = None
    results.list.setCurrentRow(0)  # the whole company
    qtbot.waitUntil(lambda: results.progress is not None, timeout=20000)
    assert model.rowCount() > 100 and results.report is None
    page.grab().save(str(tmp_path / "results-unpublished.png"))
    with qtbot.waitSignal(page.requests_loaded, timeout=20000):
        page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))
    results.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: results.report is not None, timeout=20000)
    assert results.views.currentWidget() is not results.progress_view  # a closed cycle's results are published


def test_the_unpublished_results_in_chinese(qapp, qtbot, demo_database, tmp_path):
    from PySide6.QtCore import QSettings

    from reviewer.cycles.choices import cycle_choices
    from reviewer.feedback.tracking import request_rows
    from reviewer.workstation import Workstation
    from ui.app import create_application
    from ui.pages.feedback_results import ResultsTab

    create_application([], "zh_CN")
    QSettings().clear()
    try:
        workstation = Workstation(demo_database)
        running = next(c for c in workstation.call(cycle_choices) if c.name == "2026 H2")
        tab = ResultsTab(workstation)
        qtbot.addWidget(tab)
        tab.resize(1100, 640)
        tab.show()
        tab.set_cycle(running.id, workstation.call(request_rows, running.id))
        tab.list.setCurrentRow(0)
        qtbot.waitUntil(lambda: tab.progress is not None, timeout=20000)
        assert "360 评估结果在 360 评估阶段结束后公布" in tab.unpublished_note.text()
        assert tab.progress_model.rowCount() == 1 and tab.report is None
        tab.grab().save(str(tmp_path / "results-unpublished-zh.png"))
    finally:
        create_application([], "en")
        QSettings().clear()


def _boxes(texts, renderer):
    return [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]


def test_radar_names_stay_clear_of_the_legend_and_ring_numbers_and_captions_fit(app, qtbot, demo_database):
    """Issue 14: the radar's names overlapped its legend and ring numbers; the chart
    beside it lost its caption at the edge."""
    from reviewer.workstation import Workstation
    from ui.pages.feedback_results import ResultsTab
    from reviewer.feedback.tracking import request_rows
    from reviewer.cycles.choices import cycle_choices

    workstation = Workstation(demo_database)
    closed = next(c for c in workstation.call(cycle_choices) if c.name == "2026 H1")
    tab = ResultsTab(workstation)
    qtbot.addWidget(tab)
    tab.resize(900, 640)
    tab.show()
    tab.set_cycle(closed.id, workstation.call(request_rows, closed.id))
    for scope in (1, 0):  # the whole company (with the spread), then one person (with the gap chart)
        tab.scope.setCurrentIndex(scope)
        tab.report = None
        tab.list.setCurrentRow(0)
        qtbot.waitUntil(lambda: tab.report is not None, timeout=20000)
        for canvas in (tab.radar_canvas, tab.spread_canvas):
            canvas.resize(360, 300)
            canvas.draw()
        radar = tab.radar_figure
        renderer = tab.radar_canvas.get_renderer()
        axes = radar.axes[0]
        names = _boxes(axes.get_xticklabels(), renderer)
        rings = _boxes(axes.get_yticklabels(), renderer)
        legends = [legend.get_window_extent(renderer) for legend in [*radar.legends, axes.get_legend()] if legend]
        assert len(names) >= 3 and rings and legends
        assert not any(name.overlaps(legend) for name in names for legend in legends)
        assert not any(name.overlaps(ring) for name in names for ring in rings)
        spread = tab.spread_figure
        renderer = tab.spread_canvas.get_renderer()
        frame = spread.bbox
        for text in (spread.axes[0].title, spread.axes[0].xaxis.label):
            if text.get_text():
                box = text.get_window_extent(renderer)
                assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1 and box.y0 >= frame.y0 - 1, text.get_text()
