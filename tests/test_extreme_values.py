"""Extreme values through every text renderer and ``check``: never a traceback.

Documents are the English example with some texts and numbers replaced by extreme ones: huge
and tiny numbers, every C0 and C1 control character, lone surrogates, 10,000-character texts.
DOCX gets fewer examples (a Word package is slower to build); each of its XML parts must parse.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

import pydantic
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import opscontent
from opscontent import Document

FORMATS = ("text", "markdown", "html", "json", "jsonld")
CONTROLS = [chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))]
FREE_TEXT = frozenset(
    {
        "title",
        "name",
        "summary",
        "description",
        "statement",
        "owner",
        "objective",
        "rationale",
        "scope",
        "definition",
        "formula",
        "data_source",
        "organization",
        "role",
        "initiatives",
    }
)
HUGE_AND_TINY: list[int | float] = [
    10**27,
    10**30,
    10**400,
    -(10**400),
    1e27,
    1e30,
    1e300,
    -1e300,
    1.7976931348623157e308,
    5e-324,
    1e-30,
    -1e-30,
    0,
    -0.0,
]
NUMBERS = st.sampled_from(HUGE_AND_TINY) | st.floats(allow_nan=False, allow_infinity=False)
TEXTS = st.one_of(
    st.lists(st.sampled_from(CONTROLS), min_size=1, max_size=8).map(lambda cs: "x" + "".join(cs)),
    st.just("x" + "".join(CONTROLS)),
    st.characters(categories=["Cs"]).map(lambda s: f"half {s} of a pair"),
    st.sampled_from(["长", "w", "<>&'\"", "\u202e"]).map(lambda s: "x" + s * 10_000),
    st.text(min_size=1, max_size=20).map(lambda s: "x" + s),
)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    else:
        yield path, data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _number_paths(data: Any) -> list[tuple[Any, ...]]:
    return [
        path
        for path, value in _leaves(data)
        if isinstance(value, int | float) and not isinstance(value, bool)
    ]


def _text_paths(data: Any) -> list[tuple[Any, ...]]:
    named = [p for p, v in _leaves(data) if isinstance(v, str) and _field(p) in FREE_TEXT]
    return named


def _field(path: tuple[Any, ...]) -> Any:
    return next((part for part in reversed(path) if isinstance(part, str)), None)


@st.composite
def extreme_documents(draw: st.DrawFn, base: dict[str, Any]) -> Document:
    data = copy.deepcopy(base)
    numbers, texts = _number_paths(data), _text_paths(data)
    for path in draw(st.lists(st.sampled_from(numbers), max_size=6, unique=True)):
        _set(data, path, draw(NUMBERS))
    for path in draw(st.lists(st.sampled_from(texts), min_size=1, max_size=6, unique=True)):
        _set(data, path, draw(TEXTS))
    try:
        return Document.model_validate(data)
    except pydantic.ValidationError:
        assume(False)
        raise


@pytest.fixture(scope="module")
def base(request: pytest.FixtureRequest) -> dict[str, Any]:
    import yaml

    from .conftest import ROOT

    data = yaml.safe_load((ROOT / "examples" / "content-operations-plan.en.yaml").read_bytes())
    plain: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return plain


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), locale=st.sampled_from(["zh", "en"]))
def test_extreme_values_render_and_check(
    base: dict[str, Any], data: st.DataObject, locale: str
) -> None:
    doc = data.draw(extreme_documents(base))
    for name in FORMATS:
        out = opscontent.render(doc, name, locale=locale)
        assert isinstance(out, str)
        assert out.endswith("\n")
        if name == "jsonld":
            assert not set("<>&") & set(out)
            json.loads(out)
    report = opscontent.check(doc, locale=locale, today=dt.date(2026, 1, 1))
    assert report.to_text()
    json.loads(report.to_json())


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), locale=st.sampled_from(["zh", "en"]))
def test_extreme_values_render_to_docx(
    base: dict[str, Any], data: st.DataObject, locale: str
) -> None:
    pytest.importorskip("docx")
    doc = data.draw(extreme_documents(base))
    out = opscontent.render(doc, "docx", locale=locale)
    assert isinstance(out, bytes)
    with zipfile.ZipFile(io.BytesIO(out)) as package:
        parts = [name for name in package.namelist() if name.endswith((".xml", ".rels"))]
        assert "word/document.xml" in parts
        for name in parts:
            ElementTree.fromstring(package.read(name))  # control characters would not parse


@pytest.mark.parametrize("value", [v for v in HUGE_AND_TINY if abs(v) <= sys.float_info.max])
def test_huge_and_tiny_numbers_in_metrics_and_goals(base: dict[str, Any], value: float) -> None:
    data = copy.deepcopy(base)
    levels = [p for p in _number_paths(data) if {"baseline", "target", "change"} & set(p)]
    assert len(levels) >= 6
    for path in levels:
        _set(data, path, value)
    doc = Document.model_validate(data)
    for locale in ("zh", "en"):
        for name in FORMATS:
            assert opscontent.render(doc, name, locale=locale)
        assert opscontent.check(doc, locale=locale, today=dt.date(2026, 1, 1)).to_text()


def test_integers_beyond_any_float_are_located_errors(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    path = _number_paths(data)[0]
    _set(data, path, 10**400)
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(json.dumps(data, indent=1), "json")
    assert info.value.code == "OC002"
    assert info.value.line is not None
    assert "finite number" in info.value.message
