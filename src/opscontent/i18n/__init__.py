"""Locales, gettext catalogs and Babel formatting."""

from opscontent.i18n.catalogs import N_, NP_, Language, language
from opscontent.i18n.locales import DEFAULT_LOCALE, available_locales, parse_locale

__all__ = [
    "DEFAULT_LOCALE",
    "NP_",
    "N_",
    "Language",
    "available_locales",
    "language",
    "parse_locale",
]
