"""The audit trail: who changed what and when, written in the same transaction as
the change, as a hash chain that shows any entry edited, removed or slipped in
behind the program's back. Importing this package switches the trail on."""
from . import capture as _capture  # noqa: F401 - registers the session listeners
from .chain import ChainReport, verify_chain
from .listing import AuditRow, entity_kinds, list_entries, verify_trail

__all__ = ["ChainReport", "verify_chain", "AuditRow", "entity_kinds", "list_entries", "verify_trail"]
