"""reportlab AcroForms whose text fields can show Chinese.

reportlab only offers the standard 14 (Latin) fonts for fields, and whatever
fills a field (a PDF reader, pypdf) draws the typed text with the field's font: a
Latin font turns Chinese into question marks. This form adds the field font of
fonts.py as a Type0 font (CID = glyph id, with a ToUnicode map, so anything that
fills a field can encode what was typed) and lets fields name it.
"""
from __future__ import annotations

import zlib
from functools import lru_cache

from reportlab.pdfbase.acroform import AcroForm, PDFFromString
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from .fonts import field_font, field_font_tables

FIELD_FONT = "AWCJK"
FIELD_FONT_SIZE = 10


@lru_cache(maxsize=4)
def _deflated(data: bytes) -> bytes:
    """Compressed once per process: deflating the font was most of each form's cost."""
    return zlib.compress(data, 6)


def _flate_stream(data: bytes, **entries) -> PDFStream:
    dictionary = PDFDictionary({"Filter": PDFName("FlateDecode"), **entries})
    return PDFStream(dictionary, _deflated(data), filters=None)


class CjkAcroForm(AcroForm):
    def __init__(self, canvas, **kwargs):
        super().__init__(canvas, **kwargs)
        self._appearances: dict = {}
        # The fields' first appearances are empty: readers should draw what is typed.
        self.extras["NeedAppearances"] = PDFFromString("true")

    @classmethod
    def install(cls, canvas) -> CjkAcroForm:
        form = cls(canvas)
        canvas.AcroForm = form
        canvas._doc._catalog.AcroForm = form
        return form

    def checkboxAP(self, *args, **kwargs):
        # Every radio button of a scale draws the same few appearances; reportlab
        # shares the written streams but builds each one again, 6 per button.
        key = (args, tuple((k, v.rgb() if hasattr(v, "rgb") else v) for k, v in sorted(kwargs.items())))
        if key not in self._appearances:
            self._appearances[key] = super().checkboxAP(*args, **kwargs)
        return self._appearances[key]

    def makeFont(self, fontName):
        if fontName != FIELD_FONT:
            return super().makeFont(fontName)
        if FIELD_FONT not in self.fonts:
            self.fonts[FIELD_FONT] = self.getRefStr(self._type0_font())
        return self.fonts[FIELD_FONT], FIELD_FONT

    def _type0_font(self) -> PDFDictionary:
        doc = self.canv._doc
        font = field_font()
        widths, to_unicode = field_font_tables()
        name = PDFName(font.font_name)
        descriptor = PDFDictionary({
            "Type": PDFName("FontDescriptor"), "FontName": name, "Flags": 4,
            "FontBBox": PDFArray(list(font.bbox)), "ItalicAngle": 0, "Ascent": font.ascent,
            "Descent": font.descent, "CapHeight": font.ascent, "StemV": 80,
            "FontFile2": doc.Reference(_flate_stream(font.ttf, Length1=len(font.ttf))),
        })
        cid_font = PDFDictionary({
            "Type": PDFName("Font"), "Subtype": PDFName("CIDFontType2"), "BaseFont": name,
            "CIDSystemInfo": PDFDictionary({"Registry": PDFString("Adobe"), "Ordering": PDFString("Identity"),
                                            "Supplement": 0}),
            "FontDescriptor": doc.Reference(descriptor), "DW": 1000,
            "W": PDFFromString(widths), "CIDToGIDMap": PDFName("Identity"),
        })
        return PDFDictionary({
            "Type": PDFName("Font"), "Subtype": PDFName("Type0"), "BaseFont": name,
            "Encoding": PDFName("Identity-H"), "DescendantFonts": PDFArray([doc.Reference(cid_font)]),
            "ToUnicode": doc.Reference(_flate_stream(to_unicode)),
        })
