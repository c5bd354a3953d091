"""Second stage of the import: the outline, decided from the whole document.

Whether ``3. Benefits`` is a heading or the third item of a list depends on its siblings: the
lines of the same marker style at the same indentation. A style whose lines mostly have
content of another kind under them (paragraphs, other bullets, tables) and that names at least
one section kind is a heading style; a style whose lines follow each other is a list. Heading
levels come from the order in which heading styles nest (``一、`` → ``（一）`` → ``1.``), so the
same rules read every numbering scheme. Each step is linear in the number of lines.
"""

from __future__ import annotations

import re
from collections import defaultdict

from opscontent.importers._facts import salutation, sign_off
from opscontent.importers._lines import (
    Line,
    closing_hashes,
    heading_score,
    read_line,
    short,
    title_like,
    trim_separator,
)
from opscontent.model import KINDS

__all__ = ["decide_outline", "read_outline"]

_TOC = re.compile(r"^(?:目\s*录|contents|table of contents|on this page|本页目录)$", re.I)
_CONTENT = {"marked", "text", "row", "objective", "keyresult"}
_FACT = re.compile(r"^[^:：]{1,30}[:：]\s*\S")
_KNOWN = 3
"""A keyword score at which a line plainly names a section kind."""
_HEADING_STYLES = frozenset({"dec.", "dec、", "dec)", "roman", "ALPHA", "bare", "symbol", "bullet"})
"""Marker styles that may number headings as well as items (with emoji styles)."""
_NUMBERED = frozenset({"dec.", "dec、", "dec)", "roman", "bare"})
"""Numbering whose every line heading a block of its own makes headings, named or not."""


def read_outline(text: str) -> list[Line]:
    """Every line of ``text``, classified, with headings and their levels decided."""
    return decide_outline(
        [read_line(number, raw) for number, raw in enumerate(text.splitlines(), 1)]
    )


def decide_outline(lines: list[Line]) -> list[Line]:
    """Decide headings and levels of lines read one by one (some may be headings already)."""
    _underlines(lines)
    _table_of_contents(lines)
    _aligned_tables(lines)
    mark_title(lines)
    _letter(lines)
    nxt = _next_content(lines)
    _series(lines, nxt)
    _plain_headings(lines, nxt)
    for line in lines:
        if line.kind == "marked":
            line.kind = "item"
            if line.style not in {"bare"}:
                trim_separator(line)
        if line.kind == "marked" or (line.kind == "text" and line.style == "aligned"):
            line.style = ""
    _levels(lines)
    following = _next_content(lines)
    for line, after in zip(lines, following, strict=True):
        if line.kind == "heading" and after is not None and title_like(line.text):
            line.lists = after.kind in {"item", "row", "keyresult"} and not line.rest
    return lines


def _next_content(lines: list[Line]) -> list[Line | None]:
    """For each line, the next line that is not blank or page noise (one backward pass)."""
    out: list[Line | None] = [None] * len(lines)
    following: Line | None = None
    for index in range(len(lines) - 1, -1, -1):
        out[index] = following
        if lines[index].kind not in {"blank", "noise", "rule"}:
            following = lines[index]
    return out


def _underlines(lines: list[Line]) -> None:
    """Setext headings (a line underlined with ``===`` or ``---``); other rules are noise."""
    for index, line in enumerate(lines):
        if line.kind != "underline":
            continue
        above = lines[index - 1] if index else None
        prose = (
            above is None or not short(above.raw.strip()) or above.raw.strip()[-1:] in "。.!?！？"
        )
        if above is not None and above.kind in {"text", "marked"} and not prose:
            title = above.raw.strip()
            kind, score = heading_score(title)
            above.kind, above.text, above.rest = "heading", title, ""
            above.section, above.score = kind, score
            above.style = "setext=" if line.style == "=" else "setext-"
            line.kind = "rule"
        else:
            line.kind, line.kept = "noise", [line.raw.strip()]


def _table_of_contents(lines: list[Line]) -> None:
    """A "目录" / "Contents" line and the entries under it repeat the headings: page noise."""
    inside = False
    for line in lines:
        if inside and line.kind == "blank":
            inside = False
        elif inside or (line.kind in {"text", "heading"} and _TOC.match(line.raw.strip())):
            inside = True
            line.kind, line.kept = "noise", [line.raw.strip()]


def _aligned_tables(lines: list[Line]) -> None:
    """Two or more lines in a row with the same number (≥ 3) of space-aligned columns."""
    run: list[Line] = []
    for line in [*lines, Line(0, "", "blank")]:
        aligned = line.style == "aligned" and line.kind == "text" and len(line.cells) >= 3
        if aligned and (not run or len(run[0].cells) == len(line.cells)):
            run.append(line)
            continue
        if len(run) >= 2:
            for row in run:
                row.kind, row.text = "row", row.raw.strip()
        run = [line] if line.style == "aligned" and len(line.cells) >= 3 else []


def _letter(lines: list[Line]) -> None:
    """An e-mail's greeting before the first heading, its sign-off and signature at the end."""
    content = [line for line in lines if line.kind not in {"blank", "noise", "rule"}]
    for line in content:
        if line.kind == "heading":
            break
        if line.kind == "text" and salutation(line.text):
            line.kind, line.kept = "noise", [line.raw.strip()]
    for index in range(len(content) - 1, max(len(content) - 4, -1), -1):
        line = content[index]
        if line.kind == "text" and sign_off(line.text):
            signature = content[index + 1 :]
            if all(s.kind == "text" and len(s.text) <= 40 for s in signature):
                for closing in (line, *signature):
                    closing.kind, closing.kept = "noise", [closing.raw.strip()]
            return


def _may_head(style: str) -> bool:
    """Styles that may number headings: numbers, letters, bullets, symbols, Word lists."""
    return (
        style in _HEADING_STYLES
        or style[:-1] in _HEADING_STYLES
        or style.startswith(("emoji", "wordlist"))
    )


def _family(style: str) -> str:
    return "emoji" if style.startswith("emoji") else style


def _series(lines: list[Line], nxt: list[Line | None]) -> None:
    """Decide which marker styles number headings (see the module docstring)."""
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if line.kind == "marked":
            groups[(line.style, line.indent // 2)].append(index)
    heading_families: set[str] = set()
    styled = any(line.kind == "heading" for line in lines)  # then an empty "1. 职责" is an item
    undecided: list[tuple[tuple[str, int], list[int]]] = []
    for key, members in groups.items():
        style = key[0]
        if not _may_head(style):
            continue
        under = [
            i
            for i in members
            if _has_content_under(lines[i], nxt[i], key)
            or (not styled and _bare_heading(lines[i], nxt[i], key))
        ]
        named = any(lines[i].score >= _KNOWN and i in under for i in members)
        numbered = style in _NUMBERED and len(under) == len(members)  # every one heads a block
        if len(under) * 5 >= len(members) * 3 and (named or numbered):
            heading_families.add(_family(style))
            for index in under:
                _make_heading(lines[index])
        else:
            undecided.append((key, under))
    for key, under in undecided:  # 💰 薪资福利 among 📌 headings: one family
        if _family(key[0]) in heading_families and not key[0].startswith("bullet"):
            for index in under:
                if title_like(_title(lines[index])):
                    _make_heading(lines[index])


def _title(line: Line) -> str:
    return line.text[:-1].rstrip() if line.text[-1:] in {"：", ":"} else line.text


def _has_content_under(line: Line, following: Line | None, key: tuple[str, int]) -> bool:
    if (
        key[0].startswith(("emoji", "symbol"))
        and line.score >= _KNOWN + 2
        and _FACT.match(line.text)
    ):
        return True  # "◆岗位职责：负责拉新": a heading with its text after the label
    if following is None or following.kind not in _CONTENT or not _heading_like(line):
        return False
    if following.kind == "marked" and (following.style, following.indent // 2) == key:
        return False
    # a nested list belongs to its item; an indented paragraph is a block's body
    return following.indent <= line.indent or following.kind != "marked"


def _heading_like(line: Line) -> bool:
    """Worded like a heading, or plainly naming a kind ("In your first 90 days, you will")."""
    title = _title(line)
    if title_like(title):
        return True
    named = line.score >= _KNOWN + 2 and short(title) and not _FACT.match(title)
    return named and title[-1:] not in "。.!?！？；;"


def _strong(line: Line) -> bool:
    return line.score >= _KNOWN + 2 and title_like(_title(line))


def _bare_heading(line: Line, following: Line | None, key: tuple[str, int]) -> bool:
    """A line that plainly names a section kind, with nothing under it (an empty section)."""
    if not _strong(line):
        return False
    if following is None or following.kind == "heading":
        return True
    same = following.kind == "marked" and (following.style, following.indent // 2) == key
    return same and _strong(following)


def _make_heading(line: Line) -> None:
    title = _title(line)
    rest = ""
    label = re.match(r"^(?P<t>[^:：]{1,30}?)\s*[:：]\s*(?P<rest>.+)$", title)
    if label:
        title, rest = label.group("t").strip(), label.group("rest").strip()
    line.kind, line.text, line.rest = "heading", title, rest
    line.section, line.score = heading_score(title)
    if line.style.startswith("emoji"):
        line.style = "emoji"  # 📌 and 💰 headings are siblings


def _plain_headings(lines: list[Line], nxt: list[Line | None]) -> None:
    """Short title lines with content under them, after a blank line: headings.

    A line that names a section kind is one; an unknown title ("Benefits", "工作地址") is one
    when the document already uses plain lines as headings.
    """
    first = next((line for line in lines if line.kind not in {"blank", "noise"}), None)
    candidates: list[Line] = []
    before: Line | None = None
    for index, line in enumerate(lines):
        if line.kind in {"blank", "noise", "rule"}:
            if line.kind == "blank":
                before = line
            continue
        after_break = before is None or before.kind in {"blank", "heading"}
        before = line
        if line is first or line.kind != "text" or line.style == "aligned":
            continue
        following = nxt[index]
        if following is None or following.kind not in _CONTENT:
            continue
        if not after_break and len(following.text) <= 2 * len(line.text):
            continue  # without a blank line before, a heading stands out by its length
        if _FACT.match(line.text):
            continue  # "岗位：客服" is a fact, not a heading
        if title_like(line.text) or (line.score >= _KNOWN + 1 and short(line.text)):
            candidates.append(line)
    styled = any(line.kind == "heading" and line.style != "label" for line in lines)
    if styled:
        return  # the document marks its headings; a plain line is text
    plain_in_use = any(line.kind == "heading" for line in lines)
    for line in candidates:
        if line.score >= _KNOWN:
            line.kind, line.style, plain_in_use = "heading", "label", True
    for line in candidates:
        if line.kind == "text" and (plain_in_use or line.section is None):
            line.kind, line.style = "heading", "label"


def _levels(lines: list[Line]) -> None:
    """Heading levels from the order in which heading styles nest."""
    stack: list[str] = []
    for line in lines:
        if line.kind != "heading":
            continue
        style = line.style
        if style.startswith("md"):  # Markdown levels are the author's own: they nest others
            depth = int(style[2])
            while stack and (not stack[-1].startswith("md") or int(stack[-1][2]) > depth):
                stack.pop()
        if style in stack:
            del stack[stack.index(style) + 1 :]
        else:
            stack.append(style)
        line.level = len(stack)


_SUBJECT = re.compile(r"^(?:subject|主题|标题)\s*[:：]\s*(?P<t>\S.*)$", re.I)
_DECORATION = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__)?(?P<t>.+)$")
"""A decorated title; :func:`_undecorated` cuts its closing ``**`` and ``#`` run."""


def _undecorated(text: str) -> str:
    """The text without a closing ``**``/``__`` and ``  ##`` (its first character stays).

    >>> _undecorated("Plan** ##"), _undecorated("**")
    ('Plan', '**')
    """
    end = closing_hashes(text)
    if end > 2 and text[:end].endswith(("**", "__")):
        end -= 2
    return text[:end]


def _opens_a_section(first: Line, lines: list[Line]) -> bool:
    """A first line that is a section's heading (``岗位职责`` over its items): made one.

    The line must be a kind's heading keyword or default title as a whole (``岗位职责``,
    ``Responsibilities``), not a title that holds one (``用户增长运营岗位职责``), with content
    right under it. The document's title then stays the default.
    """
    kind, score = heading_score(first.text)
    if kind is None or score < _KNOWN + 2:
        return False
    text = " ".join(first.text.casefold().split())
    spec = KINDS[kind]
    words = [w for language in spec.keywords.values() for w in language]
    if text != spec.title.casefold() and not any(
        text == w or (text.startswith(w) and len(text) - len(w) <= 3) for w in words
    ):
        return False
    index = lines.index(first)
    after = next((line for line in lines[index + 1 :] if line.kind != "noise"), None)
    if after is None or after.kind not in _CONTENT:
        return False
    first.kind, first.style = "heading", "label"
    first.section, first.score = kind, score
    return True


def mark_title(lines: list[Line]) -> Line | None:
    """The line that names the document, its kind set to ``title``, or ``None``.

    The first line does: ``# Title``, an underlined, bold or short line, ``Subject: …``.
    """
    first = next((line for line in lines if line.kind not in {"blank", "noise", "rule"}), None)
    if first is None or first.kind == "title":  # a Word "Title" paragraph
        return first
    stripped = first.raw.strip()
    subject = _SUBJECT.match(stripped)
    decorated = first.kind == "heading" and first.style.startswith(("md", "setext", "emph"))
    if (
        decorated
        and first.section is not None
        and any(
            line is not first and line.kind == "heading" and line.style == first.style
            for line in lines
        )
    ):
        decorated = False  # "# 岗位职责 … # 任职要求": the first of the sections, not a title
    if subject:
        title = subject.group("t").strip()
    elif decorated or (first.kind == "marked" and first.style.startswith("emoji")):
        match = _DECORATION.match(stripped)
        title = _undecorated(match.group("t")).strip() if match else stripped
    elif first.kind == "heading" and first.style == "label" and first.rest and first.score < 6:
        title = stripped  # "Project charter: WMS migration"
    elif (
        first.kind == "text"
        and len(stripped) <= 60
        and (first.style == "aligned" or not first.cells)
    ):
        if _opens_a_section(first, lines):
            return None
        title = stripped
    else:
        return None
    first.kind, first.text, first.rest, first.kept = "title", title, "", [title]
    first.style = ""
    return first
