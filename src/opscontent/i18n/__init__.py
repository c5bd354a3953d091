"""Locales, gettext catalogs and Babel formatting."""

from typing import TYPE_CHECKING

from opscontent._lazy import lazy_names

if TYPE_CHECKING:
    from opscontent.i18n.catalogs import N_, NP_, Language, language
    from opscontent.i18n.locales import available_locales, parse_locale

DEFAULT_LOCALE = "zh_Hans_CN"
"""The locale used when none is given."""

_LAZY = {
    "NP_": "opscontent.i18n.catalogs",
    "N_": "opscontent.i18n.catalogs",
    "Language": "opscontent.i18n.catalogs",
    "language": "opscontent.i18n.catalogs",
    "available_locales": "opscontent.i18n.locales",
    "parse_locale": "opscontent.i18n.locales",
}
"""Names imported on first use: the catalogs need Babel, the default locale does not."""
__getattr__ = lazy_names(__name__, _LAZY)


__all__ = [
    "DEFAULT_LOCALE",
    "NP_",
    "N_",
    "Language",
    "available_locales",
    "language",
    "parse_locale",
]
