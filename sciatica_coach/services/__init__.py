"""Workflows under the window, with no Qt: starting, running and finishing sessions."""
