"""Settings: language and where the data lives."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from db.engine import Database
from db.location import data_dir, describe_url

from ..i18n import LANGUAGES, save_language, saved_language
from ..typography import page_heading


class SettingsPage(QWidget):
    def __init__(self, database: Database, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(page_heading(self.tr("Settings")))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(saved_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        database_label = QLabel(f"{describe_url(database.url)} ({database.engine.dialect.name})")
        database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database_label.setWordWrap(True)
        form.addRow(self.tr("Database:"), database_label)
        folder = QLabel(str(data_dir()))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        form.addRow(self.tr("Data folder:"), folder)
        hint = QLabel(self.tr("Open another database with --db PATH or --db postgresql://… "
                              "on the command line, or set APPRAISAL_DB."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addLayout(form)
        layout.addStretch(1)

    def reload(self) -> None:
        pass

    def _language_changed(self) -> None:
        save_language(self.language.currentData())
        self.language_note.setText(self.tr("The new language is used the next time the program starts."))
