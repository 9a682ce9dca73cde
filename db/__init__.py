"""Persistence: typed SQLAlchemy models, engine setup and Alembic migrations.

Imports neither ``reviewer`` nor ``ui``: data flows ui -> reviewer -> db.
"""
