"""matplotlib inside Qt, set up once: the bundled CJK font, the window's palette,
no chart junk. Imported only when a chart is first shown (matplotlib is slow to load)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reviewer.resources import CJK_FONT_FAMILY, CJK_FONT_PATH


@lru_cache(maxsize=1)
def setup_matplotlib() -> None:
    import matplotlib

    matplotlib.use("QtAgg")
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(CJK_FONT_PATH))
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    base = palette.color(QPalette.ColorRole.Window).name()
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [CJK_FONT_FAMILY, "DejaVu Sans"],
        "axes.unicode_minus": False,  # the CJK font has no U+2212 minus sign
        "figure.facecolor": base, "axes.facecolor": base, "savefig.facecolor": base,
        "text.color": text, "axes.labelcolor": text, "xtick.color": text, "ytick.color": text,
        "axes.edgecolor": text, "axes.spines.top": False, "axes.spines.right": False,
        "font.size": 9,
    })


def new_canvas():
    """A figure and its Qt widget."""
    setup_matplotlib()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5, 3), layout="constrained")
    return figure, FigureCanvasQTAgg(figure)
