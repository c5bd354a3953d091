"""What the command line says about a rendering besides its output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opscontent.i18n import Language
    from opscontent.model import Document

__all__ = ["fallback_note"]


def fallback_note(doc: Document, locales: Sequence[str], lang: Language) -> str | None:
    """One note, in ``lang``, on the texts a rendering in ``locales`` shows in another language.

    ``note: 12 texts have no English version and are shown in Chinese (first: $.meta.summary)``
    for each of ``locales`` (one, or both languages of the bilingual layout) with fallbacks;
    ``None`` when every text is shown in its rendering's language.
    """
    from opscontent.i18n import NP_, parse_locale  # noqa: PLC0415 - lazy: --help never needs it
    from opscontent.i18n.formatting import format_list, format_number  # noqa: PLC0415
    from opscontent.render.languages import fallbacks  # noqa: PLC0415

    notes = []
    for locale in locales:
        found = fallbacks(doc, locale)
        if not found:
            continue
        shown = list(dict.fromkeys(_name(f.shown, lang) for f in found))
        notes.append(
            lang.ngettext(
                NP_(
                    "note: {count} text has no {language} version and is shown in {shown} "
                    "(first: {path})",
                    "note: {count} texts have no {language} version and are shown in {shown} "
                    "(first: {path})",
                ),
                len(found),
                count=format_number(len(found), lang),
                language=_name(parse_locale(locale).language, lang),
                shown=format_list(shown, lang),
                path=found[0].path,
            )
        )
    return "; ".join(notes) or None


def _name(tag: str, lang: Language) -> str:
    """The name of the language of ``tag`` in ``lang``: ``Chinese`` / ``中文``, else the tag."""
    code = tag.replace("_", "-").split("-")[0].lower()
    name: str | None = lang.locale.languages.get(code)
    return name or tag
