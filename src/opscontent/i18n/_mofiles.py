"""Compiled gettext catalogs: ``<locale>.mo`` next to each ``<locale>.po``.

The package build (``tools/hatch_build.py``, also run by ``pip install -e``) and ``make
catalogs`` write the ``.mo`` files, so a run loads a compiled catalog instead of parsing the
``.po`` (which needs Babel's PO parser, a good part of a cold start). A ``.mo`` older than its
``.po`` is ignored, so an edited catalog is never shadowed by a stale one.

This module needs only Babel: the build hook loads it from the source tree.
"""

from __future__ import annotations

import io
from pathlib import Path

__all__ = ["compile_po", "fresh_mo", "write_mo_files"]


def compile_po(path: Path) -> bytes:
    """The ``.mo`` bytes of the ``.po`` file at ``path`` (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo  # noqa: PLC0415 - only when compiling
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def fresh_mo(po: Path) -> Path | None:
    """The compiled ``.mo`` of ``po`` when it exists and is not older than ``po``."""
    mo = po.with_suffix(".mo")
    try:
        return mo if mo.stat().st_mtime >= po.stat().st_mtime else None
    except OSError:
        return None


def write_mo_files(folder: Path) -> list[Path]:
    """Compile every ``.po`` of ``folder`` into its ``.mo``; returns the ``.mo`` paths."""
    written = []
    for po in sorted(folder.glob("*.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(compile_po(po))
        written.append(mo)
    return written
