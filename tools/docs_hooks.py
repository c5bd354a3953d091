"""MkDocs hook: the reference parts of the site, generated from the code so none is typed twice.

A page asks for a generated part with a marker line; the hook replaces it before the Markdown is
converted (so mkdocstrings still sees the ``:::`` blocks it writes):

- ``<!-- generated: api -->``: one mkdocstrings entry per name in ``opscontent.__all__``;
- ``<!-- generated: cli -->``: every command and option of the ``opscontent`` argument parser;
- ``<!-- generated: codes -->``: the finding codes of ``opscontent.checks.codes`` and the input
  error codes of ``opscontent.exceptions``, in the page's language;
- ``<!-- generated: profiles -->``: what each built-in profile requires and recommends, and
  its other settings;
- ``<!-- generated: kinds -->``: the section kinds with their Chinese and English headings;
- ``<!-- generated: aliases -->``: every enumeration's values with the names a document may
  write instead (from the catalogs, CLDR and ``opscontent.i18n.aliases.SYNONYMS``).
"""

from __future__ import annotations

import argparse
import enum
import importlib.util
import inspect
import json
import re
from typing import Any

from mkdocs.structure.pages import Page
from pydantic import BaseModel

import opscontent
from opscontent import exceptions
from opscontent.checks.codes import CODES
from opscontent.cli import build_parser
from opscontent.i18n import language
from opscontent.i18n.aliases import aliased_enums
from opscontent.i18n.aliases import names as alias_names
from opscontent.i18n.labels import section_title

MARKER = re.compile(r"^<!-- generated: (?P<part>[a-z]+) -->$", re.MULTILINE)


def _group(obj: object) -> str:
    if inspect.isfunction(obj):
        return "Functions"
    if inspect.isclass(obj):
        for base, title in (
            (BaseModel, "Models"),
            (enum.Enum, "Enumerations"),
            (Exception, "Errors"),
        ):
            if issubclass(obj, base):
                return title
    return "Other names"


_API_GROUPS = ("Functions", "Models", "Enumerations", "Errors", "Other names")

_HEADINGS = {
    "en": {
        "code": "code",
        "severity": "default severity",
        "message": "message",
        "hint": "hint",
        "error": "raised as",
        "profile": "profile",
        "required": "required (error when missing or empty)",
        "recommended": "recommended (warning when missing)",
        "option": "option",
        "default": "default",
        "help": "meaning",
        "items": "items required",
        "settings": "other settings",
        "kind": "kind",
        "zh": "Chinese heading",
        "en": "English heading",
        "value": "value",
        "names": "also accepted",
        "field": "Fields",
    },
    "zh": {
        "code": "代码",
        "severity": "默认级别",
        "message": "消息",
        "hint": "修改建议",
        "error": "异常类",
        "profile": "配置",
        "required": "必需（缺失或为空时报错）",
        "recommended": "建议（缺失时警告）",
        "option": "选项",
        "default": "默认值",
        "help": "说明",
        "items": "必须有条目",
        "settings": "其他设置",
        "kind": "类型",
        "zh": "中文标题",
        "en": "英文标题",
        "value": "取值",
        "names": "也可写作",
        "field": "字段",
    },
}


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    """Replace each marker with the part it names, in the page's language."""
    lang = "zh" if page.file.src_uri.endswith(".zh.md") else "en"
    parts = {
        "api": api,
        "cli": cli,
        "codes": codes,
        "profiles": profiles,
        "kinds": kinds,
        "aliases": enum_aliases,
    }

    def replace(match: re.Match[str]) -> str:
        return parts[match["part"]](lang)

    markdown = MARKER.sub(replace, markdown)
    return join_han_lines(markdown) if lang == "zh" else markdown


_HAN = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_HAN_BREAK = re.compile(f"(?<=[{_HAN}])\n[ \t]*(?=[{_HAN}])")
_FENCED = re.compile(r"^```.*?^```$", re.MULTILINE | re.DOTALL)


def join_han_lines(markdown: str) -> str:
    """Join lines broken between two Chinese characters, outside code blocks.

    A line break in Markdown becomes a space in HTML, which Chinese text does not have.
    """
    pieces, end = [], 0
    for block in _FENCED.finditer(markdown):
        pieces += [_HAN_BREAK.sub("", markdown[end : block.start()]), block.group()]
        end = block.end()
    pieces.append(_HAN_BREAK.sub("", markdown[end:]))
    return "".join(pieces)


def _cell(text: object) -> str:
    return str(text).replace("|", r"\|").replace("\n", " ")


def _table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def api(lang: str) -> str:
    """One mkdocstrings entry per public name, grouped by what it is."""
    groups: dict[str, list[str]] = {title: [] for title in _API_GROUPS}
    for name in opscontent.__all__:
        obj = getattr(opscontent, name)
        path = f"opscontent.{name}"
        if inspect.ismodule(obj) and callable(obj):  # opscontent.render: call it to render
            obj = getattr(obj, name)
            path = f"{obj.__module__}.{obj.__qualname__}"
        elif importlib.util.find_spec(path) is not None and not inspect.ismodule(obj):
            path = f"{obj.__module__}.{obj.__qualname__}"  # a module of the same name hides it
        groups[_group(obj)].append(path)
    out = []
    for title, names in groups.items():
        out.append(f"## {title}\n")
        out += [f"::: {path}\n" for path in names]
    return "\n".join(out)


def _option_rows(parser: argparse.ArgumentParser) -> list[list[str]]:
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue  # --help is everywhere; the commands have sections of their own
        if action.help == argparse.SUPPRESS:
            continue
        names = ", ".join(f"`{name}`" for name in action.option_strings) or f"`{action.dest}`"
        if action.choices is not None and not isinstance(action.choices, dict):
            names += " {" + ", ".join(str(choice) for choice in action.choices) + "}"
        default = action.default
        shown = "" if default in (None, False, argparse.SUPPRESS) else f"`{default}`"
        rows.append([names, shown, action.help or ""])
    return rows


def cli(lang: str) -> str:
    """Usage, description and options of every command, from the parser itself."""
    heads = _HEADINGS[lang]
    parser = build_parser()
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    out = [
        f"```text\n{parser.format_usage()}```\n",
        _table([heads["option"], heads["default"], heads["help"]], _option_rows(parser)),
    ]
    for name, sub in commands.choices.items():
        out.append(f"## `opscontent {name}`\n")
        if sub.description:
            out.append(sub.description + "\n")
        out.append(f"```text\n{sub.format_usage()}```\n")
        out.append(_table([heads["option"], heads["default"], heads["help"]], _option_rows(sub)))
    return "\n".join(out)


def codes(lang: str) -> str:
    """The finding codes, then the input error codes, with messages in the page's language."""
    heads = _HEADINGS[lang]
    tr = language(lang)
    findings = _table(
        [heads["code"], heads["severity"], heads["message"], heads["hint"]],
        [
            [rule.code, rule.severity.value, tr.gettext(rule.message), tr.gettext(rule.hint)]
            for rule in CODES.values()
        ],
    )
    errors = sorted(
        (cls.code, cls.__name__, (cls.__doc__ or "").strip().splitlines()[0])
        for cls in (getattr(exceptions, name) for name in exceptions.__all__)
        if inspect.isclass(cls) and issubclass(cls, exceptions.OpsContentError)
        if cls.code != "OC000"
    )
    inputs = _table(
        [heads["code"], heads["error"], heads["message"]],
        [[code, f"`{name}`", doc] for code, name, doc in errors],
    )
    return f"{findings}\n{inputs}"


def profiles(lang: str) -> str:
    """Each built-in profile's required, itemised and recommended section kinds."""
    heads = _HEADINGS[lang]
    tr = language(lang)

    def named(values: list[opscontent.SectionKind]) -> str:
        return ", ".join(f"{section_title(kind, tr)} (`{kind.value}`)" for kind in values) or "—"

    return _table(
        [
            heads["profile"],
            heads["required"],
            heads["items"],
            heads["recommended"],
            heads["settings"],
        ],
        [
            [
                f"`{name}`",
                named(profile.required),
                named(profile.required_items),
                named(profile.recommended),
                _settings(profile),
            ]
            for name, profile in opscontent.BUILTIN_PROFILES.items()
        ],
    )


_KINDS_AND_WORDS = {"name", "description", "required", "required_items", "recommended"}


def _settings(profile: opscontent.Profile) -> str:
    """The profile's settings that differ from a profile's defaults (``min_languages = 2``)."""
    defaults = opscontent.Profile(name=profile.name)
    shown = []
    for field in type(profile).model_fields:
        value = getattr(profile, field)
        if field in _KINDS_AND_WORDS or value == getattr(defaults, field):
            continue
        if isinstance(value, dict):
            shown += [f"`{field}.{key} = {item}`" for key, item in value.items()]
        else:
            shown.append(f"`{field} = {str(value).lower() if isinstance(value, bool) else value}`")
    return ", ".join(shown) or "—"


def kinds(lang: str) -> str:
    """Every section kind with its default heading in each language."""
    heads = _HEADINGS[lang]
    zh, en = language("zh"), language("en")
    return _table(
        [heads["kind"], heads["zh"], heads["en"]],
        [
            [f"`{kind.value}`", section_title(kind, zh), section_title(kind, en)]
            for kind in opscontent.SectionKind
        ],
    )


def enum_aliases(lang: str) -> str:
    """Each enumeration, the fields that take it, and the names each value may be written with."""
    heads = _HEADINGS[lang]
    fields = _enum_fields()
    out = []
    for cls in aliased_enums():
        out.append(f"## {cls.__name__}\n")
        used = ", ".join(f"`{name}`" for name in sorted(fields.get(cls, ())))
        out.append(f"{(cls.__doc__ or '').strip().splitlines()[0]}\n\n{heads['field']}: {used}\n")
        rows = [
            [f"`{member.value}`", ", ".join(f"`{name}`" for name in found)]
            for member, found in alias_names(cls).items()
        ]
        out.append(_table([heads["value"], heads["names"]], rows))
    return "\n".join(out)


def _enum_fields() -> dict[type, set[str]]:
    """The field names of every model that take each enumeration (walking the schema)."""
    found: dict[type, set[str]] = {}
    by_name = {cls.__name__: cls for cls in aliased_enums()}
    defs = opscontent.json_schema()["$defs"]
    for definition in defs.values():
        for field, schema in definition.get("properties", {}).items():
            for ref in re.findall(r'"#/\$defs/(\w+)"', json.dumps(schema)):
                if ref in by_name:
                    found.setdefault(by_name[ref], set()).add(field)
    return found
