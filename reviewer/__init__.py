"""The domain: rules and services. Pure Python; never imports Qt."""

from . import database_busy  # noqa: F401  (a database locked by another program becomes a DatabaseBusy)

__version__ = "0.1.0"
