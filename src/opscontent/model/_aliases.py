"""Enumerations whose values may also be written by name: ``cadence: 每周`` is ``weekly``.

A document names an enumerated value by its canonical value (``weekly``) or by one of its
aliases: its label in each built-in catalog (``每周``, ``weekly``) and the synonyms writers use
(``每星期``). The value is stored, validated and written back as the canonical one. The table
of aliases lives in :mod:`opscontent.i18n.aliases` and is read on the first value that is not
canonical, so importing the model never loads a catalog.

>>> from opscontent.model import Cadence
>>> Cadence("每周"), Cadence(" 每两周 ")
(<Cadence.WEEKLY: 'weekly'>, <Cadence.BIWEEKLY: 'biweekly'>)
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["AliasedEnum"]


class AliasedEnum(StrEnum):
    """A string enumeration that also accepts each member's aliases (see the module)."""

    @classmethod
    def _missing_(cls, value: object) -> AliasedEnum | None:
        """The member ``value`` names, when it is one of the aliases; ``None`` otherwise."""
        if not isinstance(value, str):
            return None
        from opscontent.i18n.aliases import member_named  # noqa: PLC0415 - first miss only

        return member_named(cls, value)
