"""Modal screens: each returns a typed value (or None when the user backs out)."""
