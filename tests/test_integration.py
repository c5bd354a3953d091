"""The worked HR integration and the plug-in package under examples/ run as documented."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import docx
import html5lib
import pytest

import opscontent
from opscontent.render import registry

from .conftest import ROOT, ZH_EXAMPLE

PLUGIN = ROOT / "examples" / "custom_renderer"


def test_hr_integration_script(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "hr_integration.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "ops-community-001: score 100, ok=True" in result.stdout
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 8
    page = (tmp_path / "ops-community-001.zh_Hans_CN.html").read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)
    assert "社群日活跃人数" in page
    word = docx.Document(str(tmp_path / "ops-content-002.en_US.docx"))
    assert word.paragraphs[0].text == "Content Operations Specialist"


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the example package importable with the entry points its pyproject declares."""
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = tmp_path / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
        encoding="utf-8",
    )
    lines = []
    for group, entries in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {target}" for name, target in entries.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(PLUGIN / "src"))
    registry._plugins.cache_clear()
    registry._by_name.cache_clear()
    yield
    registry._plugins.cache_clear()
    registry._by_name.cache_clear()


@pytest.mark.usefixtures("installed_plugin")
def test_plugin_package_renders_through_its_entry_point() -> None:
    assert "chat-card" in opscontent.available_renderers()
    doc = opscontent.load(ZH_EXAMPLE)
    card = json.loads(str(opscontent.render(doc, "chat-card", locale="zh")))
    content = card["markdown"]["content"]
    assert card["msgtype"] == "markdown"
    assert content.startswith("### 用户增长运营专员岗位工作内容\n")
    assert "## 五、工作目标" in content
    assert "## 六、目标指标" in content
    assert "岗位职责" not in content  # the overriding template keeps goals and KPIs only
    out = io.StringIO()
    from opscontent.cli import main

    assert main(["render", str(ZH_EXAMPLE), "-f", "chat-card", "-l", "en"], stdout=out) == 0
    shown = json.loads(out.getvalue())["markdown"]["content"]
    assert "在2027年6月30日前将新注册用户的次日留存率从35%提升至40%" in shown  # as written
