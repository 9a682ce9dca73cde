"""Register the shipped CJK font so Chinese never renders as boxes, whatever the
machine has installed."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from reviewer.resources import CJK_FONT_FAMILY, CJK_FONT_PATH


def install_cjk_font(app: QApplication) -> str:
    """Load the bundled font and make it the fallback after the platform's UI font."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_PATH))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else CJK_FONT_FAMILY
    font = QFont(app.font())
    # The font the platform really uses for Latin text, not its alias ("Sans Serif"):
    # an alias listed before the CJK font loses to it, and Latin punctuation such as
    # "…" would then be drawn with the CJK glyph (centred dots).
    primary = QFontInfo(font).family() or font.family()
    font.setFamilies([primary, family] if primary and primary != family else [family])
    app.setFont(font)
    return family
