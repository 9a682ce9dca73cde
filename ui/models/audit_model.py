"""The audit trail's entries as a table: plain AuditRow values, newest first."""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from reviewer.audit import AuditRow

from ..formatting import format_date
from .base import RowsTableModel


def details_text(row: AuditRow) -> str:
    """What changed, compactly: "field: before → after" for updates, the values otherwise."""
    changes = row.details.get("changes")
    if isinstance(changes, dict) and changes:
        parts = []
        for field, pair in changes.items():
            before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            parts.append(f"{field}: {before} → {after}")
        return "; ".join(parts)
    return json.dumps(row.details, ensure_ascii=False, sort_keys=True) if row.details else ""


class AuditModel(RowsTableModel):
    CONTEXT = "AuditModel"
    HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "When"), QT_TRANSLATE_NOOP("AuditModel", "Profile"),
               QT_TRANSLATE_NOOP("AuditModel", "Action"), QT_TRANSLATE_NOOP("AuditModel", "Entity"),
               QT_TRANSLATE_NOOP("AuditModel", "Id"), QT_TRANSLATE_NOOP("AuditModel", "Details"))

    @property
    def rows(self) -> list[AuditRow]:
        return self._rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return f"{format_date(row.occurred_at.date())} {row.occurred_at:%H:%M:%S}"
        if column == 1:
            return row.user or "—"
        if column == 2:
            return row.action
        if column == 3:
            return row.entity_type
        if column == 4:
            return "" if row.entity_id is None else str(row.entity_id)
        text = details_text(row)
        return text if role == Qt.ItemDataRole.ToolTipRole or len(text) < 200 else text[:200] + "…"
