"""Extract the msgids of the package into the catalog template and merge them into every .po.

Run ``make catalogs`` after adding or changing a message; then translate the new entries in
``src/opscontent/i18n/catalogs/zh_Hans_CN.po``. The test suite fails while any msgid is
missing from a catalog or lacks a Chinese translation.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from opscontent.i18n._mofiles import write_mo_files

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "opscontent"
CATALOGS = PACKAGE / "i18n" / "catalogs"
KEYWORDS = {"N_": None, "NP_": (1, 2)}


def template() -> Catalog:
    """All msgids marked in the package source."""
    pot = Catalog(project="opscontent", fuzzy=False)
    for filename, lineno, message, _comments, _context in extract_from_dir(
        PACKAGE, keywords=KEYWORDS, comment_tags=(), strip_comment_tags=True
    ):
        pot.add(message, locations=[(filename, lineno)], flags=("python-brace-format",))
    return pot


def main() -> int:
    """Write ``opscontent.pot`` and update each ``<locale>.po`` from it."""
    pot = template()
    with (CATALOGS / "opscontent.pot").open("wb") as handle:
        write_po(handle, pot, omit_header=True, no_location=True, sort_output=True)
    for path in sorted(CATALOGS.glob("*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=path.stem)
        catalog.update(pot, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, no_location=True, sort_output=True, ignore_obsolete=True)
        print(f"updated {path.relative_to(ROOT)}")
    for mo in write_mo_files(CATALOGS):  # what the build ships; a stale .mo is never used
        print(f"compiled {mo.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
