"""The command line's exit codes (DESIGN.md §9)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 1
"""Used wrongly, or something could not be read or written."""
EXIT_INVALID = 2
"""A file (routine, exercise, history) has problems; each is printed."""
