"""Telling text decoded in the wrong encoding from real text, cell by cell.

A file saved partly in one encoding and partly in another (a GBK roster with one row
pasted in as UTF-8) decodes without an error but yields text no one wrote:
欧阳明海 in UTF-8 read as GBK becomes 娆ч槼鏄庢捣. Such text is full of rare characters;
re-encoding it and decoding it the other way gives common ones. The common ones are
the 3,755 hanzi of GB2312 level 1, the 5,401 of Big5 level 1 and Chinese punctuation.
"""
from __future__ import annotations

from functools import cache

from ..errors import RowProblem
from .tables import Table

# The encoding a cell was decoded in -> what else its bytes may have been, most likely first.
# UTF-8 text is not second-guessed: legacy bytes are seldom valid UTF-8, and a Latin
# name such as José would read as plausible GBK (Jos茅).
_ALTERNATIVES = {"gb18030": ("utf-8", "big5"), "gbk": ("utf-8", "big5"), "big5": ("utf-8", "gb18030")}
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GBK", "gbk": "GBK", "big5": "Big5"}


@cache
def _common_characters() -> frozenset[str]:
    found = set("，。、；：？！“”‘’（）《》【】—…·　")
    found.update(chr(code) for code in range(0xC0, 0x250) if chr(code).isalpha())  # Latin letters: José, Müller
    found.update(chr(code) for code in range(0xFF01, 0xFF5F))  # full-width letters and signs
    for first, seconds, encoding in ((range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"),
                                     (range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5")):
        for lead in first:
            for trail in seconds:
                try:
                    found.add(bytes((lead, trail)).decode(encoding))
                except UnicodeDecodeError:
                    pass
    return frozenset(found)


def plausibility(text: str) -> float:
    """The share of the text's non-ASCII characters that are common in Chinese text (1.0 for ASCII)."""
    unusual = [c for c in text if c >= "\x80"]
    if not unusual:
        return 1.0
    common = _common_characters()
    return sum(c in common for c in unusual) / len(unusual)


def misread(text: str, encoding: str) -> tuple[str, str] | None:
    """(likely encoding, the text in it) when ``text``, decoded as ``encoding``, reads
    far better as another encoding's bytes; None when it reads as it should."""
    alternatives = _ALTERNATIVES.get(encoding.lower())
    if not alternatives or text.isascii():
        return None
    here = plausibility(text)
    if here >= 0.9:
        return None
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        return None
    for other in alternatives:
        try:
            fixed = raw.decode(other)
        except UnicodeDecodeError:
            continue
        # UTF-8 is self-checking: bytes that decode at all are strong evidence. Between
        # the two legacy encodings only a clear difference counts.
        needed = here + 0.1 if other == "utf-8" else max(0.9, here + 0.5)
        if fixed != text and plausibility(fixed) >= needed:
            return other, fixed
    return None


def encoding_problems(table: Table, mapping: dict[str, int]) -> list[RowProblem]:
    """A problem for each mapped cell of a CSV file whose text reads as another encoding's
    bytes (a row saved in UTF-8 inside a GBK file), naming the row and the likely encoding."""
    read_as = (table.encoding or "").lower()
    if read_as not in _ALTERNATIVES:
        return []
    problems = []
    for position, values in enumerate(table.rows):
        for key, index in mapping.items():
            text = values[index] if index < len(values) else None
            found = misread(text, read_as) if isinstance(text, str) else None
            if found:
                problems.append(RowProblem(Table.row_number(position), key, "text_misread", {
                    "value": text, "likely": ENCODING_NAMES[found[0]], "read_as": ENCODING_NAMES[read_as],
                    "fixed": found[1]}))
    return problems
