"""Rendering: parsers prove each format is what it claims; registry, plug-ins, sandbox, locales."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
from enum import Enum
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import docx
import html5lib
import pytest
from markdown_it import MarkdownIt
from pydantic import BaseModel

import opscontent
from opscontent.cli import main
from opscontent.i18n import language
from opscontent.i18n.labels import section_title
from opscontent.i18n.typography import join_lines, typeset_zh
from opscontent.model.localized import text_in
from opscontent.render import registry

from ..conftest import EN_EXAMPLE, EXAMPLES, ZH_EXAMPLE, document, section, shown_language

LOCALES = ("zh", "en")


def headings(doc: opscontent.Document, locale: str) -> list[str]:
    lang = language(locale)
    return [
        in_language(s.title, doc, locale) if s.title else section_title(s.kind, lang)
        for s in doc.sections
    ]


def markdown_headings(text: str) -> list[tuple[str, str]]:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return [
        (tok.tag, "".join(child.content for child in tokens[i + 1].children or []))
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]


def parse_html(text: str) -> ElementTree.Element:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: ElementTree.Element = parser.parse(text)
    return tree


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_markdown_has_one_heading_per_section(path: Path, locale: str) -> None:
    doc = opscontent.load(path)
    text = opscontent.render(doc, "markdown", locale=locale)
    assert isinstance(text, str)
    found = markdown_headings(text)
    assert found[0] == ("h1", in_language(doc.meta.title, doc, locale))
    sections = [content for tag, content in found if tag == "h2"]
    assert len(sections) == len(doc.sections)
    for content, title in zip(sections, headings(doc, locale), strict=True):
        assert content.endswith(title)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = sum(tok.type == "table_open" for tok in tokens)
    # KPIs, workflow and milestones; Chinese items are paragraphs: milestones are a list
    assert tables >= (2 if locale == "zh" else 3)
    if locale == "zh":
        assert re.search(r"^（一）\*\*", text, re.MULTILINE)  # the numbering of the text format
    assert any(tok.type == "ordered_list_open" for tok in tokens)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_html_parses_cleanly_and_has_every_section(path: Path, locale: str) -> None:
    doc = opscontent.load(path)
    page = opscontent.render(doc, "html", locale=locale)
    assert isinstance(page, str)
    html = parse_html(page)  # strict: raises on any parse error
    assert html.tag == "html"
    assert html.get("lang") == shown_language(doc, locale)  # content
    h2 = ["".join(h.itertext()) for h in html.iter("h2") if h.get("id") != "job-facts"]
    assert all(t.endswith(title) for t, title in zip(h2, headings(doc, locale), strict=True))
    assert len(list(html.iter("section"))) == len(doc.sections)
    assert len(list(html.iter("table"))) >= 3


def test_goal_sentences_read_naturally() -> None:
    doc = opscontent.load(ZH_EXAMPLE)
    zh = opscontent.render(doc, "text", locale="zh")
    en = opscontent.render(doc, "text", locale="en")
    assert "在2027年6月30日前将新注册用户的次日留存率从35%提升至40%" in zh
    assert "5.1 在2027年6月30日前将新注册用户的次日留存率从35%提升至40%" in en  # as written
    assert "Raise 次日留存率" not in en
    plan = opscontent.load(EN_EXAMPLE)
    generated = {"goal_text": "generated"}
    en_plan = str(opscontent.render(plan, "text", locale="en", **generated))
    assert "5.2 Raise newsletter click-through rate of weekly newsletter subscribers" in en_plan
    assert "by 2 percentage points in Q1 2027 (Owner: Maya Chen)" in en_plan
    zh_plan = str(opscontent.render(plan, "text", locale="zh", **generated))
    # English names make an English sentence: the statement, rather than a mixed one
    assert (
        "（二）Raise the newsletter click-through rate by 2 percentage points in Q1 2027" in zh_plan
    )


def test_zh_numbering_follows_gb_t_15834() -> None:
    text = str(opscontent.render(opscontent.load(ZH_EXAMPLE), "text", locale="zh"))
    assert re.search(r"^一、岗位职责$", text, re.M)
    assert re.search(r"^十四、总结与展望$", text, re.M)
    assert re.search(r"^（一）用户获取：", text, re.M)
    assert re.search(r"^1\. 制定月度拉新计划", text, re.M)


@pytest.mark.parametrize(
    ("description", "locale", "expected"),
    [
        ("德语可作为工作语言", "zh", "德语可作为工作语言（优先考虑）"),
        ("持有数据分析证书者优先", "zh", "持有数据分析证书者优先"),
        ("Conversational German", "en", "Conversational German (preferred)"),
        ("German is a plus", "en", "German is a plus"),
        ("Prior B2B experience preferred", "zh", "Prior B2B experience preferred"),
    ],
)
def test_preferred_requirements_are_marked_once(
    description: str, locale: str, expected: str
) -> None:
    """A requirement that is not required says so, unless its own words already do."""
    doc = document(
        section(
            "requirements", {"category": "language", "description": description, "required": False}
        )
    )
    line = str(opscontent.render(doc, "text", locale=locale)).splitlines()[-1]
    assert line.endswith(expected)


def test_han_latin_space_option() -> None:
    doc = opscontent.load(ZH_EXAMPLE)
    spaced = str(opscontent.render(doc, "text", locale="zh", han_latin_space=True))
    assert "熟练使用 SQL 和 Excel" in spaced
    assert "熟练使用SQL和Excel" in str(opscontent.render(doc, "text", locale="zh"))


@pytest.mark.parametrize("name", ["zh", "zh_CN", "zh-Hans", "zh_Hans_CN", "en", "en_US"])
def test_locale_names(name: str) -> None:
    text = str(opscontent.render(opscontent.load(ZH_EXAMPLE), "text", locale=name))
    assert ("岗位职责" if name.startswith("zh") else "Responsibilities") in text


def test_unknown_renderer_and_locale_list_what_exists() -> None:
    doc = opscontent.load(EN_EXAMPLE)
    with pytest.raises(LookupError, match="markdown"):
        opscontent.render(doc, "pdf")
    with pytest.raises(LookupError, match="zh_Hans_CN"):
        opscontent.render(doc, "text", locale="fr")
    with pytest.raises(TypeError):
        opscontent.render(doc, "text", colour="red")


def test_third_locale_from_a_catalog_folder(tmp_path: Path) -> None:
    (tmp_path / "de_DE.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Responsibilities"\nmsgstr "Aufgabenbereiche"\n',
        encoding="utf-8",
    )
    doc = opscontent.load(EN_EXAMPLE)
    text = str(opscontent.render(doc, "text", locale="de", catalog_dirs=[tmp_path]))
    assert "1. Aufgabenbereiche" in text
    assert "4. Januar 2027" in text  # dates from CLDR German


def test_renderer_passed_as_class_or_instance() -> None:
    class Count:
        name, media_type, extension = "count", "text/plain", ".txt"

        def render(self, doc: opscontent.Document, *, locale: str, **options: Any) -> str:
            return f"{len(doc.sections)} {locale}"

    doc = opscontent.load(EN_EXAMPLE)
    assert opscontent.render(doc, Count, locale="en") == "13 en"
    assert opscontent.render(doc, Count(), locale="zh") == "13 zh"
    not_a_renderer: Any = object()
    with pytest.raises(TypeError):
        opscontent.get_renderer(not_a_renderer)


def test_plugin_found_through_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "kpi_csv_plugin.py"
    package.write_text(
        textwrap.dedent("""
        import csv, io

        class KpiCsv:
            name = "kpi-csv"
            media_type = "text/csv"
            extension = ".csv"

            def render(self, doc, *, locale):
                out = io.StringIO()
                writer = csv.writer(out)
                for metric in doc.metrics().values():
                    writer.writerow([metric.key, metric.name])
                return out.getvalue()
    """),
        encoding="utf-8",
    )
    info = tmp_path / "kpi_csv_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kpi-csv-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[opscontent.renderers]\nkpi-csv = kpi_csv_plugin:KpiCsv\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry._plugins.cache_clear()
    registry._by_name.cache_clear()
    try:
        assert "kpi-csv" in opscontent.available_renderers()
        out = opscontent.render(opscontent.load(EN_EXAMPLE), "kpi-csv")
        assert str(out).splitlines()[0] == "organic_sessions,Organic sessions"
        listing = io.StringIO()
        assert main(["renderers"], stdout=listing) == 0
        assert "kpi-csv    text/csv" in listing.getvalue()
        assert "plug-in" in listing.getvalue()
    finally:
        registry._plugins.cache_clear()
        registry._by_name.cache_clear()


def test_user_templates_extend_builtins(tmp_path: Path) -> None:
    (tmp_path / "markdown.md.j2").write_text(
        '{% extends "opscontent/markdown.md.j2" %}\n', encoding="utf-8"
    )
    (tmp_path / "text.txt.j2").write_text(
        "{{ _('Workflow') }}|{{ doc.title }}|{% for s in doc.sections %}{{ s.marker }}{% endfor %}",
        encoding="utf-8",
    )
    doc = opscontent.load(ZH_EXAMPLE)
    same = opscontent.render(doc, "markdown", locale="zh", template_dirs=[tmp_path])
    assert same == opscontent.render(doc, "markdown", locale="zh")
    text = str(opscontent.render(doc, "text", locale="zh", template_dirs=[tmp_path]))
    assert text.startswith("工作流程|用户增长运营专员岗位工作内容|一、二、")


@pytest.mark.parametrize(
    "source",
    [
        "{{ doc.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ document.model_config }}{{ doc.sections.append(1) }}",
        "{{ marker.__globals__ }}",
    ],
)
def test_sandbox_keeps_templates_away_from_python(tmp_path: Path, source: str) -> None:
    (tmp_path / "text.txt.j2").write_text(source, encoding="utf-8")
    with pytest.raises(opscontent.TemplateError) as info:
        opscontent.render(opscontent.load(EN_EXAMPLE), "text", template_dirs=[tmp_path])
    assert "Security" in str(info.value) or "unsafe" in str(info.value)


def test_template_syntax_error_is_located(tmp_path: Path) -> None:
    (tmp_path / "text.txt.j2").write_text("line\n{% for %}\n", encoding="utf-8")
    with pytest.raises(opscontent.TemplateError) as info:
        opscontent.render(opscontent.load(EN_EXAMPLE), "text", template_dirs=[tmp_path])
    assert info.value.line == 2


def test_rendering_is_byte_identical_across_hash_seeds() -> None:
    code = (
        "import sys, opscontent\n"
        f"doc = opscontent.load({str(ZH_EXAMPLE)!r})\n"
        "sys.stdout.write(''.join(opscontent.render(doc, f, locale=l)"
        " for f in ('text', 'markdown', 'html', 'json') for l in ('zh', 'en')))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1


def test_cli_render(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["render", str(ZH_EXAMPLE), "-f", "text", "-l", "zh"], stdout=out) == 0
    assert out.getvalue().startswith("用户增长运营专员岗位工作内容\n")
    target = tmp_path / "out"
    err = io.StringIO()
    pair = [str(EN_EXAMPLE), str(ZH_EXAMPLE)]
    code = main(["render", *pair, "-f", "html", "-o", str(target)], stderr=err)
    assert code == 0
    assert err.getvalue() == ""  # not a terminal: no progress lines
    assert sorted(p.name for p in target.iterdir()) == [
        "content-operations-plan.en.html",
        "user-growth-operations.zh.html",
    ]
    err = io.StringIO()
    assert main(["render", "-", "-f", "markdown"], stdin=io.BytesIO(b"{"), stderr=err) == 2
    assert err.getvalue().startswith("<stdin>:1:2: OC001")
    assert main(["render", *map(str, EXAMPLES)], stderr=io.StringIO()) == 2
    twin = tmp_path / "twin" / EN_EXAMPLE.name
    twin.parent.mkdir()
    twin.write_bytes(EN_EXAMPLE.read_bytes())
    err = io.StringIO()
    args = ["render", str(EN_EXAMPLE), str(twin), "-o", str(tmp_path / "twins")]
    assert main(args, stderr=err) == 2  # one would overwrite the other
    assert "would both be written to" in err.getvalue()
    assert not (tmp_path / "twins").exists()
    err = io.StringIO()
    assert main(["render", str(EN_EXAMPLE), "-f", "pdf"], stderr=err) == 2
    assert "available: docx, html, json, jsonld, markdown, text" in err.getvalue()


class _BinaryStdout(io.TextIOWrapper):
    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8")


class _BinaryTerminal(_BinaryStdout):
    """A standard output that is a terminal."""

    def isatty(self) -> bool:
        return True


def test_cli_render_binary_and_options(tmp_path: Path) -> None:
    """DOCX goes to a file or to a binary stdout; template, catalog and spacing options apply."""
    zh = str(ZH_EXAMPLE)
    target = tmp_path / "plan.docx"
    assert main(["render", zh, "-f", "docx", "-o", str(target)]) == 0
    stdout = _BinaryStdout()
    assert main(["render", zh, "-f", "docx"], stdout=stdout) == 0
    stdout.flush()
    assert stdout.buffer.getvalue() == target.read_bytes()  # type: ignore[attr-defined]
    err = io.StringIO()
    assert main(["render", zh, "-f", "docx"], stdout=io.StringIO(), stderr=err) == 2
    assert "binary output needs -o FILE" in err.getvalue()
    terminal, err = _BinaryTerminal(), io.StringIO()
    assert main(["render", zh, "-f", "docx"], stdout=terminal, stderr=err) == 2
    assert "OC003 binary output is not written to a terminal: give -o FILE" in err.getvalue()
    assert terminal.buffer.getvalue() == b""  # type: ignore[attr-defined]
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "text.txt.j2").write_text(
        '{% extends "opscontent/text.txt.j2" %}{% block header %}封面 {{ doc.title }}\n'
        "{% endblock %}",
        encoding="utf-8",
    )
    out = io.StringIO()
    args = ["render", zh, "-f", "text", "--templates", str(templates), "--han-latin-space"]
    assert main(args, stdout=out) == 0
    assert out.getvalue().startswith("封面 用户增长运营专员岗位工作内容\n")
    assert "熟练使用 SQL 和 Excel" in out.getvalue()
    catalogs = tmp_path / "catalogs"
    catalogs.mkdir()
    err = io.StringIO()
    args = ["render", zh, "-l", "de", "--catalogs", str(catalogs)]
    assert main(args, stdout=io.StringIO(), stderr=err) == 2
    assert "OC008 no catalog for locale 'de'; available: en_US, zh_Hans_CN" in err.getvalue()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_render_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    err = _Terminal()
    pair = [str(EN_EXAMPLE), str(ZH_EXAMPLE)]
    code = main(["render", *pair, "-f", "text", "-o", str(tmp_path)], stderr=err)
    assert code == 0
    progress, summary = err.getvalue().split("\n")[:2]
    assert progress.split("\r")[-1].startswith("[2/2] ")
    assert progress.endswith("docs/s, 0 failed")
    assert summary.startswith(f"rendered 2 of 2 documents into {tmp_path} in ")


def test_text_shows_kpi_values_and_open_ended_project_periods() -> None:
    """The text format says what the KPI table says; a lone start or end date says which."""
    kpi = {"key": "ttfr", "name": "首次响应时长", "unit": "duration", "time_unit": "hour"}
    doc = document(
        section("metrics", {**kpi, "direction": "decrease", "baseline": 4, "target": 2}),
        section(
            "projects",
            {"name": "客服改版", "end": "2027-05-31"},
            {"name": "知识库", "start": "2027-02-01"},
        ),
    )
    zh = str(opscontent.render(doc, "text", locale="zh"))
    assert "（一）首次响应时长（基线：4小时；目标值：2小时）" in zh
    assert "（一）客服改版（周期：至2027年5月31日）" in zh
    assert "（二）知识库（周期：2027年2月1日起）" in zh
    en = str(opscontent.render(doc, "text", locale="en"))
    assert "1.1 首次响应时长 (Baseline: 4 hours; Target: 2 hours)" in en
    assert "Period: until May 31, 2027" in en
    assert "Period: from February 1, 2027" in en


_NOT_SHOWN = frozenset(
    {"statement", "kind", "key", "id", "currency", "language", "languages", "schema_"}
    | {"occupational_category"}
)
"""Fields no reader-facing format shows as written: the goal as first written (it is rewritten as
a whole sentence), kinds, keys and ids, currency codes (shown as symbols), the document's own
language and job-board metadata."""


def content_strings(node: object, name: str = "") -> list[str]:
    """Every string an author wrote into the document, except the fields above and references."""
    if isinstance(node, BaseModel):
        found = []
        for field, value in node:
            if field in _NOT_SHOWN or (field == "metric" and isinstance(value, str)):
                continue
            found += content_strings(value, field)
        return found
    if isinstance(node, list):
        return [text for item in node for text in content_strings(item, name)]
    if isinstance(node, str) and not isinstance(node, Enum):
        return [node]
    return []


def in_language(text: str, doc: opscontent.Document, locale: str) -> str:
    """The text a rendering in ``locale`` shows for ``text``: its translation, else itself."""
    return text_in(text, locale, doc.primary_language) or str(text)


def shown_text(data: str | bytes, fmt: str) -> str:
    """What a reader of the rendered file sees, read back with a real parser."""
    if fmt == "docx":
        assert isinstance(data, bytes)
        word = docx.Document(io.BytesIO(data))
        cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in word.paragraphs] + cells)
    assert isinstance(data, str)
    if fmt == "markdown":
        fragment = MarkdownIt("commonmark").enable("table").render(data)
        return "".join(html5lib.parse(fragment, namespaceHTMLElements=False).itertext())
    if fmt == "html":
        return "".join(parse_html(data).itertext())
    return data


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx"])
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_string_of_the_document_is_shown(path: Path, locale: str, fmt: str) -> None:
    """No format drops what the author wrote: each string appears, typeset, in what is shown."""
    doc = opscontent.load(path)
    shown = shown_text(opscontent.render(doc, fmt, locale=locale), fmt)
    typeset = typeset_zh if locale == "zh" else join_lines
    texts = [in_language(text, doc, locale) for text in content_strings(doc)]
    missing = [text for text in texts if typeset(text) not in shown]
    assert missing == []


def test_options_a_renderer_does_not_take_are_refused_by_name(tmp_path: Path) -> None:
    """An option the renderer lacks is a one-line error naming what it takes, never a traceback."""
    doc = opscontent.load(ZH_EXAMPLE)
    with pytest.raises(opscontent.RendererError, match="'json' does not take catalog_dirs"):
        opscontent.render(doc, "json", catalog_dirs=[tmp_path])
    err = io.StringIO()
    args = ["render", str(ZH_EXAMPLE), "-f", "docx", "--templates", str(tmp_path)]
    assert main(args, stderr=err) == 2
    assert err.getvalue() == (
        "opscontent: OC011 renderer 'docx' does not take --templates; it takes: --catalogs, "
        "--goal-text, --han-latin-space, --bilingual, normalize_punctuation, --reference-doc\n"
    )
    spaced = opscontent.render(doc, "jsonld", locale="zh", han_latin_space=True)
    assert "熟练使用 SQL 和 Excel" in str(spaced)
    assert isinstance(opscontent.render(doc, "docx", locale="zh", catalog_dirs=[]), bytes)


def test_reversed_project_dates_are_shown_as_given() -> None:
    """An end before the start (which check reports) still shows both dates, not just one."""
    doc = document(section("projects", {"name": "P", "start": "2027-05-01", "end": "2027-02-01"}))
    text = str(opscontent.render(doc, "text", locale="zh"))
    assert "（一）P（周期：2027年5月1日起，至2027年2月1日）" in text


@pytest.mark.parametrize(
    "first",
    ["import opscontent", "import opscontent.render.view", "from opscontent.render import view"],
)
def test_render_is_callable_and_its_modules_reachable(first: str) -> None:
    """``opscontent.render(doc)`` renders and ``opscontent.render.view`` is the module, in any
    import order (a fresh interpreter each time)."""
    code = (
        f"{first}\nimport opscontent\n"
        'doc = opscontent.loads(\'{"meta": {"title": "T"}}\')\n'
        "assert opscontent.render(doc, 'text', locale='en') == 'T\\n'\n"
        "assert opscontent.render.view.build_view.__module__ == 'opscontent.render.view'\n"
        "from opscontent import render\n"
        "assert render(doc, 'json', locale='en').startswith('{')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
