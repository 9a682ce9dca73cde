"""Vector charts for PDFs, drawn with reportlab's graphics (crisp at any zoom, and
~100 ms cheaper per document than a matplotlib image). Labels use the shipped CJK font."""
from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from .layout import wrap

INK = HexColor("#2b2f36")
GRID = HexColor("#c9ced6")
MUTED = HexColor("#6b7280")
GOOD, WARN, BAD = HexColor("#2e7d5b"), HexColor("#c98a16"), HexColor("#b5473a")
SERIES = (HexColor("#3b6fb6"), HexColor("#d0813a"), HexColor("#3f9a6b"))


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # attainment as a fraction (1.0 = target), None = no result yet


def attainment_bars(bars: list[Bar], font: str, width: float, no_result: str) -> Drawing:
    """One horizontal bar per KPI, with the target line at 100%."""
    row, label_width = 18, width * 0.36
    height = row * len(bars) + 22
    drawing = Drawing(width, height, initialFontName=font)  # else it opens in (unembedded) Helvetica
    top_scale = max(1.5, *(b.value or 0 for b in bars)) if bars else 1.5
    plot_x, plot_width = label_width + 6, width - label_width - 46
    scale = plot_width / top_scale
    for n, bar in enumerate(bars):
        y = height - (n + 1) * row
        label = wrap(bar.label, font, 8, label_width)[0]
        drawing.add(String(label_width, y + 5, label, fontName=font, fontSize=8, fillColor=INK, textAnchor="end"))
        if bar.value is None:
            drawing.add(String(plot_x, y + 5, no_result, fontName=font, fontSize=7.5, fillColor=MUTED))
            continue
        colour = GOOD if bar.value >= 1.0 else WARN if bar.value >= 0.8 else BAD
        drawing.add(Rect(plot_x, y + 2, max(bar.value, 0) * scale, row - 6, fillColor=colour, strokeColor=None))
        drawing.add(String(plot_x + max(bar.value, 0) * scale + 4, y + 5, f"{bar.value * 100:.0f}%",
                           fontName=font, fontSize=7.5, fillColor=INK))
    target_x = plot_x + scale
    drawing.add(Line(target_x, 12, target_x, height, strokeColor=INK, strokeWidth=0.8, strokeDashArray=[2, 2]))
    for tick in (0.0, 0.5, 1.0, 1.5):
        if tick <= top_scale:
            drawing.add(String(plot_x + tick * scale, 2, f"{tick * 100:.0f}%", fontName=font, fontSize=7,
                               fillColor=MUTED, textAnchor="middle"))
    return drawing


def radar(axes: list[str], series: list[tuple[str, list[float | None]]], font: str, size: float,
          scale_max: float = 5.0) -> Drawing:
    """Self / manager / others on one spider chart with a fixed 0..scale_max scale
    (reportlab's SpiderChart rescales to the data, which would exaggerate gaps)."""
    legend_height = 16
    drawing = Drawing(size, size + legend_height, initialFontName=font)
    cx, cy, radius = size / 2, size / 2 + legend_height, size / 2 - 42
    count = len(axes)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        return cx + radius * value / scale_max * math.cos(angle), cy + radius * value / scale_max * math.sin(angle)

    for ring in range(1, int(scale_max) + 1):
        corners = [c for i in range(count) for c in point(i, ring)]
        drawing.add(Polygon(corners, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
    for index, axis in enumerate(axes):
        x, y = point(index, scale_max)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
        lx, ly = point(index, scale_max * 1.12)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        drawing.add(String(lx, ly - 3, axis, fontName=font, fontSize=7.5, fillColor=INK, textAnchor=anchor))
    for colour, (name, values) in zip(SERIES, series):
        known = [(i, v) for i, v in enumerate(values) if v is not None]
        if len(known) == count and count >= 3:
            corners = [c for i, v in known for c in point(i, v)]
            drawing.add(Polygon(corners, fillColor=Color(colour.red, colour.green, colour.blue, alpha=0.12),
                                strokeColor=colour, strokeWidth=1.4))
        elif len(known) > 1:
            drawing.add(PolyLine([c for i, v in known for c in point(i, v)], strokeColor=colour, strokeWidth=1.4))
        for i, v in known:
            x, y = point(i, v)
            drawing.add(Circle(x, y, 1.8, fillColor=colour, strokeColor=None))
    x = 4
    for colour, (name, _values) in zip(SERIES, series):
        drawing.add(Rect(x, 4, 9, 9, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 13, 5, name, fontName=font, fontSize=8, fillColor=INK))
        x += 24 + stringWidth(name, font, 8)
    return drawing


def distribution_bars(shares: list[tuple[str, float, int, float | None]], font: str, width: float,
                      guideline_label: str) -> Drawing:
    """Vertical bars of each band's share of people (count on top), with the band's
    guideline share as a dashed mark: calibration's question at a glance."""
    height, bottom, top_pad = 170, 30, 18
    drawing = Drawing(width, height, initialFontName=font)
    top = max([0.5, *(s for _, s, _, _ in shares), *((g or 0) / 100 for *_, g in shares)])
    plot_height = height - bottom - top_pad
    slot = width / max(len(shares), 1)
    bar_width = min(60, slot * 0.5)
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        if tick <= top:
            y = bottom + tick / top * plot_height
            drawing.add(Line(0, y, width, y, strokeColor=GRID, strokeWidth=0.4))
            drawing.add(String(0, y + 2, f"{tick:.0%}", fontName=font, fontSize=7, fillColor=MUTED))
    for n, (name, share, count, guideline) in enumerate(shares):
        x = slot * n + (slot - bar_width) / 2
        bar = share / top * plot_height
        drawing.add(Rect(x, bottom, bar_width, bar, fillColor=SERIES[0], strokeColor=None))
        label_at = bar
        if guideline is not None:
            mark = guideline / 100 / top * plot_height
            drawing.add(Line(x - 6, bottom + mark, x + bar_width + 6, bottom + mark, strokeColor=BAD, strokeWidth=1.2,
                             strokeDashArray=[3, 2]))
            label_at = max(bar, mark)  # the count sits above both, never struck through
        drawing.add(String(x + bar_width / 2, bottom + label_at + 4, f"{count} · {share:.0%}", fontName=font,
                           fontSize=8, fillColor=INK, textAnchor="middle"))
        drawing.add(String(x + bar_width / 2, bottom - 12, wrap(name, font, 8.5, slot - 4)[0], fontName=font,
                           fontSize=8.5, fillColor=INK, textAnchor="middle"))
    drawing.add(Line(width - 150, 6, width - 130, 6, strokeColor=BAD, strokeWidth=1.2, strokeDashArray=[3, 2]))
    drawing.add(String(width - 126, 3, guideline_label, fontName=font, fontSize=7.5, fillColor=MUTED))
    return drawing
