"""Built-in example sessions: `resources/presets/<name>.json`, in the session format.

A preset's title, description and token labels are English; `messages()` lists
them for the translation and `localized(session, translate)` gives a preset
in the user's language (the tokens too, so a Turkish preset has a Turkish
sentence). A session file the user saved is never localized: it keeps its own words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
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


def load_preset(name: str, translate: Callable[[str], str] | None = None) -> Session:
    """The preset called `name`; SessionError("unknown_preset") lists the valid names.

    `translate`: English text → the user's language (see `localized`); None: English.
    """
    names = list_presets()
    # Only listed names: a name like "../x" must not reach the file system.
    if name not in names:
        raise SessionError("unknown_preset", name=name, names=", ".join(names))
    session = load_session(_presets_dir() / f"{name}.json")
    return session if translate is None else localized(session, translate)


# Labels that are symbols (x1, h2, s1) stay as they are in every language.
_SYMBOL_LABEL = re.compile(r"[a-z]\d+")


def labels_message(labels) -> str | None:
    """The token labels as one translatable text, "the cat sat on mat" (a translation
    is a sentence, not word by word), or None when they are symbols or hold a space."""
    labels = tuple(labels)
    if not labels or all(_SYMBOL_LABEL.fullmatch(label) for label in labels):
        return None
    if any(not label or label.split() != [label] for label in labels):
        return None
    return " ".join(labels)


def localized(session: Session, translate: Callable[[str], str]) -> Session:
    """`session` (a preset) with its title, description and token labels translated.

    The labels are translated together as one sentence; a translation with
    another number of words, or the same word twice, keeps the English labels.
    """
    meta = dict(session.meta)
    for key in ("title", "description"):
        if meta.get(key):
            meta[key] = translate(meta[key])
    changed = {"meta": tuple(meta.items())} if meta != dict(session.meta) else {}
    english = labels_message(session.labels)
    if english is not None:
        words = tuple(translate(english).split())
        if len(words) == len(session.labels) and len(set(words)) == len(words) and words != tuple(session.labels):
            changed["labels"] = words
    return session.replace(**changed) if changed else session


def _preset_data() -> dict[str, dict]:
    """Each preset file's JSON object, unchecked (a broken file is left out)."""
    found = {}
    for name in list_presets():
        try:
            data = json.loads((_presets_dir() / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("format") == "qkv-gui-session":
            found[name] = data
    return found


def preset_titles() -> dict[str, str]:
    """Each preset's English title by name (its name when it has none), read without
    checking the whole session: the Presets menu needs only these."""
    return {
        name: data["title"] if isinstance(data.get("title"), str) and data["title"] else name
        for name, data in _preset_data().items()
    }


def messages() -> dict[str, str]:
    """Every preset's title, description and labels by message id ("default.title", …),
    read from the files: what the translation translates (context "presets")."""
    table: dict[str, str] = {}
    for name, data in _preset_data().items():
        for key in ("title", "description"):
            if isinstance(data.get(key), str) and data[key]:
                table[f"{name}.{key}"] = data[key]
        labels = labels_message(data.get("labels") or ())
        if labels is not None:
            table[f"{name}.labels"] = labels
    return table
