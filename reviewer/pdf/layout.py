"""A small flowing layout on a reportlab canvas: wrapped text that may be Chinese
(no spaces to break at) and a cursor that starts new pages."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

MARGIN = 48


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than width: Latin words stay whole, CJK breaks between characters."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for token in _tokens(paragraph):
            candidate = line + token
            if line and stringWidth(candidate, font, size) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    word = ""
    for char in text:
        if char.isascii() and not char.isspace():
            word += char
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(char)
    if word:
        tokens.append(word)
    return tokens


class Flow:
    def __init__(self, canvas, font: str):
        self.canvas, self.font = canvas, font
        self.width, self.height = A4
        self.y = self.height - MARGIN

    @property
    def text_width(self) -> float:
        return self.width - 2 * MARGIN

    def need(self, height: float) -> None:
        if self.y - height < MARGIN + 20:
            self.canvas.showPage()
            self.y = self.height - MARGIN

    def text(self, text: str, size: float = 10, gap: float = 4, indent: float = 0, colour=(0, 0, 0)) -> None:
        leading = size * 1.35
        for line in wrap(text, self.font, size, self.text_width - indent):
            self.need(leading)
            self.canvas.setFillColorRGB(*colour)
            self.canvas.setFont(self.font, size)
            self.y -= leading
            self.canvas.drawString(MARGIN + indent, self.y + size * 0.25, line)
        self.y -= gap

    def rule(self, gap: float = 8) -> None:
        self.need(gap)
        self.canvas.setStrokeColorRGB(0.75, 0.78, 0.82)
        self.canvas.line(MARGIN, self.y - gap / 2, self.width - MARGIN, self.y - gap / 2)
        self.y -= gap
