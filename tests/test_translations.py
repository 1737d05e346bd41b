"""Translation is a file, not a rewrite: every core template is marked for lupdate."""

from qkv_gui.core_messages import CORE_MESSAGES
from qkv_gui.core_messages_source import message_tables


def test_core_messages_file_is_up_to_date():
    expected = [text for _context, table in message_tables() for text in table.values()]
    assert CORE_MESSAGES == expected, "run: .venv/bin/python tools/update_translations.py"


def test_pyqtgraph_messages_file_is_up_to_date():
    """pyqtgraph's own menu and Export dialog texts are marked for lupdate, under its contexts."""
    import importlib.util
    from pathlib import Path

    from qkv_gui.pyqtgraph_messages import PYQTGRAPH_MESSAGES

    path = Path(__file__).resolve().parents[1] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    found = tool.pyqtgraph_messages()
    assert ("ViewBox", "View All") in found and ("GraphicsScene", "Export...") in found
    assert ("PlotItem", "Plot Options") in found and ("Exporter", "Scalable Vector Graphics (SVG)") in found
    assert PYQTGRAPH_MESSAGES == [text for _context, text in found], "run: .venv/bin/python tools/update_translations.py"
