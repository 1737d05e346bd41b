"""Panel ids: lesson files store them; files that stored dock object names still open."""

import json
from pathlib import Path

import pytest

from qkv_gui.core import panels
from qkv_gui.core.lesson_file import dumps_lesson, load_lesson_file, loads_lesson
from qkv_gui.core.presets import load_preset

DATA = Path(__file__).parent / "data"


def test_every_panel_has_an_id_and_an_old_object_name():
    assert panels.PANEL_IDS[:8] == (
        "matrices", "geometry", "explain", "lessons", "compare", "svd", "train", "challenges",
    )  # fmt: skip
    # The panels of several heads, positions and the output stage follow.
    assert {"heads", "output", "positions"} <= set(panels.PANEL_IDS)
    assert set(panels.BUILTIN_PANELS) <= set(panels.PANEL_IDS)
    names = list(panels.PANEL_OBJECT_NAMES.values())
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("panel", panels.PANEL_IDS)
def test_ids_and_object_names_read_as_the_same_panel(panel):
    name = panels.PANEL_OBJECT_NAMES[panel]
    assert panels.panel_id(panel) == panel
    assert panels.panel_id(name) == panel
    assert panels.dock_object_name(panel) == name
    assert panels.dock_object_name(name) == name


def test_an_unknown_panel_name_is_kept():
    assert panels.panel_id("FuturePanelDock") == "FuturePanelDock"
    assert panels.dock_object_name("FuturePanelDock") == "FuturePanelDock"


def test_a_lesson_file_of_version_1_opens_to_the_same_state():
    """tests/core/data/lesson_v1.json was written by the version that stored "CompareDock"."""
    session, lesson, panel = load_lesson_file(DATA / "lesson_v1.json")
    assert session == load_preset("self_attention")
    assert lesson == "self_attention"
    assert panel == "compare"


def test_lesson_files_store_the_panel_id():
    session = load_preset("default")
    for given in ("compare", "CompareDock"):
        text = dumps_lesson(session, None, given)
        assert json.loads(text)["panel"] == "compare"
        assert loads_lesson(text)[2] == "compare"
