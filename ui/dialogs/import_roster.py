"""The roster import wizard (the generic import wizard with the roster kind)."""
from .import_wizard import ImportRosterWizard

__all__ = ["ImportRosterWizard"]
