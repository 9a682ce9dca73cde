"""Characters nobody types in a name, and how a message shows them without obeying them.

A name, number, e-mail, department, position, KPI code or profile name never holds a
control character (a bell, an escape that recolours a terminal), a format character
(the marks that reorder text, so "Evil\u202efdp.exe" shows as "Evilexe.pdf", and the
zero-width ones that make two equal-looking names differ), a line or paragraph
separator, a surrogate, a private-use or an unassigned code point. Ordinary spaces stay
(U+0020, the no-break and the ideographic space). The zero-width joiner that glues an
emoji sequence is a format character too, so such emoji are refused in names; variation
selectors are marks, not format characters, and stay.
"""
from __future__ import annotations

import unicodedata

from .errors import RowProblem, ValidationError

HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# The marks that reorder text, which no cell of a written file keeps (reviewer.io.writers).
DIRECTION_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"


def is_hidden(character: str) -> bool:
    return unicodedata.category(character) in HIDDEN_CATEGORIES


def hidden_characters(text: str | None) -> str | None:
    """The hidden characters in ``text`` as "U+0007, U+001B", or None when there are none."""
    # str.isprintable is False exactly for these categories and the spaces other than
    # U+0020, so almost every value is settled in C without looking at each character.
    if not text or text.isprintable():
        return None
    found = sorted({c for c in text if is_hidden(c)})
    return ", ".join(f"U+{ord(c):04X}" for c in found) or None


def hidden_character_problem(field: str, text: str | None, row: int | None = None) -> RowProblem | None:
    """The problem naming ``field`` and the code points when ``text`` holds hidden characters."""
    found = hidden_characters(text)
    return RowProblem(row, field, "hidden_characters", {"characters": found}) if found else None


def refuse_hidden_characters(field: str, text: str | None) -> None:
    """Raise ValidationError (one coded problem for ``field``) when ``text`` holds hidden characters."""
    problem = hidden_character_problem(field, text)
    if problem is not None:
        raise ValidationError.listing([problem])


def refuse_hidden_characters_in_prose(field: str, text: str | None) -> None:
    """As refuse_hidden_characters, for text that may run over several lines: line breaks
    and tabs are allowed, every other hidden character is not."""
    refuse_hidden_characters(field, None if text is None else text.translate(_LINE_BREAKS_AND_TABS))


_LINE_BREAKS_AND_TABS = str.maketrans("\r\n\t", "   ")


def visible(text: str) -> str:
    """``text`` with each hidden character written as an escape (U+001B as \\x1b, U+202E as
    \\u202e), so a terminal, a window or a report shows it and obeys none of them."""
    if text.isprintable():
        return text
    return "".join(_escape(c) if is_hidden(c) else c for c in text)


def visible_lines(text: str) -> str:
    """Like ``visible``, but line ends stay: for the lines a command prints."""
    return "\n".join(visible(line) for line in text.split("\n"))


def _escape(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
