"""The Qt layer: pages, widgets and dialogs. Everything that imports PySide6 lives here."""
