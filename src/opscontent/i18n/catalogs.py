"""Gettext translations: the compiled ``.mo`` catalogs, or the ``.po`` compiled on first use."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.support import Translations

from opscontent.i18n._markers import N_, NP_
from opscontent.i18n._mofiles import compile_po, fresh_mo
from opscontent.i18n.locales import CatalogDirs, catalog_for, parse_locale

__all__ = ["NP_", "N_", "Language", "language"]


@functools.lru_cache(maxsize=32)
def _compile(path: Path) -> Translations:
    """The translations of the catalog at ``path``: its compiled ``.mo`` when fresh."""
    mo = fresh_mo(path)
    data = mo.read_bytes() if mo is not None else compile_po(path)
    return Translations(fp=io.BytesIO(data), domain="opscontent")


@dataclass(frozen=True, slots=True)
class Language:
    """A locale's translations and the Babel locale used for numbers, dates and lists."""

    locale: Locale
    """The Babel locale for formatting."""
    translations: Translations
    """The gettext translations of the locale's catalog."""
    messages: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)
    """Singular msgid → translation, read once from the catalog for fast lookups."""

    def __post_init__(self) -> None:
        catalog = getattr(self.translations, "_catalog", {})
        self.messages.update(
            (key, value) for key, value in catalog.items() if isinstance(key, str) and key and value
        )

    @property
    def is_chinese(self) -> bool:
        """True for Chinese locales (full-width punctuation, no spaces between words)."""
        return self.locale.language == "zh"

    def gettext(self, message: str, /, **params: object) -> str:
        """Translate ``message`` and fill its named ``{placeholders}``."""
        text = self.messages.get(message, message)
        return text.format(**params) if params else text

    def ngettext(self, forms: tuple[str, str], n: int | float, /, **params: object) -> str:
        """Translate a :func:`NP_` pair with plural forms; ``n`` chooses the form."""
        count = n if isinstance(n, int) else int(n) if n.is_integer() else 2  # any size
        text = self.translations.ngettext(forms[0], forms[1], count)
        return text.format(**params) if params else text


@functools.lru_cache(maxsize=64)
def _language(name: str | Locale, catalog_dirs: CatalogDirs) -> Language:
    path, formatting = catalog_for(parse_locale(name), catalog_dirs)
    return Language(locale=formatting, translations=_compile(path))


def language(name: str | Locale | Language, catalog_dirs: CatalogDirs = ()) -> Language:
    """The :class:`Language` for a locale name, cached; unknown names raise ``LookupError``.

    >>> language("zh").gettext("Workflow")
    '工作流程'
    """
    if isinstance(name, Language):
        return name
    return _language(name, tuple(catalog_dirs))
