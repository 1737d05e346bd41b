"""Which core message tables are translated, and under which Qt translation context.

The GUI passes a core template to `QCoreApplication.translate(context, template)`;
tools/update_translations.py marks the same templates for lupdate.
"""

from __future__ import annotations


def message_tables() -> list[tuple[str, dict[str, str]]]:
    """The tables: (Qt translation context, {message id: English template}). They read
    the preset files: the GUI builds them once (`i18n.core_message_tables`)."""
    from .core import (
        cell_values,
        challenges,
        edits,
        explain,
        import_fit,
        importing,
        lesson_file,
        lessons,
        matrices,
        presets,
        session_io,
        sizes,
        tokens,
        training,
    )
    from .core.compute import MESSAGES as COMPUTE_MESSAGES

    return [
        ("explain", explain.NOTES),
        ("formula", explain.FORMULA_WORDS),
        ("matrices", matrices.MESSAGES),
        ("compute", COMPUTE_MESSAGES),
        ("edits", edits.MESSAGES),
        ("session", session_io.MESSAGES),
        ("sizes", sizes.MESSAGES),
        ("lesson_file", lesson_file.MESSAGES),
        ("training", training.MESSAGES),
        ("lessons", lessons.MESSAGES),
        # The challenges' token sentences are translated like a preset's labels.
        ("presets", {**presets.messages(), **lessons.SESSION_TITLES, **challenges.LABEL_MESSAGES}),
        ("challenges", challenges.MESSAGES),
        ("tokens", tokens.MESSAGES),
        ("importing", {**importing.MESSAGES, **import_fit.MESSAGES}),
        ("cell_values", cell_values.MESSAGES),
    ]
