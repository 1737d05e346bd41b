"""Views: one module per kind of view. Each reads the AttentionModel and sends edits to it."""
