"""Settings: language, the idle lock, where the data lives; the profiles that sign
in; plan rules, signatures, the privacy retention period; and, for HR and auditors,
the audit trail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from reviewer.database.opening import backend, data_folder, location
from reviewer.workstation import Workstation

from ..i18n import LANGUAGES, save_language, saved_language
from ..lock import idle_minutes, save_idle_minutes
from ..typography import page_heading


def language_in_use() -> str:
    """The window's language: what it was started with (--lang wins over the saved one)."""
    language = QCoreApplication.instance().property("language") if QCoreApplication.instance() else None
    return language if language in LANGUAGES else saved_language()


class GeneralTab(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_in_use())))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 24 * 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setValue(idle_minutes())
        self.idle_minutes.valueChanged.connect(save_idle_minutes)
        form.addRow(self.tr("Lock when idle for:"), self.idle_minutes)
        idle_note = QLabel(self.tr("When people sign in, the window asks for the password again after this "
                                   "long without use. 0 never locks."))
        idle_note.setWordWrap(True)
        form.addRow("", idle_note)
        database_label = QLabel(f"{location(workstation)} ({backend(workstation)})")
        database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database_label.setWordWrap(True)
        form.addRow(self.tr("Database:"), database_label)
        folder = QLabel(str(data_folder()))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        form.addRow(self.tr("Data folder:"), folder)
        hint = QLabel(self.tr("Open another database with --db PATH or --db postgresql://… "
                              "on the command line, or set APPRAISAL_DB."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addLayout(form)
        layout.addStretch(1)

    def _language_changed(self) -> None:
        save_language(self.language.currentData())
        self.language_note.setText(self.tr("The new language is used the next time the program starts."))


class SettingsPage(QWidget):
    refreshes_itself = True

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        from .audit_tab import AuditTab
        from .profiles_tab import ProfilesTab

        self.workstation = workstation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(page_heading(self.tr("Settings")))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.general = GeneralTab(workstation)
        self.tabs.addTab(self.general, self.tr("General"))
        self.profiles = ProfilesTab(workstation)
        self.tabs.addTab(self.profiles, self.tr("Profiles"))
        from .plan_rules_tab import PlanRulesTab

        self.plan_rules = PlanRulesTab(workstation)
        self.tabs.addTab(self.plan_rules, self.tr("Plans"))
        from .signatures_tab import SignaturesTab

        self.signatures = SignaturesTab(workstation)
        self.tabs.addTab(self.signatures, self.tr("Signatures"))
        from .backups_tab import BackupsTab

        self.backups = BackupsTab(workstation)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        from .privacy_tab import PrivacyTab

        self.privacy = PrivacyTab(workstation)
        self.tabs.addTab(self.privacy, self.tr("Privacy"))
        self.audit = AuditTab(workstation)
        self.audit_index = self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.tabs.setTabVisible(self.audit_index, False)  # until the service says this user may read it
        self.profiles.view_loaded.connect(lambda view: self.tabs.setTabVisible(self.audit_index, view.may_read_audit))
        if self.profiles.view is not None:
            self.tabs.setTabVisible(self.audit_index, self.profiles.view.may_read_audit)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        # Kept for callers that reach the language box directly.
        self.language, self.language_note = self.general.language, self.general.language_note

    def reload(self) -> None:
        self.profiles.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit:
            self.audit.reload_if_first()
