"""Widgets that draw what the engine reports: rep counter, hold ring, breath pacer."""
