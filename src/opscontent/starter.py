"""Starter documents: every section a profile requires, with placeholders to fill in."""

from __future__ import annotations

import os

from babel import Locale

from opscontent.checks.profiles import Profile, get_profile
from opscontent.i18n import DEFAULT_LOCALE, N_, Language, language
from opscontent.i18n.labels import section_title
from opscontent.model import SECTION_CLASSES, Document, Meta

__all__ = ["starter"]


def starter(
    profile: str | os.PathLike[str] | Profile = "full",
    *,
    locale: str | Locale | Language = DEFAULT_LOCALE,
) -> Document:
    """A document with every required section of ``profile``, each holding a placeholder.

    ``check`` reports the placeholders (OC104) until they are replaced with real content.

    >>> doc = starter("job-description", locale="en")
    >>> [section.kind for section in doc.sections]
    ['responsibilities', 'requirements']
    """
    chosen = get_profile(profile)
    lang = language(locale)
    tag = str(lang.locale).replace("_", "-")
    meta = Meta(
        title=lang.gettext(N_("TODO: role name — operations work content")),
        language=tag.split("-")[0] if lang.locale.language != "zh" else "zh-Hans",
    )
    sections = [
        SECTION_CLASSES[kind](
            kind=kind,
            summary=lang.gettext(
                N_("TODO: describe {section}."), section=section_title(kind, lang)
            ),
        )
        for kind in chosen.required
    ]
    return Document.model_validate({"meta": meta, "sections": sections})
