"""Rendering speed, measured as ratios within one run (no absolute limits).

(a) floor: parse the JSON and walk every field, joining its strings;
(a2) validated floor: ``loads`` (parse + validate) and the same walk over the model's fields —
    printed for reference: it shows what validation alone costs against (a);
(b) naive: what a user would write with Jinja2 + Babel directly (a template compiled per call,
    locale strings passed to every Babel call, labels in a dict);
(c) opscontent: ``loads`` (parse + validate) + ``render`` per format and locale.

Where the time of (c) goes, per stage: parse (JSON with duplicate-key detection), validate
(Pydantic), view (the localized view with every item and table) and template (Jinja2 laying the
view out), each also as a multiple of (a).

Targets: (c)/(b) <= 0.5 for markdown and text; a document with 100x the items takes <= 110x
the time. (c)/(a) is printed for reference: validation alone costs more than 3x (a), so the
warm target is (c)/(a2) <= 2, checked with the rest of the speed table by ``speed_bench.py``.
Run: ``make bench`` (or ``python benchmarks/render_bench.py``).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal
from pydantic import BaseModel

import opscontent
from opscontent.i18n import language
from opscontent.io._json import parse_json
from opscontent.model import Document
from opscontent.render.environment import environment, template_name
from opscontent.render.view import ViewOptions, build_view

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FORMATS = ("text", "markdown", "html", "json")
LOCALES = ("zh_Hans_CN", "en_US")


def calls_for(func: Callable[[], object], min_time: float) -> int:
    """How many calls of ``func`` last at least ``min_time`` seconds."""
    func()
    calls = 1
    while True:
        start = time.process_time()
        for _ in range(calls):
            func()
        if time.process_time() - start >= min_time:
            return calls
        calls *= 2


def timeit(*funcs: Callable[[], object], rounds: int = 9, min_time: float = 0.03) -> list[float]:
    """Best seconds per call of each function, measured interleaved round by round.

    Time is this process's CPU time, so other processes on the machine do not count; and
    interleaving exposes every function to the same remaining disturbance (shared caches), so
    the ratios between them hold even when the absolute figures drift; the minimum, as
    ``timeit`` recommends, is the run least disturbed by the rest of the machine.
    """
    counts = [calls_for(func, min_time) for func in funcs]
    best = [float("inf")] * len(funcs)
    for _ in range(rounds):
        for index, (func, calls) in enumerate(zip(funcs, counts, strict=True)):
            start = time.process_time()
            for _ in range(calls):
                func()
            best[index] = min(best[index], (time.process_time() - start) / calls)
    return best


def floor(text: str) -> str:
    """(a) Parse and visit every field, joining the strings."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            parts.append(node)
        else:
            parts.append(str(node))

    walk(json.loads(text))
    return "\n".join(parts)


NAIVE_TEMPLATE = """# {{ data.meta.title }}
{% if data.meta.summary %}{{ data.meta.summary }}{% endif %}
{% for section in data.sections %}
## {{ loop.index }}. {{ section.title or labels[section.kind] }}
{% if section.summary %}{{ section.summary }}{% endif %}
{% for item in section["items"] if "items" in section %}
- {% for key, value in item.items() %}{{ fmt(key, value) }}; {% endfor %}
{% endfor %}
{% endfor %}
"""

NAIVE_LABELS = {
    "zh_Hans_CN": {"responsibilities": "岗位职责", "tasks": "具体任务", "workflow": "工作流程"},
    "en_US": {"responsibilities": "Responsibilities", "tasks": "Key tasks", "workflow": "Workflow"},
}


def validated_floor(text: str) -> str:
    """(a2) Parse and validate, then visit every field of the model, joining the strings."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, BaseModel):
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            parts.append(node)
        elif node is not None:
            parts.append(str(node))

    walk(opscontent.loads(text, "json"))
    return "\n".join(parts)


def naive(text: str, locale: str) -> str:
    """(b) A straightforward Jinja2 + Babel script: no caching, string locales."""
    data = json.loads(text)
    labels = {k["kind"]: k["kind"] for k in data["sections"]} | NAIVE_LABELS[locale]

    def fmt(key: str, value: Any) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f"{key}: {format_decimal(value, locale=locale)}"
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
            year, month, day = map(int, value.split("-"))
            return f"{key}: {format_date(dt.date(year, month, day), 'long', locale=locale)}"
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return f"{key}: {format_list(value, locale=locale)}" if value else ""
        return f"{key}: {value}"

    env = jinja2.Environment(autoescape=False)
    return env.from_string(NAIVE_TEMPLATE).render(data=data, labels=labels, fmt=fmt)


def ours(text: str, fmt: str, locale: str) -> str | bytes:
    """(c) opscontent: parse + validate + render."""
    return opscontent.render(opscontent.loads(text, "json"), fmt, locale=locale)


def full_view(doc: opscontent.Document, locale: str) -> object:
    """The localized view with every section's items and table computed."""
    view = build_view(doc, language(locale), ViewOptions())
    for section in view.sections:
        _ = section.items, section.table
    return view


def stages(text: str, locale: str) -> None:
    """Print the time of each stage of (c), alone and as a multiple of (a)."""
    data = parse_json(text)
    doc = Document.model_validate(data)
    view = full_view(doc, locale)
    templates = {
        kind: environment(kind, language(locale)).get_template(template_name(kind))
        for kind in ("text", "markdown", "html")
    }
    a, *times = timeit(
        partial(floor, text),
        partial(parse_json, text),
        partial(Document.model_validate, data),
        partial(full_view, doc, locale),
        *(
            partial(t.render, doc=view, docs=(view,), document=doc, locale=locale)
            for t in templates.values()
        ),
    )
    names = ("parse", "validate", "view", *(f"template {kind}" for kind in templates))
    print(
        f"{'':<34} stages: "
        + "; ".join(
            f"{n} {t * 1e3:.3f} ms ({t / a:.1f}a)" for n, t in zip(names, times, strict=True)
        )
    )


def scaled(doc: opscontent.Document, factor: int) -> str:
    """The document with every section's items repeated ``factor`` times (keys kept unique)."""
    data = json.loads(opscontent.dumps(doc))
    for section in data["sections"]:
        items = section.get("items", [])
        grown = []
        for n in range(factor):
            for item in copy.deepcopy(items):
                if section["kind"] == "metrics":
                    item["key"] = f"{item['key']}_{n}"
                if section["kind"] == "goals":
                    item["id"] = f"{item['id']}_{n}"
                    if isinstance(item["metric"], str):
                        item["metric"] = f"{item['metric']}_{n}"
                grown.append(item)
        section["items"] = grown
    return json.dumps(data, ensure_ascii=False)


def main() -> int:
    """Print the figures and ratios; exit 1 when a target is missed."""
    missed = []
    print(
        f"{'example':<34} {'format':<9} {'locale':<11} {'(c) ms':>8} {'c/a':>6} {'c/a2':>6} "
        f"{'c/b':>6}"
    )
    for path in EXAMPLES:
        text = opscontent.dumps(opscontent.load(path))
        for locale in LOCALES:
            ours_funcs = [partial(ours, text, fmt, locale) for fmt in FORMATS]
            a, a2, b, *cs = timeit(
                partial(floor, text),
                partial(validated_floor, text),
                partial(naive, text, locale),
                *ours_funcs,
            )
            for fmt, c in zip(FORMATS, cs, strict=True):
                print(
                    f"{path.name:<34} {fmt:<9} {locale:<11} {c * 1e3:>8.3f} {c / a:>6.2f} "
                    f"{c / a2:>6.2f} {c / b:>6.2f}"
                )
                if fmt in ("markdown", "text") and c / b > 0.5:
                    missed.append(f"{path.name} {fmt} {locale}: c/b={c / b:.2f}")
            print(
                f"{'':<34} (a) {a * 1e3:.3f} ms; (a2) {a2 * 1e3:.3f} ms; (b) naive {b * 1e3:.3f} ms"
            )
            stages(text, locale)
    doc = opscontent.load(EXAMPLES[0])
    one, hundred = scaled(doc, 1), scaled(doc, 100)
    for fmt in ("markdown", "text"):
        t1, t100 = timeit(
            partial(ours, one, fmt, "zh_Hans_CN"),
            partial(ours, hundred, fmt, "zh_Hans_CN"),
            rounds=3,
            min_time=0.1,
        )
        print(
            f"scaling {fmt}: 1x {t1 * 1e3:.3f} ms, 100x items {t100 * 1e3:.1f} ms, "
            f"ratio {t100 / t1:.1f} (target <= 110)"
        )
        if t100 / t1 > 110:
            missed.append(f"scaling {fmt}: {t100 / t1:.1f}")
    for line in missed:
        print(f"MISSED {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
