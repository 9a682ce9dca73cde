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

from reportlab.lib.colors import Color
from reportlab.pdfbase.acroform import AcroForm, PDFFromString, RadioGroup
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFStream, PDFString, pdfdocEnc

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

    def text_field(self, name: str, value: str, **options) -> None:
        """reportlab's textfield, whose value may be any text: reportlab draws the value
        into the field's first appearance with a Latin encoding and fails on Chinese,
        so the field is made empty and its value set afterwards (readers draw it, as
        NeedAppearances asks)."""
        self.textfield(name=name, value="", **options)
        if value:
            field = self.canv._doc.idToObject[self.fields[-1].name]
            field.dict["V"] = field.dict["DV"] = PDFString(value)

    def radio_button(self, name: str, value: str, x: float, y: float, size: float,
                     border: Color, fill: Color, selected: bool = False) -> None:
        """One point of a scale: what ``radio`` makes (printable, one choice per group), written
        straight as its widget dictionary. reportlab formats ~20 objects per button
        through its generic dictionaries, which was half of an offline form's cost."""
        group = self._radios.get(name)
        if group is None:
            group = self._radios[name] = RadioGroup(name)
            group._ref = self.getRef(group)
            self.fields.append(group._ref)
        if selected:
            group.V = value
        style = self._radio_style(size, border, fill)
        widget = _RadioWidget(style, value, selected, self.canv._doc.thisPageRef(), group._ref,
                              (x, y, x + size, y + size))
        self.canv._addAnnotation(widget)
        group.kids.append(self.getRef(widget))

    def _radio_style(self, size: float, border: Color, fill: Color) -> _RadioStyle:
        key = (size, border.rgb(), fill.rgb())
        if "ZaDb" not in self.fonts:
            # Readers redraw a chosen button with ZapfDingbats (its /MK caption); poppler
            # warns "Unknown font tag 'ZaDb'" unless the form's resources name it.
            self.fonts["ZaDb"] = self.getRefStr(PDFDictionary({
                "Type": PDFName("Font"), "Subtype": PDFName("Type1"), "BaseFont": PDFName("ZapfDingbats")}))
        if key not in self._appearances:
            appearances = {}
            for state in "NDR":
                _text, border_state, fill_state = self.varyColors(state, Color(0, 0, 0), border, fill)
                appearances[state] = tuple(self._appearance_ref(state, on, border_state, fill_state, size)
                                           for on in ("Yes", "Off"))
            colour = " ".join(f"{c:g}" for c in border.rgb())
            background = " ".join(f"{c:g}" for c in fill.rgb())
            self._appearances[key] = _RadioStyle(appearances, f"/BS << /S /S /W 1 >> /F 4 /FT /Btn /H /N "
                                                              f"/MK << /BC [{colour}] /BG [{background}] /CA (l) >>")
        return self._appearances[key]

    def _appearance_ref(self, state: str, on: str, border: Color, fill: Color, size: float):
        stream = super().checkboxAP(state, on, buttonStyle="circle", shape="circle", fillColor=fill,
                                    borderColor=border, textColor=Color(0, 0, 0), borderWidth=1,
                                    borderStyle="solid", size=size, dashLen=3)
        if stream._af_refstr not in self._refMap:
            self._refMap[stream._af_refstr] = self.getRef(stream)
        return self._refMap[stream._af_refstr]

    def checkboxAP(self, *args, **kwargs):
        # Every radio button of a scale draws the same few appearances; reportlab
        # shares the written streams but builds each one again, 6 per button.
        key = (args, tuple((k, v.rgb() if hasattr(v, "rgb") else v) for k, v in sorted(kwargs.items())))
        if key not in self._appearances:
            self._appearances[key] = super().checkboxAP(*args, **kwargs)
        return self._appearances[key]

    def format(self, doc):
        # reportlab writes one /Font entry per font into /DR, a dictionary with
        # repeated keys that readers resolve differently: one entry with every font.
        entries = {"Fields": PDFArray([self.getRef(f) for f in self.fields]), **self.extras}
        if self.fonts:
            fonts = " ".join(f"/{name} {ref}" for name, ref in sorted(self.fonts.items()))
            default = FIELD_FONT if FIELD_FONT in self.fonts else sorted(self.fonts)[0]
            entries["DA"] = PDFString(f"/{default} 0 Tf 0 g")
            entries["DR"] = PDFFromString(f"<< /Encoding << /RLAFencoding {self.encRefStr} >> /Font << {fonts} >> >>")
        return PDFDictionary(entries).format(doc)

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


class _RadioStyle:
    """The appearance streams (normal, down, rollover; on and off) and the fixed
    entries shared by every radio button of one look."""

    def __init__(self, appearances: dict, fixed: str):
        self.appearances = appearances
        self.fixed = fixed
        self._formatted: dict[str, str] = {}

    def appearance(self, value: str, document) -> str:
        if value not in self._formatted:
            parts = []
            for state, (on, off) in sorted(self.appearances.items()):
                parts.append(f"/{state} << /{value} {on.format(document).decode()} /Off {off.format(document).decode()} >>")
            self._formatted[value] = "<< " + " ".join(parts) + " >>"
        return self._formatted[value]


class _RadioWidget(PDFObject):
    """A radio button's widget annotation; references are resolved when the document
    is written (the page has no object number before then)."""

    def __init__(self, style: _RadioStyle, value: str, selected: bool, page, parent, rect: tuple[float, ...]):
        self.style, self.value, self.selected = style, value, selected
        self.page, self.parent, self.rect = page, parent, rect

    def format(self, document) -> bytes:
        rect = " ".join(f"{v:.2f}" for v in self.rect)
        return pdfdocEnc(
            f"<< /AP {self.style.appearance(self.value, document)} /AS /{self.value if self.selected else 'Off'} "
            f"{self.style.fixed} "
            f"/P {self.page.format(document).decode()} /Parent {self.parent.format(document).decode()} "
            f"/Rect [{rect}] /Subtype /Widget /Type /Annot >>")
