"""Fill empty msgstrs of a catalog from a Python dict: ``python tools/translate.py LOCALE FILE``.

FILE defines ``TRANSLATIONS = {msgid: msgstr}``; existing translations are kept.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

CATALOGS = Path(__file__).resolve().parents[1] / "src" / "opscontent" / "i18n" / "catalogs"


def main(locale: str, source: str) -> int:
    """Fill the catalog of ``locale`` from ``source``; print what is still missing."""
    translations = runpy.run_path(source)["TRANSLATIONS"]
    path = CATALOGS / f"{locale}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    missing = []
    for message in catalog:
        if not message.id or (message.string and all(message.string)):
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if key in translations:
            value = translations[key]
            message.string = (value,) if isinstance(message.id, tuple) else value
        else:
            missing.append(key)
    with path.open("wb") as handle:
        write_po(handle, catalog, no_location=True, sort_output=True, ignore_obsolete=True)
    for key in missing:
        print(f"missing: {key!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
