"""The HTML page in print: the rules of its style sheet, and the page ``lang``."""

from __future__ import annotations

import re

import pytest

import opscontent

from ..conftest import EN_EXAMPLE, ZH_EXAMPLE

ZH, EN = ZH_EXAMPLE, EN_EXAMPLE


def page(path: object, locale: str) -> str:
    return str(opscontent.render(opscontent.load(path), "html", locale=locale))  # type: ignore[arg-type]


def print_rules(html: str) -> str:
    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL)
    assert style is not None
    return style.group(1)[style.group(1).index("@media print") :]


@pytest.mark.parametrize(("locale", "paper"), [("zh", "A4"), ("en", "letter"), ("en_GB", "A4")])
def test_paper_follows_the_locale(locale: str, paper: str) -> None:
    assert re.search(rf"@page \{{ size: {paper};", print_rules(page(EN, locale)))


def test_print_rules() -> None:
    rules = print_rules(page(ZH, "zh"))
    assert re.search(r"@bottom-center \{ content: counter\(page\);", rules)  # page numbers
    assert "thead { display: table-header-group; }" in rules  # header rows repeat
    assert re.search(r"h1, h2 \{ break-after: avoid;", rules)  # no stranded heading
    assert re.search(r"(^|[ ,])tr[ ,][^{]*\{ break-inside: avoid; \}", rules)  # rows stay whole
    assert "table, li { break-inside: avoid; }" not in rules  # long tables may break


def test_short_columns_fit_their_content() -> None:
    """Names, numbers and dates never wrap; long columns take the rest of the line."""
    html = page(ZH, "zh")
    assert "th.short, td.short { width: 1%; white-space: nowrap; }" in html
    kpis = html[html.index('<section id="metrics"') :]
    header = re.search(r"<thead>(.*?)</thead>", kpis, re.DOTALL)
    assert header is not None
    cells = re.findall(r'<th scope="col"( class="short")?>([^<]*)</th>', header.group(1))
    short = {name for cls, name in cells if cls}
    assert {"基线", "目标值", "负责人"} <= short
    assert "定义" not in short


@pytest.mark.parametrize(("path", "lang"), [(ZH, "zh-Hans"), (EN, "en")])
def test_lang_follows_the_content(path: object, lang: str) -> None:
    for locale in ("zh", "en"):
        assert f'<html lang="{lang}">' in page(path, locale)
