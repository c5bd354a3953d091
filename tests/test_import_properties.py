"""Property tests of the importer: round trips through the renderers, nothing lost."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import opscontent
from opscontent import Document
from opscontent.testing import documents


def _without_custom(doc: Document) -> Document:
    """Custom sections keep the author's title, which may itself name a kind; leave them out."""
    sections = [s for s in doc.sections if s.kind != "custom"]
    return doc.model_copy(update={"sections": sections})


@given(
    st.sampled_from(["zh", "en"]).flatmap(
        lambda locale: st.tuples(st.just(locale), documents(locale=locale).map(_without_custom))
    ),
    st.sampled_from(["text", "markdown"]),
)
def test_round_trip_recovers_kinds_and_items(case: tuple[str, Document], fmt: str) -> None:
    locale, doc = case
    rendered = str(opscontent.render(doc, fmt, locale=locale))
    result = opscontent.parse_text(rendered)
    assert [s.kind for s in result.document.sections] == [s.kind for s in doc.sections], rendered
    for got, want in zip(result.document.sections, doc.sections, strict=True):
        assert len(getattr(got, "items", [])) == len(getattr(want, "items", [])), rendered


_WORDS = [
    "用户",
    "增长",
    "留存",
    "活动",
    "数据",
    "分析",
    "渠道",
    "user",
    "growth",
    "report",
    "data",
]
_HEADINGS = [
    "岗位职责",
    "任职要求",
    "工作目标",
    "目标指标",
    "团队协调",
    "数据分析",
    "总结与展望",
    "Responsibilities",
    "What you will do",
    "Success measures",
    "公司简介",
    "Benefits",
]
_MARKERS = [
    "一、",
    "二、",
    "（一）",
    "## ",
    "# ",
    "**",
    "第一部分 ",
    "Part 1: ",
    "1. ",
    "1、",
    "【",
    "◆",
    "",
]
_ITEMS = ["- ", "* ", "• ", "1. ", "2) ", "(1) ", "  - ", "a. "]
_NOISE = ["3天前", "2 hours ago", "赞 12", "阅读全文", "Read more", "-----", "已采纳", "👍 5"]
_FREE = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1,
    max_size=20,
)


@st.composite
def noisy_documents(draw: st.DrawFn) -> str:
    lines = [draw(st.sampled_from(_WORDS + _HEADINGS))]
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["heading", "item", "text", "noise", "table", "blank", "free"]))
        words = "".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4)))
        if kind == "heading":
            marker = draw(st.sampled_from(_MARKERS))
            title = draw(st.sampled_from(_HEADINGS))
            colon = draw(st.sampled_from(["", "：", ":"]))
            closing = {"**": "**", "【": "】"}.get(marker, "")
            lines.append(f"{marker}{title}{closing}{colon}")
        elif kind == "item":
            sep = draw(st.sampled_from(["", "：", ": "]))
            lines.append(f"{draw(st.sampled_from(_ITEMS))}{words}{sep}{words if sep else ''}")
        elif kind == "text":
            lines.append(words + draw(st.sampled_from(["。", ".", "", "，包括数据、分析和报告。"])))
        elif kind == "noise":
            lines.append(draw(st.sampled_from(_NOISE)))
        elif kind == "table":
            lines.append(f"| {words} | {draw(st.sampled_from(_WORDS))} |")
        elif kind == "free":
            lines.append(draw(_FREE))
        else:
            lines.append("")
    return "\n".join(lines)


@given(noisy_documents())
def test_nothing_is_lost(text: str) -> None:
    result = opscontent.parse_text(text)
    data = json.loads(opscontent.dumps(result.document))
    leftovers = "\n".join(result.leftovers)
    assert [r.number for r in result.lines] == list(range(1, len(text.splitlines()) + 1))
    for record in result.lines:
        if not record.text.strip():
            continue
        assert record.destination, record
        if record.destination == "markup":
            assert set(record.text.strip()) <= set("|-: ")
            continue
        if record.destination == "header":  # a table's column names, recorded with the line
            assert record.text.count("|") >= 1 or "\t" in record.text or "  " in record.text
            continue
        shown = leftovers if record.destination == "leftovers" else _at(data, record.destination)
        kept = list(record.text)
        for char in record.marker:  # the marker may be split: 【…】, **…**
            if char in kept:
                kept.remove(char)
        for char in kept:
            if char.isspace() or char in "*_\\|#`：:":
                continue
            assert char in shown, (record, char)


@given(st.text())
def test_parse_text_is_total(text: str) -> None:
    result = opscontent.parse_text(text)
    assert len(result.lines) == len(text.splitlines())


def _at(data: Any, path: str) -> str:
    value = data
    for part in re.findall(r"\.(\w+)|\[(\d+)\]", path.removeprefix("$")):
        value = value[part[0]] if part[0] else value[int(part[1])]
    return json.dumps(value, ensure_ascii=False)
