"""First stage of the import: every line read on its own (marker, style, kind of line).

A line is classified without looking at its neighbours; whether a numbered, bulleted or plain
line is a heading or a list item is decided afterwards from the whole document
(:mod:`opscontent.importers._outline`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from opscontent.importers.vocabulary import heading_score as _score
from opscontent.model import SectionKind

__all__ = [
    "Line",
    "closing_hashes",
    "heading_score",
    "marked_line",
    "marker_of",
    "read_line",
    "short",
    "title_like",
]

_CN_NUM = "一二三四五六七八九十百零〇两"
_NOISE = [
    re.compile(r"^[-=*_~—–·.•]{3,}$"),
    re.compile(r"^[-—–=~_·\s]*(?:END|THE END|完|全文完)[-—–=~_·\s]*$", re.I),
    re.compile(r"^\d+\s*(?:秒|分钟|小时|天|周|个月|年)前$"),
    re.compile(
        r"^(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$", re.I
    ),
    re.compile(r"^(?:发布于|更新于|编辑于|posted|updated|edited)\b.{0,30}$", re.I),
    re.compile(
        r"^(?:赞|点赞|👍|▲|收藏|评论|分享|在看|阅读|浏览|upvotes?|votes?|likes?|comments?|views?)"
        r"\s*[:：]?\s*[\d,.]+\s*[wk万次人]?$",
        re.I,
    ),
    re.compile(
        r"^[\d,.]+\s*[万k]?\s*(?:个?赞|人赞同|赞同|收藏|条评论|次浏览|次阅读|人浏览|人已申请|人投递|"
        r"人感兴趣|upvotes?|votes?|likes?|comments?|views|applicants|applications)$",
        re.I,
    ),
    re.compile(r"^(?:✓\s*)?(?:已采纳|最佳答案|采纳答案|accepted(?: answer)?|best answer)$", re.I),
    re.compile(
        r"^(?:阅读全文|展开全文|查看全文|查看更多|阅读原文|展开|收起|read more|show more|show less|"
        r"see more|continue reading|load more)\s*[>»›…]*$",
        re.I,
    ),
    re.compile(
        r"^(?:立即申请|立即沟通|立即投递|申请职位|投递简历|我要应聘|感兴趣|举报该职位|举报|分享|收藏|"
        r"easy apply|apply now|apply|save|share|report this job|i'm interested|"
        r"(?:刚刚|今日|本周|\d+\s*(?:分钟|小时|天)(?:内|前)?)活跃)$",
        re.I,
    ),
    re.compile(r"^点击上方.{0,12}关注.{0,12}$"),
    re.compile(
        r"^(?:原创\s+)?\S{0,20}\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}"
        r"(?:\s*发表于\S{1,8})?$"
    ),
    re.compile(
        r"^.{0,80}(?:equal (?:employment )?opportunity employer|equal opportunity|平等就业机会).*$",
        re.I,
    ),
]
_MD_HEADING = re.compile(r"^(?P<m>#{1,6}\s+)(?P<t>.+)$")
"""A Markdown heading; :func:`closing_hashes` cuts the closing ``#`` run off its text."""
_BRACKET = re.compile(r"^(?P<m>【)(?P<t>[^】]{1,20})(?P<e>】\s*[：:]?)\s*(?P<rest>.*)$")
_HEADINGS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?P<m>第[{_CN_NUM}\d]+(?:部分|章|篇)[：:、.\s]*)(?P<t>.+)$"), "part"),
    (re.compile(rf"^(?P<m>第[{_CN_NUM}\d]+节[：:、.\s]*)(?P<t>.+)$"), "zh-section"),
    (
        re.compile(
            r"^(?P<m>(?:part|section|chapter)\s+(?:\d+|[ivx]+)\s*[:.\-–—]?\s*)(?P<t>.+)$", re.I
        ),
        "part",
    ),
    (
        re.compile(r"^(?P<m>(?:part|section|chapter)\s*[:：]\s*)(?P<t>[^.!?。！？]{1,60})$", re.I),
        "part",
    ),
    (re.compile(rf"^(?P<m>[{_CN_NUM}]+\s*[、.．]\s*)(?P<t>.+)$"), "cn"),
    (re.compile(rf"^(?P<m>[（(]\s*[{_CN_NUM}]+\s*[）)]\s*)(?P<t>.+)$"), "cn-paren"),
]
"""Numbering that marks headings whatever follows."""
_MARKED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?P<m>第[{_CN_NUM}\d]+条\s*)(?P<t>.+)$"), "article"),
    (re.compile(r"^(?P<m>step\s+\d{1,2}\s*[:.\-–—]?\s*)(?P<t>.+)$", re.I), "step"),
    (re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){2,}\.?[\s\u3000]+)(?P<t>.+)$"), "dec3"),
    (re.compile(r"^(?P<m>\d{1,2}\.\d{1,2}\.?[\s\u3000]+)(?P<t>.+)$"), "dec2"),
    (re.compile(r"^(?P<m>\d{1,2}[.．]\s*)(?P<t>\D.*|\d.*)$"), "dec."),
    (re.compile(r"^(?P<m>\d{1,2}[、]\s*)(?P<t>.+)$"), "dec、"),
    (re.compile(r"^(?P<m>\d{1,2}[)）]\s*)(?P<t>.+)$"), "dec)"),
    (re.compile(r"^(?P<m>[（(]\d{1,2}[）)]\s*)(?P<t>.+)$"), "(dec)"),
    (re.compile(r"^(?P<m>(?:X{0,3})(?:IX|IV|V?I{0,3})\.\s+)(?P<t>.+)$"), "roman"),
    (re.compile(r"^(?P<m>[A-H][.)]\s+)(?P<t>.+)$"), "ALPHA"),
    (re.compile(r"^(?P<m>[a-h][.)]\s+)(?P<t>.+)$"), "alpha"),
    (re.compile(r"^(?P<m>[（(](?:[a-z]|[ivx]{1,4})[）)]\s*)(?P<t>.+)$"), "(alpha)"),
    (re.compile(r"^(?P<m>[①-⑳]\s*)(?P<t>.+)$"), "circled"),
    (re.compile(r"^(?P<m>[-*+•·●▪◦○■□➢►✓]\s+(?:\[[ xX✓]\]\s+)?)(?P<t>.+)$"), "bullet"),
    (re.compile(r"^(?P<m>[◆◇■□▌▍▎★☆▶❖●•·▪]\s*)(?P<t>.+)$"), "symbol"),
    (re.compile(r"^(?P<m>\d{1,2}[\s\u3000]+)(?P<t>\D.{0,30})$"), "bare"),
]
"""Markers whose lines may be headings or items: decided from the whole document."""
_OKR: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"^(?P<m>(?:(?:KR\s*\d{1,2}(?:\.\d{1,2})?|key results?\s*\d{1,2}(?:\.\d{1,2})?"
            rf"|关键结果\s*[\d{_CN_NUM}]{{1,3}})(?:\s*[：:.、]\s*|\s+))"
            r"|(?:key results?|关键结果|KR)\s*[：:]\s*)(?P<t>\S.*)$",
            re.I,
        ),
        "keyresult",
    ),
    (
        re.compile(
            rf"^(?P<m>(?:(?:O\d{{1,2}}|objective\s*\d{{1,2}}|目标[{_CN_NUM}\d]{{1,3}})"
            r"(?:\s*[：:.、]\s*|\s+))|objective\s*[：:]\s*)(?P<t>\S.*)$",
            re.I,
        ),
        "objective",
    ),
]
_DEEP_STYLES = {"dec3", "(alpha)", "(dec)", "alpha"}
_SEPARATORS = frozenset("；;，,")
"""What ends an enumerated item only because another follows: not part of the item."""
_LABEL = re.compile(r"^(?P<t>[^:：]{1,30}?)(?P<e>\s*[:：]\s*)(?P<rest>.*)$")
_URLISH = re.compile(r"^[a-z][a-z0-9+.-]*$", re.I)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_UNDERLINE = re.compile(r"^(?:=+|-+)$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_WRAPPED = re.compile(r"^(?P<m>\*\*|__)(?P<t>.+?)(?P<e>(?P=m)\s*[：:]?)$")
_SENTENCE_END = re.compile(r"[。.!?！？；;]$")
_ALIGNED = re.compile(r"\S(?:\s{2,}|\u3000+)\S")


@dataclass
class Line:
    """One input line, as read."""

    number: int
    """1-based line number."""
    raw: str
    """The line as given."""
    kind: str
    """blank, noise, rule, underline, heading, marked, objective, keyresult, row, text."""
    text: str = ""
    """The content with its marker removed."""
    level: int = 0
    """Heading level (1 = section), or list indentation (0 = top) of an item."""
    section: SectionKind | None = None
    """The section kind a heading is about, if any."""
    score: int = 0
    """How strongly the text names :attr:`section` (keyword weights)."""
    rest: str = ""
    """Text after a label heading's colon (``岗位职责：负责…``)."""
    style: str = ""
    """The marker's style (``cn``, ``dec.``, ``bullet``, ``md2`` …): lines of one style at one
    indentation are siblings."""
    indent: int = 0
    """Leading spaces."""
    cells: list[str] = field(default_factory=list)
    """Table cells of a row, as written."""
    lists: bool = False
    """A heading whose title is a short name with list items or a table right under it."""
    kept: list[str] = field(default_factory=list)
    """The pieces of the line the document keeps, in input order (set when the line is split
    into a label and its text, or a row into cells); by default the text and the rest."""

    @property
    def pieces(self) -> list[str]:
        """What of the line the document keeps."""
        return self.kept or [p for p in (self.text, self.rest) if p]


_CONTEXT = re.compile(
    r"purpose|background|scope|about us|introduction|who we are"
    r"|背景|目的|适用范围|关于我们|公司简介|公司介绍|简介",
    re.I,
)
"""Headings about the context of a document: never one of the section kinds."""


def heading_score(text: str) -> tuple[SectionKind | None, int]:
    """The section kind a heading names and how strongly; context headings name none."""
    kind, score = _score(text)
    if kind is not None and score < 6 and _CONTEXT.search(text):
        return None, 0
    return kind, score


def short(text: str) -> bool:
    """Short enough for a heading."""
    words = text.split()
    return len(text) <= 24 if re.search(r"[\u4e00-\u9fff]", text) else len(words) <= 8


def title_like(text: str) -> bool:
    """A heading's wording: short, no sentence end, no clause commas (zh) or a title case (en)."""
    if not short(text) or _SENTENCE_END.search(text) or text[-1:] in {",", "，", "、"}:
        return False
    if re.search(r"[:：]\s*\S", text):
        return False  # "负责人：王晓明" is a fact
    if re.search(r"[\u4e00-\u9fff]", text):
        return "，" not in text and "。" not in text and len(text) <= 16
    core = re.sub(r"^[^\w]+", "", text)  # "🧱 Dependencies"
    return (core[:1].isupper() or core[:1].isdigit()) and ", " not in text


def closing_hashes(text: str) -> int:
    r"""Where the closing ``  ##`` of a Markdown heading's text starts; the first character stays.

    Found from the end in one pass: a lazy ``(.+?)\s*#*$`` would rescan a run of spaces from
    each of its characters, in time quadratic in the run.

    >>> [closing_hashes(text) for text in ("Goals ##", "Goals", "C#", "###")]
    [5, 5, 1, 1]
    """
    end = len(text.rstrip("#"))
    return max(len(text[:end].rstrip()), 1)


def _plain(text: str) -> str:
    """Markdown emphasis and backslash escapes removed (they are markup, not content)."""
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _ESCAPE.sub(r"\1", text)


def _emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def marker_of(raw: str, pieces: list[str]) -> str:
    """The characters of ``raw`` outside the kept ``pieces`` (found in order), stripped.

    >>> marker_of("一、岗位职责：负责拉新", ["岗位职责", "负责拉新"])
    '一、：'
    >>> marker_of("3.1 30-day retention", ["30-day retention"])
    '3.1'
    """
    out: list[str] = []
    position = 0
    for piece in pieces:
        found = raw.find(piece, position)
        if found >= 0:
            out.append(raw[position:found])
            position = found + len(piece)
            continue
        wanted = 0  # the piece lost markup inside it (**bold**): match it character by character
        for index in range(position, len(raw)):
            if wanted < len(piece) and raw[index] == piece[wanted]:
                wanted += 1
                position = index + 1
            elif wanted < len(piece):
                out.append(raw[index])
    out.append(raw[position:])
    return "".join(out).strip()


def _heading(number: int, raw: str, text: str, style: str, level: int = 0) -> Line:
    title, rest = text.strip(), ""
    label = _LABEL.match(title)
    if label and not _URLISH.fullmatch(label.group("t")) and label.group("t").strip():
        title, rest = label.group("t").strip(), label.group("rest").strip()
    kind, score = heading_score(title)
    return Line(number, raw, "heading", title, level, kind, score, rest, style)


def read_line(number: int, raw: str) -> Line:
    """Classify one line on its own."""
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip())
    line = _read(number, raw, stripped)
    line.indent = indent
    if line.kind == "marked" and line.style in _DEEP_STYLES:
        line.level = 1
    if line.kind in {"marked", "text", "objective", "keyresult", "row"}:
        line.level += indent // 2
    return line


def _read(number: int, raw: str, stripped: str) -> Line:
    if not stripped:
        return Line(number, raw, "blank")
    if any(p.match(stripped) for p in _NOISE) and not _UNDERLINE.match(stripped):
        return Line(number, raw, "noise", kept=[stripped])
    if _UNDERLINE.match(stripped) and len(stripped) >= 3:
        return Line(number, raw, "underline", style=stripped[0])
    if stripped.startswith("|") or stripped.count("|") >= 2:
        if _TABLE_RULE.match(stripped):
            return Line(number, raw, "rule")
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        return Line(number, raw, "row", _plain(stripped), style="pipe", cells=cells)
    if "\t" in stripped:
        cells = [c.strip() for c in stripped.split("\t")]
        if sum(1 for c in cells if c) >= 2:
            return Line(number, raw, "row", stripped, style="tab", cells=cells)
    match = _MD_HEADING.match(stripped)
    if match:
        depth = len(match.group("m").strip())
        text = match.group("t")[: closing_hashes(match.group("t"))]
        inner = _read(number, raw, _plain(text.strip()))
        if inner.kind in {"objective", "keyresult"}:
            inner.style = f"md{depth}"
            return inner
        if inner.kind == "heading" and inner.style in {"cn", "cn-paren", "part", "zh-section"}:
            inner.style = f"md{depth}"  # "## 一、工作目标": the numbering is a marker too
            return inner
        return _heading(number, raw, _plain(text), f"md{depth}")
    wrapped = _WRAPPED.match(stripped)
    if wrapped and not _EMPHASIS.search(wrapped.group("t")):
        inner = _read(number, raw, wrapped.group("t").strip())
        if inner.kind == "heading":
            inner.style = "emph-" + inner.style
            return inner
        title = inner.text if inner.kind == "marked" else wrapped.group("t").strip()
        if short(title):
            return _heading(number, raw, title, "emph")
    match = _BRACKET.match(stripped)
    if match:
        line = _heading(number, raw, _plain(match.group("t")), "bracket")
        line.rest = match.group("rest").strip()
        return line
    for pattern, style in _OKR:
        match = pattern.match(stripped)
        if match:
            return Line(number, raw, style, _plain(match.group("t").strip()), style=style)
    for pattern, style in _HEADINGS:
        match = pattern.match(stripped)
        if match:
            return _heading(number, raw, _plain(match.group("t")), style)
    if _emoji(stripped[0]) and len(stripped) > 2:
        body = stripped[1:].lstrip("\ufe0f").strip()
        if body and not _emoji(body[0]):
            return marked_line(number, raw, body, f"emoji{stripped[0]}")
    for pattern, style in _MARKED:
        match = pattern.match(stripped)
        if match:
            return marked_line(number, raw, match.group("t"), style)
    label = _LABEL.match(stripped)
    if label and short(label.group("t")) and not _URLISH.fullmatch(label.group("t").strip()):
        head, rest = _plain(label.group("t").strip()), label.group("rest").strip()
        kind, score = heading_score(head)
        if (kind is not None and score >= 4) or (not rest and not _SENTENCE_END.search(head)):
            return Line(number, raw, "heading", head, 0, kind, score, _plain(rest), "label")
    if _ALIGNED.search(stripped):
        cells = re.split(r"\s{2,}|\u3000+", stripped)
        return Line(number, raw, "text", _plain(stripped), style="aligned", cells=cells)
    line = Line(number, raw, "text", _plain(stripped))
    if short(line.text):
        line.section, line.score = heading_score(line.text.rstrip("：:"))
    return line


def marked_line(number: int, raw: str, body: str, style: str) -> Line:
    """A line with a list or heading marker whose role the outline decides."""
    if style in {"bullet", "symbol"}:
        style += raw.strip()[0]  # "•" and "·" lists are siblings only of their own kind
    body = _plain(body.strip())
    line = Line(number, raw, "marked", body, style=style)
    title = body[:-1].rstrip() if body[-1:] in {"：", ":"} else body
    label = _LABEL.match(title)
    head = label.group("t").strip() if label and not _URLISH.fullmatch(label.group("t")) else title
    line.section, line.score = heading_score(head)
    return line


def trim_separator(line: Line) -> None:
    """``1、负责拉新；``: the list's own ``；`` ends the item, it is not part of it."""
    if len(line.text) > 1 and line.text[-1] in _SEPARATORS:
        line.text = line.text[:-1].rstrip()
