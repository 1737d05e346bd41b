"""Sizes shared by views and the overlays drawn on them."""

from __future__ import annotations

# The lesson highlight frame's pen width, and the pixels inside a view's edge it
# covers: a view keeps its own content this far in (e.g. the matrix editors'
# margins) so the frame never hides it.
HIGHLIGHT_FRAME_WIDTH = 4.0
HIGHLIGHT_ROOM = int(HIGHLIGHT_FRAME_WIDTH) + 1
