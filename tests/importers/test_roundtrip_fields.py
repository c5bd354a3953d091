"""Field fidelity: every bundled example, rendered and imported again, field by field.

Each example under ``examples/`` is rendered in zh and en, as text, Markdown and Word, and the
rendering is imported with ``parse_text`` / ``parse_docx``. Sections are paired by kind and
items by position; every field set in the original or in the import is compared (texts in the
language the rendering shows, values as data; a goal's unset direction is its KPI's).
Identifiers the renderers never print (a goal's ``id``, a KPI's ``key``, the KPI a goal refers
to by key) are not compared; a UX practice's KPI is compared by the KPI's name, which the
renderers print. Meta fields only JSON and JSON-LD carry (``date_posted``,
``occupational_category``, ``languages``) and section titles (the import keeps the heading it
read; the original leaves the default) are not compared.

Printed: fields equal / fields compared per kind, over the 18 renderings, and the ``check``
score of the re-imported documents next to the originals' (for each example, in the order of
``examples/``). The floors below are the measured figures rounded down.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

import opscontent
from opscontent import Document
from opscontent.model.localized import best_language

from ..conftest import EXAMPLES, shown_language

TODAY = dt.date(2026, 11, 29)
FORMATS = ("text", "markdown", "docx")
LOCALES = ("zh", "en")
_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_NOT_PRINTED = {"id", "key", "date_posted", "occupational_category", "languages"}
"""Identifiers and meta fields that only JSON and JSON-LD carry: no rendering prints them."""
_REFERENCES = {("goals", "metric")}
"""A goal refers to its KPI by key; the rendering prints the sentence, the import reads an
inline metric from it."""

FLOOR = 0.97
"""Fields equal over fields compared, over every kind and rendering (measured: 97.1 %)."""
CHECK_FLOOR = 80
"""The lowest ``check`` score of a re-imported example (measured: 84; the originals: 96-100)."""


def _shown(value: Any, language: str) -> Any:
    """``value`` (JSON data) with every localized text in ``language``."""
    if isinstance(value, dict):
        if value and all(_TAG.fullmatch(k) and isinstance(v, str) for k, v in value.items()):
            tag = best_language(language, value) or next(iter(value))
            return value[tag]
        return {k: _shown(v, language) for k, v in value.items()}
    if isinstance(value, list):
        return [_shown(v, language) for v in value]
    return value


def _data(doc: Document, language: str) -> dict[str, Any]:
    dumped = {
        "meta": doc.meta.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
        "sections": [
            {
                **s.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
                "kind": str(s.kind),
            }
            for s in doc.sections
        ],
    }
    data = _shown(dumped, language)
    assert isinstance(data, dict)
    kpis = {m["key"]: m for s in data["sections"] if s["kind"] == "metrics" for m in s["items"]}
    for section in data["sections"]:  # a goal's direction, when unset, is its KPI's
        for goal in section["items"] if section["kind"] == "goals" else []:
            kpi = kpis.get(goal["metric"]) if isinstance(goal["metric"], str) else None
            if "direction" not in goal and kpi is not None:
                goal["direction"] = kpi["direction"]
        for practice in section["items"] if section["kind"] == "user_experience" else []:
            if practice.get("metric") in kpis:  # the KPI it refers to, by the name printed
                practice["metric"] = kpis[practice["metric"]]["name"]
    return data


def _fields(
    kind: str, original: dict[str, Any], imported: dict[str, Any]
) -> Iterator[tuple[str, bool]]:
    """Each field compared in one pair of models, and whether it is equal."""
    for name in dict.fromkeys([*original, *imported]):
        if name in _NOT_PRINTED or (kind, name) in _REFERENCES:
            continue
        yield name, original.get(name) == imported.get(name)


def compare(original: Document, imported: Document, language: str) -> dict[str, list[int]]:
    """Per kind (and ``meta``): [fields equal, fields compared]."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    ours, theirs = _data(original, language), _data(imported, language)

    def tally(kind: str, a: dict[str, Any], b: dict[str, Any]) -> None:
        for _, equal in _fields(kind, a, b):
            counts[kind][0] += equal
            counts[kind][1] += 1

    tally("meta", ours["meta"], theirs["meta"])
    found = {s["kind"]: s for s in reversed(theirs.get("sections", []))}
    for section in ours.get("sections", []):
        kind = section["kind"]
        other = found.get(kind, {})
        head = {k: v for k, v in section.items() if k in {"summary"}}
        tally(kind, head, {k: v for k, v in other.items() if k in {"summary"}})
        items, others = section.get("items", []), other.get("items", [])
        for index in range(max(len(items), len(others))):
            a = items[index] if index < len(items) else {}
            b = others[index] if index < len(others) else {}
            if not isinstance(a, dict) or not isinstance(b, dict):  # custom: plain texts
                a, b = {"text": a}, {"text": b}
            tally(kind, a or {"": 1}, b)
    return counts


@cache
def roundtrips() -> list[tuple[str, str, str, Document, Document]]:
    """(example, locale, format, original, re-imported) for every rendering."""
    out = []
    for path in EXAMPLES:
        doc = opscontent.load(path)
        for locale in LOCALES:
            for fmt in FORMATS:
                rendered = opscontent.render(doc, fmt, locale=locale)
                if isinstance(rendered, bytes):
                    again = opscontent.parse_docx(rendered, today=TODAY).document
                else:
                    again = opscontent.parse_text(rendered, today=TODAY).document
                out.append((path.name, locale, fmt, doc, again))
    return out


def test_rendered_examples_read_back_field_by_field(capsys: pytest.CaptureFixture[str]) -> None:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_rendering: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    scores: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for _, locale, fmt, doc, again in roundtrips():
        for kind, (equal, compared) in compare(doc, again, shown_language(doc, locale)).items():
            totals[kind][0] += equal
            totals[kind][1] += compared
            by_rendering[fmt, locale][0] += equal
            by_rendering[fmt, locale][1] += compared
        original = opscontent.check(doc, today=TODAY).score
        scores[fmt, locale].append((original, opscontent.check(again, today=TODAY).score))
    equal = sum(e for e, _ in totals.values())
    compared = sum(c for _, c in totals.values())
    with capsys.disabled():
        print(f"\nrender → import, fields equal / compared ({len(roundtrips())} renderings):")
        for kind, (e, c) in totals.items():
            print(f"  {kind:24} {e:4} / {c:4}  {e / c:6.1%}")
        print(f"  {'all':24} {equal:4} / {compared:4}  {equal / compared:6.1%}")
        for (fmt, locale), (e, c) in by_rendering.items():
            pairs = scores[fmt, locale]
            checks = ", ".join(f"{a}→{b}" for a, b in pairs)
            print(f"  {fmt:8} {locale}: {e / c:6.1%}  check score {checks}")
    assert equal / compared >= FLOOR
    assert min(again for pairs in scores.values() for _, again in pairs) >= CHECK_FLOOR
