"""The one shape of every error the core raises to the learner.

A core error carries a message id and its parameters; `str()` is the English
sentence, and the GUI translates the same id in its `msg_context` (the message
table it comes from, see `core_messages_source.py` and `i18n.translated_error`).
"""

from __future__ import annotations

from typing import Any, ClassVar


class CoreError(ValueError):
    """A sentence for the learner: `msg_id` (a key of `messages`) filled with `params`."""

    msg_context: ClassVar[str] = ""
    messages: ClassVar[dict[str, str]] = {}

    def __init__(self, msg_id: str, **params: Any) -> None:
        self.msg_id = msg_id
        self.params = params
        super().__init__(self.messages[msg_id].format(**params))
