"""The languages a rendering shows: its content language, fallbacks, the bilingual layout.

A rendering in one locale shows each text field in the locale's language where the field has a
text in it, else the text in the document's primary language. :func:`fallbacks` lists the
fields shown in another language than the locale's, so callers can say so instead of mixing
two languages silently; the command line prints a note when there are any.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

from babel import Locale
from pydantic import BaseModel

from opscontent.exceptions import Message, RendererError, UnknownLocaleError
from opscontent.i18n import N_, NP_, Language, language, parse_locale
from opscontent.i18n.formatting import format_list, format_number
from opscontent.i18n.resolution import resolve_locale
from opscontent.model import Document
from opscontent.model.localized import Localized, best_language
from opscontent.model.types import LocalizableText
from opscontent.paths import format_path

__all__ = [
    "Fallback",
    "fallback_note",
    "fallbacks",
    "language_tag",
    "plain_locale",
    "view_locales",
]


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
    for path, text in _texts(doc):
        if isinstance(text, Localized):
            if text.in_language(wanted) is None:
                found.append(Fallback(path, text.language))
        elif not plain_served:
            found.append(Fallback(path, plain))
    return found


def fallback_note(doc: Document, locales: Sequence[str], lang: Language) -> str | None:
    """One note, in ``lang``, on the texts a rendering in ``locales`` shows in another language.

    ``note: 12 texts have no English version and are shown in Chinese (first: $.meta.summary)``
    with a sentence for each of ``locales`` (one, or both languages of the bilingual layout)
    that falls back; ``None`` when every text is shown in its rendering's language.

    >>> import opscontent
    >>> doc = opscontent.loads('{"meta": {"title": "计划", "language": "zh"}}')
    >>> fallback_note(doc, ["en"], language("en"))
    'note: 1 text has no English version and is shown in Chinese (first: $.meta.title)'
    """
    notes = []
    for locale in locales:
        found = fallbacks(doc, locale)
        if not found:
            continue
        shown = list(dict.fromkeys(_language_name(f.shown, lang) for f in found))
        notes.append(
            lang.ngettext(
                NP_(
                    "{count} text has no {language} version and is shown in {shown} "
                    "(first: {path})",
                    "{count} texts have no {language} version and are shown in {shown} "
                    "(first: {path})",
                ),
                len(found),
                count=format_number(len(found), lang),
                language=_language_name(parse_locale(locale).language, lang),
                shown=format_list(shown, lang),
                path=found[0].path,
            )
        )
    if not notes:
        return None
    return lang.gettext(N_("note: {notes}"), notes=("；" if lang.is_chinese else "; ").join(notes))


def _language_name(tag: str, lang: Language) -> str:
    """The name of the language of ``tag`` in ``lang``: ``Chinese`` / ``中文``, else the tag."""
    code = tag.replace("_", "-").split("-")[0].lower()
    name: str | None = lang.locale.languages.get(code)
    return name or tag


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
            Message(
                N_("the bilingual layout needs two languages, such as ('zh', 'en'); got {got}"),
                {"got": repr(languages)},
            )
        )
    dirs = tuple(Path(d) for d in catalog_dirs)
    first, second = (language(tag, dirs).locale for tag in tags)
    if first.language == second.language:
        raise RendererError(
            Message(
                N_(
                    "the bilingual layout needs two different languages, not {first!r} and "
                    "{second!r}"
                ),
                {"first": tags[0], "second": tags[1]},
            )
        )
    return tags


def _texts(doc: Document) -> list[tuple[str, str]]:
    """Every reader-facing text of ``doc`` with its JSON path, in document order."""
    found: list[tuple[str, str]] = []
    _collect(doc, "$", False, found)
    return found


def _collect(value: Any, path: str, text: bool, found: list[tuple[str, str]]) -> None:
    if isinstance(value, BaseModel):
        for name, step, holds_text in _walked_fields(type(value)):
            child = getattr(value, name)
            if child is not None:
                _collect(child, path + step, holds_text, found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _collect(item, f"{path}[{index}]", text, found)
    elif text and isinstance(value, str):
        found.append((path, value))


@functools.cache
def _walked_fields(model: type[BaseModel]) -> tuple[tuple[str, str, bool], ...]:
    """The fields of ``model`` that hold text or models: name, path step, whether text."""
    fields = []
    for name, field in model.model_fields.items():
        holds_text = any(isinstance(m, LocalizableText) for m in field.metadata) or _carries(
            field.annotation, _is_text
        )
        if holds_text or _carries(field.annotation, _is_model):
            fields.append((name, format_path((field.alias or name,))[1:], holds_text))
    return tuple(fields)


def _carries(annotation: Any, test: Callable[[Any], bool]) -> bool:
    """Whether ``annotation`` or a type in it (a union, a list, ``Annotated`` …) passes."""
    if test(annotation):
        return True
    if get_origin(annotation) is Annotated:
        _, *metadata = get_args(annotation)
        if any(test(m) for m in metadata):
            return True
    return any(_carries(arg, test) for arg in get_args(annotation))


def _is_text(annotation: Any) -> bool:
    return isinstance(annotation, LocalizableText)


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


@functools.cache
def _han() -> re.Pattern[str]:
    """A Han character, compiled on first use (the character class takes milliseconds)."""
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


_LATIN = re.compile(r"[A-Za-z]{2}")
