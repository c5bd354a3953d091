"""One view per language, for the renderers that set several languages side by side."""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from pathlib import Path

from opscontent.i18n import Language, language
from opscontent.model import Document
from opscontent.model.localized import best_language
from opscontent.render.view import DocumentView, ViewOptions, localized_view

__all__ = ["language_views", "view_locale"]


def view_locale(tag: str, locale: str) -> str:
    """The locale of the view in language ``tag``: ``locale`` itself when it is that language.

    The rendering locale keeps its territory (``en_GB`` dates for English); another language
    is shown in its own default locale.

    >>> view_locale("en", "en_GB"), view_locale("zh", "en_GB")
    ('en_GB', 'zh')
    """
    return locale if best_language(tag, (locale,)) is not None else tag


def language_views(
    doc: Document,
    locale: str,
    languages: Sequence[str] | None,
    catalog_dirs: Sequence[str | PathLike[str]],
    options: ViewOptions,
) -> tuple[Language, list[DocumentView]]:
    """The language of ``locale`` and the views of ``doc``: one per tag of ``languages``.

    Without ``languages``, the one view in ``locale``.
    """

    def view(view_locale: str) -> tuple[Language, DocumentView]:
        return localized_view(
            doc,
            view_locale,
            catalog_dirs=catalog_dirs,
            han_latin_space=options.han_latin_space,
            normalize_punctuation=options.normalize_punctuation,
            goal_text=options.goal_text,
        )

    if not languages:
        lang, only = view(locale)
        return lang, [only]
    views = [view(view_locale(tag, locale))[1] for tag in languages]
    return language(locale, tuple(Path(d) for d in catalog_dirs)), views
