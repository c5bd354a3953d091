"""Starter documents: every section a profile asks for, with placeholders to fill in."""

from __future__ import annotations

import os

from babel import Locale

from opscontent.checks.profiles import Profile, get_profile
from opscontent.i18n import DEFAULT_LOCALE, N_, Language, language
from opscontent.i18n.labels import section_title
from opscontent.i18n.locales import available_locales
from opscontent.model import Document, SectionKind

__all__ = ["starter"]


def starter(
    profile: str | os.PathLike[str] | Profile = "full",
    *,
    locale: str | Locale | Language = DEFAULT_LOCALE,
) -> Document:
    """A document with every section ``profile`` requires or recommends, each with a placeholder.

    The required sections come first, then the recommended ones, so a new document starts with
    the whole outline instead of warnings about missing sections; ``check`` reports the
    placeholders (OC104) until they are replaced with real content (a recommended section not
    wanted is deleted). For a
    profile that asks for several languages (``min_languages``, 2 in ``bilingual``), the
    document lists them in ``meta.languages``, ``locale``'s first, and each placeholder is
    written in each of them (as far as the built-in catalogs go).

    >>> doc = starter("job-description", locale="en")
    >>> [section.kind for section in doc.sections]
    ['responsibilities', 'requirements', 'tasks', 'metrics', 'coordination']
    """
    chosen = get_profile(profile)
    first = language(locale)
    langs = [first, *_other_languages(first, chosen.min_languages - 1)]
    tags = [_content_tag(lang) for lang in langs]

    def placeholder(msgid: str, kind: SectionKind | None = None) -> str | dict[str, str]:
        texts = {
            tag: lang.gettext(msgid, **({"section": section_title(kind, lang)} if kind else {}))
            for tag, lang in zip(tags, langs, strict=True)
        }
        return texts[tags[0]] if len(texts) == 1 else texts

    meta = {
        "title": placeholder(N_("TODO: role name — operations work content")),
        "language": tags[0],
        **({"languages": tags} if len(tags) > 1 else {}),
    }
    sections = [
        {"kind": kind, "summary": placeholder(N_("TODO: describe {section}."), kind)}
        for kind in dict.fromkeys([*chosen.required, *chosen.recommended])
    ]
    return Document.model_validate({"meta": meta, "sections": sections})


def _content_tag(lang: Language) -> str:
    """The tag content in ``lang``'s language is written with: ``zh-Hans``, ``en``."""
    return "zh-Hans" if lang.locale.language == "zh" else lang.locale.language


def _other_languages(first: Language, count: int) -> list[Language]:
    """Up to ``count`` languages of built-in catalogs other than ``first``'s.

    A profile that asks for several languages (``bilingual``) gets zh and en.
    """
    others = [language(name) for name in available_locales()]
    others = [lang for lang in others if lang.locale.language != first.locale.language]
    return others[: max(count, 0)]
