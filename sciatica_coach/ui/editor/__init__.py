"""The routine editor: build a routine from the catalogue, check it as `validate` does, try it,
save it, print its handout. The model is `core.routine_edit` (checked and timed by
`core.draft_check`); files are `services.routine_editor`.
"""
