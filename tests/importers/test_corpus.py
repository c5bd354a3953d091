"""The import corpus: documents in the layouts people paste, with what each must become.

Every document under ``tests/fixtures/import/corpus/`` has an expectations file beside it
(same name, ``.yaml``): the section kinds in order, the goal sentences, and optionally meta
fields, leftovers, KPI names, the number of goals and what ``parse_goal`` is known to read
wrongly in the goal sentences (``gaps``: the goal is extracted, a part of it is not right).
The test prints three figures over the whole corpus and holds them to the bar:

- kinds right: matched section kinds (longest common subsequence) over the longer of the
  expected and the found list, summed over documents (≥ 95 %);
- goals extracted: expected goal sentences that became a ``SmartGoal`` keeping the sentence
  as its ``statement`` (≥ 90 %);
- characters lost or altered: for every line, what remains after its recorded marker is cut
  out must be found byte for byte where the line record says it went (0).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import opscontent
from opscontent import ImportResult
from opscontent.model import GoalsSection, MetricsSection

from ..conftest import FIXTURES

CORPUS = FIXTURES / "import" / "corpus"
TODAY = dt.date(2026, 11, 29)
DOCUMENTS = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md"})
_SPLIT = re.compile(r"[\s|]+")


@dataclass
class Score:
    """What one document scored."""

    kinds_right: int = 0
    kinds_total: int = 0
    goals_found: int = 0
    goals_total: int = 0
    chars_total: int = 0
    lost: list[str] = field(default_factory=list)
    """Fragments of input not found where their line went."""
    problems: list[str] = field(default_factory=list)
    """Meta, leftovers, KPI names or goal counts that differ from the expectations."""


def _common(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two kind lists."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
            )
    return table[-1][-1]


def _strings(value: Any) -> list[str]:
    """Every text and number inside a JSON value."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [] if value is None else [str(value)]


def _at(data: Any, path: str) -> Any:
    value = data
    for name, index in re.findall(r"\.(\w+)|\[(\d+)\]", path.removeprefix("$")):
        value = value[name] if name else value[int(index)]
    return value


def fragments(raw: str, marker: str) -> list[str]:
    """The pieces of ``raw`` left when the marker's characters are cut out, in order.

    The marker is matched as a subsequence of the line (its whitespace ignored), so a marker
    in two parts (``【`` … ``】：``) is cut where it stands; the rest splits at the cuts, at
    whitespace and at table pipes.

    >>> fragments("一、岗位职责：负责拉新", "一、：")
    ['岗位职责', '负责拉新']
    >>> fragments("Ratio 1:3.5", "")
    ['Ratio', '1:3.5']
    """
    wanted = [c for c in marker if not c.isspace()]
    kept: list[str] = []
    position = 0
    for char in raw:
        if position < len(wanted) and char == wanted[position]:
            position += 1
            kept.append(" ")
        else:
            kept.append(char)
    return [piece for piece in _SPLIT.split("".join(kept)) if piece]


@cache
def score(path: Path) -> tuple[Score, ImportResult]:
    """Parse one corpus document and compare it with its expectations."""
    expected = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    result = opscontent.parse_text(text, today=TODAY)
    doc = result.document
    out = Score()
    kinds = [str(s.kind) for s in doc.sections]
    out.kinds_right = _common(expected["kinds"], kinds)
    out.kinds_total = max(len(expected["kinds"]), len(kinds))
    if kinds != expected["kinds"]:
        out.problems.append(f"kinds {kinds} != {expected['kinds']}")
    statements = [
        goal.statement or ""
        for section in doc.sections
        if isinstance(section, GoalsSection)
        for goal in section.items
    ]
    for sentence in expected["goals"]:
        out.goals_total += 1
        if any(s and (s in sentence or sentence in s) for s in statements):
            out.goals_found += 1
        else:
            out.problems.append(f"goal not extracted: {sentence}")
    count = expected.get("goal_count", len(expected["goals"]))
    if len(statements) != count:
        out.problems.append(f"{len(statements)} goals, expected {count}: {statements}")
    dumped = doc.meta.model_dump(mode="json", exclude_none=True)
    for name, value in (expected.get("meta") or {}).items():
        got = getattr(doc.meta, name)
        if str(got) != str(value) and dumped.get(name) != value:  # typed facts compare as data
            out.problems.append(f"meta.{name} {got!r} != {value!r}")
    for leftover in expected.get("leftovers", []):
        if leftover not in result.leftovers:
            out.problems.append(f"not in the leftovers: {leftover}")
    if "metrics" in expected:
        metrics = next((s for s in doc.sections if isinstance(s, MetricsSection)), None)
        names = [m.name for m in metrics.items] if metrics else []
        if names != expected["metrics"]:
            out.problems.append(f"KPIs {names} != {expected['metrics']}")
    data = json.loads(opscontent.dumps(doc))
    leftovers = "\n".join(result.leftovers)
    for record in result.lines:
        if not record.text.strip():
            continue
        out.chars_total += len("".join(record.text.split()))
        if not record.destination:
            out.lost.append(f"line {record.number} has no destination: {record.text}")
            continue
        if record.destination in {"markup", "header"}:
            continue
        shown = leftovers
        if record.destination != "leftovers":
            shown += "\n" + "\n".join(_strings(_at(data, record.destination)))
        shown += "\n" + "\n".join(record.values)
        for piece in fragments(record.text, record.marker):
            if piece not in shown:
                out.lost.append(f"line {record.number} ({record.destination}): {piece!r}")
    return out, result


@cache
def corpus_scores() -> dict[str, Score]:
    """Scores of every corpus document (computed once per test run)."""
    return {path.name: score(path)[0] for path in DOCUMENTS}


def test_the_corpus_is_large_and_every_document_has_expectations() -> None:
    assert len(DOCUMENTS) >= 40
    for path in DOCUMENTS:
        assert path.with_suffix(".yaml").is_file(), path


def test_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    scores = corpus_scores()
    kinds = sum(s.kinds_right for s in scores.values()) / sum(
        s.kinds_total for s in scores.values()
    )
    goals = sum(s.goals_found for s in scores.values()) / sum(
        s.goals_total for s in scores.values()
    )
    lost = sum(len(s.lost) for s in scores.values())
    with capsys.disabled():
        print(
            f"\nimport corpus: {len(scores)} documents, kinds right {kinds:.1%}, "
            f"goals extracted {goals:.1%}, fragments lost or altered {lost} "
            f"(of {sum(s.chars_total for s in scores.values())} characters)"
        )
        for name, s in scores.items():
            for line in s.problems + s.lost:
                print(f"  {name}: {line}")
    assert kinds >= 0.95
    assert goals >= 0.90
    assert lost == 0


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_corpus_documents_survive_render_then_import(fmt: str, locale: str) -> None:
    failures = []
    for path in DOCUMENTS:
        doc = score(path)[1].document
        rendered = str(opscontent.render(doc, fmt, locale=locale))
        again = opscontent.parse_text(rendered, today=TODAY).document
        kinds = [str(s.kind) for s in again.sections]
        if kinds != [str(s.kind) for s in doc.sections]:
            failures.append(f"{path.name}: {kinds} != {[str(s.kind) for s in doc.sections]}")
    assert not failures, "\n".join(failures)
