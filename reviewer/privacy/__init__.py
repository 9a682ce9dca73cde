"""Personal data on request: everything stored about one person, handed over whole; and,
once a leaver's retention period has run out, their personal data anonymised."""
from .access_export import AccessExport, export_personal_data
from .erasure import AnonymisedPerson, ErasureResult, LeaverDue, anonymise_leavers, leavers_due
from .retention import DEFAULT_RETENTION_MONTHS, retention_months, save_retention_months

__all__ = ["AccessExport", "export_personal_data", "AnonymisedPerson", "ErasureResult", "LeaverDue",
           "anonymise_leavers", "leavers_due", "DEFAULT_RETENTION_MONTHS", "retention_months",
           "save_retention_months"]
