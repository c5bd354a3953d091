"""Locale names: parsed once with Babel, matched to the catalogs that exist."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from opscontent.exceptions import Message, UnknownLocaleError
from opscontent.i18n import DEFAULT_LOCALE
from opscontent.i18n._markers import N_

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["CATALOG_DIR", "DEFAULT_LOCALE", "available_locales", "catalog_for", "parse_locale"]

CATALOG_DIR = Path(__file__).with_name("catalogs")
"""Folder of the built-in ``<locale>.po`` catalogs."""


CatalogDirs = tuple[Path, ...]


def available_locales(catalog_dirs: CatalogDirs = ()) -> tuple[str, ...]:
    """Names of the locales that have a catalog, built-in ones and those in ``catalog_dirs``."""
    names = {path.stem for folder in (*catalog_dirs, CATALOG_DIR) for path in folder.glob("*.po")}
    return tuple(sorted(names))


@functools.lru_cache(maxsize=64)
def parse_locale(name: str | Locale) -> Locale:
    """Parse ``zh``, ``zh_CN``, ``zh-Hans``, ``zh_Hans_CN``, ``en``, ``en-US`` … once.

    >>> str(parse_locale("zh-Hans-CN")), str(parse_locale("en_US"))
    ('zh_Hans_CN', 'en_US')
    """
    from babel import Locale  # noqa: PLC0415 - the command line names the default without Babel
    from babel import UnknownLocaleError as _BabelUnknownLocale  # noqa: PLC0415

    if isinstance(name, Locale):
        return name
    text = name.strip().replace("-", "_")
    try:
        return Locale.parse(text)
    except (ValueError, TypeError, _BabelUnknownLocale):
        raise UnknownLocaleError(
            Message(
                N_("unknown locale {name!r}; available: {names}"),
                {"name": name, "names": ", ".join(available_locales())},
            )
        ) from None


def catalog_for(locale: Locale, catalog_dirs: CatalogDirs = ()) -> tuple[Path, Locale]:
    """The catalog file that serves ``locale`` and the locale to format numbers and dates with.

    A catalog serves a locale when the language matches and the script and territory do not
    contradict it (``zh`` and ``zh_CN`` use ``zh_Hans_CN``; ``en_GB`` uses ``en_US`` labels but
    formats dates the British way). A bare language takes the catalog's full locale for
    formatting.
    """
    from babel import Locale  # noqa: PLC0415

    best: tuple[int, Path, Locale] | None = None
    for folder in (*catalog_dirs, CATALOG_DIR):
        for path in sorted(folder.glob("*.po")):
            candidate = Locale.parse(path.stem)
            score = _match(locale, candidate)
            if score is not None and (best is None or score > best[0]):
                best = (score, path, candidate)
    if best is None:
        names = ", ".join(available_locales(catalog_dirs))
        raise UnknownLocaleError(
            Message(
                N_("no catalog for locale '{locale}'; available: {names}"),
                {"locale": str(locale), "names": names},
            )
        )
    _, path, candidate = best
    formatting = candidate if locale.territory is None else locale
    return path, formatting


def _match(wanted: Locale, candidate: Locale) -> int | None:
    if wanted.language != candidate.language:
        return None
    if wanted.script and candidate.script and wanted.script != candidate.script:
        return None
    score = 1
    if wanted.script == candidate.script:
        score += 2
    if wanted.territory == candidate.territory:
        score += 4
    return score
