"""A plan's check-in timeline for its PDF: progress (0–100%) at each check-in over the
plan's period, one thin line per goal and a thick overall line, warnings and
recognitions marked on the day they were issued. reportlab graphics, like charts.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from .charts import BAD, GOOD, GRID, INK, MUTED

GOAL_COLOURS = (HexColor("#3b6fb6"), HexColor("#d0813a"), HexColor("#3f9a6b"), HexColor("#8a5cb8"),
                HexColor("#c0507a"), HexColor("#5a8f9e"))


@dataclass(frozen=True)
class Series:
    name: str
    points: tuple[tuple[date, int], ...]  # (held on, progress %)


@dataclass(frozen=True)
class Marker:
    kind: str  # warning | recognition
    on: date


def timeline(overall: Series, goals: list[Series], markers: list[Marker], start: date, end: date, font: str,
             width: float, marker_names: dict[str, str]) -> Drawing:
    """The chart; the x axis spans the plan's period (stretched to any check-in outside it)."""
    height, left, bottom, top, legend = 190, 30, 34, 16, 16
    drawing = Drawing(width, height, initialFontName=font)  # else it opens in (unembedded) Helvetica
    days = [d for s in (overall, *goals) for d, _ in s.points] + [m.on for m in markers]
    first, last = min([start, *days]), max([end, *days])
    span = max((last - first).days, 1)
    plot_w, plot_h = width - left - 8, height - bottom - top - legend

    def x(day: date) -> float:
        return left + (day - first).days / span * plot_w

    def y(pct: float) -> float:
        return bottom + legend + pct / 100 * plot_h

    for pct in (0, 25, 50, 75, 100):
        drawing.add(Line(left, y(pct), left + plot_w, y(pct), strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(left - 4, y(pct) - 2.5, f"{pct}%", fontName=font, fontSize=7, fillColor=MUTED,
                           textAnchor="end"))
    for day in _month_ticks(first, last):
        drawing.add(Line(x(day), y(0), x(day), y(0) - 3, strokeColor=MUTED, strokeWidth=0.5))
        drawing.add(String(x(day), y(0) - 12, day.strftime("%Y-%m"), fontName=font, fontSize=7, fillColor=MUTED,
                           textAnchor="middle"))
    for colour, series in zip(_cycle(GOAL_COLOURS, len(goals)), goals):
        _line(drawing, series, colour, 1.0, 1.6, x, y)
    _line(drawing, overall, INK, 2.2, 2.4, x, y)
    for marker in markers:
        colour = BAD if marker.kind == "warning" else GOOD
        mx = x(marker.on)
        drawing.add(Line(mx, y(0), mx, y(100), strokeColor=colour, strokeWidth=0.6, strokeDashArray=[2, 2]))
        if marker.kind == "warning":
            drawing.add(Polygon([mx - 4, y(100) + 1, mx + 4, y(100) + 1, mx, y(100) + 8], fillColor=colour,
                                strokeColor=None))
        else:
            drawing.add(Circle(mx, y(100) + 4.5, 3.5, fillColor=colour, strokeColor=None))
    _legend(drawing, overall, goals, markers, marker_names, font, width)
    return drawing


def _cycle(colours: tuple, count: int) -> list:
    return [colours[n % len(colours)] for n in range(count)]


def _line(drawing: Drawing, series: Series, colour, stroke: float, dot: float, x, y) -> None:
    points = sorted(series.points)
    if len(points) > 1:
        drawing.add(PolyLine([c for day, pct in points for c in (x(day), y(pct))], strokeColor=colour,
                             strokeWidth=stroke))
    for day, pct in points:
        drawing.add(Circle(x(day), y(pct), dot, fillColor=colour, strokeColor=None))


def _legend(drawing: Drawing, overall: Series, goals: list[Series], markers: list[Marker],
            marker_names: dict[str, str], font: str, width: float) -> None:
    entries = [(INK, overall.name, "line")] + [(c, s.name, "line") for c, s in zip(_cycle(GOAL_COLOURS, len(goals)),
                                                                                   goals)]
    entries += [(BAD if kind == "warning" else GOOD, marker_names[kind], kind)
                for kind in ("warning", "recognition") if any(m.kind == kind for m in markers)]
    lx, ly = 4, 3
    for colour, name, shape in entries:
        needed = 16 + stringWidth(name, font, 7.5) + 12
        if lx + needed > width:  # wrap the legend rather than run off the page
            break
        if shape == "line":
            drawing.add(Rect(lx, ly + 3, 11, 2.2, fillColor=colour, strokeColor=None))
        elif shape == "warning":
            drawing.add(Polygon([lx + 1, ly, lx + 9, ly, lx + 5, ly + 8], fillColor=colour, strokeColor=None))
        else:
            drawing.add(Circle(lx + 5, ly + 4, 3.5, fillColor=colour, strokeColor=None))
        drawing.add(String(lx + 15, ly + 1, name, fontName=font, fontSize=7.5, fillColor=INK))
        lx += needed


def _month_ticks(first: date, last: date) -> list[date]:
    ticks, day = [], date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            ticks.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    step = max(1, len(ticks) // 8)  # at most ~8 labels on a long plan
    return ticks[::step]
