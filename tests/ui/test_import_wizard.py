"""Walking the roster import wizard as a user would."""
from __future__ import annotations

from reviewer.workstation import Workstation
from datetime import datetime

from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from db.models import Employee
from tests.reviewer.roster.test_roster_import import BAD_ROWS, GOOD_ROWS, HEADERS_ZH, write_csv
from ui.dialogs.import_wizard import ImportRosterWizard


def employee_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Employee))


def open_wizard_at_preview(qtbot, database, path) -> ImportRosterWizard:
    wizard = ImportRosterWizard(Workstation(database))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    return wizard


def finish(qtbot, wizard) -> object:
    with qtbot.waitSignal(wizard.imported, timeout=20000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return blocker.args[0]


def test_gbk_csv_with_chinese_headers_is_mapped_previewed_and_imported(app, qtbot, empty_sqlite_database, tmp_path):
    path = write_csv(tmp_path / "花名册.csv", HEADERS_ZH, GOOD_ROWS, "gbk")
    wizard = ImportRosterWizard(Workstation(empty_sqlite_database))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    combos = wizard.mapping_page.combos
    assert combos["employee_no"].currentText() == "工号"
    assert combos["manager"].currentText() == "直属上级"
    assert wizard.mapping_page.samples["name"].text().endswith("张伟")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    assert "4 new" in wizard.preview_page.summary.text()
    assert wizard.preview_page.model.rowCount() == 4
    result = finish(qtbot, wizard)
    assert result.imported and employee_count(empty_sqlite_database) == 4


def test_xlsx_roster_imports(app, qtbot, empty_sqlite_database, tmp_path):
    workbook = Workbook()
    workbook.active.append(["Employee No.", "Full Name", "Dept", "Line manager", "Start date"])
    workbook.active.append(["A1", "Grace Li", "Sales", None, datetime(2020, 5, 1)])
    workbook.active.append(["A2", "陈静", "Sales/Team 1", "A1", datetime(2022, 1, 3)])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    wizard = open_wizard_at_preview(qtbot, empty_sqlite_database, path)
    assert finish(qtbot, wizard).created == 2


def test_bad_rows_block_the_import_until_valid_only_is_chosen(app, qtbot, empty_sqlite_database, tmp_path):
    wizard = open_wizard_at_preview(qtbot, empty_sqlite_database, write_csv(tmp_path / "bad.csv", HEADERS_ZH, BAD_ROWS))
    page = wizard.preview_page
    assert "8 with problems" in page.summary.text()
    assert page.only_problems.isChecked() and page.model.rowCount() == 8
    problems = [page.model.index(r, 6).data() for r in range(page.model.rowCount())]
    assert any("not an e-mail address" in p for p in problems)
    assert any("circle" in p for p in problems)
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert page.import_nothing.isChecked() and not finish_button.isEnabled()
    page.import_valid.setChecked(True)
    assert finish_button.isEnabled()
    result = finish(qtbot, wizard)
    assert result.imported and employee_count(empty_sqlite_database) == 2


def test_cancelling_the_wizard_writes_nothing(app, qtbot, empty_sqlite_database, tmp_path):
    wizard = open_wizard_at_preview(qtbot, empty_sqlite_database, write_csv(tmp_path / "r.csv", HEADERS_ZH, GOOD_ROWS))
    wizard.reject()
    assert employee_count(empty_sqlite_database) == 0


def test_the_problem_report_can_be_saved(app, qtbot, empty_sqlite_database, tmp_path):
    from reviewer.io.tables import read_table

    wizard = open_wizard_at_preview(qtbot, empty_sqlite_database, write_csv(tmp_path / "bad.csv", HEADERS_ZH, BAD_ROWS))
    wizard.save_report(tmp_path / "problems.xlsx")
    report = read_table(tmp_path / "problems.xlsx")
    assert report.headers[:3] == ["Row", "Problems", "工号"] and len(report.rows) == 8
    saved = wizard.preview_page.report_saved
    assert saved.isVisible() and str((tmp_path / "problems.xlsx").resolve()) in saved.text()


def test_export_dialog_writes_the_chosen_cycle_in_the_background(window, qtbot, tmp_path):
    from reviewer.io.tables import read_table

    dialog = window.open_export()
    dialog.what.setCurrentIndex(dialog.what.findData("results"))
    dialog.cycle.setCurrentIndex(dialog.cycle.findData("2026 H1"))
    dialog.path.setText(str(tmp_path / "results.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.buttons.accepted.emit()
    path, rows = blocker.args
    table = read_table(path)
    assert len(table.rows) == rows > 200 and {r[0] for r in table.rows} == {"2026 H1"}
    assert "Exported" in window.statusBar().currentMessage()


def test_results_are_imported_through_the_same_wizard(window, qtbot, demo_database, tmp_path):
    from db.models import Actual
    from tests.reviewer.kpi.test_actuals_import import open_cycle_target

    number, code, target_id = open_cycle_target(demo_database)
    path = write_csv(tmp_path / "月度结果.csv", ["工号", "指标代码", "实际值", "日期"],
                     [[number, code, "1234", "2026/11/20"], ["E00000", code, "5", "2026-11-20"]])
    wizard = window.open_results_import()
    assert wizard.windowTitle() == "Import results"
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    assert wizard.mapping_page.combos["value"].currentText() == "实际值"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    assert "1 new" in wizard.preview_page.summary.text() and "1 with problems" in wizard.preview_page.summary.text()
    wizard.preview_page.import_valid.setChecked(True)
    result = finish(qtbot, wizard)
    assert result.imported and result.created == 1
    with demo_database.session() as session:
        latest = session.scalar(select(Actual).where(Actual.target_id == target_id).order_by(Actual.id.desc()))
        assert latest.value == 1234


def test_targets_are_imported_into_the_running_cycle_the_wizard_asks_for(app, qtbot, database, tmp_path):
    """The wizard offers the running cycles only (not a closed one) and imports the
    file's targets into the one chosen; SQLite and PostgreSQL."""
    from datetime import date

    from db.models import Cycle, CycleStage, Frequency, Kpi, Target
    from tests.reviewer.reviews.company import build_company
    from ui.dialogs.import_kinds import TARGETS
    from ui.dialogs.import_wizard import ImportWizard

    company = build_company(database, stage=CycleStage.GOAL_SETTING)
    with database.session() as session:
        session.add(Cycle(name="2026 下半年", period_start=date(2026, 7, 1), period_end=date(2026, 12, 31),
                          frequency=Frequency.HALF_YEAR, stage=CycleStage.CLOSED))
    path = write_csv(tmp_path / "目标.csv", ["工号", "指标代码", "目标值", "权重"],
                     [["S003", "NEW_CUST", "120", "60"], ["S003", "客户满意度", "92", "40"]], "utf-8")
    wizard = ImportWizard(company.as_("hr"), TARGETS)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert [page.cycle.itemText(i) for i in range(page.cycle.count())] == ["2027 上半年"]
    assert page.cycle.isVisible() and page.no_cycle.isHidden()
    page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    assert wizard.mapping_page.combos["target"].currentText() == "目标值"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    assert "0 with problems" in wizard.preview_page.summary.text()
    assert wizard.preview_page.model.rowCount() == 2
    result = finish(qtbot, wizard)
    assert result.imported and result.rejected == 0
    with database.session() as session:
        stored = {code: (t.target_value, t.weight) for t, code in session.execute(
            select(Target, Kpi.code).join(Kpi).where(Target.employee_id == company.ids["S003"],
                                                     Target.cycle_id == company.cycle_id))}
    assert stored == {"NEW_CUST": (120, 60), "SAT": (92, 40)}


def test_without_a_running_cycle_the_wizard_says_so_and_goes_no_further(app, qtbot, empty_sqlite_database):
    from ui.dialogs.import_kinds import REVIEWS
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(Workstation(empty_sqlite_database), REVIEWS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText("reviews.xlsx")
    assert not wizard.file_page.no_cycle.isHidden() and wizard.file_page.cycle.count() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
