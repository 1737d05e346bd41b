"""The layers of qkv_gui/ (see README, "Layout of the code"), checked on the source:

- plotting/ draws arrays: it imports nothing from the model, the widgets or the lessons;
- a module of widgets/ never imports another one (shared pieces live in plotting/,
  core/ or the app wiring);
- no module is longer than MAX_LINES.

Static (the AST of each file), like tests/core/test_no_qt.py: imports inside
functions and `if TYPE_CHECKING:` count too, relative or absolute.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "qkv_gui"
MAX_LINES = 700
NOT_FROM_PLOTTING = ("qkv_gui.model", "qkv_gui.widgets", "qkv_gui.core.lessons")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _exists(module: str) -> bool:
    relative = Path(*module.split("."))
    root = PACKAGE.parent
    return (root / relative).with_suffix(".py").is_file() or (root / relative / "__init__.py").is_file()


def imported_modules(source: str, module: str, package: bool = False) -> set[str]:
    """Absolute names of the modules that `source` (the module `module`) imports.

    `from a.b import c` counts as a.b.c when that is a module, else as a.b.
    """
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # The package the import is relative to: a package's own name, a module's parent.
                base = module.split(".") if package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            named = {f"{target}.{alias.name}" for alias in node.names}
            modules = {name for name in named if _exists(name)}
            found |= modules
            if modules != named:  # some names are things inside `target`
                found.add(target)
    return found


def imports_of(path: Path) -> set[str]:
    return imported_modules(path.read_text(encoding="utf-8"), module_name(path), is_package(path))


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_imports_are_resolved_relative_and_absolute():
    # The checks below find nothing if this finds nothing: a self-check on made-up code.
    source = (
        "import qkv_gui.model\n"
        "from qkv_gui.core import lessons, format as fmt\n"
        "from ..model import AttentionModel\n"
        "from . import heatmap\n"
        "from .heatmap import HeatmapView\n"
        "def later():\n"
        "    from ..plotting.colors import cell_color\n"
    )
    assert imported_modules(source, "qkv_gui.widgets.geometry") == {
        "qkv_gui.model", "qkv_gui.core.lessons", "qkv_gui.core.format",
        "qkv_gui.widgets.heatmap", "qkv_gui.plotting.colors",
    }
    assert imported_modules("from . import colors\nfrom .. import model", "qkv_gui.plotting", True) == {
        "qkv_gui.plotting.colors", "qkv_gui.model"
    }
    assert "qkv_gui.model" in imports_of(PACKAGE / "widgets" / "heatmap.py")


def test_plotting_imports_no_model_widgets_or_lessons():
    files = sorted((PACKAGE / "plotting").rglob("*.py"))
    assert files
    wrong = {
        module_name(path): sorted(name for name in imports_of(path)
                                  if any(within(name, banned) for banned in NOT_FROM_PLOTTING))
        for path in files
    }
    assert not {module: names for module, names in wrong.items() if names}


def test_no_widget_module_imports_another():
    files = sorted((PACKAGE / "widgets").glob("*.py"))
    assert len(files) > 5
    wrong = {}
    for path in files:
        own = module_name(path)
        others = sorted(name for name in imports_of(path)
                        if within(name, "qkv_gui.widgets") and name != own)
        if others:
            wrong[own] = others
    assert not wrong


def test_no_module_is_longer_than_the_limit():
    lengths = {module_name(path): len(path.read_text(encoding="utf-8").splitlines())
               for path in PACKAGE.rglob("*.py")}
    assert len(lengths) > 20
    assert not {module: n for module, n in lengths.items() if n > MAX_LINES}
