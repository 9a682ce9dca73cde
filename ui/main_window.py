"""The main window only assembles: a sidebar of pages, menus, a status bar.
Pages talk to services themselves; nothing reaches through the window."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from reviewer import __version__
from reviewer.database.opening import backend, location
from reviewer.resources import ICONS_DIR
from reviewer.workstation import Workstation

from .backups import BackupActions
from .context import EVERYTHING, KPIS, PEOPLE, changes
from .encryption import EncryptionActions
from .pages.people_page import PeoplePage
from .pages.profiles_tab import role_label
from .worker import Job

PAGE_KEYS = ("today", "people", "kpis", "cycles", "calibration", "feedback", "plans", "appraisals", "settings")
# The areas of data each page shows, for pages that do not refresh themselves on a change.
PAGE_AREAS = {"today": {"appraisals", "feedback", "kpis", "people", "plans"}, "kpis": {"kpis", "people"}, "feedback": {"feedback", "people"},
              "appraisals": {"appraisals", "feedback", "kpis", "people"}}


class MainWindow(QMainWindow):
    demo_loaded = Signal()
    sign_out_requested = Signal()

    def __init__(self, workstation: Workstation, parent=None, lock_when_idle: bool = False):
        super().__init__(parent)
        self.workstation = workstation
        self.signing_out = False
        self.restoring, self._exit_backup_settled = False, False
        self.backups = BackupActions(self, workstation)
        self.backups.restored.connect(self._reopen_after_restore)
        actor = workstation.actor
        title = self.tr("Appraisal Workstation")
        if actor.user_id is not None:  # someone signed in: say who, the window may be left open
            title += f" — {actor.display_name}"
        self.setWindowTitle(title)
        self.setWindowIcon(QIcon(str(ICONS_DIR / "app.svg")))
        self._loaded: set[str] = set()
        self._startup_alerts = None  # counted in the background after start-up

        self.people_page = PeoplePage(workstation)
        self.people_page.load_demo_requested.connect(self.load_demo)
        self.people_page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        # Other pages are built the first time they are opened: start-up builds only what shows.
        self.pages: dict[str, QWidget] = {"people": self.people_page}
        titles = {
            "today": self.tr("Today"),
            "people": self.tr("People"),
            "kpis": self.tr("KPIs"),
            "cycles": self.tr("Cycles"),
            "calibration": self.tr("Calibration"),
            "feedback": self.tr("360 Reviews"),
            "plans": self.tr("Improvement Plans"),
            "appraisals": self.tr("Appraisals"),
            "settings": self.tr("Settings"),
        }

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.sidebar.addItem(item)
            self.stack.addWidget(self.pages.get(key) or QWidget())
        width = max(self.fontMetrics().horizontalAdvance(t) for t in titles.values()) + 48
        self.sidebar.setFixedWidth(max(150, width))
        self.sidebar.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._titles = titles
        self._build_menus(titles)
        # The local owner of an unshared database is no profile: its name is the program's text.
        who = actor.display_name if actor.user_id is not None else self.tr("Local user")
        self.user_label = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", who)
                                 .replace("%2", role_label(actor.role)))
        self.statusBar().addPermanentWidget(self.user_label)
        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", location(workstation))
        )
        self.database_label.setToolTip(backend(workstation))
        self.statusBar().addPermanentWidget(self.database_label)
        changes(workstation).changed.connect(self._data_changed)
        self.idle_lock = None
        if lock_when_idle:
            from .lock import IdleLock

            self.idle_lock = IdleLock(self, workstation)
            self.idle_lock.sign_out_requested.connect(self.sign_out)
        self._restore_state()
        # After the window is up: counting alerts reads every open target.
        QTimer.singleShot(0, self.count_alerts)
        QTimer.singleShot(0, self.count_today)

    def count_today(self) -> None:
        """Read the Today page (built if it is not yet) for its sidebar figures, unless it
        is already being read (the window opened on it)."""
        if "today" in self._loaded:
            return
        page = self.page("today")
        self._loaded.add("today")
        page.reload()

    def _show_today_badge(self, overdue: int, due_today: int, later: int) -> None:
        item = self.sidebar.item(PAGE_KEYS.index("today"))
        urgent = overdue + due_today
        item.setText(self._titles["today"] + (f"  ({urgent})" if urgent else ""))
        item.setToolTip(self.tr("%1 overdue, %2 due today, %3 later").replace("%1", str(overdue))
                        .replace("%2", str(due_today)).replace("%3", str(later)))

    def count_alerts(self) -> None:
        """Recount KPI alerts in the background for the sidebar badge."""
        if "kpis" in self.pages:
            self.pages["kpis"].refresh_alerts()
            return
        from reviewer.kpi.alerts import CRITICAL, kpi_alerts

        def work(workstation, _progress):
            return workstation.call(kpi_alerts)

        def done(alerts) -> None:
            if "kpis" in self.pages:  # opened meanwhile: give it this list (it may be counting too)
                self.pages["kpis"].show_alerts(alerts)
                return
            self._startup_alerts = alerts
            critical = sum(a.level == CRITICAL for a in alerts)
            self._show_alert_badge(critical, len(alerts) - critical)

        self._alerts_job = Job(self, self.tr("Checking alerts"), work, done, dialog=False,
                               workstation=self.workstation).start()

    def _show_alert_badge(self, critical: int, warning: int) -> None:
        item = self.sidebar.item(PAGE_KEYS.index("kpis"))
        # The badge counts critical alerts only (the Alerts tab lists warnings too): it says so.
        badge = self.tr("⚠ %1 critical").replace("%1", str(critical))
        item.setText(self._titles["kpis"] + (f"  {badge}" if critical else ""))
        item.setToolTip(self.tr("%1 critical alerts and %2 warnings").replace("%1", str(critical))
                        .replace("%2", str(warning)))

    # -- menus -------------------------------------------------------------------
    def _build_menus(self, titles: dict[str, str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import roster…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(lambda: (self.show_page("people"), self.people_page.open_import()))
        file_menu.addAction(import_action)
        results_action = QAction(self.tr("Import &results…"), self)
        results_action.triggered.connect(self.open_results_import)
        file_menu.addAction(results_action)
        export_action = QAction(self.tr("&Export to a spreadsheet…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.open_export)
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backups.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("Res&tore from backup…"), self)
        self.restore_action.triggered.connect(lambda: self.backups.restore_from_backup())
        file_menu.addAction(self.restore_action)
        self.encryption = EncryptionActions(self, self.workstation)
        self.encryption.add_to(file_menu)
        file_menu.addSeparator()
        self.demo_action = QAction(self.tr("Load &demo company…"), self)
        self.demo_action.triggered.connect(self.load_demo)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(titles[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Appraisal Workstation"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- pages ---------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.sidebar.currentRow()]

    def page(self, key: str) -> QWidget:
        """The page for a sidebar key, built on first use."""
        if key not in self.pages:
            if key == "today":
                from .pages.today_page import TodayPage

                page = TodayPage(self.workstation)
                page.counted.connect(self._show_today_badge)
                page.go_to.connect(lambda place, employee_id, code, cycle_id, ref: self.open_place(
                    place, employee_id, code, cycle_id or None, ref or None))
            elif key == "kpis":
                from .pages.kpi_page import KpiPage

                page = KpiPage(self.workstation)
                page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
                page.alerts_counted.connect(self._show_alert_badge)
                page.plan_saved.connect(self.open_plan)
                if self._startup_alerts is not None:
                    page.show_alerts(self._startup_alerts)
            elif key == "feedback":
                from .pages.feedback_page import FeedbackPage

                page = FeedbackPage(self.workstation)
                page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            elif key == "appraisals":
                from .pages.appraisals_page import AppraisalsPage

                page = AppraisalsPage(self.workstation)
                page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
                page.plan_saved.connect(self.open_plan)
            elif key == "cycles":
                from .pages.cycles_page import CyclesPage

                page = CyclesPage(self.workstation)
                page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
                page.go_to.connect(lambda place, employee_id, code, cycles=page: self.open_place(
                    place, employee_id, code, cycles.dashboard.cycle_id))
                page.restore_state(QSettings())
            elif key == "calibration":
                from .pages.calibration_page import CalibrationPage

                page = CalibrationPage(self.workstation)
                page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
                page.go_to_cycles.connect(lambda: self.show_page("cycles"))
                page.restore_state(QSettings())
            elif key == "plans":
                from .pages.plans_page import PlansPage

                page = PlansPage(self.workstation)
                page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
                page.restore_state(QSettings())
            elif key == "settings":
                from .pages.settings_page import SettingsPage

                page = SettingsPage(self.workstation)
            else:
                from .pages.area_page import build_area_page

                page = build_area_page(self.workstation, key)
            index = PAGE_KEYS.index(key)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    @property
    def kpi_page(self):
        return self.page("kpis")

    def _show_page(self, row: int) -> None:
        key = PAGE_KEYS[row]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if key not in self._loaded:
            self._loaded.add(key)
            page.reload()

    def refresh(self) -> None:
        """Read every page shown so far again (F5): another user may have changed a
        shared database."""
        for key in self._loaded:
            self.pages[key].reload()

    def _data_changed(self, areas: frozenset) -> None:
        """A job changed data: recount the alert badge, and reload the pages that do
        not listen for changes themselves."""
        if areas & {KPIS, PEOPLE}:
            self._startup_alerts = None
            self.count_alerts()
        for key in self._loaded:
            page = self.pages[key]
            if not getattr(page, "refreshes_itself", False) and areas & PAGE_AREAS.get(key, set()):
                page.reload()

    def open_place(self, place: str, employee_id: int, code: str = "", cycle_id: int | None = None,
                   ref: int | None = None) -> None:
        """Open the page where a cycle blocker (or a Today item) is dealt with, on that person
        (and cycle): people, targets, feedback (360 requests), review (the self or manager
        review form, by the blocker's code), appraisals, cycles (the cycle's dashboard),
        calibration, or plans (on the plan ``ref``)."""
        if place == "plans":
            self.show_page("plans")
            page = self.page("plans")
            if ref is not None and hasattr(page, "show_plan"):  # the placeholder page has no plans to show
                page.show_plan(ref)
        elif place == "cycles":
            self.show_page("cycles")
            if cycle_id is not None:
                self.page("cycles").select_cycle(cycle_id)
        elif place == "calibration":
            self.show_page("calibration")
        elif place == "people":
            self.show_page("people")
            self.people_page.select_person(employee_id)
        elif place == "targets":
            self.show_page("kpis")
            self.kpi_page.show_targets_of(cycle_id, employee_id)
        elif place == "feedback":
            self.show_page("feedback")
            self.page("feedback").show_requests_about(cycle_id, employee_id)
        elif place in ("review", "appraisals"):
            self.show_page("appraisals")
            page = self.page("appraisals")
            if page.show_appraisal(cycle_id, employee_id) and place == "review":
                # The form is modal: open it once the page shows the person.
                part = "self" if code.startswith("self_review") else "manager"
                QTimer.singleShot(0, lambda: page.open_review(part))

    def open_plan(self, plan_id: int) -> None:
        """The Plans page on a plan just saved (a page that cannot show one yet just opens)."""
        self.show_page("plans")
        page = self.page("plans")
        if hasattr(page, "show_plan"):
            page.show_plan(plan_id)

    def _reopen_after_restore(self) -> None:
        """The restored file is opened again: the program asks who is using it, as after a sign-out."""
        self.restoring = True
        self.sign_out()

    def sign_out(self) -> None:
        """Close the window; the program asks who is using it again."""
        self.signing_out = True
        self.close()

    # -- actions -------------------------------------------------------------------
    def load_demo(self) -> None:
        from reviewer.demo import build_demo  # only needed on this rare path; keeps start-up lean

        def work(workstation, progress):
            return workstation.call(build_demo, progress)

        def done(summary):
            self.statusBar().showMessage(
                self.tr("Demo company loaded: %1 people.").replace("%1", str(summary.employees)), 8000
            )
            self.demo_loaded.emit()

        self.demo_job = Job(self, self.tr("Loading the demo company"), work, done,
                            workstation=self.workstation, changes=EVERYTHING).start()

    def open_results_import(self):
        self.show_page("kpis")
        page = self.kpi_page
        page.tabs.setCurrentWidget(page.targets_tab)
        return page.targets_tab.open_import()

    def open_export(self):
        from .dialogs.export_data import ExportDialog

        dialog = ExportDialog(self.workstation, self)
        dialog.exported.connect(lambda path, rows: self.statusBar().showMessage(
            self.tr("Exported %1 rows to %2").replace("%1", str(rows)).replace("%2", path), 10000))
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(
            self,
            self.tr("About Appraisal Workstation"),
            self.tr(
                "<h3>Appraisal Workstation %1</h3>"
                "<p>Run performance-review cycles on your own machine: people, KPIs, "
                "360-degree feedback, improvement plans and signed PDF appraisals.</p>"
                "<p>Qt for Python %2. Chinese text uses WenQuanYi Micro Hei "
                "(Apache License 2.0).</p>"
            ).replace("%1", __version__).replace("%2", pyside_version),
        )

    # -- remembered state ------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.people_page.restore_state(settings)
        page = settings.value("window/page", "today")
        self.show_page(page if page in PAGE_KEYS else "today")

    def closeEvent(self, event: QCloseEvent) -> None:
        # The automatic backup on exit; a big file is copied in the background and the
        # window closes when it is done. After a restore the window only reopens the file.
        if not self._exit_backup_settled and not self.restoring:
            self._exit_backup_settled = True
            if self.backups.back_up_before_closing(self.close):
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_page_key())
        self.people_page.save_state(settings)
        if "cycles" in self.pages:
            self.pages["cycles"].save_state(settings)
        if "calibration" in self.pages:
            self.pages["calibration"].save_state(settings)
        if "plans" in self.pages:
            self.pages["plans"].save_state(settings)
        super().closeEvent(event)
