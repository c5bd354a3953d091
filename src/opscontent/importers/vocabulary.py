"""Which section kind a heading is about, by meaning: keywords of both languages, weighted.

A heading scores for every kind whose keywords it contains; the strongest kind wins, a tie or
no match leaves it unclassified (the importer then keeps it as a ``custom`` section with its
own title). Combinations settle the hard cases: "目标指标" and "绩效考核指标" are metrics (指标
outweighs 目标), "跨部门协作机制" is coordination, "Success measures" is metrics.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from opscontent.model import KINDS, SectionKind

__all__ = ["KEYWORDS", "classify_heading", "heading_score"]

KEYWORDS: Mapping[SectionKind, Mapping[str, int]] = MappingProxyType(
    {
        kind: MappingProxyType({w: n for words in spec.keywords.values() for w, n in words.items()})
        for kind, spec in KINDS.items()
        if spec.keywords
    }
)
"""Keyword → weight for each kind, every language together (declared in the catalogue)."""

_NOISE = re.compile(
    r"[\s:：\-—_*#·•.,，。、()（）\[\]【】0-9一二三四五六七八九十第部分章节part]+", re.I
)


def classify_heading(heading: str) -> SectionKind | None:
    """The section kind a heading is about, or ``None`` when no kind clearly wins.

    >>> [classify_heading(h) for h in ("跨部门协作机制", "绩效考核指标", "Success measures",
    ...                                 "What you’ll do", "目标指标", "公司简介")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [<SectionKind.COORDINATION: 'coordination'>, <SectionKind.METRICS: 'metrics'>,
     <SectionKind.METRICS: 'metrics'>, <SectionKind.TASKS: 'tasks'>,
     <SectionKind.METRICS: 'metrics'>, None]
    """
    return heading_score(heading)[0]


def heading_score(heading: str) -> tuple[SectionKind | None, int]:
    """The winning kind of a heading and its score (0 when none wins)."""
    text = heading.lower().strip().replace("’", "'").replace("‘", "'")
    if not _NOISE.sub("", text):
        return None, 0
    scores: dict[SectionKind, int] = {}
    for kind, words in KEYWORDS.items():
        score = sum(weight for word, weight in words.items() if word in text)
        if score:
            scores[kind] = score
    if not scores:
        return None, 0
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None, 0
    return ranked[0]
