"""The languages a rendering shows: its content language, fallbacks, the bilingual layout.

A rendering in one locale shows each text field in the locale's language where the field has a
text in it, else the text in the document's primary language. :func:`fallbacks` lists the
fields shown in another language than the locale's, so callers can say so instead of mixing
two languages silently; the command line prints a note when there are any.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

from babel import Locale
from pydantic import BaseModel

from opscontent.exceptions import RendererError, UnknownLocaleError
from opscontent.i18n import Language, language, parse_locale
from opscontent.i18n.resolution import resolve_locale
from opscontent.model import Document
from opscontent.model.localized import Localized, best_language
from opscontent.model.types import LocalizableText
from opscontent.paths import JsonPath, format_path

__all__ = ["Fallback", "fallbacks", "language_tag", "plain_locale", "view_locales"]


@dataclass(frozen=True, slots=True)
class Fallback:
    """A text field a rendering shows in another language than the rendering's."""

    path: str
    """Where the field is, as a JSON path: ``$.meta.title``, ``$.sections[1].items[0].name``."""
    shown: str
    """The language tag of the text shown instead: the primary language's (``zh``)."""


def fallbacks(doc: Document, locale: str | Locale | Language | None = None) -> list[Fallback]:
    """The text fields a rendering of ``doc`` in ``locale`` shows in another language.

    One :class:`Fallback` per text field (each item of a list of texts counts on its own), in
    document order: a field written as a mapping without a text in the locale's language, or a
    plain string when the document's primary language is not the locale's. ``locale`` defaults
    like :func:`opscontent.render`'s (the document's ``meta.language``). Versions, codes and
    authors' names are in no language and never fall back; every text field counts, whether
    the format shows it or not.

    >>> import opscontent
    >>> doc = opscontent.loads('''{"meta": {"title": {"zh": "计划", "en": "Plan"},
    ...     "summary": "本岗位负责用户增长。", "language": "zh", "languages": ["zh", "en"]}}''')
    >>> fallbacks(doc, "en")
    [Fallback(path='$.meta.summary', shown='zh')]
    >>> fallbacks(doc, "zh")
    []
    """
    target = resolve_locale(doc, locale)
    wanted = str(target.locale if isinstance(target, Language) else parse_locale(target))
    plain = doc.primary_language or language_tag(plain_locale(doc, wanted))
    plain_served = best_language(wanted, (plain,)) is not None
    found = []
    for loc, text in _texts(doc):
        if isinstance(text, Localized):
            if text.in_language(wanted) is None:
                found.append(Fallback(format_path(loc), text.language))
        elif not plain_served:
            found.append(Fallback(format_path(loc), plain))
    return found


def plain_locale(doc: Document, wanted: str) -> Locale:
    """The language of the document's plain-string texts, for a rendering in ``wanted``.

    Its primary language (``meta.language``, else the first of ``meta.languages``) when Babel
    knows it; else a guess from the title: Chinese when it has Han text, English when it has
    Latin words and the rendering is Chinese, otherwise ``wanted`` itself.
    """
    primary = doc.primary_language
    if primary is not None:
        try:
            return parse_locale(primary)
        except UnknownLocaleError:
            pass
    wanted_locale = parse_locale(wanted)
    title = doc.meta.title
    if _han().search(title):
        return wanted_locale if wanted_locale.language == "zh" else Locale("zh", script="Hans")
    if wanted_locale.language == "zh" and _LATIN.search(title):
        return Locale("en")
    return wanted_locale


def language_tag(locale: Locale) -> str:
    """The BCP 47 tag of a content language: ``zh-Hans``, ``en``.

    >>> language_tag(Locale("zh", "CN", script="Hans")), language_tag(Locale("en", "US"))
    ('zh-Hans', 'en')
    """
    return locale.language + (f"-{locale.script}" if locale.script else "")


def view_locales(
    locale: str,
    languages: Sequence[str] | None,
    catalog_dirs: Sequence[str | PathLike[str]] = (),
) -> tuple[str, ...]:
    """The locale of each view a rendering lays out: ``locale``, or one per language.

    ``languages`` asks for the bilingual layout: two locales of different languages, such as
    ``("zh", "en")`` (each view's labels, numbers, dates and content are in its own locale).

    Raises:
        RendererError: ``languages`` is not two locales of different languages.
        UnknownLocaleError: no catalog serves one of them.

    >>> view_locales("zh", None), view_locales("zh", ("zh", "en_GB"))
    (('zh',), ('zh', 'en_GB'))

    """
    if languages is None:
        return (locale,)
    tags = (languages,) if isinstance(languages, str) else tuple(languages)
    if len(tags) != 2 or not all(isinstance(tag, str) for tag in tags):
        raise RendererError(
            f"the bilingual layout needs two languages, such as ('zh', 'en'); got {languages!r}"
        )
    dirs = tuple(Path(d) for d in catalog_dirs)
    first, second = (language(tag, dirs).locale for tag in tags)
    if first.language == second.language:
        raise RendererError(
            f"the bilingual layout needs two different languages; got {tags[0]!r} and {tags[1]!r}"
        )
    return tags


def _texts(value: Any, loc: JsonPath = (), keep: bool = False) -> Iterator[tuple[JsonPath, str]]:
    """Every reader-facing text below ``value`` with its path, in document order."""
    if isinstance(value, BaseModel):
        texts = _text_fields(type(value))
        for name, field in type(value).model_fields.items():
            child = getattr(value, name)
            if child is not None:
                yield from _texts(child, (*loc, field.alias or name), name in texts)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index), keep)
    elif keep and isinstance(value, str):
        yield loc, value


@functools.cache
def _text_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` that hold :data:`~opscontent.model.types.Text`."""
    return frozenset(
        name
        for name, field in model.model_fields.items()
        if any(isinstance(m, LocalizableText) for m in field.metadata)
        or _carries_text(field.annotation)
    )


def _carries_text(annotation: Any) -> bool:
    """Whether ``annotation`` (a union, a list, an ``Annotated`` …) holds a ``Text``."""
    if get_origin(annotation) is Annotated:
        _, *metadata = get_args(annotation)
        if any(isinstance(m, LocalizableText) for m in metadata):
            return True
    return any(_carries_text(arg) for arg in get_args(annotation))


@functools.cache
def _han() -> re.Pattern[str]:
    """A Han character, compiled on first use (the character class takes milliseconds)."""
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


_LATIN = re.compile(r"[A-Za-z]{2}")
