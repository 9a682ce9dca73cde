"""The shape every HR-only Settings tab shares: a form over one setting read through a
service, save buttons, a status line; HR changes it, everyone else reads it.

A tab says which service reads its setting (``loader``), builds its fields into ``form``,
shows a setting in them (``show_setting``) and words the status line; saving goes through
``store``, at once or, for a service that may take seconds, in the background. The texts are
the tab's own (its tr() context), so this base holds none.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from reviewer.workstation import Workstation

from ..errors import show_error
from ..worker import Job


class HrSettingTab(QWidget):
    loader: Callable[..., Any]  # the service reading the setting: loader(session) -> a frozen row

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.may_change = workstation.actor.is_hr
        self.job: Job | None = None
        self._buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # A number or an address is read at its own width, not stretched across a wide window.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addLayout(self.form)
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        layout.addLayout(self._button_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # -- building the tab ---------------------------------------------------------------------
    def add_note(self, text: str) -> QLabel:
        """An explanation under the field above it."""
        note = QLabel(text)
        note.setWordWrap(True)
        # A wrapped label's height is guessed for a narrower width than it gets: kept from
        # growing and set at the top, the guess leaves no gap above or below the text.
        note.setMinimumWidth(520)
        note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.form.addRow("", note)
        return note

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(self.may_change)
        self._button_row.insertWidget(len(self._buttons), button)
        self._buttons.append(button)
        return button

    def editable(self, *widgets: QWidget) -> None:
        """Fields only HR may change: read-only for everyone else."""
        for widget in widgets:
            widget.setEnabled(self.may_change)

    # -- what a tab says ----------------------------------------------------------------------
    def show_setting(self, setting: Any) -> None:
        raise NotImplementedError

    def read_only_text(self) -> str:
        """The status line for those who only read the setting."""
        raise NotImplementedError

    def status_text(self, setting: Any, just_saved: bool) -> str:
        """The status line for HR."""
        return ""

    # -- loading and saving ---------------------------------------------------------------------
    def reload(self) -> None:
        try:
            setting = self.workstation.call(type(self).loader)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)
            return
        self._show(setting, just_saved=False)

    def store(self, service: Callable[..., Any], *args: Any, background: str | None = None) -> None:
        """Save through ``service`` (HR is checked there), then show the setting as stored.
        With ``background`` (the progress title) the save runs off the UI thread."""
        loader = type(self).loader

        def work(workstation: Workstation, _progress=None) -> Any:
            workstation.call(service, *args)
            return workstation.call(loader)

        if background is None:
            try:
                setting = work(self.workstation)
            except Exception as error:  # noqa: BLE001
                show_error(self, error)
                return
            self._show(setting, just_saved=True)
            return
        self._enable_buttons(False)

        def done(setting: Any) -> None:
            self._enable_buttons(True)
            self._show(setting, just_saved=True)

        def failed(error: Exception) -> None:
            self._enable_buttons(True)
            show_error(self, error)

        self.job = Job(self, background, work, done, failed, cancellable=False, workstation=self.workstation)
        self.job.start()

    def _show(self, setting: Any, just_saved: bool) -> None:
        self.show_setting(setting)
        self.status.setText(self.status_text(setting, just_saved) if self.may_change else self.read_only_text())

    def _enable_buttons(self, enabled: bool) -> None:
        for button in self._buttons:
            button.setEnabled(enabled and self.may_change)
