"""``opscontent import FILE --translation-of DOC``: the document rewritten, the report on stderr."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import opscontent
from opscontent.cli import main
from opscontent.model.localized import Localized

BASE = """\
meta:
  title: 社群运营计划
  language: zh-Hans
sections:
  - kind: tasks
    items:
      - name: 社群日常维护
        owner: 赵婷
      - name: 专家直播答疑
"""

ENGLISH = """\
# Community operations plan

## Key tasks

- Daily community upkeep
  - Owner: Zhao Ting
- Expert live Q&A
- Weekly community report
"""


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    base, english = tmp_path / "plan.yaml", tmp_path / "en.md"
    base.write_text(BASE, encoding="utf-8")
    english.write_text(ENGLISH, encoding="utf-8")
    return base, english


def test_the_document_is_written_over_itself(files: tuple[Path, Path]) -> None:
    base, english = files
    code, out, err = run("import", str(english), "--translation-of", str(base), "-o", str(base))
    assert (code, out) == (0, "")
    doc = opscontent.load(base)
    assert doc.meta.languages == ["zh-Hans", "en"]
    name = doc.sections[0].items[0].name  # type: ignore[attr-defined]
    assert isinstance(name, Localized)
    assert dict(name.texts) == {"zh-Hans": "社群日常维护", "en": "Daily community upkeep"}
    lines = err.splitlines()
    assert lines[0] == (
        f"{english}:8: extra_item 'Weekly community report': the document has no item in this "
        "place (at $.sections[0].items[2])"
    )
    assert (
        lines[-1]
        == f"{english}: 4 texts aligned (en); 1 not aligned (1 extra_item); 0 values differ"
    )


def test_standard_output_and_stdin(files: tuple[Path, Path]) -> None:
    base, _ = files
    code, out, _ = run(
        "import", "-", "--translation-of", str(base), "-f", "json", stdin=ENGLISH.encode()
    )
    assert code == 0
    doc = opscontent.loads(out, format="json")
    assert str(doc.meta.title) == "社群运营计划"
    assert isinstance(doc.meta.title, Localized)


@pytest.mark.parametrize(
    ("argv", "code_shown"),
    [
        (["--language", "en!"], "OC008"),
        (["--language", "zh"], "OC015"),
        (["-l", "zh"], "OC015"),
    ],
)
def test_bad_language_exits_2_with_one_line(
    files: tuple[Path, Path], argv: list[str], code_shown: str
) -> None:
    base, english = files
    code, out, err = run("import", str(english), "--translation-of", str(base), *argv)
    assert (code, out) == (2, "")
    (line,) = err.splitlines()
    assert f" {code_shown} " in line
    assert base.read_text(encoding="utf-8") == BASE


def test_unusable_files_exit_2(files: tuple[Path, Path], tmp_path: Path) -> None:
    base, english = files
    code, _, err = run("import", str(tmp_path / "none.md"), "--translation-of", str(base))
    assert code == 2
    assert " OC004 " in err
    code, _, err = run("import", str(english), "--translation-of", str(tmp_path / "none.yaml"))
    assert code == 2
    assert " OC004 " in err
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text("meta:\n  title: 计划\n  colour: red\n", encoding="utf-8")
    code, _, err = run("import", str(english), "--translation-of", str(invalid))
    assert code == 2
    assert f"{invalid}:3:3: OC002" in err


def test_language_without_a_translation_is_a_usage_error(files: tuple[Path, Path]) -> None:
    _, english = files
    code, out, err = run("import", str(english), "--language", "en")
    assert (code, out) == (2, "")
    (line,) = err.splitlines()
    assert " OC003 " in line
