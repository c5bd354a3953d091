"""Time grows linearly with the input: loaders, the importer and ``check`` on adversarial shapes.

Each test times the same work on inputs 1x, 4x and 16x the size, in one run, and compares the
ratios, never absolute times: CPU time of this process, the best of a few repeats, the garbage
collector paused, so a loaded machine does not fail the test. A quadratic part would make the
16x input 256 times slower; the bound allows 16 times with a margin of 2.5. DOCX is not timed
here yet: its scaling is a separate change.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import json
import math
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

import opscontent
from opscontent.exceptions import OpsContentError
from opscontent.importers import parse_text
from opscontent.importers.goal_parser import MAX_GOAL_LENGTH, parse_goal
from opscontent.io import loads, parse_data
from opscontent.io._json import index_json
from opscontent.render.environment import markdown_escape

FACTORS = (1, 4, 16)
MARGIN = 2.5


def _cpu(work: Callable[[], Any], repeats: int = 3, enough: float = 0.0) -> float:
    """The best CPU time of up to ``repeats`` runs; stop early once one is under ``enough``."""
    best = math.inf
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
        if best < enough:
            break
    return best


def assert_linear(make: Callable[[int], Any], work: Callable[[Any], Any], base: int) -> None:
    """``work`` on inputs ``make(base)``, ``make(4 * base)``, ``make(16 * base)`` is linear."""
    inputs = [make(base * factor) for factor in FACTORS]
    work(inputs[0])  # warm caches and lazy imports
    floor = max(_cpu(functools.partial(work, inputs[0]), repeats=3), 1e-3)
    times = [floor]
    for factor, data in zip(FACTORS[1:], inputs[1:], strict=True):
        bound = factor * MARGIN * floor
        times.append(_cpu(functools.partial(work, data), enough=bound))
        assert times[-1] < bound, f"{factor}x input: times {times}"


def _raises(work: Callable[[], Any]) -> None:
    try:
        work()
    except OpsContentError:
        return
    raise AssertionError("expected an error")


# -- TOML: header-like lines inside multi-line strings, long bracket lines, many keys ------------


def _toml(n: int) -> str:
    header_like = "[" + " " * 10 * n + "\n" + "[[a.b]]\nx = 1\n" * n  # one line grows too
    keys = "".join(f'k{i} = "{"[" * 50}"  # [{" " * 50}\n' for i in range(n))
    return f'[meta]\ntitle = """\n{header_like}"""\n{keys}[[sections]]\nkind = "custom"\n'


def test_toml_is_linear() -> None:
    assert_linear(_toml, lambda text: parse_data(text, "toml"), 20)


# -- JSON: long strings full of escapes, located through the index (duplicate key, NaN) ---------


def _json(n: int) -> str:
    value = json.dumps('\\"' * 2000 + "\u4e2d" * 1000)
    body = ", ".join(f'"k{i}": {value}' for i in range(n))
    return '{"meta": {"title": "t"}, ' + body + ', "k0": NaN}'


def test_json_is_linear() -> None:
    def work(text: str) -> None:
        _raises(lambda: parse_data(text, "json"))  # NaN: located by a scan of the strings
        index_json(text)

    assert_linear(_json, work, 40)


def test_json_index_memory_is_a_fraction_of_the_text() -> None:
    text = '{"meta": {"title": ' + json.dumps('a\\"' * 200_000) + '}, "k": 1, "k": 2}'
    tracemalloc.start()
    try:
        positions, duplicate = index_json(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert duplicate is not None
    assert positions.locate(("k",)) is not None
    assert peak < len(text)  # a backtracking string pattern took 80 bytes per character


# -- YAML: many entries, long scalars, and the search for the scalar that cannot be read ---------


def _yaml(n: int) -> str:
    entries = "".join(f'  - "{"[" * 100}{i}"\n  - {"x" * 100}\n' for i in range(n))
    return f"meta:\n  title: t\nlist:\n{entries}  - 2024-13-45\n"


def test_yaml_is_linear() -> None:
    pytest.importorskip("yaml")
    assert_linear(_yaml, lambda text: _raises(lambda: parse_data(text, "yaml")), 250)


# -- the importer: short lines (title promotion), heading-like and list-like lines ---------------


def _pasted(n: int) -> str:
    shapes = (
        "短行",
        "Benefits",
        "1." + " " * 60,
        "**" + "a" * 60,
        "【" + "职" * 19,
        "- " + "x:" * 30,
    )
    lines = [shapes[i % len(shapes)] if i % 10 == 0 else "短行" for i in range(n)]
    return "标题\n" + "\n".join(lines) + "\n"


def test_importer_is_linear() -> None:
    assert_linear(_pasted, lambda text: parse_text(text, locale="zh"), 2000)


# -- check: many sections, each with findings located in the source ------------------------------


def _sections(n: int) -> str:
    sections = [
        {"kind": "custom", "title": f"Part {i} TODO", "summary": "x" * 40, "items": []}
        for i in range(n)
    ]
    sections[0]["summary"] = "【" * 20 * n + "【填写" * 5 * n + "X" * 20 * n + "a"  # placeholders
    return json.dumps({"meta": {"title": "T"}, "sections": sections}, indent=1)


def test_check_is_linear() -> None:
    def work(text: str) -> None:
        data, positions = parse_data(text, "json")
        doc = loads(text, "json")
        assert positions is not None
        report = opscontent.check(doc, today=dt.date(2026, 1, 1), locate=positions.locate)
        report.to_text()
        del data

    assert_linear(_sections, work, 100)


# -- Markdown escaping: a long run of spaces before a line break ---------------------------------


def test_markdown_escape_is_linear() -> None:
    assert_linear(lambda n: " " * n + "x\n" + "*" * n, markdown_escape, 5_000)


# -- the importer's patterns on adversarial lines: runs of spaces, lead words, goal sentences ----


@pytest.mark.parametrize(
    ("make", "locale"),
    [
        pytest.param(lambda n: "# a" + " " * n + "b\n\n正文\n", "en", id="markdown-heading"),
        pytest.param(lambda n: "**a**" + " " * n + "#\n\n正文\n", "en", id="decorated-title"),
        pytest.param(lambda n: "T\n\na" + " " * n + "b\n", "en", id="spaced-line"),
        pytest.param(lambda n: "标题\n\n岗位职责\n" + "如" * n + "\n", "zh", id="zh-lead-words"),
        pytest.param(lambda n: "T\n\nResponsibilities\n" + "like " * n + "\n", "en", id="en-leads"),
        pytest.param(
            lambda n: "T\n\nResponsibilities\nsuch as a, b" + " " * n + "x\n", "en", id="en-split"
        ),
    ],
)
def test_importer_lines_are_linear(make: Callable[[int], str], locale: str) -> None:
    assert_linear(make, lambda text: parse_text(text, locale=locale), 400)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "将" * n + "提高", id="led-metric"),
        pytest.param(lambda n: "将" * n + "，提高", id="led-metric-clause"),
        pytest.param(lambda n: "留" * n + "不超过", id="comparator"),
        pytest.param(lambda n: "留" * n + "5%以内，", id="comparator-after"),
        pytest.param(lambda n: "留" * n + "，翻倍", id="double"),
    ],
)
def test_goal_sentences_are_linear(make: Callable[[int], str]) -> None:
    today = dt.date(2026, 1, 1)
    assert MAX_GOAL_LENGTH >= 16 * 60 + 10
    assert_linear(make, lambda text: parse_goal(text, today=today), 60)


def test_goal_sentences_over_the_limit_are_not_read() -> None:
    sentence = "将留存率提高5%" + "，" * MAX_GOAL_LENGTH
    parsed = parse_goal(sentence, today=dt.date(2026, 1, 1))
    assert parsed.goal is None
    assert parsed.sentence == sentence
    assert "direction" in parsed.unresolved
    assert parse_goal(sentence[:MAX_GOAL_LENGTH], today=dt.date(2026, 1, 1)).goal is not None
