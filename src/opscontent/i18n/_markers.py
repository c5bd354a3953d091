"""The gettext markers: they mark a message for extraction and return it unchanged.

Kept apart from :mod:`opscontent.i18n.catalogs` so that modules every import needs (the
exceptions) can mark their messages without loading Babel.
"""

from __future__ import annotations

__all__ = ["NP_", "N_"]


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark for translation"
    """Mark ``message`` for extraction without translating it yet."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - gettext convention
    """Mark a singular/plural pair for extraction; pass it to :meth:`Language.ngettext`."""
    return singular, plural
