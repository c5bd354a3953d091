"""Loaders: located errors for every kind of bad input, identity round trips."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import opscontent
from opscontent.io import sniff

from ..conftest import EN_EXAMPLE, EXAMPLES


def error_of(text: str | bytes, fmt: str | None) -> opscontent.OpsContentError:
    with pytest.raises(opscontent.OpsContentError) as info:
        opscontent.loads(text, fmt, file="doc")
    return info.value


@pytest.mark.parametrize(
    ("text", "fmt", "code", "line", "column"),
    [
        ('{"meta": {"title": "t",}}', "json", "OC001", 1, 24),
        ('{"meta": {"title": "t"},\n "meta": {}}', "json", "OC001", 2, 2),
        ('{"meta": {"title": NaN}}', "json", "OC001", 1, 20),
        ('{"meta": {"title": "NaN",\n "x": -Infinity}}', "json", "OC001", 2, 7),
        ("meta:\n  title: [unclosed\n", "yaml", "OC001", 3, 1),
        ("meta:\n  title: a\n  title: b\n", "yaml", "OC001", 3, 3),
        ("meta:\n\ttitle: x\n", "yaml", "OC001", 2, 1),
        ("a: 2024-13-45\n", "yaml", "OC001", 1, 4),
        ("meta:\n  title: t\n  effective_date: 2027-02-30\n", "yaml", "OC001", 3, 19),
        ('[meta]\ntitle = "t"\ntitle = "u"\n', "toml", "OC001", 3, 12),
        ('{"meta": {"title": "t", "colour": 1}}', "json", "OC002", 1, 25),
        (
            "meta:\n  title: t\nsections:\n  - kind: tasks\n    items:\n      - name: 5\n",
            "yaml",
            "OC002",
            6,
            9,
        ),
        (b'{"meta": {"title": "\xff"}}', "json", "OC005", 1, 21),
    ],
)
def test_errors_are_located(
    text: str | bytes, fmt: str, code: str, line: int | None, column: int | None
) -> None:
    error = error_of(text, fmt)
    assert (error.code, error.line, error.column) == (code, line, column)
    assert "\n" not in str(error)
    assert str(error).startswith("doc")


def test_validation_error_lists_every_problem() -> None:
    text = '{"meta": {"title": ""},\n "sections": [{"kind": "tasks", "items": [{"nme": "x"}]}]}'
    error = error_of(text, "json")
    assert isinstance(error, opscontent.ValidationError)
    assert [(p.path, p.line) for p in error.problems] == [
        ("$.meta.title", 1),
        ("$.sections[0].items[0].name", 2),
        ("$.sections[0].items[0].nme", 2),
    ]
    assert all(line.startswith("doc:") for line in error.lines())


def test_yaml_alias_bomb_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, "
        f"*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
        for i in range(1, 8)
    ]
    assert error_of("\n".join(lines), "yaml").code == "OC001"


def test_unsafe_yaml_tags_are_refused() -> None:
    assert error_of("meta: !!python/object:os.system {}\n", "yaml").code == "OC001"


def test_errors_inherit_builtins() -> None:
    assert isinstance(error_of("{", "json"), ValueError)
    with pytest.raises(LookupError):
        opscontent.check(opscontent.loads('{"meta": {"title": "t"}}'), locale="xx")


def test_read_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(opscontent.ReadError) as info:
        opscontent.load(tmp_path / "missing.json")
    assert info.value.code == "OC004"
    (tmp_path / "doc.txt").write_text("meta: {title: T}\n", encoding="utf-8")
    with pytest.raises(opscontent.FormatError):
        opscontent.load(tmp_path / "doc.txt")
    (tmp_path / "folder").mkdir()  # a folder is not a format problem: it cannot be read
    with pytest.raises(opscontent.ReadError, match="directory"):
        opscontent.load(tmp_path / "folder")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("", "json"), ("  \n\n", "yaml"), ("# only a comment\n", "yaml"), ("", "toml")],
)
def test_an_input_that_holds_nothing_says_so(text: str, kind: str) -> None:
    with pytest.raises(opscontent.ParseError, match="holds no document") as info:
        opscontent.loads(text, kind)
    assert info.value.code == "OC001"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_json_round_trip_is_identity(path: Path) -> None:
    doc = opscontent.load(path)
    text = opscontent.dumps(doc)
    again = opscontent.loads(text, "json")
    assert again == doc
    assert opscontent.dumps(again) == text
    assert opscontent.loads(opscontent.dumps(doc, "yaml"), "yaml") == doc


def test_dump_and_load_files(tmp_path: Path) -> None:
    doc = opscontent.load(EN_EXAMPLE)
    for name in ("doc.json", "doc.yaml"):
        opscontent.dump(doc, tmp_path / name)
        assert opscontent.load(tmp_path / name) == doc


def test_toml_is_read() -> None:
    doc = opscontent.loads('[meta]\ntitle = "计划"\neffective_date = 2027-01-01\n', "toml")
    assert doc.meta.effective_date is not None
    with pytest.raises(opscontent.FormatError):
        opscontent.dumps(doc, "toml")


def test_byte_order_mark_and_bytes_are_accepted() -> None:
    data = json.dumps({"meta": {"title": "标题"}}, ensure_ascii=False)
    assert opscontent.loads(("\ufeff" + data).encode()).meta.title == "标题"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{}", "json"),
        ("meta:\n  title: t", "yaml"),
        ("[meta]\ntitle = 't'", "toml"),
        ('title = "t"', "toml"),
        ("- a", "yaml"),
    ],
)
def test_sniff(text: str, expected: str) -> None:
    assert sniff(text) == expected


def test_missing_yaml_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(opscontent.MissingExtraError, match=r"opscontent\[yaml\]") as info:
        opscontent.loads("meta: {title: t}", "yaml")
    assert isinstance(info.value, ImportError)
    assert opscontent.loads('{"meta": {"title": "t"}}').meta.title == "t"


@pytest.mark.parametrize(
    ("text", "fmt", "line", "column"),
    [("meta:\n  title: \x07\n", "yaml", 2, 10), ('[meta]\ntitle = "t', "toml", 2, 11)],
)
def test_more_parse_errors_are_located(text: str, fmt: str, line: int, column: int) -> None:
    error = error_of(text, fmt)
    assert (error.line, error.column) == (line, column)


def test_list_entries_are_named_by_their_list() -> None:
    """A wrong list entry is named ``'sections' entry 0``, not a bare index."""
    text = '{"meta": {"title": "T", "authors": [1]}, "sections": [3]}'
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(text)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.meta.authors[0]", "'authors' entry 0 must be text, found 1"),
        ("$.sections[0]", "'sections' entry 0 must be an object (a mapping), found 3"),
    ]


def test_yaml_sets_become_sorted_lists() -> None:
    """A YAML set has no order; it is read sorted, so errors come in the same order every run."""
    text = "meta: {title: T}\nsections: !!set {b, a, c}\n"
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(text, "yaml")
    assert [p.message[-3:] for p in info.value.problems] == ["'a'", "'b'", "'c'"]


def test_toml_nested_arrays_of_tables_are_located() -> None:
    """``[[sections.items]]`` belongs to the latest ``[[sections]]``; errors name its line."""
    text = (
        '[meta]\ntitle = "T"\n\n'
        '[[sections]]\nkind = "responsibilities"\n[[sections.items]]\narea = "A"\n\n'
        '[[sections]]\nkind = "workflow"\n[[sections.items]]\nstage = "planning"\nname = "p"\n'
        "bogus = 1\n[sections.items.time_node]\nnope = 2\n"
    )
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(text, "toml")
    assert sorted((p.path, p.line) for p in info.value.problems) == [
        ("$.sections[1].items[0].bogus", 14),
        ("$.sections[1].items[0].time_node.nope", 16),
    ]
