"""The domain: rules and services. Pure Python; never imports Qt."""

__version__ = "0.1.0"

# Loaded with the package, so they hold however a service is reached: a database
# locked by another program becomes a DatabaseBusy, a save over another person's
# newer change a ChangedMeanwhile, and every change made through a
# session is audited (reviewer.audit registers the session listeners).
from . import audit as _audit  # noqa: E402,F401
from .database import busy as _busy  # noqa: E402,F401
from .database import stale as _stale  # noqa: E402,F401
