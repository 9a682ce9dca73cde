"""The nine-box as a file: a picture (PNG) or a page (PDF) drawn with matplotlib in the
shipped CJK font, or a workbook (XLSX) listing every person with their box, band and
potential. Written whole (a temporary file renamed into place), in English or Chinese;
a blind session's file carries its codes, never names."""
from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from ..errors import ValidationError
from ..io.files import write_whole
from ..io.writers import save_workbook, storable_row
from ..pdf.language import is_chinese, localised
from ..resources import CJK_FONT_PATH
from .ninebox import AXIS_NAMES, Box, BoxPerson, NineBox, level_word

ENDINGS = (".png", ".pdf", ".xlsx")
NAMES_PER_BOX = 10
MEANING_WIDTH = 62  # columns of a box's meaning line at its size  # more would not fit a box on one page; the workbook lists everyone
# One fill per diagonal of the grid, from the box that needs action to the star: calm tints
# that print well in grey too.
FILLS = ("#f3d9d4", "#f6e7cf", "#eef0e6", "#dcecdf", "#c9e4d3")
INK, MUTED = "#2b2f36", "#6b7280"

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Nine-box", "九宫格"),
    "count": ("{count} people", "{count} 人"),
    "more": ("… and {count} more", "……另有 {count} 人"),
    "potential_not_rated": ("Potential not rated ({count}): ", "潜力未评（{count} 人）："),
    "performance_not_rated": ("No band yet ({count}): ", "尚无等级（{count} 人）："),
    "blind": ("blind session: codes instead of names", "匿名会议：以代号代替姓名"),
    "box": ("Box", "格子"),
    "meaning": ("Meaning", "含义"),
    "people": ("People", "人数"),
    "person": ("Person", "人员"),
    "code": ("Code", "代号"),
    "employee_no": ("Employee no.", "工号"),
    "band": ("Band", "等级"),
    "performance": ("Performance", "绩效"),
    "potential": ("Potential", "潜力"),
    "not_rated": ("(not rated)", "（未评）"),
    "no_band": ("(no band)", "（无等级）"),
    "sheet_people": ("People", "人员"),
    "sheet_boxes": ("Boxes", "格子"),
}


def _say(key: str, language: str, **params) -> str:
    english, chinese = LABELS[key]
    text = chinese if is_chinese(language) else english
    return text.format(**params) if params else text


def box_name(box: Box, language: str) -> str:
    return localised(box.kind.name, box.kind.name_zh, language)


def box_meaning(box: Box, language: str) -> str:
    return localised(box.kind.meaning, box.kind.meaning_zh, language)


def title_of(grid: NineBox, language: str) -> str:
    parts = [_say("title", language), grid.cycle_name]
    if grid.session_name:
        parts.append(grid.session_name)
    return " · ".join(parts)


def write_ninebox(grid: NineBox, path: Path | str, language: str = "en") -> Path:
    """Write the nine-box to path; the ending (.png, .pdf, .xlsx) says the format."""
    path = Path(path)
    ending = path.suffix.lower()
    if ending not in ENDINGS:
        raise ValidationError.coded("ninebox_file_ending", file=path.name)
    if ending == ".xlsx":
        write_ninebox_xlsx(grid, path, language)
    else:
        write_whole(path, ninebox_picture(grid, ending[1:], language))
    return path


def _width(text: str) -> int:
    """Columns a text takes: a Chinese character is as wide as two Latin letters."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns, broken at spaces (anywhere between Chinese characters)."""
    lines, line = [], ""
    for piece in re.findall(r"\S+\s*|\s+", text) if not any(_width(c) == 2 for c in text) else list(text):
        if line and _width(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = piece.lstrip()
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _font():
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=str(CJK_FONT_PATH))


def _names(people: tuple[BoxPerson, ...], language: str, limit: int) -> list[str]:
    shown = [p.label for p in people[:limit]]
    if len(people) > limit:
        shown.append(_say("more", language, count=len(people) - limit))
    return shown


def ninebox_picture(grid: NineBox, file_format: str, language: str = "en") -> bytes:
    """The nine-box drawn as PNG or PDF bytes. The PDF keeps its text as text in an
    embedded TrueType font, so Chinese names can be searched and copied."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    font = _font()
    bold = font.copy()
    bold.set_weight("bold")
    with matplotlib.rc_context({"pdf.fonttype": 42, "axes.unicode_minus": False}):
        figure = Figure(figsize=(11.69, 8.27))  # A4 landscape
        FigureCanvasAgg(figure)
        axes = figure.add_axes((0.09, 0.14, 0.88, 0.76))
        axes.set_xlim(0, 3)
        axes.set_ylim(0, 3)
        axes.set_xticks([0.5, 1.5, 2.5], [level_word(level, language) for level in ("low", "medium", "high")],
                        fontproperties=font, fontsize=10, color=INK)
        axes.set_yticks([0.5, 1.5, 2.5], [level_word(level, language) for level in ("low", "medium", "high")],
                        fontproperties=font, fontsize=10, color=INK)
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        axes.set_xlabel(localised(*AXIS_NAMES[grid.across], language) + " →", fontproperties=font, fontsize=12,
                        color=INK)
        axes.set_ylabel(localised(*AXIS_NAMES[grid.up], language) + " →", fontproperties=font, fontsize=12,
                        color=INK)
        order = ("low", "medium", "high")
        for row_index, row in enumerate(grid.rows()):
            for column, box in enumerate(row):
                x, y = column, 2 - row_index
                fill = FILLS[order.index(box.kind.performance) + order.index(box.kind.potential)]
                axes.add_patch(Rectangle((x + 0.015, y + 0.015), 0.97, 0.97, facecolor=fill, edgecolor="white",
                                         linewidth=2))
                axes.text(x + 0.05, y + 0.93, box_name(box, language), fontproperties=bold, fontsize=12,
                          color=INK, va="top")
                axes.text(x + 0.95, y + 0.93, str(box.count), fontproperties=bold, fontsize=14, color=INK,
                          va="top", ha="right")
                meaning = wrapped(box_meaning(box, language), MEANING_WIDTH)
                axes.text(x + 0.05, y + 0.80, "\n".join(meaning), fontproperties=font, fontsize=7,
                          color=MUTED, va="top", linespacing=1.3)
                top = y + 0.80 - 0.05 * len(meaning) - 0.1
                names = _names(box.people, language, NAMES_PER_BOX)
                # Two columns of names, so ten fit below the name and meaning.
                for n, name in enumerate(names):
                    column_x = x + 0.05 + (0.46 if n >= 5 and len(names) > 5 else 0)
                    line = n - 5 if n >= 5 and len(names) > 5 else n
                    axes.text(column_x, top - line * 0.09, wrapped(name, 26)[0], fontproperties=font, fontsize=8.5,
                              color=INK, va="top", clip_on=True)
        figure.text(0.09, 0.955, title_of(grid, language), fontproperties=bold, fontsize=15, color=INK)
        notes = []
        if grid.blind:
            notes.append(_say("blind", language))
        for key, people in (("potential_not_rated", grid.potential_not_rated),
                            ("performance_not_rated", grid.performance_not_rated)):
            if people:
                notes.append(_say(key, language, count=len(people))
                             + ("、" if is_chinese(language) else ", ").join(_names(people, language, 15)))
        for n, note in enumerate(notes):
            figure.text(0.09, 0.06 - n * 0.022, note, fontproperties=font, fontsize=8, color=MUTED)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=file_format, dpi=150, facecolor="white")
    return buffer.getvalue()


def write_ninebox_xlsx(grid: NineBox, path: Path, language: str = "en") -> None:
    """Two sheets: everyone with box, band and potential; and the boxes with counts."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    people = workbook.active
    people.title = _say("sheet_people", language)
    who = _say("code" if grid.blind else "person", language)
    headers = [_say("box", language), who] + ([] if grid.blind else [_say("employee_no", language)]) + [
        _say("band", language), _say("performance", language), _say("potential", language)]
    people.append(headers)

    def line(box_label: str, person: BoxPerson) -> list:
        band = localised(person.band_name, person.band_name_zh, language) if person.band_id else _say(
            "no_band", language)
        return storable_row([box_label, person.label] + ([] if grid.blind else [person.employee_no]) + [
            band, level_word(person.performance, language) or _say("no_band", language),
            level_word(person.potential, language) or _say("not_rated", language)])

    for box in grid.boxes:
        for person in box.people:
            people.append(line(box_name(box, language), person))
    for key, rows in (("potential_not_rated", grid.potential_not_rated),
                      ("performance_not_rated", grid.performance_not_rated)):
        for person in rows:
            people.append(line(_say(key, language, count=len(rows)).rstrip(": ："), person))
    people.freeze_panes = "A2"
    for cell in people[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEF", (22, 16, 14, 16, 12, 12)):
        people.column_dimensions[column].width = width
    boxes = workbook.create_sheet(_say("sheet_boxes", language))
    boxes.append([_say("box", language), _say("performance", language), _say("potential", language),
                  _say("people", language), _say("meaning", language)])
    for box in grid.boxes:
        boxes.append(storable_row([box_name(box, language), level_word(box.kind.performance, language),
                                   level_word(box.kind.potential, language), box.count, box_meaning(box, language)]))
    for cell in boxes[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDE", (22, 12, 12, 8, 70)):
        boxes.column_dimensions[column].width = width
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    save_workbook(workbook, Path(path))
