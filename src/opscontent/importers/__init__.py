"""Importing existing documents: text and Word files into the model, goals into SMART parts.

A translation of a document is imported into that document (:func:`import_translation`).
"""

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
