"""The fenced code blocks of README.md and docs/, and the workspace they run in.

A block may be preceded by a marker line that says how it is tested:

- ``<!-- snippet: excerpt PATH -->``: the block is a verbatim excerpt of the file ``PATH``;
- ``<!-- snippet: plugin -->``: it needs the example plug-in installed (run in a fresh venv);
- ``<!-- snippet: passes PROFILE -->``: a YAML document that ``check`` passes with ``PROFILE``;
- ``<!-- snippet: requires MODULE -->``: a recipe for a platform (Spark) that runs only where
  ``MODULE`` is installed, and is otherwise only compiled.

Console lines run when their command is ``opscontent``; a comment saying ``exit N`` gives the
expected exit code (0 otherwise).
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import opscontent

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(
    r"^(?:<!-- snippet: (?P<marker>[^>]*?) -->\n)?```(?P<lang>[a-z]*)\n(?P<body>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)
EXIT = re.compile(r"\bexit (\d)\b")
SAMPLE_TEXT = ROOT / "tests" / "fixtures" / "import" / "zh-numbered.txt"
TRANSLATION = ROOT / "tests" / "fixtures" / "import" / "translations" / "01-user-growth.en.md"
"""The English version of ``examples/user-growth-operations.zh.yaml`` (the examples' plan.yaml)."""


@dataclass(frozen=True)
class Block:
    """One fenced code block."""

    page: Path
    line: int
    lang: str
    body: str
    marker: str

    @property
    def where(self) -> str:
        """``page:line``, for messages and compiled code."""
        page = self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page
        return f"{page}:{self.line}"


@dataclass(frozen=True)
class Command:
    """One ``$ opscontent …`` console line."""

    argv: list[str]
    stdout_to: str | None
    expected: int
    text: str


def blocks(page: Path) -> list[Block]:
    """Every fenced block of ``page``, in order."""
    text = page.read_text("utf-8")
    return [
        Block(
            page,
            text.count("\n", 0, match.start("body")),
            match["lang"],
            match["body"],
            (match["marker"] or "").strip(),
        )
        for match in FENCE.finditer(text)
    ]


def commands(block: Block) -> list[Command]:
    """The ``opscontent`` command lines of a console block (other commands are not run)."""
    found = []
    for raw in block.body.splitlines():
        if not raw.startswith("$ "):
            continue
        line = raw[2:]
        comment = line.partition("  #")[2]
        words = shlex.split(line, comments=True)
        if not words or words[0] != "opscontent" or "|" in words:
            continue
        stdout_to = None
        if ">" in words:
            at = words.index(">")
            stdout_to, words = words[at + 1], words[:at]
        exit_code = EXIT.search(comment)
        found.append(Command(words, stdout_to, int(exit_code[1]) if exit_code else 0, line))
    return found


def workspace(where: Path) -> Path:
    """A folder holding the files the examples name: examples/, plan.yaml, a pasted text …"""
    shutil.copytree(ROOT / "examples", where / "examples")
    shutil.copytree(ROOT / "schema", where / "schema")
    (where / "plans").mkdir()
    for example in (where / "examples").glob("*.yaml"):
        shutil.copy(example, where / "plans" / example.name)
    shutil.copy(where / "examples" / "user-growth-operations.zh.yaml", where / "plan.yaml")
    for name in ("岗位说明.txt", "旧岗位说明.txt", "old.txt"):
        shutil.copy(SAMPLE_TEXT, where / name)
    shutil.copy(TRANSLATION, where / "plan.en.md")  # the English version of plan.yaml
    word = opscontent.render(opscontent.load(where / "plan.yaml"), "docx", locale="zh")
    assert isinstance(word, bytes)
    for name in ("岗位说明.docx", "plan.docx"):  # Word files to import
        (where / name).write_bytes(word)
    (where / "my_templates").mkdir()
    return where
