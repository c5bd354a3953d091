"""Which locale a document is rendered and checked in when the caller names none."""

from __future__ import annotations

from babel import Locale

from opscontent.exceptions import UnknownLocaleError
from opscontent.i18n.catalogs import Language, language
from opscontent.i18n.locales import DEFAULT_LOCALE, parse_locale
from opscontent.model import Document

__all__ = [
    "content_locale",
    "declared_language",
    "default_locale",
    "other_language",
    "resolve_locale",
]


def content_locale(doc: Document) -> Locale | None:
    """The language the document's content is written in (``meta.language``), if it says.

    >>> from opscontent import loads
    >>> str(content_locale(loads('{"meta": {"title": "Plan", "language": "en-US"}}')))
    'en_US'
    """
    if doc.meta.language is None:
        return None
    try:
        return parse_locale(doc.meta.language)
    except UnknownLocaleError:
        return None


def declared_language(data: object) -> str | None:
    """The ``meta.language`` of parsed data that may not be a valid document, when it is text.

    Errors about a document that could be parsed are said in its language when no locale is
    asked for.

    >>> declared_language({"meta": {"language": "zh", "title": ""}}), declared_language([])
    ('zh', None)
    """
    meta = data.get("meta") if isinstance(data, dict) else None
    found = meta.get("language") if isinstance(meta, dict) else None
    return found if isinstance(found, str) else None


def default_locale(doc: Document) -> str:
    """The document's language when a catalog serves it, else the built-in ``zh_Hans_CN``.

    >>> from opscontent import loads
    >>> default_locale(loads('{"meta": {"title": "Plan", "language": "en"}}'))
    'en'
    >>> default_locale(loads('{"meta": {"title": "计划"}}'))
    'zh_Hans_CN'
    """
    content = doc.meta.language
    if content is None:
        return DEFAULT_LOCALE
    try:
        language(content)
    except UnknownLocaleError:
        return DEFAULT_LOCALE
    return content


def resolve_locale(
    doc: Document, locale: str | Locale | Language | None
) -> str | Locale | Language:
    """``locale`` when given, else :func:`default_locale`."""
    return default_locale(doc) if locale is None else locale


def other_language(doc: Document, lang: Language) -> Locale | None:
    """The content's locale when its language differs from ``lang``'s, else ``None``."""
    content = content_locale(doc)
    if content is None or content.language == lang.locale.language:
        return None
    return content
