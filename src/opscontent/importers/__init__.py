"""Importing existing documents: text and Word files into the model, goals into SMART parts."""

from opscontent.importers.docx import parse_docx
from opscontent.importers.goal_parser import GoalParse, detect_language, parse_goal
from opscontent.importers.text import ImportResult, LineRecord, parse_text
from opscontent.importers.vocabulary import classify_heading

__all__ = [
    "GoalParse",
    "ImportResult",
    "LineRecord",
    "classify_heading",
    "detect_language",
    "parse_docx",
    "parse_goal",
    "parse_text",
]
