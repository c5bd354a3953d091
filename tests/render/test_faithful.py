"""The author's words in the right language, in every format, for every example and import.

Every example and every document of the import corpus is rendered in text, Markdown, HTML and
DOCX in both locales; each goal's statement must appear as written, no generated goal sentence
may mix Chinese and English, English labels bring no full-width punctuation, Chinese output has
no ASCII punctuation between Han characters, and text that XML cannot hold never crashes.
"""

from __future__ import annotations

import functools
import io
import re
import string
from pathlib import Path

import docx
import pytest

import opscontent
from opscontent.i18n import language
from opscontent.i18n.typography import join_lines, typeset_zh
from opscontent.model import Document, GoalsSection
from opscontent.render.view import ViewOptions, build_view

from ..conftest import EN_EXAMPLE, EXAMPLES, FIXTURES, ZH_EXAMPLE

CORPUS = sorted(p for p in (FIXTURES / "import").iterdir() if p.suffix in {".txt", ".md"})
FORMATS = ("text", "markdown", "html", "docx")
HAN = "[\u3400-\u4dbf\u4e00-\u9fff]"
ASCII_BETWEEN_HAN = re.compile(f"{HAN}[,:;!?()]{HAN}")
FULL_WIDTH = re.compile("[：，；（）！？]")


@functools.cache
def corpus_document(path: Path) -> Document:
    return opscontent.parse_text(path.read_text("utf-8")).document


@functools.cache
def documents() -> tuple[tuple[str, Document], ...]:
    found = [(p.name, opscontent.load(p)) for p in EXAMPLES]
    return tuple(found + [(p.name, corpus_document(p)) for p in CORPUS])


@functools.cache
def rendered(name: str, fmt: str, locale: str) -> str:
    """:func:`shown` of a document of :func:`documents`, once per format and locale."""
    return shown(dict(documents())[name], fmt, locale)


def shown(doc: Document, fmt: str, locale: str, **options: object) -> str:
    """What a reader sees: the text of the output (the DOCX's paragraphs and cells, the HTML
    without its style sheet)."""
    result = opscontent.render(doc, fmt, locale=locale, **options)
    if isinstance(result, str):
        return re.sub(r"<style>.*?</style>", "", result, flags=re.DOTALL)
    word = docx.Document(io.BytesIO(result))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in word.paragraphs] + cells)


def statements(doc: Document) -> list[str]:
    return [
        goal.statement
        for section in doc.sections
        if isinstance(section, GoalsSection)
        for goal in section.items
        if goal.statement is not None
    ]


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_statements_are_printed_as_written(fmt: str, locale: str) -> None:
    checked = 0
    for name, doc in documents():
        output = rendered(name, fmt, locale)
        for statement in statements(doc):
            typeset = typeset_zh(statement) if locale == "zh" else join_lines(statement)
            assert typeset in output.replace("\\", ""), (name, statement)
            checked += 1
    assert checked >= 6


def test_the_field_sentence_is_used_when_asked_for() -> None:
    doc = opscontent.load(ZH_EXAMPLE)
    generated = str(opscontent.render(doc, "text", locale="zh", goal_text="generated"))
    assert "2027年第一季度月均新增注册用户由8万提升到10万" not in generated
    assert "在2027年第一季度将App全渠道的月新增注册用户数从8万提升至10万" in generated
    assert "在2027年6月30日前将付费投放渠道的获客成本从45元降低至38元" in generated


ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,} [a-z]{2,}")


@pytest.mark.parametrize("locale", ["zh", "en"])
def test_no_generated_sentence_mixes_two_languages(locale: str) -> None:
    """Without a statement the sentence follows the language of the metric's name."""
    checked = 0
    for name, doc in documents():
        view = build_view(doc, language(locale), ViewOptions(goal_text="generated"))
        for section in view.sections:
            if section.kind == "goals":
                for item in section.items:
                    mixed = re.search(HAN, item.head) and ENGLISH_WORDS.search(item.head)
                    assert not mixed, (name, item.head)
                    checked += 1
    assert checked >= 6


def test_a_chinese_goal_in_english_reads_in_chinese() -> None:
    doc = opscontent.load(ZH_EXAMPLE)
    goals = next(s for s in doc.sections if isinstance(s, GoalsSection))
    goals.items[0].statement = None
    text = str(opscontent.render(doc, "text", locale="en"))
    assert "5.1 在2027年6月30日前将新注册用户的次日留存率从35%提升至40%" in text
    assert "Raise 次日留存率" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_labels_bring_no_full_width_punctuation(fmt: str) -> None:
    for name, doc in documents():
        if any(re.search(HAN, text) for text in [*statements(doc), doc.meta.title]):
            continue  # Chinese content keeps its own punctuation
        assert not FULL_WIDTH.search(rendered(name, fmt, "en")), name


@pytest.mark.parametrize("fmt", FORMATS)
def test_chinese_output_has_no_ascii_punctuation_between_han(fmt: str) -> None:
    for name, _ in documents():
        found = ASCII_BETWEEN_HAN.findall(rendered(name, fmt, "zh"))
        assert not found, (name, found)


CONTROLS = "".join(map(chr, [*range(0x20), 0x7F, 0x85, 0xFFFE, 0xFFFF]))


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("fmt", [*FORMATS, "json", "jsonld"])
def test_control_characters_never_crash_a_renderer(fmt: str, locale: str) -> None:
    data = opscontent.load(ZH_EXAMPLE).model_dump(mode="json", by_alias=True, exclude_unset=True)
    data["meta"]["title"] = f"计划{CONTROLS}标题"
    data["meta"]["authors"] = [f"王{CONTROLS}", "李静"]
    data["sections"][0]["summary"] = f"第一页\x0c第二页\x07{string.ascii_letters}"
    doc = Document.model_validate(data)
    output = shown(doc, fmt, locale)
    if fmt not in {"json", "jsonld"}:  # JSON escapes them; every other format drops them
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", output)
        assert "计划" in output
        assert "第一页 第二页" in output
    codes = opscontent.check(doc, locale=locale).codes()
    assert codes.count("OC106") == 3


def test_docx_core_properties_hold_long_titles_and_authors() -> None:
    data = opscontent.load(EN_EXAMPLE).model_dump(mode="json", by_alias=True, exclude_unset=True)
    data["meta"]["title"] = "T" * 300
    data["meta"]["authors"] = [f"Author {n:03}" for n in range(40)]
    result = opscontent.render(Document.model_validate(data), "docx", locale="en")
    assert isinstance(result, bytes)
    props = docx.Document(io.BytesIO(result)).core_properties
    assert len(props.title) == 255
    assert props.title.endswith("…")
    assert len(props.author) == 255
