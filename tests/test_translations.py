"""Translation is a file, not a rewrite: every core template is marked for lupdate."""

from qkv_gui.core_messages import CORE_MESSAGES
from qkv_gui.core_messages_source import message_tables


def test_core_messages_file_is_up_to_date():
    expected = [text for _context, table in message_tables() for text in table.values()]
    assert CORE_MESSAGES == expected, "run: .venv/bin/python tools/update_translations.py"
