"""Fonts for PDFs: the shipped CJK font for page text (reportlab subsets it per
document) and, for fillable fields, a font whose glyphs cover what raters may type.

A field's appearance is drawn by whatever fills it (a PDF reader, pypdf), with the
font named in the field; a Latin-only font turns Chinese into question marks. The
field font cannot be subset to the document's text because the text is not typed
yet, and the whole 4.6 MB font in every form is too heavy, so fields get the
GB2312 repertoire (every Hanzi of everyday Chinese, ASCII and CJK punctuation),
about 0.7 MB compressed, built once and cached in the data folder.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from db.location import data_dir

from ..io.files import write_whole
from ..resources import CJK_FONT_PATH

PAGE_FONT = "WQY"  # reportlab's name for the shipped font in page text
SUBSET_VERSION = "gb2312-1"


def register_page_font() -> str:
    """Register the shipped CJK font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if PAGE_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(PAGE_FONT, str(CJK_FONT_PATH)))
    return PAGE_FONT


def _repertoire() -> set[int]:
    codes = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2010, 0x2040))
    codes |= set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F))
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                codes.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return codes


@dataclass(frozen=True)
class FieldFont:
    """A subset TrueType font and what a PDF Type0 font built on it needs."""

    font_name: str
    ttf: bytes
    gid_of: dict[int, int]  # code point -> glyph id
    widths: dict[int, int]  # code point -> width in 1/1000 em
    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int


def _cache_path() -> Path:
    digest = hashlib.sha256(f"{CJK_FONT_PATH.stat().st_size}:{SUBSET_VERSION}".encode()).hexdigest()[:16]
    return data_dir() / "cache" / f"field-font-{digest}.ttf"


def _subset_bytes() -> bytes:
    path = _cache_path()
    if path.exists():
        return path.read_bytes()
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.notdef_outline = True
    # FontForge's timestamp table: fontTools cannot subset it and says so on stderr.
    options.drop_tables = [*options.drop_tables, "FFTM"]
    font = TTFont(str(CJK_FONT_PATH))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(_repertoire()))
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = buffer.getvalue()
    write_whole(path, data)  # a half-written cache file is never picked up
    return data


@lru_cache(maxsize=1)
def field_font() -> FieldFont:
    from fontTools.ttLib import TTFont

    data = _subset_bytes()
    font = TTFont(io.BytesIO(data))
    scale = 1000 / font["head"].unitsPerEm
    order = font.getGlyphOrder()
    gid = {name: n for n, name in enumerate(order)}
    cmap = {code: gid[name] for code, name in font.getBestCmap().items() if code <= 0xFFFF}
    metrics = font["hmtx"].metrics
    widths = {code: round(metrics[order[g]][0] * scale) for code, g in cmap.items()}
    head = font["head"]
    bbox = tuple(round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax))
    hhea = font["hhea"]
    return FieldFont("AWFLDS+WenQuanYiMicroHei", data, cmap, widths, bbox,  # type: ignore[arg-type]
                     round(hhea.ascent * scale), round(hhea.descent * scale))


def _runs(codes: list[int], value) -> list[tuple[int, int]]:
    """Consecutive code points that share value(code), as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1 and value(code) == value(runs[-1][0]):
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


@lru_cache(maxsize=1)
def field_font_tables() -> tuple[str, bytes]:
    """The /W array (as PDF text) and ToUnicode CMap of the field font, with CID = glyph id
    (Identity), which is what pypdf and readers assume when they encode typed text."""
    font = field_font()
    unicode_of = {}
    for code, glyph in sorted(font.gid_of.items()):
        unicode_of.setdefault(glyph, code)
    glyphs = sorted(unicode_of)
    width_of = {unicode_of[g]: font.widths[unicode_of[g]] for g in glyphs}
    w_array: list = []
    for first, last in _runs(glyphs, lambda g: width_of[unicode_of[g]]):
        w_array += [first, last, width_of[unicode_of[first]]]
    lines = [f"<{g:04X}> <{unicode_of[g]:04X}>" for g in glyphs]
    blocks = [lines[i:i + 100] for i in range(0, len(lines), 100)]
    body = "".join(f"{len(b)} beginbfchar\n" + "\n".join(b) + "\nendbfchar\n" for b in blocks)
    to_unicode = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + body +
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")
    return "[" + " ".join(str(v) for v in w_array) + "]", to_unicode
