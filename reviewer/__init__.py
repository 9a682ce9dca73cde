"""The domain: rules and services. Pure Python; never imports Qt."""

__version__ = "0.1.0"

# Every change made through a session is audited (reviewer.audit registers the
# session listeners), however the service was reached.
from . import audit as _audit  # noqa: E402,F401
