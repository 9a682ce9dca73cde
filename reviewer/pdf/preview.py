"""Page images of a PDF for the in-app preview, rendered by PDFium (pypdfium2):
the same engine as Chrome's viewer, shipped as a wheel on every platform."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

_pdfium_lock = threading.Lock()  # PDFium is not thread-safe; renders may come from workers


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int
    rgb: bytes  # 3 bytes per pixel, rows ``stride`` bytes apart


class PdfPages:
    """An open PDF whose pages can be rendered at any zoom."""

    def __init__(self, source: Path | bytes):
        import pypdfium2

        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        with _pdfium_lock:
            self._document = pypdfium2.PdfDocument(data)
            # Signature stamps are form fields' appearances: PDFium draws them only with forms loaded.
            self._document.init_forms()
            self.page_count = len(self._document)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points (1/72 inch)."""
        with _pdfium_lock:
            return tuple(self._document[index].get_size())

    def render(self, index: int, zoom: float) -> PageImage:
        """The page at ``zoom`` × 72 dpi, forms and signature stamps included."""
        with _pdfium_lock:
            page = self._document[index]
            bitmap = page.render(scale=zoom, may_draw_forms=True, rev_byteorder=True)
            return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))

    def close(self) -> None:
        with _pdfium_lock:
            self._document.close()
