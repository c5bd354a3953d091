"""Without a locale, render, check and the CLI use the document's language."""

from __future__ import annotations

import io
from pathlib import Path

import opscontent
from opscontent.cli import main

from ..conftest import EN_EXAMPLE, ZH_EXAMPLE

ZH, EN = ZH_EXAMPLE, EN_EXAMPLE


def test_render_and_check_default_to_the_content_language() -> None:
    english = opscontent.load(EN)
    assert "1. Responsibilities" in str(opscontent.render(english, "text"))
    report = opscontent.check(english)
    assert report.locale == "en_US"
    assert "OC107" not in report.codes()
    chinese = opscontent.load(ZH)
    assert "一、岗位职责" in str(opscontent.render(chinese, "text"))
    assert opscontent.check(chinese).locale == "zh_Hans_CN"


def test_the_builtin_default_applies_without_a_language() -> None:
    doc = opscontent.loads('{"meta": {"title": "Plan"}, "sections": [{"kind": "tasks"}]}')
    assert "一、具体任务" in str(opscontent.render(doc, "text"))


def test_checking_in_another_language_is_a_finding() -> None:
    report = opscontent.check(opscontent.load(EN), locale="zh")
    finding = next(f for f in report.findings if f.code == "OC107")
    assert finding.path == "$.meta.language"
    assert "英语" in finding.message


def test_cli_uses_the_content_language_and_warns_about_another() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["render", str(EN), "-f", "text"], stdout=out, stderr=err) == 0
    assert "1. Responsibilities" in out.getvalue()
    assert err.getvalue() == ""
    out, err = io.StringIO(), io.StringIO()
    assert main(["render", str(EN), "-f", "text", "-l", "zh"], stdout=out, stderr=err) == 0
    assert "一、岗位职责" in out.getvalue()
    assert "warning: the content is in English, the labels in Chinese" in err.getvalue()
    out = io.StringIO()
    assert main(["check", str(EN), "--brief"], stdout=out) == 0
    assert ": profile full, score 96/100" in out.getvalue()  # English messages


def test_cli_batch_renders_each_document_in_its_own_language(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["render", str(ZH), str(EN), "-f", "text", "-o", str(out), "--jobs", "1"]
    assert main(args) == 0
    assert "一、岗位职责" in (out / f"{ZH.stem}.txt").read_text("utf-8")
    assert "1. Responsibilities" in (out / f"{EN.stem}.txt").read_text("utf-8")
