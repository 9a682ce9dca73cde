"""Personal data on request: everything stored about one person, handed over whole."""
from .access_export import AccessExport, export_personal_data

__all__ = ["AccessExport", "export_personal_data"]
