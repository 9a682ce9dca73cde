"""Make the screenshots in docs/ from the demo company: python docs/make_screenshots.py

Runs offscreen in a temporary database and settings folder, so it neither needs
a display nor touches your own data.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
SANDBOX = Path(tempfile.mkdtemp(prefix="appraisal-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX)
os.environ["APPRAISAL_DATA_DIR"] = str(SANDBOX)


def main() -> None:
    from PySide6.QtCore import QSettings, Qt

    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.demo import build_demo
    from ui.app import create_application

    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = create_application([], language)
    QSettings().clear()
    database, _ = open_database(resolve_database_url(str(SANDBOX / "demo.sqlite3")))
    with database.session() as session:
        build_demo(session)

    from reviewer.workstation import Workstation
    from ui.main_window import MainWindow

    window = MainWindow(Workstation(database))
    window.resize(1280, 760)
    window.show()
    page = window.people_page
    while page.stack.currentIndex() == page.LOADING:  # the list loads in the background
        app.processEvents()
    # The sales department with its head selected: a team tree and a full detail panel.
    page.department.setCurrentIndex(page.department.findText("销售部", Qt.MatchFlag.MatchContains))
    page.table.selectRow(0)
    for _ in range(5):
        app.processEvents()
    suffix = "" if language == "en" else f"_{language}"
    target = ROOT / "docs" / f"people{suffix}.png"
    window.grab().save(str(target))
    print(target)
    window.close()
    database.dispose()


if __name__ == "__main__":
    main()
