"""Modal dialogs: bad-file problems, check-ins, the hurt flow."""
