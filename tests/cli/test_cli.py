"""The command line: exit codes, one-line located errors, stdin, formats, --help."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from opscontent.cli import main

from ..conftest import EN_EXAMPLE, EXAMPLES


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_pass(path: Path) -> None:
    code, out, err = run("check", str(path), "--profile", "full")
    assert (code, err) == (0, "")
    assert "100/100" in out or "96/100" in out


def test_json_output_and_several_files() -> None:
    code, out, _ = run("check", *map(str, EXAMPLES), "-f", "json", "-l", "en")
    reports = json.loads(out)
    assert code == 0
    assert [r["ok"] for r in reports] == [True] * len(EXAMPLES)
    code, out, _ = run("check", str(EN_EXAMPLE), "-f", "json")
    assert json.loads(out)["profile"] == "full"


def test_errors_found_exit_1_with_lines() -> None:
    code, out, _ = run(
        "check", "-", "--input-format", "json", "-l", "en", stdin=b'{\n  "meta": {"title": "t"}\n}'
    )
    assert code == 1
    assert "<stdin>:3:1: error OC101" in out or "<stdin>" in out


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (b'{"meta": ', "<stdin>:1:10: OC001"),
        (b"meta: {title: 1}", "<stdin>:1:8: OC002"),
        (b"\xff\xfe", "<stdin>:1:1: OC005"),
        (b"", "OC001 the input holds no document"),
    ],
)
def test_unusable_input_exit_2_one_line(stdin: bytes, expected: str) -> None:
    code, out, err = run("check", "-", stdin=stdin)
    assert code == 2
    assert out == ""
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["check", "x.json", "--today", "tomorrow"],
        ["frob"],
        ["check", "-l", "fr", "-"],
        ["check", "--profile", "nope", "-"],
        ["check", "missing.yaml"],
        ["check", "doc.txt"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [[], ["check"], ["new"], ["schema"]])
def test_help_everywhere(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0
    assert "usage: opscontent" in out


def test_new_then_check_flags_placeholders(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    assert run("new", "--profile", "work-plan", "-o", str(target))[0] == 0
    hint = f"# 检查方法：opscontent check {target} --profile work-plan\n"
    assert target.read_text(encoding="utf-8").startswith(hint)
    code, out, _ = run("check", str(target), "--profile", "work-plan", "-f", "json")
    report = json.loads(out)
    assert code == 1
    errors = {f["code"] for f in report["findings"] if f["severity"] == "error"}
    assert errors == {"OC104", "OC105"}  # placeholders, and sections with no items yet
    assert run("new", "-l", "en", "-f", "json")[1].startswith("{")


def test_new_writes_the_format_its_output_names(tmp_path: Path) -> None:
    import yaml

    assert run("new", "-p", "work-plan", "-o", str(tmp_path / "a.yml"))[0] == 0
    assert isinstance(yaml.safe_load((tmp_path / "a.yml").read_text("utf-8")), dict)
    assert run("new", "-o", str(tmp_path / "a.json"))[0] == 0
    json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert run("new")[1].startswith("# ")  # standard output: YAML, with its how-to-check line
    for output, fmt in (("b.yaml", "json"), ("b.json", "yaml")):
        code, _, err = run("new", "-f", fmt, "-o", str(tmp_path / output))
        assert code == 2
        assert "OC003" in err
        assert not (tmp_path / output).exists()
    code, _, err = run("new", "-o", str(tmp_path / "b.toml"))
    assert (code, "OC003" in err, (tmp_path / "b.toml").exists()) == (2, True, False)


def test_user_profile_file(tmp_path: Path) -> None:
    profile = tmp_path / "mine.toml"
    profile.write_text('extends = "job-description"\nrecommended = []\n', encoding="utf-8")
    code, out, _ = run("check", str(EN_EXAMPLE), "--profile", str(profile), "-f", "json")
    assert code == 0
    assert json.loads(out)["profile"] == "mine"
    profile.write_text('extends = "full"\nmax_point_change = "lots"\n', encoding="utf-8")
    code, _, err = run("check", str(EN_EXAMPLE), "--profile", str(profile))
    assert code == 2
    assert f"{profile}:2:" in err
    assert "OC006" in err


def test_schema_command_prints_the_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out)["$schema"].endswith("2020-12/schema")


def test_console_script_has_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"meta": {"title": "t", "x": 1}}', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "opscontent", "check", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{bad}:1:25: OC002 unknown field 'x' (at $.meta.x)"


def test_import_command(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "zh-wiki-paste.txt"
    target = tmp_path / "doc.json"
    code, _, err = run("import", str(source), "-o", str(target))
    assert code == 0
    assert "leftover: 3天前" in err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["meta"]["title"] == "社群运营专员工作内容"
    code, out, _ = run("import", "-", "-l", "en", stdin=b"Plan\n\nResponsibilities\n- Own growth\n")
    assert code == 0
    assert "kind: responsibilities" in out
    assert run("import", "missing.txt")[0] == 2


@pytest.mark.parametrize("data", [b"", b" \n\t\n", b"\xef\xbb\xbf\n"])
def test_importing_an_empty_input_is_an_error(data: bytes) -> None:
    code, out, err = run("import", "-", stdin=data)
    assert (code, out) == (2, "")
    assert err == "<stdin>:1:1: OC001 the input is empty: nothing to import\n"


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"PK\x03\x04\x14\x00", "zipped Office file"), (b"%PDF-1.7\n", "a PDF file")],
)
def test_import_names_files_that_are_not_text(data: bytes, kind: str) -> None:
    """A .docx or a PDF is named as such, with what to do, not reported as bad UTF-8."""
    code, _, err = run("import", "-", stdin=data)
    assert code == 2
    assert err.startswith("<stdin>: OC005 this is ")
    assert kind in err
    assert "save it as plain text" in err


def test_shell_completion_only_when_asked(tmp_path: Path) -> None:
    pytest.importorskip("argcomplete", reason="the completion extra is not installed")
    answers = tmp_path / "completions"
    env = {
        **os.environ,
        "_ARGCOMPLETE": "1",
        "COMP_LINE": "opscontent ren",
        "COMP_POINT": "14",
        "_ARGCOMPLETE_STDOUT_FILENAME": str(answers),
    }
    code = "import sys, opscontent.cli; sys.exit(opscontent.cli.main())"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    assert sorted(answers.read_text().split("\v")) == ["render", "renderers"]
    probe = (
        "import sys, opscontent.cli; opscontent.cli.main(['--version']); print(sorted(sys.modules))"
    )
    plain = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert "argcomplete" not in plain.stdout


@pytest.mark.parametrize(("before", "after"), [(None, "__all__"), ("", ""), ("1", "1")])
def test_the_command_skips_pydantic_plugins_unless_told(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    before: str | None,
    after: str,
) -> None:
    from opscontent.cli import console_main

    if before is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", before)
    monkeypatch.setattr("sys.argv", ["opscontent", "--version"])
    assert console_main() == 0
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == after
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize(
    ("env", "argv", "chinese"),
    [
        ({"LANG": "zh_CN.UTF-8"}, [], True),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, [], False),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, [], True),
        ({"LANG": "zh_CN.UTF-8"}, ["-l", "en"], False),
        ({"LANG": "de_DE.UTF-8"}, [], False),  # no catalog: English
    ],
)
def test_an_unreadable_document_is_reported_in_the_environments_language(
    env: dict[str, str], argv: list[str], chinese: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, _, err = run("check", "-", *argv, stdin=b"meta:\n title: a: b\n")
    assert code == 2
    said = err.split("OC001 ", 1)[1]
    assert said.startswith("YAML 格式错误：" if chinese else "invalid YAML: "), err


def test_an_empty_translation_is_refused_and_the_document_kept(tmp_path: Path) -> None:
    base = tmp_path / "plan.yaml"
    base.write_text("meta:\n  title: 计划\n", encoding="utf-8")
    code, out, err = run("import", "-", "--translation-of", str(base), stdin=b"\n")
    assert (code, out) == (2, "")
    assert err == "<stdin>:1:1: OC001 the input is empty: nothing to import\n"
    assert base.read_text(encoding="utf-8") == "meta:\n  title: 计划\n"
