"""Text styles shared by pages, derived from the platform font (never fixed sizes)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel


def page_heading(text: str, scale: float = 1.6, bold: bool = True) -> QLabel:
    """A page's or panel's title: larger than body text, in the user's UI font."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label
