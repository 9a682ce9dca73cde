"""Appraisal cycles: looking them up, the shipped catalogue, and each area's facts."""
