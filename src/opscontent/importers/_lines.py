"""Reading pasted text line by line: headings of every style, list items, tables, page noise."""

from __future__ import annotations

import re
from dataclasses import dataclass

from opscontent.importers.vocabulary import classify_heading, heading_score
from opscontent.model import SectionKind

__all__ = ["Line", "read_lines"]

_CN_NUM = "一二三四五六七八九十百零〇两"
_NOISE = [
    re.compile(r"^[-=*_~—–·.•]{3,}$"),
    re.compile(r"^\d+\s*(?:秒|分钟|小时|天|周|个月|年)前$"),
    re.compile(
        r"^(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$", re.I
    ),
    re.compile(r"^(?:发布于|更新于|编辑于|posted|updated|edited)\b.{0,30}$", re.I),
    re.compile(
        r"^(?:赞|点赞|👍|▲|收藏|评论|分享|upvotes?|votes?|likes?|comments?)\s*[:：]?\s*\d+$", re.I
    ),
    re.compile(r"^\d+\s*(?:个?赞|人赞同|赞同|收藏|条评论|upvotes?|votes?|likes?|comments?)$", re.I),
    re.compile(r"^(?:✓\s*)?(?:已采纳|最佳答案|采纳答案|accepted(?: answer)?|best answer)$", re.I),
    re.compile(
        r"^(?:阅读全文|展开全文|查看全文|查看更多|展开|收起|read more|show more|see more|"
        r"continue reading|load more)\s*[>»›…]*$",
        re.I,
    ),
]
_HEADINGS: list[tuple[re.Pattern[str], str | int]] = [
    (re.compile(r"^(?P<m>#{1,6}\s+)(?P<t>.+?)\s*#*$"), "md"),
    (re.compile(r"^(?P<m>【)(?P<t>[^】]{1,20})(?P<e>】\s*[：:]?)$"), 1),
    (re.compile(rf"^(?P<m>第[{_CN_NUM}\d]+(?:部分|章|节|篇)[：:、.\s]*)(?P<t>.*)$"), 1),
    (
        re.compile(
            r"^(?P<m>(?:part|section|chapter)\s+(?:\d+|[ivx]+)\s*[:.\-–—]?\s*)(?P<t>.*)$", re.I
        ),
        1,
    ),
    (re.compile(rf"^(?P<m>[{_CN_NUM}]+\s*[、.．]\s*)(?P<t>.+)$"), 1),
    (re.compile(rf"^(?P<m>[（(]\s*[{_CN_NUM}]+\s*[）)]\s*)(?P<t>.+)$"), 2),
    (re.compile(r"^(?P<m>\*\*)(?P<t>[^*]+?)(?P<e>\*\*\s*[：:]?)$"), 2),
    (re.compile(r"^(?P<m>__)(?P<t>[^_]+?)(?P<e>__\s*[：:]?)$"), 2),
]
_NUMBERED = re.compile(
    r"^(?P<m>(?:\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\d{1,2}[.、)）．]|[（(]\d{1,2}[）)]|[a-zA-Z][.)]"
    r"|[（(](?:[a-z]|[ivx]{1,4})[）)])\s*)(?P<t>.+)$"
)
_DEEP = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d|[（(](?:[a-z]|[ivx]{1,4})[）)])")
_SEPARATORS = frozenset("；;，,")
"""What ends an enumerated item only because another follows: not part of the item."""
_BULLET = re.compile(r"^(?P<m>[-*+•·●▪◦○■□➢►✓]\s+)(?P<t>.+)$")
_LABEL = re.compile(r"^(?P<t>[^:：]{1,30}?)\s*(?P<e>[:：])\s*(?P<rest>.*)$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_STYLED = re.compile(rf"#|【|第|[{_CN_NUM}]+\s*[、.．]|(?:part|section|chapter)\b", re.I)
_BARE_NUMBER = re.compile(r"^(?P<m>\d{1,2}\s+)(?P<t>\S.{0,20})$")
_SYMBOL_HEADING = re.compile(r"^(?P<m>[◆◇■□▌▍▎★☆▶❖]\s*)(?P<t>.{1,20})$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_PROMOTE_SCORE = 5
_TITLE_LIKE = re.compile(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|and|&|of|the|to))*|[\u4e00-\u9fff]{2,6}")
_SENTENCE_END = re.compile(r"[。.!?！？；;]$")


@dataclass
class Line:
    """One input line, as read."""

    number: int
    """1-based line number."""
    raw: str
    """The line as given."""
    kind: str
    """blank, noise, heading, item, row, rule, text."""
    text: str = ""
    """The content with its marker removed."""
    marker: str = ""
    """The structural marker removed (``一、``, ``- ``, ``**`` …)."""
    level: int = 0
    """Heading level (1 = section) or list indentation (0 = top)."""
    section: SectionKind | None = None
    """The section kind a heading is about, if any."""
    rest: str = ""
    """Text after a label heading's colon (``岗位职责：负责…``)."""


def _plain(text: str) -> str:
    """Markdown emphasis and backslash escapes removed (they are markup, not content)."""
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _ESCAPE.sub(r"\1", text)


def _short(text: str) -> bool:
    words = text.split()
    return len(text) <= 24 if re.search(r"[\u4e00-\u9fff]", text) else len(words) <= 6


def read_lines(text: str) -> list[Line]:
    """Classify every line of ``text``."""
    lines = [_read(number, raw) for number, raw in enumerate(text.splitlines(), 1)]
    styled = any(line.kind == "heading" and _STYLED.match(line.marker) for line in lines)
    if styled:
        for line in lines:  # with real headings, "1. 岗位职责" is a list item
            if line.kind == "heading" and _NUMBERED.match(line.marker + "x"):
                line.kind, line.level, line.section = "item", 0, None
    elif not any(line.kind == "heading" and line.section for line in lines):
        _promote_titles(lines)
    return lines


def _read(number: int, raw: str) -> Line:
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip())
    if not stripped:
        return Line(number, raw, "blank")
    if any(p.match(stripped) for p in _NOISE):
        return Line(number, raw, "noise", marker=stripped)
    if stripped.startswith("|") or stripped.count("|") >= 2:
        if _TABLE_RULE.match(stripped):
            return Line(number, raw, "rule", marker=stripped, level=indent // 2)
        return Line(number, raw, "row", text=_plain(stripped), level=indent // 2)
    for pattern, level in _HEADINGS:
        match = pattern.match(stripped)
        if match:
            title = _plain(match.group("t").strip())
            marker = match.group("m") + (match.groupdict().get("e") or "")
            if title[-1:] in {"：", ":"} and len(title) > 1:  # "一、岗位职责："
                title, marker = title[:-1].rstrip(), marker + title[-1]
            depth = len(match.group("m").strip()) if level == "md" else int(str(level))
            if level == 2 and pattern.pattern.startswith("^(?P<m>\\*\\*") and not _short(title):
                break
            return Line(number, raw, "heading", title, marker, depth, classify_heading(title))
    symbol = _SYMBOL_HEADING.match(stripped)
    if symbol:
        title, rest = symbol.group("t").strip(), ""
        label = _LABEL.match(title)
        if label is not None:  # "◆岗位职责：负责拉新、促活和留存"
            title, rest = label.group("t").strip(), label.group("rest").strip()
        kind = classify_heading(title)
        if kind is not None:
            marker = symbol.group("m") + (label.group("e") if label else "")
            return Line(number, raw, "heading", title, marker, 1, kind, rest)
    for pattern in (_BULLET, _NUMBERED):
        match = pattern.match(stripped)
        if match:
            body = _plain(match.group("t").strip())
            kind = classify_heading(body)
            marker = match.group("m")
            numbered = re.fullmatch(r"\d{1,2}[.、)）．]", marker.strip()) is not None
            if numbered and kind is not None and _short(body) and not _SENTENCE_END.search(body):
                return Line(number, raw, "heading", body, marker, 1, kind)
            depth = indent // 2 + (1 if _DEEP.match(marker) else 0)
            if len(body) > 1 and body[-1] in _SEPARATORS:  # "1、负责拉新；": the list's own "；"
                body, marker = body[:-1].rstrip(), marker + body[-1]
            return Line(number, raw, "item", body, marker, depth)
    bare = _BARE_NUMBER.match(stripped)
    if bare:  # "1 总体目标": a numbered heading without punctuation
        kind = classify_heading(bare.group("t"))
        if kind is not None and not _SENTENCE_END.search(bare.group("t")):
            return Line(number, raw, "heading", bare.group("t").strip(), bare.group("m"), 1, kind)
    label = _LABEL.match(stripped)
    if label and _short(label.group("t")):
        kind = classify_heading(label.group("t"))
        rest = label.group("rest").strip()
        if kind is not None or (not rest and not _SENTENCE_END.search(label.group("t"))):
            return Line(
                number, raw, "heading", label.group("t").strip(), label.group("e"), 2, kind, rest
            )
    return Line(number, raw, "text", _plain(stripped))


def _next_non_blank(lines: list[Line]) -> list[Line | None]:
    """For each line, the next line that is not blank (one pass from the end: linear)."""
    following: list[Line | None] = [None] * len(lines)
    later: Line | None = None
    for index in range(len(lines) - 1, -1, -1):
        following[index] = later
        if lines[index].kind != "blank":
            later = lines[index]
    return following


def _promote_titles(lines: list[Line]) -> None:
    """A short line that names a section kind and is followed by content is a heading."""
    first = next((i for i, line in enumerate(lines) if line.kind not in {"blank", "noise"}), None)
    following_of = _next_non_blank(lines)
    for index, line in enumerate(lines):
        if index == first:
            continue  # a document opens with its title
        if line.kind != "text" or not _short(line.text) or _SENTENCE_END.search(line.text):
            continue
        label = _LABEL.match(line.text)
        if label is not None and label.group("rest"):
            continue  # "岗位：客服" is a fact, not a heading
        kind, score = heading_score(line.text)
        following = following_of[index]
        if following is None or following.kind not in {"text", "item", "row"}:
            continue
        if kind is not None and score >= _PROMOTE_SCORE:
            line.kind, line.level, line.section = "heading", 1, kind
        elif (
            kind is None
            and _TITLE_LIKE.fullmatch(line.text)
            and len(following.text) > len(line.text)
        ):
            line.kind, line.level = "heading", 1  # "Benefits", "公司简介": a section of its own
