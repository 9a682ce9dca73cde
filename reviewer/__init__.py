"""The domain: rules and services. Pure Python; never imports Qt."""

__version__ = "0.1.0"
