"""``import_translation``: the texts of a translation into the document it translates.

A job description or work plan is often written in Chinese first and then in English (or the
other way round). The translation is read by the importer like any document (text, Markdown or
Word) and aligned with the document: sections by kind, items by order within a section, fields
by name within an item, meta fields by name. Each aligned text is added to its field, which
becomes a mapping from language to text (``{zh: 渠道投放管理, en: Paid channel management}``);
the document's own texts, numbers and dates are never changed. What cannot be aligned is
reported, never dropped.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from opscontent.exceptions import Message, TranslationError, UnknownLocaleError
from opscontent.i18n._markers import N_
from opscontent.importers._alignment import (
    AlignedText,
    Alignment,
    Difference,
    Restated,
    Unaligned,
    align,
    texts_below,
)
from opscontent.importers._items import details_kept_whole
from opscontent.importers._source import parse_bytes
from opscontent.importers.goal_parser import detect_language
from opscontent.importers.text import ImportResult, parse_text
from opscontent.model import Document
from opscontent.model.localized import LANGUAGE_TAG, best_language, same_tag

__all__ = [
    "AlignedText",
    "Difference",
    "Restated",
    "TranslationReport",
    "TranslationResult",
    "Unaligned",
    "import_translation",
]

_TAG = re.compile(LANGUAGE_TAG)
_IMPORTER_LANGUAGES = ("zh", "en")
"""Languages whose headings and labels the importer knows; others are read with the English
rules (numbers, dates and Markdown are the same)."""
_WHY = {
    "missing_section": "the translation has no section of this kind",
    "missing_item": "the translation has no item in this place",
    "missing_text": "the translation has no text for this field",
    "extra_section": "the document has no section of this kind",
    "extra_item": "the document has no item in this place",
    "extra_text": "the document has no text in this place",
    "leftover": "not read as content",
    "different_shape": "a list of another length, entries not paired",
    "not_localizable": "not stored: the field holds one text in every language",
}
"""What each reason of :class:`Unaligned` means, as the report says it."""


@dataclass(frozen=True)
class TranslationReport:
    """What importing a translation did: every text aligned, and every one that was not."""

    language: str
    """The language tag of the translation (``en``)."""
    primary: str
    """The document's primary language (``zh-Hans``)."""
    aligned: tuple[AlignedText, ...]
    """Texts of the translation added to the document, by the document's path."""
    unaligned: tuple[Unaligned, ...]
    """Texts of either side without a counterpart (see :attr:`Unaligned.reason`)."""
    differences: tuple[Difference, ...]
    """Numbers and dates the translation states differently; the document keeps its own."""
    restated: tuple[Restated, ...]
    """Words of the translation that restate a value (``Cadence: weekly``), neither aligned
    nor unaligned: values are the same in every language."""

    def lines(self, file: str | None = None) -> list[str]:
        """One located line per text not aligned and per difference, for standard error.

        ``file:line: reason text (at $.path)``; ``file`` names the translation.
        """
        name = file or "<translation>"
        out: list[str] = []
        for entry in self.unaligned:
            where = f"{name}:{entry.line}" if entry.line is not None else name
            text = f" {_quoted(entry.text)}" if entry.text is not None else ""
            at = f" (at {entry.path})" if entry.path else ""
            out.append(f"{where}: {entry.reason}{text}: {_WHY[entry.reason]}{at}")
        for difference in self.differences:
            where = f"{name}:{difference.line}" if difference.line is not None else name
            out.append(
                f"{where}: different_value {difference.translated!s} where the document has "
                f"{difference.value!s} (at {difference.path})"
            )
        return out

    def summary(self) -> str:
        """One line: how many texts were aligned, how many not (by reason), values differing."""
        reasons = Counter(entry.reason for entry in self.unaligned)
        detail = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items()))
        parts = [
            f"{len(self.aligned)} texts aligned ({self.language})",
            f"{len(self.unaligned)} not aligned" + (f" ({detail})" if detail else ""),
            f"{len(self.differences)} values differ",
        ]
        return "; ".join(parts)


@dataclass(frozen=True)
class TranslationResult:
    """The document with the translation's texts, and the report."""

    document: Document
    """The document: its own texts as they were, each aligned field with the translation."""
    report: TranslationReport
    """What was aligned and what was not."""
    imported: ImportResult
    """The translation as the importer read it (its lines, leftovers and notes)."""


def import_translation(
    source: str | bytes | os.PathLike[str] | ImportResult,
    base: Document,
    *,
    language: str | None = None,
    today: dt.date | None = None,
    file: str | None = None,
) -> TranslationResult:
    r"""Add the texts of a translation of ``base`` to it, as the ``language`` texts.

    Args:
        source: the translation: its text (``str``; plain text or Markdown), a file's bytes
            (Word or UTF-8 text), a path, or what :func:`parse_text` made of it.
        base: the document it translates.
        language: the translation's language tag (``en``, ``en-US``, ``zh-Hans``); detected
            (``zh`` or ``en``) when omitted.
        today: the date relative deadlines in goal sentences count from (default: today).
        file: the translation's name in errors (a path names itself).

    Returns:
        The document with every aligned text as a mapping ``{primary: original, language:
        translation}``, ``language`` added to ``meta.languages`` (and ``meta.language`` set
        to the primary language when it was unset), and the report.

    Raises:
        UnknownLocaleError: ``language`` is not a language tag.
        TranslationError: the translation is in the document's primary language.
        ReadError: the path cannot be read.
        DecodeError: the bytes are neither Word nor UTF-8 text.

    >>> from opscontent import loads
    >>> base = loads('{"meta": {"title": "用户增长运营", "language": "zh"}, "sections": ['
    ...              '{"kind": "tasks", "items": [{"name": "渠道投放管理"}]}]}')
    >>> result = import_translation("# User growth operations\n\n## Key tasks\n\n"
    ...                             "- Paid channel management", base)
    >>> dict(result.document.meta.title.texts), result.document.meta.languages
    ({'zh': '用户增长运营', 'en': 'User growth operations'}, ['zh', 'en'])
    >>> result.report.summary()
    '2 texts aligned (en); 0 not aligned; 0 values differ'

    """
    if language is not None and not _is_tag(language):
        raise UnknownLocaleError(
            Message(
                N_("not a language tag: '{tag}' (a BCP 47 tag such as en, en-US, zh-Hans)"),
                {"tag": language},
            )
        )
    imported = _imported(source, language, today, file)
    tag = language or imported.language
    primary = base.primary_language or _detected(base)
    if best_language(tag, [primary]) is not None:
        raise TranslationError(
            Message(
                N_(
                    "the translation is in {tag}, the document's own language ({primary}); "
                    "import a translation into another language, or give its language with "
                    "--language"
                ),
                {"tag": tag, "primary": primary},
            ),
            file=file or _name(source),
        )
    alignment = align(base, imported.document, imported.lines)
    document = _with_texts(base, alignment, primary, tag)
    report = TranslationReport(
        tag,
        primary,
        tuple(alignment.aligned),
        tuple(alignment.unaligned),
        tuple(alignment.differences),
        tuple(alignment.restated),
    )
    return TranslationResult(document, report, imported)


def _is_tag(tag: str) -> bool:
    """A BCP 47 tag whose language Babel knows (``en``, ``en-US``, ``zh-Hans``)."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - Babel only on use

    if _TAG.match(tag) is None:
        return False
    try:
        Locale.parse(re.split(r"[-_]", tag, maxsplit=1)[0])
    except (ValueError, UnknownLocaleError):
        return False
    return True


def _imported(
    source: str | bytes | os.PathLike[str] | ImportResult,
    language: str | None,
    today: dt.date | None,
    file: str | None,
) -> ImportResult:
    if isinstance(source, ImportResult):
        return source
    with details_kept_whole():
        return _parsed(source, language, today, file)


def _parsed(
    source: str | bytes | os.PathLike[str],
    language: str | None,
    today: dt.date | None,
    file: str | None,
) -> ImportResult:
    locale = language[:2].lower() if language else None
    locale = locale if locale in _IMPORTER_LANGUAGES else ("en" if locale else None)
    if isinstance(source, str):
        return parse_text(source, locale=locale, today=today)
    if isinstance(source, bytes):
        return parse_bytes(source, file=file, locale=locale, today=today)
    from opscontent.io import read_input  # noqa: PLC0415 - the io package imports the model

    name = os.fspath(source)
    return parse_bytes(read_input(name), file=file or name, locale=locale, today=today)


def _name(source: Any) -> str | None:
    return os.fspath(source) if isinstance(source, os.PathLike) else None


def _detected(base: Document) -> str:
    """The language of a document that does not say: from its texts, ``zh-Hans`` or ``en``."""
    parts = [base.meta, *base.sections]
    found = detect_language("\n".join(text for part in parts for _, text in texts_below(part)))
    return "zh-Hans" if found == "zh" else found


def _with_texts(base: Document, alignment: Alignment, primary: str, tag: str) -> Document:
    """``base`` with each aligned text added in ``tag``; every other value as it was."""
    from opscontent.io import validate_data  # noqa: PLC0415 - the io package imports the model

    data: dict[str, Any] = base.model_dump(mode="python", by_alias=True, exclude_unset=True)
    meta = data["meta"]
    meta.setdefault("language", primary)
    languages: list[str] = meta.get("languages") or [primary]
    if not any(same_tag(t) == same_tag(tag) for t in languages):
        languages = [*languages, tag]
    meta["languages"] = languages
    for aligned in alignment.aligned:
        _set(data, aligned.path, aligned.text, primary, tag)
    return validate_data(data)


def _set(data: Any, path: str, text: str, primary: str, tag: str) -> None:
    """Add ``text`` in ``tag`` to the text at ``path``: a string becomes a mapping."""
    parts: list[str | int] = [
        name or int(index) for name, index in re.findall(r"\.(\w+)|\[(\d+)\]", path)
    ]
    parent = data
    for part in parts[:-1]:
        parent = parent[part]
    key = parts[-1]
    value = parent[key]
    texts = dict(value) if isinstance(value, dict) else {primary: value}
    for existing in list(texts):
        if same_tag(existing) == same_tag(tag):
            del texts[existing]
    texts[tag] = text
    parent[key] = texts


def _quoted(text: str) -> str:
    """A text on one line, shortened to 80 characters, in quotes."""
    flat = " ".join(text.split())
    return f"'{flat[:77]}...'" if len(flat) > 80 else f"'{flat}'"
