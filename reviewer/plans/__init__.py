"""Improvement and development plans: the figures and proposals a guided flow starts from."""
