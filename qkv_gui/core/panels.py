"""The panels of the window, by id: what lesson files store, whatever Qt calls the docks.

A lesson file remembers the panel that was open. It stores the id ("compare"),
not the Qt object name of the dock ("CompareDock"), so renaming a dock never
breaks a file already handed out. Files written before the ids existed hold
the object names; `panel_id` reads both.
"""

from __future__ import annotations

# id → the object name its dock had when lesson files stored object names (version 1).
PANEL_OBJECT_NAMES: dict[str, str] = {
    "matrices": "MatricesDock",
    "geometry": "GeometryDock",
    "explain": "ExplainDock",
    "lessons": "LessonsDock",
    "compare": "CompareDock",
    "svd": "SvdDock",
    "train": "TrainDock",
    "challenges": "ChallengesDock",
    "heads": "HeadsDock",
    "output": "OutputDock",
    "positions": "PositionsDock",
}
PANEL_IDS = tuple(PANEL_OBJECT_NAMES)
# The window's own panels, always there: a lesson file names the panel opened besides them.
BUILTIN_PANELS = ("matrices", "geometry", "explain")

_IDS_BY_OBJECT_NAME = {name: panel for panel, name in PANEL_OBJECT_NAMES.items()}


def panel_id(name: str) -> str:
    """The panel id of `name`: an id, or a dock object name an older file stored.

    A name that is neither (a panel of a newer version) comes back unchanged.
    """
    if name in PANEL_OBJECT_NAMES:
        return name
    return _IDS_BY_OBJECT_NAME.get(name, name)


def dock_object_name(panel: str) -> str:
    """The Qt object name of the dock of panel `panel` (an unknown name unchanged)."""
    return PANEL_OBJECT_NAMES.get(panel_id(panel), panel)
