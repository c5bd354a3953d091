"""Side by side in HTML and DOCX, a posting per language in JSON-LD: read back, every text found.

Each text of both languages must be in the output, inside a block marked with its own language
(the HTML ``lang`` attribute, the DOCX run's ``w:lang``), and nowhere marked with the other.
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

import docx
import html5lib
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from pyld import jsonld

import opscontent
from opscontent.exceptions import RendererError
from opscontent.model.localized import Localized, best_language
from opscontent.model.walk import iter_texts
from opscontent.render.jsonld import JOBPOSTING_PROPERTIES

from ..conftest import EXAMPLES, FIXTURES

DOCUMENTS = [
    FIXTURES / "bilingual" / "merchant-operations.yaml",
    *(path for path in EXAMPLES if ".bilingual." in path.name),
]
LANGUAGES = ("zh", "en")
XHTML = "{http://www.w3.org/1999/xhtml}"


@functools.cache
def load(path: Path) -> opscontent.Document:
    return opscontent.load(path)


def texts(doc: opscontent.Document, tag: str) -> list[str]:
    """Every text of ``doc`` in ``tag``, as the renderers show it (spaces collapsed)."""
    found = []
    for _, text in iter_texts(doc):
        if isinstance(text, Localized):
            shown = text.in_language(tag)
            if shown is not None:
                found.append(shown)
    return [" ".join(text.split()) for text in found]


def compact(text: str) -> str:
    """Text compared without spaces (Chinese lines join without them) in NFC."""
    return "".join(unicodedata.normalize("NFC", text).split())


def in_(text: str | None, tag: str) -> str:
    """The ``tag`` text of a localized field."""
    assert isinstance(text, Localized)
    return text.texts[tag]


def open_word(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def language_of(tag: str) -> str:
    """``zh`` or ``en`` for a tag of either (``zh-Hans``, ``zh-CN``, ``en-US``)."""
    found = best_language(tag, LANGUAGES)
    assert found is not None, tag
    return found


# -- HTML --------------------------------------------------------------------------------------


@functools.cache
def html_page(path: Path) -> str:
    page = opscontent.render(load(path), "html", languages=LANGUAGES)
    assert isinstance(page, str)
    return page


def html_texts(page: str) -> dict[str, str]:
    """The page's text by the language of the block it is in (nearest ``lang``)."""
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)
    found: dict[str, list[str]] = defaultdict(list)

    def walk(element: ET.Element, lang: str) -> None:
        lang = element.get("lang", lang)
        if element.tag == f"{XHTML}head":  # <title> names the page in both languages
            return
        found[lang].append(element.text or "")
        for child in element:
            walk(child, lang)
            found[lang].append(child.tail or "")

    walk(tree, "")
    return {language_of(tag): compact("".join(parts)) for tag, parts in found.items() if tag}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_html_side_by_side_every_text_in_its_language(path: Path) -> None:
    page = html_page(path)
    first = re.search(r'<html lang="([^"]+)">', page)
    assert first is not None
    assert language_of(first[1]) == "zh"  # the first language
    by_language = html_texts(page)
    for tag in LANGUAGES:
        for text in texts(load(path), tag):
            assert compact(text) in by_language[tag], (tag, text)
    title = load(path).meta.title
    assert isinstance(title, Localized)
    assert compact(title.texts["zh"]) not in by_language["en"]
    assert compact(title.texts["en"]) not in by_language["zh"]


def test_html_headings_and_items_pair_up() -> None:
    """Each section heading and item has one block per language, first language first."""
    page = html_page(DOCUMENTS[0])
    doc = load(DOCUMENTS[0])
    headings = re.findall(r'<h2[^>]* class="columns">\s*(.*?)</h2>', page, re.DOTALL)
    assert len(headings) == len(doc.sections) + 1  # and the job facts
    for heading in headings:
        tags = re.findall(r'<span lang="([^"]+)">', heading)
        assert list(map(language_of, tags)) == ["zh", "en"]
    assert re.search(r'<span lang="zh[^"]*">一、岗位职责</span>', page)
    assert '<span lang="en">1. Responsibilities</span>' in page
    items = re.findall(r'<div class="item" lang="([^"]+)">', page)
    tables = ("metrics", "workflow")
    count = sum(len(getattr(s, "items", [])) for s in doc.sections if s.kind not in tables)
    assert list(map(language_of, items)) == ["zh", "en"] * count
    blocks = re.findall(r'<div class="table" lang="([^"]+)">', page)
    assert list(map(language_of, blocks)) == ["zh", "en"] * 2  # KPIs, then workflow steps


def test_html_layout_stacks_on_narrow_screens_and_prints_in_columns() -> None:
    page = html_page(DOCUMENTS[0])
    style = page[page.index("<style>") : page.index("</style>")]
    assert ".columns { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr));" in style
    narrow = style[style.index("@media screen and (max-width: 48rem)") :]
    assert narrow.split("\n")[1].strip() == ".columns { grid-template-columns: minmax(0, 1fr); }"
    printed = style[style.index("@media print") :]
    assert "grid-template-columns" not in printed  # paper keeps the columns side by side
    assert re.search(r"[ ,]\.columns > \.item \{ break-inside: avoid; \}", printed)  # whole items


def test_html_in_one_language_is_unchanged_by_the_option() -> None:
    doc = load(DOCUMENTS[0])
    page = opscontent.render(doc, "html", locale="en")
    assert 'class="columns"' not in page
    assert "<h1>Merchant Operations Specialist — role and work plan</h1>" in page


# -- DOCX --------------------------------------------------------------------------------------


@functools.cache
def word_file(path: Path) -> bytes:
    data = opscontent.render(load(path), "docx", languages=LANGUAGES)
    assert isinstance(data, bytes)
    return data


def docx_runs(data: bytes) -> dict[str, list[tuple[str, Any]]]:
    """The text of every run by the language its ``w:lang`` marks, with its run properties."""
    word = open_word(data)
    found: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for run in word.element.body.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        lang = None if rpr is None else rpr.find(qn("w:lang"))
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        tag = "" if lang is None else language_of(lang.get(qn("w:val")))
        found[tag].append((text, rpr))
    return found


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_docx_side_by_side_every_text_in_its_language(path: Path) -> None:
    runs = docx_runs(word_file(path))
    assert not "".join(text for text, _ in runs[""]).strip()  # every text says its language
    by_language = {tag: compact("".join(t for t, _ in found)) for tag, found in runs.items()}
    for tag in LANGUAGES:
        for text in texts(load(path), tag):
            assert compact(text) in by_language[tag], (tag, text)


def test_docx_runs_carry_language_and_script_fonts() -> None:
    runs = docx_runs(word_file(DOCUMENTS[0]))
    for tag, hint, east_asia in (("zh", "eastAsia", "zh-CN"), ("en", "default", "zh-CN")):
        for _, rpr in runs[tag]:
            assert rpr.find(qn("w:rFonts")).get(qn("w:hint")) == hint
            assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == east_asia
    word = open_word(word_file(DOCUMENTS[0]))
    assert language_of(word.core_properties.language) == "zh"


def test_docx_layout_a_row_per_item_in_two_equal_columns() -> None:
    doc = load(DOCUMENTS[0])
    word = open_word(word_file(DOCUMENTS[0]))
    titles = [p for p in word.paragraphs if p.style.name == "Title"]
    assert [p.text for p in titles] == [in_(doc.meta.title, "zh"), in_(doc.meta.title, "en")]
    assert [p.runs[0].font.size for p in titles] == [None, Pt(14)]  # the translation smaller
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "一、岗位职责 Responsibilities"
    assert len(headings) == len(doc.sections)
    section = word.sections[0]
    available = section.page_width - section.left_margin - section.right_margin
    for table in word.tables:
        widths = [column.width for column in table.columns]
        assert len(widths) == 2
        assert widths[0] == widths[1] == pytest.approx(available / 2, rel=0.01)
    rows = [row for table in word.tables for row in table.rows]
    _, second = next(r.cells for r in rows if "基线：55%" in r.cells[0].text)
    assert "Baseline: 55%" in second.text  # a KPI's baseline next to its translation


def test_docx_languages_is_an_option_like_the_others() -> None:
    doc = load(DOCUMENTS[0])
    with pytest.raises(RendererError, match="two"):
        opscontent.render(doc, "docx", languages=("zh",))
    one = opscontent.render(doc, "docx", locale="en")
    assert isinstance(one, bytes)
    word = open_word(one)
    assert word.paragraphs[0].text == in_(doc.meta.title, "en")
    assert not word.element.body.findall(f".//{qn('w:lang')}")  # one language: the defaults say


# -- JSON-LD -----------------------------------------------------------------------------------


def _local_loader(url: str, options: Any = None) -> dict[str, Any]:
    assert url.rstrip("/") == "https://schema.org", url
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": "https://schema.org/"}},
    }


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_jsonld_a_posting_per_language(path: Path) -> None:
    doc = load(path)
    data = json.loads(str(opscontent.render(doc, "jsonld", languages=LANGUAGES)))
    assert isinstance(data, list)
    assert len(data) == 2
    expanded = jsonld.expand(data, {"documentLoader": _local_loader})
    assert [node["@type"] for node in expanded] == [["https://schema.org/JobPosting"]] * 2
    for node, tag, posting in zip(expanded, LANGUAGES, data, strict=True):
        used = {k.removeprefix("https://schema.org/") for k in node if not k.startswith("@")}
        assert used <= JOBPOSTING_PROPERTIES
        (title,) = node["https://schema.org/title"]
        assert language_of(title["@language"]) == tag
        alone = json.loads(str(opscontent.render(doc, "jsonld", locale=tag)))
        assert posting == alone  # each the posting of a rendering in its language
    zh, en = data
    assert zh["name"] == in_(doc.meta.title, "zh")
    assert en["name"] == in_(doc.meta.title, "en")
    assert en["hiringOrganization"]["name"] == in_(doc.meta.organization, "en")
    assert en["jobLocation"][0]["address"]["addressLocality"] == "Hangzhou"
    assert zh["jobLocation"][0]["address"]["addressLocality"] == "杭州市"


def test_jsonld_one_language_is_the_language_shown() -> None:
    doc = load(DOCUMENTS[0])
    for locale in LANGUAGES:
        posting = json.loads(str(opscontent.render(doc, "jsonld", locale=locale)))
        context, language = posting["@context"]
        assert context == "https://schema.org"
        assert language_of(language["@language"]) == locale
        assert "inLanguage" not in posting  # not a JobPosting property in schema.org
        assert posting["title"] == in_(doc.meta.role, locale)
