"""Golden files: every example × every format × both locales, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

import opscontent

from .conftest import EXAMPLES, GOLDEN

FORMATS = {"text": "txt", "markdown": "md", "html": "html", "json": "json"}
LOCALES = ("zh_Hans_CN", "en_US")
CASES = [(path, fmt, locale) for path in EXAMPLES for fmt in FORMATS for locale in LOCALES]


def golden_path(example: Path, fmt: str, locale: str) -> Path:
    stem = example.name.removesuffix(".yaml")
    return GOLDEN / f"{stem}.{locale}.{FORMATS[fmt]}"


@pytest.mark.parametrize(
    ("example", "fmt", "locale"), CASES, ids=[f"{p.stem}-{f}-{loc}" for p, f, loc in CASES]
)
def test_golden(example: Path, fmt: str, locale: str, update_goldens: bool) -> None:
    output = opscontent.render(opscontent.load(example), fmt, locale=locale)
    assert isinstance(output, str)
    path = golden_path(example, fmt, locale)
    if update_goldens:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), f"{path.name} differs; see --update-goldens"


def test_no_stray_goldens() -> None:
    expected = {golden_path(p, f, loc).name for p, f, loc in CASES}
    assert {p.name for p in GOLDEN.iterdir()} == expected
