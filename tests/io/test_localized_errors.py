"""Loader and validation errors (OC0xx) in another language: same code, place and path."""

from __future__ import annotations

import ast
import inspect
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import opscontent
from opscontent import exceptions
from opscontent.batch._job import RenderJob, render_text
from opscontent.cli import main
from opscontent.exceptions import Message, OpsContentError
from opscontent.importers import import_translation
from opscontent.io import _validation

SRC = Path(opscontent.__file__).parent
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _raised(action: Callable[[], object]) -> OpsContentError:
    with pytest.raises(OpsContentError) as info:
        action()
    return info.value


def _bad_profile(tmp: Path) -> Path:
    path = tmp / "p.toml"
    path.write_text('extends = "nope"\n', "utf-8")
    return path


def _bad_template(tmp: Path) -> Path:
    (tmp / "text.txt.j2").write_text("{{ 1 / 0 }}", "utf-8")
    return tmp


def _cases(tmp: Path) -> dict[str, Callable[[], object]]:
    doc = opscontent.Document(meta=opscontent.Meta(title="t"))
    return {
        "OC001": lambda: opscontent.loads('{"meta": {"title": "t",}}', "json"),
        "OC002": lambda: opscontent.loads("meta:\n  title: ''\n", "yaml"),
        "OC003": lambda: opscontent.loads("{}", "xml"),
        "OC004": lambda: opscontent.load(tmp / "missing.yaml"),
        "OC005": lambda: opscontent.loads(b'{"meta": {"title": "\xff"}}', "json"),
        "OC006": lambda: opscontent.check(doc, profile=_bad_profile(tmp)),
        "OC007": lambda: opscontent.check(doc, profile="nope"),
        "OC008": lambda: opscontent.render(doc, "text", locale="xx"),
        "OC009": lambda: _raise(exceptions.MissingExtraError("Importing .docx files", "d", "m")),
        "OC010": lambda: opscontent.get_renderer("nope"),
        "OC011": lambda: opscontent.render(doc, "text", colour="red"),
        "OC012": lambda: opscontent.render(doc, "text", template_dirs=[_bad_template(tmp)]),
        "OC013": lambda: opscontent.load(_big(tmp), max_bytes=1),
        "OC014": lambda: _raise(exceptions.WriteError(Message("is a file, not a folder"))),
        "OC015": lambda: import_translation("# 计划\n\n## 岗位职责\n\n- 拉新", _zh_doc()),
    }


def _zh_doc() -> opscontent.Document:
    return opscontent.loads('{"meta": {"title": "计划", "language": "zh"}}', "json")


def _raise(error: Exception) -> None:
    raise error


def _big(tmp: Path) -> Path:
    path = tmp / "big.json"
    path.write_text("{}", "utf-8")
    return path


def test_every_input_error_code_has_a_chinese_message(tmp_path: Path) -> None:
    cases = _cases(tmp_path)
    codes = {
        cls.code
        for cls in (getattr(exceptions, name) for name in exceptions.__all__)
        if inspect.isclass(cls) and issubclass(cls, OpsContentError) and cls.code != "OC000"
    }
    assert set(cases) == codes
    for code, action in cases.items():
        error = _raised(action)
        assert error.code == code
        zh, en = error.localize("zh"), error.localize("en")
        assert en == str(error)
        assert _HAN.search(error.message_in("zh")), (code, zh)
        assert zh[: zh.index(code)] == en[: en.index(code)]  # the same place
        assert "\n" not in zh
    missing_extra = _raised(cases["OC009"])
    assert missing_extra.message_in("zh").startswith("导入 .docx 文件需要可选依赖")


def test_validation_problems_are_localized_one_by_one() -> None:
    text = "meta:\n  title: ''\nsections:\n  - kind: tasks\n    items:\n      - cadence: 经常\n"
    error = _raised(lambda: opscontent.loads(text, "yaml", file="plan.yaml"))
    assert isinstance(error, opscontent.ValidationError)
    en, zh = error.lines(), error.lines("zh_CN")
    assert [line.split(" OC002 ")[0] for line in zh] == [line.split(" OC002 ")[0] for line in en]
    assert zh == [
        "plan.yaml:2:3: OC002 'title'不能为空，实际为 ''（位置：$.meta.title）",
        "plan.yaml:6:9: OC002 缺少必填字段 'name'（位置：$.sections[0].items[0].name）",
        "plan.yaml:6:9: OC002 'cadence'应为 'daily'、'weekly'、'biweekly'、'monthly'、"
        "'quarterly'、'semiannually'、'annually'或'ad_hoc'，或其中文名称，实际为 '经常'"
        "（位置：$.sections[0].items[0].cadence）",
    ]
    assert error.message_in("zh").endswith("（另有 2 处）")
    assert error.problems[0].message_in(None) == error.problems[0].message


def test_an_unknown_language_says_it_in_english() -> None:
    error = _raised(lambda: opscontent.loads("{}", "xml"))
    assert error.localize("xx") == str(error)


def test_model_messages_are_all_marked_for_translation() -> None:
    """Every custom error message of the model is one :mod:`_validation` knows."""
    found = set()
    for path in (SRC / "model").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PydanticCustomError":
                found.add(_literal(node.args[1]) if len(node.args) > 1 else None)
            if isinstance(node, ast.keyword) and node.arg == "custom_error_message":
                found.add(_literal(node.value))
            if isinstance(node, ast.Tuple) and len(node.elts) == 5:  # document integrity problems
                code, message = node.elts[1], node.elts[2]
                said = message.value if isinstance(message, ast.Constant) else None
                if isinstance(code, ast.Constant) and isinstance(said, str) and " " in said:
                    found.add(said)
    found.discard(None)
    assert found - set(_validation._MODEL_MESSAGES) == set()


def _literal(node: ast.expr) -> str | None:
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def test_no_error_is_raised_with_an_unmarked_literal_message() -> None:
    names = {
        name
        for name in exceptions.__all__
        if inspect.isclass(cls := getattr(exceptions, name)) and issubclass(cls, OpsContentError)
    }
    offenders = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in names
                and node.args
                and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


def _cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(b""), stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


BAD = (
    "meta:\n  title: 计划\n{language}sections:\n  - kind: tasks\n    items:\n"
    "      - {{name: x, cadence: often}}\n"
)


@pytest.mark.parametrize(
    ("language", "option"), [("", ("-l", "zh")), ("  language: zh_Hans_CN\n", ())]
)
def test_command_line_errors_in_chinese(
    tmp_path: Path, language: str, option: tuple[str, ...]
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(BAD.format(language=language), "utf-8")
    code, err = _cli("check", str(path), *option)
    line = 7 if language else 6
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith(f"{path}:{line}:19: OC002 'cadence'应为 'daily'、")
    assert err.endswith("实际为 'often'（位置：$.sections[0].items[0].cadence）\n")


def test_command_line_errors_stay_english_without_a_chinese_language(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(BAD.format(language=""), "utf-8")
    code, err = _cli("check", str(path))
    assert (code, err.count("\n")) == (2, 1)
    assert "must be one of" in err
    code, err = _cli("check", str(tmp_path / "missing.yaml"), "-l", "zh")
    assert code == 2
    assert "OC004 无法读取文件：" in err


@pytest.mark.parametrize(
    ("locale", "meta", "said"),
    [
        (None, '{"language": "zh"}', "缺少必填字段 'title'（位置：$.meta.title）"),
        (None, "{}", "required field 'title' is missing (at $.meta.title)"),
        ("zh", "{}", "缺少必填字段 'title'（位置：$.meta.title）"),
    ],
)
def test_batch_errors_in_the_job_or_document_language(
    locale: str | None, meta: str, said: str
) -> None:
    job = RenderJob("text", locale, input_format="json")
    result = render_text(0, "b.json", f'{{"meta": {meta}}}', job)
    assert result.errors == (f"b.json:1:2: OC002 {said}",)


_QUOTED = re.compile(r"'[^']*'|“[^”]*”|（位置：[^）]*）|\$\.\S*")
_ENGLISH = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")


def test_every_validation_mistake_reads_in_chinese() -> None:
    """Each mistake of the schema fixtures says no English sentence in Chinese."""
    from ..test_schema import BEYOND_SCHEMA, MISTAKES, with_mistake

    for mistake in [*MISTAKES, *BEYOND_SCHEMA]:
        text = json.dumps(with_mistake(mistake), ensure_ascii=False)
        with pytest.raises(opscontent.ValidationError) as info:
            opscontent.loads(text, "json")
        error = info.value
        for problem in error.problems:
            said = _QUOTED.sub("", problem.message_in("zh"))
            assert not _ENGLISH.search(said), (mistake["name"], problem.message_in("zh"))
