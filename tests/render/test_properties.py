"""Property tests of the renderers over generated documents."""

from __future__ import annotations

import io
import json
import re

import docx
import html5lib
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import opscontent
from opscontent import Document
from opscontent.i18n import language
from opscontent.i18n.labels import section_title
from opscontent.model import CustomSection, Meta
from opscontent.render.view import build_view
from opscontent.testing import documents

FORMATS = st.sampled_from(["text", "markdown", "html", "json"])
LOCALES = st.sampled_from(["zh", "en"])
HAN_PUNCT = (
    st.lists(
        st.sampled_from(["用户", "增长", "留存", ",", ":", ";", " ", "(", ")", "数据"]),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda s: bool(s.strip()))
)
ALLOWED_TAGS = {
    "html",
    "head",
    "body",
    "meta",
    "title",
    "style",
    "main",
    "header",
    "h1",
    "h2",
    "p",
    "dl",
    "div",
    "dt",
    "dd",
    "section",
    "ol",
    "ul",
    "li",
    "strong",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


@given(documents(), FORMATS, LOCALES)
def test_every_renderer_is_total_and_deterministic(doc: Document, fmt: str, locale: str) -> None:
    first = opscontent.render(doc, fmt, locale=locale)
    assert first == opscontent.render(doc, fmt, locale=locale)
    assert isinstance(first, str)
    assert first.endswith("\n")


@given(documents(), LOCALES)
def test_docx_is_total_and_deterministic(doc: Document, locale: str) -> None:
    """Word files open with python-docx and are the same on every run."""
    data = opscontent.render(doc, "docx", locale=locale)
    assert isinstance(data, bytes)
    assert data == opscontent.render(doc, "docx", locale=locale)
    word = docx.Document(io.BytesIO(data))
    style = word.paragraphs[0].style
    assert style is not None
    assert style.name == "Title"
    for table in word.tables:  # every column has a width
        assert all(column.width > 0 for column in table.columns)


@given(documents(), LOCALES)
def test_jsonld_is_total_and_deterministic(doc: Document, locale: str) -> None:
    """JSON-LD parses as one JobPosting and is the same on every run."""
    posting = str(opscontent.render(doc, "jsonld", locale=locale))
    assert posting == opscontent.render(doc, "jsonld", locale=locale)
    assert json.loads(posting)["@type"] == "JobPosting"


@given(documents(), LOCALES)
def test_every_non_empty_section_heading_appears(doc: Document, locale: str) -> None:
    lang = language(locale)
    view = build_view(doc, lang)
    text = str(opscontent.render(doc, "text", locale=locale))
    markdown = str(opscontent.render(doc, "markdown", locale=locale))
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    h2 = [
        "".join(child.content for child in tokens[i + 1].children or [])
        for i, t in enumerate(tokens)
        if t.tag == "h2" and t.nesting == 1
    ]
    for section, shown in zip(doc.sections, view.sections, strict=True):
        if section.is_empty:
            continue
        assert shown.numbered in text.splitlines()
        title = section.title or section_title(section.kind, lang)
        assert any(h.endswith(" ".join(title.split())) or h.endswith(shown.heading) for h in h2)


@given(documents(), LOCALES)
def test_html_never_turns_content_into_markup(doc: Document, locale: str) -> None:
    hostile = doc.model_copy(
        update={
            "meta": Meta(title="<script>alert('x')</script> & \"q\" <b>", summary="<i>&amp;</i>"),
        }
    )
    page = str(opscontent.render(hostile, "html", locale=locale))
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    assert {element.tag for element in tree.iter()} <= ALLOWED_TAGS
    title = tree.find(".//h1")
    assert title is not None
    assert "".join(title.itertext()) == hostile.meta.title
    lead = tree.find(".//p")
    assert lead is not None
    assert "".join(lead.itertext()) == "<i>&amp;</i>"


@given(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1).filter(
        lambda s: bool(s.strip())
    )
)
def test_markdown_escapes_any_content(text: str) -> None:
    doc = Document(meta=Meta(title="t"), sections=[CustomSection(title="c", summary=text)])
    markdown = str(opscontent.render(doc, "markdown", locale="en"))
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    index = next(i for i, t in enumerate(tokens) if t.tag == "h2") + 3
    assert tokens[index].type == "paragraph_open"
    inline = tokens[index + 1]
    assert inline.children is not None
    assert {child.type for child in inline.children} <= {"text", "softbreak"}
    shown = build_view(doc, language("en")).sections[0].summary
    assert shown is not None
    assert "".join(c.content for c in inline.children) == shown.strip(" \t")


@given(HAN_PUNCT, HAN_PUNCT)
def test_zh_output_has_no_ascii_punctuation_between_han(title: str, summary: str) -> None:
    doc = Document(
        meta=Meta(title=title, summary=summary),
        sections=[CustomSection(title=title, summary=summary, items=[summary])],
    )
    for fmt in ("text", "markdown", "html"):
        output = str(opscontent.render(doc, fmt, locale="zh"))
        assert not re.search(r"[\u4e00-\u9fff][ \t]*[,:;][ \t]*[\u4e00-\u9fff]", output), output


@given(documents(locale="zh"))
def test_han_latin_spacing_only_adds_spaces(doc: Document) -> None:
    plain = str(opscontent.render(doc, "text", locale="zh"))
    spaced = str(opscontent.render(doc, "text", locale="zh", han_latin_space=True))
    assert spaced.replace(" ", "") == plain.replace(" ", "")
    # content is spaced; CLDR-formatted dates such as 2027年1月1日 keep CLDR's form
    assert not re.search(r"[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]", spaced)
