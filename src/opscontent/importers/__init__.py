"""Importing existing documents: text and Word files into the model, goals into SMART parts.

A translation of a document is imported into that document (:func:`import_translation`).
"""

from typing import TYPE_CHECKING

from opscontent._lazy import lazy_names

if TYPE_CHECKING:
    from opscontent.importers.docx import parse_docx
    from opscontent.importers.goal_parser import GoalParse, detect_language, parse_goal
    from opscontent.importers.text import ImportResult, LineRecord, parse_text
    from opscontent.importers.translation import (
        AlignedText,
        Difference,
        Restated,
        TranslationReport,
        TranslationResult,
        Unaligned,
        import_translation,
    )
    from opscontent.importers.vocabulary import classify_heading

_MODULES = {
    "AlignedText": "opscontent.importers.translation",
    "Difference": "opscontent.importers.translation",
    "GoalParse": "opscontent.importers.goal_parser",
    "ImportResult": "opscontent.importers.text",
    "LineRecord": "opscontent.importers.text",
    "Restated": "opscontent.importers.translation",
    "TranslationReport": "opscontent.importers.translation",
    "TranslationResult": "opscontent.importers.translation",
    "Unaligned": "opscontent.importers.translation",
    "classify_heading": "opscontent.importers.vocabulary",
    "detect_language": "opscontent.importers.goal_parser",
    "import_translation": "opscontent.importers.translation",
    "parse_docx": "opscontent.importers.docx",
    "parse_goal": "opscontent.importers.goal_parser",
    "parse_text": "opscontent.importers.text",
}
"""Names imported on first use: the checks read goal sentences with :mod:`.goal_parser`
without loading the text and Word importers."""
__getattr__ = lazy_names(__name__, _MODULES)

__all__ = [
    "AlignedText",
    "Difference",
    "GoalParse",
    "ImportResult",
    "LineRecord",
    "Restated",
    "TranslationReport",
    "TranslationResult",
    "Unaligned",
    "classify_heading",
    "detect_language",
    "import_translation",
    "parse_docx",
    "parse_goal",
    "parse_text",
]
