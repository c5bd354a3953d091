"""OC701–OC702: a document in several languages gives every text in each of them.

A document that lists two or more languages in ``meta.languages`` promises each reader the
whole document in their language: every text missing in one of them is a finding, at the
field, naming the language (:func:`~opscontent.model.localized.missing_translations`). A
profile may ask for a number of languages (``min_languages``).
"""

from __future__ import annotations

import functools

from babel import Locale

from opscontent.checks.context import Context
from opscontent.exceptions import UnknownLocaleError
from opscontent.i18n.locales import parse_locale
from opscontent.model.localized import untranslated

__all__ = ["language_name", "run"]

_QUOTED = 40
"""Characters of the text a message quotes; longer texts are cut with an ellipsis."""


def run(ctx: Context) -> None:
    """Report too few languages, then each text missing in a declared language."""
    declared = ctx.doc.meta.languages
    provided = len(declared) or 1  # without the list, the document is in one language
    if provided < ctx.profile.min_languages:
        ctx.emit("OC702", ("meta", "languages"), count=provided, minimum=ctx.profile.min_languages)
    if len(declared) < 2:
        return
    for loc, text, absent in untranslated(ctx.doc, declared):
        quoted = _quote(text)
        for tag in absent:
            name = language_name(tag, ctx.lang.locale)
            ctx.emit("OC701", loc, language=name, tag=tag, text=quoted)


@functools.lru_cache(maxsize=64)
def language_name(tag: str, locale: Locale) -> str:
    """The name of the language of ``tag`` in ``locale``, from CLDR (``en`` in zh: 英语).

    A tag CLDR does not know is its own name.
    """
    try:
        return parse_locale(tag).get_display_name(locale) or tag
    except UnknownLocaleError:
        return tag


def _quote(text: str) -> str:
    """``text`` on one line, cut to :data:`_QUOTED` characters."""
    line = " ".join(text.split())
    return line if len(line) <= _QUOTED else line[: _QUOTED - 1].rstrip() + "…"
