"""The 360 Reviews page: requests, progress, raters, results and the offline round trip."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from db.models import FeedbackRequest, RequestStatus
from reviewer.feedback.offline_export import export_forms, open_requests
from tests.reviewer.feedback.test_offline_forms import fill


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


def test_results_of_an_open_cycle_are_labelled_a_preview_for_hr(window, qtbot, tmp_path):
    page = _open_feedback(window, qtbot)  # the open cycle, in its 360 stage
    page.tabs.setCurrentIndex(3)
    results = page.results_tab
    results.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: results.report is not None, timeout=20000)
    assert not results.preview_note.isHidden()
    assert "Preview for HR, not published." in results.preview_note.text()
    assert "360 results are published when the 360 stage ends." in results.preview_note.text()
    assert results.model.rowCount() > 0  # HR still sees the figures
    page.grab().save(str(tmp_path / "results-preview.png"))
    with qtbot.waitSignal(page.requests_loaded, timeout=20000):
        page.cycle.setCurrentIndex(page.cycle.findText("2026 H1"))
    assert results.preview_note.isHidden()  # a closed cycle's results are published


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
