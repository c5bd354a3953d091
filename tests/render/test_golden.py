"""Golden files: every example × every format × both locales, byte for byte."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import opscontent

from ..conftest import EXAMPLES, GOLDEN

FORMATS = {"text": "txt", "markdown": "md", "html": "html", "json": "json"}
LOCALES = ("zh_Hans_CN", "en_US")
CASES = [(path, fmt, locale) for path in EXAMPLES for fmt in FORMATS for locale in LOCALES]
STYLE = re.compile(r"(<style>\n).*?(</style>)", re.DOTALL)
STYLE_MARK = "/* the built-in stylesheet: templates/_style.css */\n"


def comparable(output: str, fmt: str) -> str:
    """The output as its golden holds it: HTML goldens name the stylesheet instead of holding
    it, so a change of style rewrites no golden (the print rules have tests of their own)."""
    if fmt != "html":
        return output
    marked, count = STYLE.subn(lambda m: m[1] + STYLE_MARK + m[2], output, count=1)
    assert count == 1, "the page has its stylesheet"
    return marked


def golden_path(example: Path, fmt: str, locale: str) -> Path:
    stem = example.name.removesuffix(".yaml")
    return GOLDEN / f"{stem}.{locale}.{FORMATS[fmt]}"


@pytest.mark.parametrize(
    ("example", "fmt", "locale"), CASES, ids=[f"{p.stem}-{f}-{loc}" for p, f, loc in CASES]
)
def test_golden(example: Path, fmt: str, locale: str, update_goldens: bool) -> None:
    output = opscontent.render(opscontent.load(example), fmt, locale=locale)
    assert isinstance(output, str)
    output = comparable(output, fmt)
    path = golden_path(example, fmt, locale)
    if update_goldens:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), f"{path.name} differs; see --update-goldens"


def test_no_stray_goldens() -> None:
    expected = {golden_path(p, f, loc).name for p, f, loc in CASES}
    assert {p.name for p in GOLDEN.iterdir()} == expected
