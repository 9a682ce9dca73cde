"""Started as a fresh process by benchmarks/run.py to time a cold start.

    python startup_probe.py bare          a bare QApplication with an empty QMainWindow
    python startup_probe.py app DB_PATH   the real start-up path (ui.app.run_app)
    python startup_probe.py app DB_PATH EMPLOYEE_ID   the same, acting as that employee's manager profile

Prints a line when the window is shown, and for the app another when the people
table is filled, then quits:
    SHOWN <peak RSS in KiB> <people rows> <heavy modules loaded>
    LISTED <peak RSS in KiB> <people rows> <heavy modules loaded>
"""
from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kib() -> int:
    """This process's own peak RSS. ru_maxrss is no good here: Linux carries it
    over from the parent across exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(rows: int, event: str = "SHOWN") -> None:
    heavy = [m for m in ("pandas", "matplotlib", "alembic", "reportlab", "openpyxl") if m in sys.modules]
    peak = peak_rss_kib()
    print(f"{event} {peak} {rows} {','.join(heavy) or '-'}", flush=True)


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1200, 760)
        window.show()
        QTimer.singleShot(0, lambda: (report(0), app.quit()))
        app.exec()
        return

    def shown() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
        page = window.people_page
        report(page.model.rowCount())

        def listed(rows: int) -> None:
            report(page.model.rowCount(), "LISTED")
            app.quit()

        if page.stack.currentIndex() == page.LOADING:
            page.people_loaded.connect(listed)
        else:
            listed(page.model.rowCount())

    # Fires on the event loop's first turn, i.e. once run_app has shown the window.
    QTimer.singleShot(0, shown)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if len(sys.argv) > 3:  # "app DB_PATH EMPLOYEE_ID": every unit of work acts as that manager
        from benchmarks.access import act_as_manager

        act_as_manager(int(sys.argv[3]))
    from ui.app import run_app

    run_app(["--db", sys.argv[2]])


if __name__ == "__main__":
    main()
