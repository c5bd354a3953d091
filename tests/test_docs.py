"""Every code example in README.md and docs/ runs (``make docs`` builds the site strictly)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import glob
import importlib.util
import io
import re
import tomllib
from pathlib import Path

import pydantic
import pytest

import opscontent
from opscontent.cli import main
from tests.snippets import PAGES, ROOT, Block, blocks, commands, workspace

TODAY = datetime.date(2027, 1, 1)


def run_python(block: Block, namespace: dict[str, object]) -> None:
    code = compile(block.body, block.where, "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, namespace)


def run_console(block: Block) -> None:
    for command in commands(block):
        argv = [match for word in command.argv[1:] for match in sorted(glob.glob(word)) or [word]]
        out, err = io.StringIO(), io.StringIO()
        code = main(argv, stdout=out, stderr=err)
        assert code == command.expected, f"{block.where}: {command.text}\n{err.getvalue()}"
        if command.stdout_to:
            Path(command.stdout_to).write_text(out.getvalue(), encoding="utf-8")


def run_data(block: Block) -> None:
    if block.lang == "toml":
        data = tomllib.loads(block.body)
        if "extends" in data:
            Path("profile.toml").write_text(block.body, encoding="utf-8")
            opscontent.load_profile("profile.toml")
        return
    data_text = block.body.replace("opscontent.schema.json", "../schema/opscontent.schema.json")
    if '"meta"' in data_text or re.search(r"^meta:", data_text, re.MULTILINE):
        doc = opscontent.loads(data_text, format=block.lang)
        if block.marker.startswith("passes "):
            profile = block.marker.removeprefix("passes ")
            report = opscontent.check(doc, profile=profile, today=TODAY)
            assert report.ok, f"{block.where}: {report.codes()}"


def run_excerpt(block: Block) -> None:
    """The block is in the file, up to layout; ``…`` stands for text left out."""
    path = ROOT / block.marker.removeprefix("excerpt ")
    lines = block.body.splitlines()
    if lines and lines[0].startswith("# ") and lines[0][2:].strip() in block.marker:
        lines = lines[1:]
    parts = ["".join(part.split()) for part in "\n".join(lines).split("…")]
    pattern = ".*?".join(re.escape(part) for part in parts)
    text = "".join(path.read_text("utf-8").split())
    assert re.search(pattern, text, re.DOTALL), f"{block.where} is not in {path}"


def _importable(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_examples_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(workspace(tmp_path))
    namespace: dict[str, object] = {"__name__": "__snippet__"}
    ran = 0
    for block in blocks(page):
        if block.marker == "plugin":
            continue  # tests/test_packaging.py runs these with the plug-in installed
        if block.marker.startswith("requires ") and not _importable(block.marker.split()[1]):
            compile(block.body, block.where, "exec")  # the recipe's platform is absent here
        elif block.marker.startswith("excerpt "):
            run_excerpt(block)
        elif block.lang == "python":
            run_python(block, namespace)
        elif block.lang == "console":
            run_console(block)
        elif block.lang in ("yaml", "json", "toml"):
            run_data(block)
        elif block.lang == "jinja" and block.body.startswith("{# "):
            target = Path(block.body[3:].split(":", 1)[0])
            target.write_text(block.body, encoding="utf-8")
        else:
            continue
        ran += 1
    assert ran or not any(block.lang for block in blocks(page))


def test_markers_are_known() -> None:
    for page in PAGES:
        for block in blocks(page):
            kind = block.marker.split(" ", 1)[0]
            assert kind in ("", "excerpt", "plugin", "passes", "requires"), block.where


def test_a_failing_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```python\nimport datetime\ndatetime.nope\n```\n", encoding="utf-8")
    (block,) = blocks(page)
    with pytest.raises(AttributeError):
        run_python(block, {})


def test_an_altered_excerpt_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- snippet: excerpt pyproject.toml -->\n"
        "```toml\n[project]\nname = …\nversion = 1\n```\n",
        encoding="utf-8",
    )
    (block,) = blocks(page)
    with pytest.raises(AssertionError, match="is not in"):
        run_excerpt(block)
    body = '[project]\nname = "opscontent"\n…\nrequires-python'
    run_excerpt(dataclasses.replace(block, body=body))


def test_the_errors_each_entry_point_raises_are_as_documented() -> None:
    """writing.md's table: loaders raise opscontent's error, models built in Python pydantic's."""
    with pytest.raises(opscontent.ValidationError) as loaded:
        opscontent.loads('{"meta": {"title": 1}}')
    assert loaded.value.path == "$.meta.title"
    with pytest.raises(pydantic.ValidationError):
        opscontent.Metric(target="40")  # type: ignore[call-arg, arg-type]
    with pytest.raises(pydantic.ValidationError):
        opscontent.Document.model_validate({"meta": {"title": 1}})
    meta = opscontent.Meta(title="Plan")
    with pytest.raises(pydantic.ValidationError):
        meta.title = 1  # type: ignore[assignment]
    assert issubclass(opscontent.ValidationError, ValueError)
    assert issubclass(pydantic.ValidationError, ValueError)
