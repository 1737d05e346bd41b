"""The core never imports Qt or pyqtgraph: it must run (and be tested) without them."""

import pkgutil
import subprocess
import sys

import qkv_gui.core


def test_core_imports_no_qt():
    modules = [f"qkv_gui.core.{m.name}" for m in pkgutil.iter_modules(qkv_gui.core.__path__)]
    assert len(modules) >= 5
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core loaded Qt modules: {out.stdout}"
