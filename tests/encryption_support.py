"""The encryption tests need the optional sqlcipher3 module (the 'encryption' extra)."""
from __future__ import annotations

import os

import pytest

REQUIRED_ENV_VAR = "APPRAISAL_TESTS_NEED_SQLCIPHER"  # .ci/run sets it: there a missing module is a failure
REASON = "SQLCipher is the optional 'encryption' extra: pip install sqlcipher3-wheels (run.py and CI install it)"


def require_sqlcipher() -> None:
    """Skip the calling test module without sqlcipher3, or fail it where it must be present."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        if os.environ.get(REQUIRED_ENV_VAR) == "1":
            pytest.fail(f"sqlcipher3 is missing but {REQUIRED_ENV_VAR}=1: {REASON}", pytrace=False)
        pytest.skip(REASON, allow_module_level=True)
