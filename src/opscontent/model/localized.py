"""Text in several languages: one field, a plain string or a mapping of language tags to text.

A reader-facing text field (:data:`~opscontent.model.types.Text`) holds either a plain string,
written in the document's primary language (``meta.language``), or a mapping such as
``{zh: 用户增长运营专员, en: User Growth Operations Specialist}``. A mapping is validated into a
:class:`Localized`: a ``str`` whose value is the text in the primary language, so code that reads
documents as plain text keeps working, carrying every language's text in :attr:`Localized.texts`.

Language tags are BCP 47 (``zh``, ``zh-Hans``, ``en-US``); :func:`best_language` matches one to
those a mapping offers through CLDR's likely subtags (``zh`` and ``zh-CN`` are Simplified
Chinese, ``zh-TW`` is Traditional; ``en-GB`` takes ``en``).
"""

from __future__ import annotations

import contextvars
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opscontent.model.document import Document
    from opscontent.paths import JsonPath

__all__ = [
    "LANGUAGE_TAG",
    "Localized",
    "best_language",
    "missing_translations",
    "primary_language",
    "same_tag",
    "text_in",
    "texts_of",
    "untranslated",
]

LANGUAGE_TAG = r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"
"""The pattern of a language tag: ``zh``, ``zh-Hans``, ``zh_Hans_CN``, ``en-US``."""

_TAG = re.compile(LANGUAGE_TAG)


class Localized(str):
    """Text in several languages; as a ``str``, the text in the document's primary language.

    >>> title = Localized({"zh": "用户增长运营", "en": "User growth operations"}, language="en")
    >>> str(title), title.language, title.in_language("en-GB")
    ('User growth operations', 'en', 'User growth operations')
    >>> title.in_language("fr") is None
    True

    Two localized values are equal when they hold the same texts in the same languages and the
    same primary one; compared with a plain ``str``, a localized value is its primary text
    (``title == "用户增长运营"`` asks what the title says in the document's language).
    """

    _texts: Mapping[str, str]
    _language: str

    def __new__(cls, texts: Mapping[str, str], language: str | None = None) -> Localized:
        """Texts by language tag, the primary one picked by ``language``.

        ``language`` is matched with :func:`best_language`; the first text is primary when it
        is ``None`` or not among the tags.
        """
        if not texts:
            raise ValueError("a localized text needs at least one language")
        for tag, text in texts.items():
            if not isinstance(tag, str) or _TAG.match(tag) is None:
                raise ValueError(f"not a language tag: {tag!r}")
            if not isinstance(text, str):
                raise TypeError(f"the {tag} text is not a string: {text!r}")
        if language is not None and language in texts:  # the usual case: the tag as declared
            chosen = language
        else:
            chosen = (best_language(language, texts) if language else None) or next(iter(texts))
        self = super().__new__(cls, texts[chosen])
        self._texts = MappingProxyType(dict(texts))
        self._language = chosen
        return self

    @classmethod
    def _checked(cls, texts: dict[str, str], language: str) -> Localized:
        """A value from texts the validator has checked, ``language`` one of their tags."""
        self = super().__new__(cls, texts[language])
        self._texts = MappingProxyType(texts)
        self._language = language
        return self

    @property
    def texts(self) -> Mapping[str, str]:
        """The text in every language, by tag, in the order written."""
        return self._texts

    @property
    def language(self) -> str:
        """The tag of the primary text: the one this ``str`` is."""
        return self._language

    def in_language(self, language: str) -> str | None:
        """The text in ``language`` (matched with :func:`best_language`), or ``None``."""
        tag = best_language(language, self._texts)
        return None if tag is None else self._texts[tag]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Localized):
            return self._language == other._language and dict(self._texts) == dict(other._texts)
        if isinstance(other, str):
            return str.__eq__(self, other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = str.__hash__

    def __repr__(self) -> str:
        return f"Localized({dict(self._texts)!r}, language={self._language!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Localized, (dict(self._texts), self._language))

    def __deepcopy__(self, memo: dict[int, Any]) -> Localized:
        return self  # immutable

    def __copy__(self) -> Localized:
        return self


def texts_of(value: str, language: str) -> dict[str, str]:
    """Every language's text of a field; a plain string is the text in ``language``.

    ``language`` is the document's primary language.
    """
    return dict(value.texts) if isinstance(value, Localized) else {language: value}


def text_in(value: str, wanted: str, language: str | None) -> str | None:
    """The text of ``value`` in ``wanted``, or ``None`` when it has none.

    A plain string is the text in ``language`` (the document's primary language; ``None`` when
    the document does not say, and then a plain string is taken to be in every language).
    """
    if isinstance(value, Localized):
        return value.in_language(wanted)
    if language is None or best_language(wanted, (language,)) is not None:
        return value
    return None


def primary_language(language: str | None, languages: Iterable[str]) -> str | None:
    """The primary language: ``meta.language``, else the first of ``meta.languages``."""
    return language or next(iter(languages), None)


# -- language tags ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Subtags:
    language: str
    script: str | None
    region: str | None


@functools.lru_cache(maxsize=256)
def _subtags(tag: str) -> _Subtags:
    parts = tag.replace("_", "-").split("-")
    language, script, region = parts[0].lower(), None, None
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha() and script is None:
            script = part.title()
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = region or part.upper()
    return _Subtags(language, script, region)


@functools.lru_cache(maxsize=256)
def _maximized(tag: str) -> _Subtags:
    """The tag with CLDR's likely script and region filled in (``zh`` → ``zh-Hans-CN``)."""
    from babel.core import get_global  # noqa: PLC0415 - CLDR data only when tags differ

    subtags = _subtags(tag)
    likely: Mapping[str, str] = get_global("likely_subtags")
    keys = [
        "_".join(p for p in (subtags.language, subtags.script, subtags.region) if p),
        "_".join(p for p in (subtags.language, subtags.region) if p),
        "_".join(p for p in (subtags.language, subtags.script) if p),
        subtags.language,
    ]
    for key in keys:
        found = likely.get(key)
        if found is not None:
            full = _subtags(found)
            return _Subtags(
                subtags.language,
                subtags.script or full.script,
                subtags.region or full.region,
            )
    return subtags


@functools.lru_cache(maxsize=256)
def same_tag(tag: str) -> str:
    """A tag as compared: tags are case-insensitive and ``_`` is read as ``-``."""
    return tag.replace("_", "-").lower()


def best_language(wanted: str, available: Iterable[str]) -> str | None:
    """The tag among ``available`` that serves a reader of ``wanted``, or ``None``.

    An exact tag (ignoring case and ``-``/``_``) wins; otherwise the language must match and
    the script must not contradict it once CLDR's likely subtags are filled in (``zh`` is
    served by ``zh-Hans`` or ``zh-CN`` but not ``zh-TW``); a matching region is preferred.

    >>> best_language("en-GB", ["zh", "en"]), best_language("zh", ["zh-Hant", "zh-Hans"])
    ('en', 'zh-Hans')
    """
    tags = list(available)
    key = same_tag(wanted)
    for tag in tags:
        if same_tag(tag) == key:
            return tag
    language = _subtags(wanted).language
    same = [tag for tag in tags if _subtags(tag).language == language]
    if not same:
        return None
    target = _maximized(wanted)
    best: tuple[int, str] | None = None
    for tag in same:
        candidate = _maximized(tag)
        if candidate.script != target.script:
            continue
        score = 2 if candidate.region == target.region else 1
        if best is None or score > best[0]:
            best = (score, tag)
    return None if best is None else best[1]


# -- validation -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Reading:
    """What validating one document needs to know about its languages."""

    language: str | None
    seen: list[Localized] = field(default_factory=list)


_READING: contextvars.ContextVar[_Reading | None] = contextvars.ContextVar(
    "opscontent_reading", default=None
)


@contextmanager
def reading_document(language: str | None) -> Iterator[_Reading]:
    """While a document is validated, mappings take ``language`` as their primary text.

    Every :class:`Localized` built meanwhile is recorded: the document checks its tags after.
    """
    reading = _Reading(language)
    token = _READING.set(reading)
    try:
        yield reading
    finally:
        _READING.reset(token)


def from_mapping(texts: dict[str, str]) -> Localized:
    """Validator step: a checked mapping of tags to texts becomes a :class:`Localized`."""
    reading = _READING.get()
    language = reading.language if reading is not None else None
    if language is not None and language in texts:  # checked by the schema: no second check
        value = Localized._checked(texts, language)
    else:
        value = Localized(texts, language)
    if reading is not None:
        reading.seen.append(value)
    return value


def to_data(value: str) -> str | dict[str, str]:
    """Serializer step: a :class:`Localized` is written as its mapping, a string as itself."""
    return dict(value._texts) if isinstance(value, Localized) else value


# -- translations -------------------------------------------------------------------------------


def missing_translations(
    doc: Document, languages: Iterable[str] | None = None
) -> list[tuple[JsonPath, str]]:
    """Each text the document has in one of ``languages`` but not in another, with that tag.

    ``languages`` defaults to :meth:`Document.languages() <opscontent.model.Document.languages>`.
    A plain string is a text in the primary language only; a mapping has the languages its
    tags serve (:func:`best_language`). Only reader-facing texts count, not versions or codes.
    One ``(path, missing tag)`` per text and language, in document order, then in the order
    of ``languages``.

    >>> from opscontent.model import Document
    >>> from opscontent.model.localized import missing_translations
    >>> doc = Document.model_validate({"meta": {
    ...     "title": {"zh": "用户增长运营", "en": "User growth"},
    ...     "role": "运营专员", "languages": ["zh", "en"]}})
    >>> missing_translations(doc)
    [(('meta', 'role'), 'en')]
    """
    return [(loc, tag) for loc, _, absent in untranslated(doc, languages) for tag in absent]


def untranslated(
    doc: Document, languages: Iterable[str] | None = None
) -> Iterator[tuple[JsonPath, str, tuple[str, ...]]]:
    """``(path, text, missing tags)`` of each text :func:`missing_translations` reports.

    ``text`` is the field's value: its text in the primary language, when it has one.
    """
    from opscontent.model.walk import iter_texts  # noqa: PLC0415 - the walk needs the models

    wanted = list(doc.languages() if languages is None else languages)
    if len(wanted) < 2:
        return
    primary = doc.primary_language
    plain = tuple(tag for tag in wanted if text_in("", tag, primary) is None)
    for loc, text in iter_texts(doc, localizable=True):
        if isinstance(text, Localized):
            absent = tuple(tag for tag in wanted if text.in_language(tag) is None)
        else:
            absent = plain
        if absent and len(absent) < len(wanted):
            yield loc, text, absent
