"""Records: a line with labelled lines right under it, no blank between — an item and its details.

Plain-text plans often write each item as a small record::

    Task: Product selection
    Description: Agree Member Day deals and stock levels with the Purchasing team.
    Cadence: Monthly

The first line opens the item; each following ``Label: value`` line whose label names a field of
the section's items (``Description``, ``Owner``, ``负责人``, the labels the renderers print) is one
of its details, kept whole as a sub-item. When the first line's own label names no field
(``Collection: …`` in a data-analysis section), a later line labelled the same way opens the
next item of the same block. A blank line ends the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opscontent.importers._items import Entry
from opscontent.importers._labelled import field_for
from opscontent.importers._lines import Line
from opscontent.model import KINDS, SectionKind

__all__ = ["Records"]

_LABEL = re.compile(r"(?P<label>[^\W\d_][^:：。.!?！？]{0,29}?)\s*[:：]\s*(?P<value>\S.*)")
_FIRST = frozenset({"text", "heading", "item", "objective"})
"""Kinds of line that may open a record (a heading only in its ``Label: text`` style)."""
_DETAIL = frozenset({"text", "heading", "objective", "keyresult"})


@dataclass
class Records:
    """The record being read, line by line."""

    following: dict[int, Line]
    """The line after each line (by number), blank ones included."""
    entry: Entry | None = None
    """The item of the record being read."""
    generic: bool = False
    """The first line's label names no field: later lines labelled so open items too."""

    def end(self) -> None:
        """A blank line or a heading ends the record."""
        self.entry = None

    def take(self, line: Line, before: Line | None, kind: SectionKind) -> Entry | None:
        """The entry the line opens (new) or continues (the current one), else ``None``.

        ``before`` is the line above (blank included), ``kind`` the section's kind.
        """
        model = KINDS[kind].item_model
        if model is None or model is str or line.indent:
            self.end()
            return None
        label = _label(line)
        if self.entry is not None and before is not None and before.kind != "blank":
            named = field_for(model, label) if label is not None else None
            if label is None or line.kind not in _DETAIL or (line.kind == "heading" and not named):
                self.end()
                return None
            if named is not None or not self.generic:
                self.entry.subitems.append(line.raw.strip())
                self.entry.lines.append(line.number)
                line.kept = [line.raw.strip()]
                return self.entry
            return self.open(line, labelled=True)
        self.end()
        after = self.following.get(line.number)
        opens = (
            line.kind in _FIRST
            and (line.kind != "heading" or line.style == "label")
            and (before is None or before.kind in {"blank", "heading"})
            and after is not None
            and not after.indent
            and after.kind in _DETAIL
            and (found := _label(after)) is not None
            and field_for(model, found) is not None
        )
        if not opens:
            return None
        self.generic = label is not None and field_for(model, label) is None
        return self.open(line, labelled=label is not None)

    def open(self, line: Line, *, labelled: bool) -> Entry:
        """A new item from the first line of a record (or a line labelled like it)."""
        if line.kind == "item":
            entry = Entry(line.text, lines=[line.number])
        else:
            whole = line.raw.strip() if labelled or line.kind != "text" else line.text
            entry = Entry(whole, lines=[line.number])
            line.kept = [whole]
        self.entry = entry
        return entry


def _label(line: Line) -> str | None:
    """The label of a ``Label: value`` line, as written."""
    match = _LABEL.fullmatch(line.raw.strip())
    if match is None or match.group("value").startswith("//"):
        return None
    return match.group("label") if len(match.group("label").split()) <= 4 else None
