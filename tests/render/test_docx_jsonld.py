"""DOCX and schema.org JobPosting JSON-LD: checked with python-docx, pyld and LibreOffice."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from pyld import jsonld

import opscontent
from opscontent.render.jsonld import JOBPOSTING_PROPERTIES

from ..conftest import EN_EXAMPLE, EXAMPLES, FIXTURES, ZH_EXAMPLE

ZH = ZH_EXAMPLE
SCHEMAORG = FIXTURES / "schemaorg" / "jobposting-vocabulary.jsonld"


def open_docx(path: Path, locale: str) -> Any:
    data = opscontent.render(opscontent.load(path), "docx", locale=locale)
    assert isinstance(data, bytes)
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_docx_structure(path: Path, locale: str) -> None:
    doc = opscontent.load(path)
    word = open_docx(path, locale)
    styles = [p.style.name for p in word.paragraphs]
    assert styles[0] == "Title"
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == len(doc.sections)
    assert {"List Bullet", "List Number", "Heading 2"} <= set(styles)
    assert len(word.tables) >= 3
    props = word.core_properties
    assert props.title == doc.meta.title
    assert props.language == ("zh-Hans" if doc.meta.language == "zh-Hans" else "en")  # content
    text = "\n".join(p.text for p in word.paragraphs)
    plain = str(opscontent.render(doc, "text", locale=locale))
    for heading in headings:
        assert heading in plain.splitlines()  # same numbering and titles as the text renderer
    assert text


def test_docx_east_asian_fonts_and_numbering() -> None:
    word = open_docx(ZH, "zh")
    for name in ("Normal", "Title", "Heading 1", "List Bullet", "List Number"):
        fonts = word.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts is not None
        assert fonts.get(qn("w:eastAsia")) in {"宋体", "黑体"}
    numbered = [p for p in word.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(set(ids)) > 1  # every list restarts at 1
    assert "（一）用户获取：规划并执行拉新活动" in "\n".join(p.text for p in word.paragraphs)


def test_docx_columns_fit_their_content_and_paper_fits_the_locale() -> None:
    """Long cells get the room, numbers never wrap; A4 in China, Letter in the United States."""
    word = open_docx(ZH, "zh")
    section = word.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.1)
    kpis = next(t for t in word.tables if t.rows[0].cells[0].text == "指标")
    columns = zip(kpis.rows[0].cells, kpis.columns, strict=True)
    widths = {cell.text: column.width for cell, column in columns}
    assert widths["定义"] > 1.5 * widths["基线"]
    assert widths["目标值"] >= (len("目标值") * 2 + 3) * 66675  # short cells never wrap
    available = section.page_width - section.left_margin - section.right_margin
    assert sum(widths.values()) == pytest.approx(available, rel=0.01)
    letter = open_docx(EN_EXAMPLE, "en").sections[0]
    assert (letter.page_width.inches, letter.page_height.inches) == (8.5, 11)


def test_docx_is_reproducible_and_dated_by_the_document() -> None:
    """Same document, same bytes: no clock time in the zip or the properties."""
    doc = opscontent.load(ZH)
    first = opscontent.render(doc, "docx", locale="zh")
    assert isinstance(first, bytes)
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert package.infolist()[0].filename == "[Content_Types].xml"
    assert opscontent.render(doc, "docx", locale="zh") == first
    props = docx.Document(io.BytesIO(first)).core_properties
    assert doc.meta.effective_date is not None
    assert props.created == props.modified
    assert props.created.date() == doc.meta.effective_date
    no_dates = {"effective_date": None, "date_posted": None}
    undated = doc.model_copy(update={"meta": doc.meta.model_copy(update=no_dates)})
    data = opscontent.render(undated, "docx", locale="zh")
    assert isinstance(data, bytes)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert (props.created, props.modified) == (None, None)  # not python-docx's template date


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_docx_opens_in_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    data = opscontent.render(opscontent.load(ZH), "docx", locale="zh")
    assert isinstance(data, bytes)
    source.write_bytes(data)
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "plan.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    compact = "".join(text.split())
    assert "用户增长运营专员岗位工作内容" in compact
    assert "一、岗位职责" in compact
    assert "（一）用户获取" in compact


def _local_loader(url: str, options: Any = None) -> dict[str, Any]:
    """schema.org's context without the network: every term in the schema.org vocabulary."""
    assert url.rstrip("/") == "https://schema.org", url
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": "https://schema.org/"}},
    }


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_jsonld_expands_to_job_posting(path: Path, locale: str) -> None:
    text = opscontent.render(opscontent.load(path), "jsonld", locale=locale)
    data = json.loads(str(text))
    (expanded,) = jsonld.expand(data, {"documentLoader": _local_loader})
    assert expanded["@type"] == ["https://schema.org/JobPosting"]
    used = {key.removeprefix("https://schema.org/") for key in expanded if not key.startswith("@")}
    assert used <= JOBPOSTING_PROPERTIES
    assert {"title", "responsibilities"} <= used
    title = expanded["https://schema.org/title"][0]
    assert title["@language"].lower() == str(opscontent.load(path).meta.language).lower()


def test_jsonld_maps_requirements_and_meta() -> None:
    data = json.loads(str(opscontent.render(opscontent.load(ZH), "jsonld", locale="zh")))
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "星河科技有限公司"}
    assert data["educationRequirements"] == ["本科及以上学历，市场营销、统计学或相关专业"]
    assert data["datePosted"] == "2026-12-15"
    assert data["validThrough"] == "2027-01-31"
    assert data["occupationalCategory"].startswith("2431")
    assert "inLanguage" not in data  # not a JobPosting property in schema.org


def test_jsonld_properties_exist_on_job_posting() -> None:
    graph = json.loads(SCHEMAORG.read_text(encoding="utf-8"))["@graph"]
    by_id = {node["@id"]: node for node in graph}

    def ancestors(cls: str) -> set[str]:
        parents = by_id[cls].get("rdfs:subClassOf", [])
        parents = parents if isinstance(parents, list) else [parents]
        return {cls}.union(*(ancestors(p["@id"]) for p in parents))

    classes = ancestors("schema:JobPosting")
    defined = set()
    for node in graph:
        domains = node.get("schema:domainIncludes", [])
        domains = domains if isinstance(domains, list) else [domains]
        if classes & {d["@id"] for d in domains}:
            defined.add(node["@id"].removeprefix("schema:"))
    assert defined >= JOBPOSTING_PROPERTIES
    assert "inLanguage" not in defined


def test_jsonld_nested_values_use_properties_of_their_types() -> None:
    """Every property of a nested node (Place, PostalAddress, MonetaryAmount …) exists on it."""
    graph = json.loads(SCHEMAORG.read_text(encoding="utf-8"))["@graph"]
    by_id = {node["@id"]: node for node in graph}

    def ancestors(cls: str) -> set[str]:
        parents = by_id[cls].get("rdfs:subClassOf", []) if cls in by_id else []
        parents = parents if isinstance(parents, list) else [parents]
        return {cls}.union(*(ancestors(p["@id"]) for p in parents))

    def domains(prop: str) -> set[str]:
        found = by_id[f"schema:{prop}"].get("schema:domainIncludes", [])
        return {d["@id"] for d in (found if isinstance(found, list) else [found])}

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, dict):
            if node.get("@type") != "JobPosting":
                classes = ancestors(f"schema:{node['@type']}")
                for key in node.keys() - {"@type"}:
                    assert classes & domains(key), (node["@type"], key)
            for value in node.values():
                walk(value)

    for path in EXAMPLES:
        posting = json.loads(str(opscontent.render(opscontent.load(path), "jsonld", locale="en")))
        assert {"jobLocation", "baseSalary", "employmentType"} <= posting.keys()
        walk({k: v for k, v in posting.items() if k != "@context"})
