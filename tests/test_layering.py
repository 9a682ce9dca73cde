"""Data flows one way: ui -> reviewer -> db. The domain never imports Qt."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "reviewer": ("PySide6", "ui"),
    "db": ("PySide6", "ui", "reviewer"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_upward(package):
    offenders = []
    for path in (ROOT / package).rglob("*.py"):
        for module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[package]:
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert offenders == []


# Files another helper (HB) converts in parallel for issue 14; the lead empties this
# list after merging that work. Nothing else under ui/ may import db or SQLAlchemy.
def test_the_window_reaches_the_database_only_through_services():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        name = path.relative_to(ROOT).as_posix()
        for module in imported_modules(path):
            if module.split(".")[0] in ("db", "sqlalchemy"):
                offenders.append(f"{name} imports {module}")
    assert offenders == []
