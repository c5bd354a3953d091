"""The built wheel and sdist, and the wheel installed in a fresh venv without extras.

Marked ``packaging``: ``make test`` runs it once, after the quick suite (about 20 s). No network:
the wheel is built with the venv's hatchling, and the fresh venv gets the core dependencies as
links to the ones already installed, so it holds exactly what ``pip install opscontent`` would.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import opscontent
from tests.snippets import ROOT, blocks, workspace

pytestmark = pytest.mark.packaging

EXPECTED_IN_WHEEL = [
    "opscontent/__init__.py",
    "opscontent/py.typed",
    "opscontent/schema.py",
    "opscontent/render/templates/html.html.j2",
    "opscontent/render/templates/markdown.md.j2",
    "opscontent/render/templates/text.txt.j2",
    "opscontent/render/templates/_style.css",
    "opscontent/i18n/catalogs/opscontent.pot",
    "opscontent/i18n/catalogs/zh_Hans_CN.po",
    "opscontent/i18n/catalogs/en_US.po",
]


def run(
    *argv: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in argv], capture_output=True, text=True, check=False, cwd=cwd, env=env
    )


def dependency_closure(name: str, extras: frozenset[str] = frozenset()) -> Iterator[str]:
    """``name`` and every distribution it needs (with ``extras``), as installed here."""
    seen: set[str] = set()
    todo = [(name, extras)]
    while todo:
        current, wanted = todo.pop()
        key = current.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        yield current
        for line in metadata.requires(current) or []:
            req = Requirement(line)
            env = [{"extra": extra} for extra in wanted or {""}]
            if req.marker is None or any(req.marker.evaluate(e) for e in env):
                todo.append((req.name, frozenset(req.extras)))


def link_distributions(names: list[str], site: Path) -> None:
    """Make installed distributions importable in ``site`` by linking their top-level files."""
    for name in names:
        dist = metadata.distribution(name)
        base = Path(str(dist.locate_file("")))
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if ".." not in Path(str(f)).parts}
        for top in tops - {"__pycache__"}:
            target = site / top
            if not target.exists():
                target.symlink_to(base / top)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    dist = tmp_path_factory.mktemp("dist")
    hatchling = Path(sys.executable).with_name("hatchling")
    result = run(hatchling, "build", "-t", "wheel", "-t", "sdist", "-d", dist, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    return wheel, sdist


@pytest.fixture(scope="module")
def fresh(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding the wheel and its core dependencies, nothing else."""
    venv = tmp_path_factory.mktemp("venv")
    assert run(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    python = venv / "bin" / "python"
    site = Path(
        run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    )
    core = [name for name in dependency_closure("opscontent") if name != "opscontent"]
    link_distributions(core, site)
    pip: list[str | Path] = [sys.executable, "-m", "pip", "--python", python]
    pip.append("--disable-pip-version-check")
    result = run(*pip, "install", "--no-index", "--no-deps", built[0])
    assert result.returncode == 0, result.stderr
    result = run(*pip, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    return venv


def test_wheel_contents(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    names = zipfile.ZipFile(wheel).namelist()
    for expected in EXPECTED_IN_WHEEL:
        assert expected in names
    info = f"opscontent-{opscontent.__version__}.dist-info"
    assert f"{info}/licenses/LICENSE" in names
    meta = zipfile.ZipFile(wheel).read(f"{info}/METADATA").decode()
    assert f"Version: {opscontent.__version__}" in meta
    assert "License-Expression: MIT" in meta
    assert re.search(r"^Requires-Dist: pyyaml>=6\.0$", meta, re.MULTILINE | re.IGNORECASE)
    assert "Provides-Extra: yaml" in meta
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".coverage"))]
    assert not [n for n in names if not n.startswith(("opscontent/", info))]


def test_sdist_ships_sources_only(built: tuple[Path, Path]) -> None:
    _, sdist = built
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    for expected in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "src/opscontent/py.typed",
        "mkdocs.yml",
        "docs/index.md",
        "tests/test_docs.py",
    ):
        assert expected in names
    for name in names:
        assert not name.startswith((".venv", "site/", ".ci", "dist/", ".git/")), name
        assert "__pycache__" not in name
        assert not name.endswith(".coverage"), name


def test_readme_commands_run_from_the_wheel(fresh: Path, tmp_path: Path) -> None:
    python = fresh / "bin" / "python"
    for module in ("docx", "hypothesis", "argcomplete", "mkdocs"):
        assert run(python, "-c", f"import {module}").returncode != 0, f"{module} is installed"
    cwd = workspace(tmp_path)
    env = {**os.environ, "PATH": f"{fresh / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    ran = 0
    readme = blocks(ROOT / "README.md")
    for block in readme:
        if block.lang == "python":
            result = run(python, "-c", block.body, cwd=cwd, env=env)
            assert result.returncode == 0, result.stderr
            ran += 1
        if block.lang != "console":
            continue
        for raw in block.body.splitlines():
            line = raw.removeprefix("$ ")
            if not line.startswith("opscontent "):
                continue
            comment = line.partition("  #")[2]
            expected = 2 if "opscontent[" in comment else 1 if "exit 1" in comment else 0
            result = run("bash", "-c", line, cwd=cwd, env=env)
            assert result.returncode == expected, f"{line}\n{result.stderr}"
            if expected == 2:
                assert "OC009" in result.stderr  # the missing extra, named
            ran += 1
    assert ran >= 9
    schema = json.loads((cwd / "opscontent.schema.json").read_text("utf-8"))
    assert schema == json.loads((ROOT / "schema" / "opscontent.schema.json").read_text("utf-8"))
    assert (cwd / "plan.yaml").read_text("utf-8").startswith(("meta:", "#"))


def test_plugin_installs_as_docs_say(fresh: Path, tmp_path: Path) -> None:
    hatchling = list(dependency_closure("hatchling"))
    python = fresh / "bin" / "python"
    site = Path(
        run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    )
    link_distributions(hatchling, site)  # to build the plug-in without the network
    cwd = workspace(tmp_path)
    env = {**os.environ, "PATH": f"{fresh / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    outputs = []
    for block in blocks(ROOT / "docs" / "extending.md"):
        if block.marker != "plugin":
            continue
        if block.lang == "python":
            result = run(python, "-c", block.body, cwd=cwd, env=env)
            assert result.returncode == 0, result.stderr
            outputs.append(result.stdout)
            continue
        for raw in block.body.splitlines():
            if not raw.startswith("$ "):
                continue
            words = shlex.split(raw[2:], comments=True)
            if words[:2] == ["pip", "install"]:
                words = [*pip, "install", "--no-index", "--no-build-isolation", *words[2:]]
            result = run(*words, cwd=cwd, env=env)
            assert result.returncode == 0, f"{raw}\n{result.stderr}"
            outputs.append(result.stdout)
    assert "chat-card" in outputs[1]
    assert "plug-in" in outputs[1]
    card = json.loads(outputs[2])
    assert card["msgtype"] == "markdown"
    assert "###" in card["markdown"]["content"]
    assert json.loads(outputs[3])["msgtype"] == "markdown"
