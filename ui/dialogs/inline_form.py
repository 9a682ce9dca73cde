"""Small forms whose refusals appear under their fields instead of in a message box:
signing in, the first HR profile, adding a profile, setting a password."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout


def password_field(minimum_width: int = 0) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if minimum_width:
        field.setMinimumWidth(minimum_width)
    return field


class InlineFormDialog(QDialog):
    """An optional introduction, a form, a line for what went wrong, and the buttons;
    the accepting button calls ``submit``."""

    def __init__(self, accept_button: QDialogButtonBox.StandardButton, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accept_button = self.buttons.button(accept_button)
        self.accept_button.setDefault(True)  # Enter submits

    def submit(self) -> None:
        raise NotImplementedError

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def say(self, text: str, problem: bool = True) -> None:
        self.message.setText(("⚠ " if problem else "") + text)
        self.message.setVisible(bool(text))
