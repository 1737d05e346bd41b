"""Built-in example sessions: `resources/presets/<name>.json`, in the session format."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .session import Session
from .session_io import SessionError, load_session

DEFAULT_PRESET = "default"


def resources_dir() -> Path:
    """The `resources/` folder: the repository's own in a checkout or editable
    install, else the copy a regular install ships as package data in qkv_gui/resources."""
    repo = Path(__file__).resolve().parents[2] / "resources"
    if repo.is_dir():
        return repo
    return Path(str(resources.files("qkv_gui") / "resources"))


def _presets_dir() -> Path:
    return resources_dir() / "presets"


def list_presets() -> list[str]:
    """Preset names, sorted, with the default first."""
    names = sorted(path.stem for path in _presets_dir().glob("*.json"))
    if DEFAULT_PRESET in names:
        names.remove(DEFAULT_PRESET)
        names.insert(0, DEFAULT_PRESET)
    return names


def load_preset(name: str) -> Session:
    """The preset called `name`; SessionError("unknown_preset") lists the valid names."""
    names = list_presets()
    # Only listed names: a name like "../x" must not reach the file system.
    if name not in names:
        raise SessionError("unknown_preset", name=name, names=", ".join(names))
    return load_session(_presets_dir() / f"{name}.json")
