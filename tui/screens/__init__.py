"""Screens: the dashboard and the stats."""
