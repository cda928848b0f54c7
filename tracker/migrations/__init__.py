"""Alembic migrations: the schema is versioned from the first release."""
