"""Jinja2 environments: package templates, user template folders (sandboxed), escaping."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Any, Literal

import jinja2

from opscontent.i18n import Language
from opscontent.i18n.numerals import marker
from opscontent.render._sandbox import DEFAULT_MAX_OUTPUT, ConfinedLoader, LimitedSandbox

__all__ = [
    "MarkdownSafe",
    "TemplateKind",
    "environment",
    "markdown_escape",
    "pad",
    "template_name",
]

TemplateKind = Literal["text", "markdown", "html"]

_TEMPLATES = {"text": "text.txt.j2", "markdown": "markdown.md.j2", "html": "html.html.j2"}
_PACKAGE_LOADER = jinja2.PackageLoader("opscontent", "render/templates")
_BYTECODE = jinja2.FileSystemBytecodeCache()
"""Compiled templates, kept in Jinja2's per-user cache folder between runs.

Compiling the built-in templates is a good part of a cold start; a cached entry is reused only
while the template's source checksum matches, so an edited template is compiled afresh.
"""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~&{}$])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")
_MD_SPECIAL_ANY = re.compile(r"[\\`*_\[\]<>#|!~&{}$]")
_MD_SPECIAL_OR_BREAK = re.compile(r"[\\`*_\[\]<>#|!~&{}$\n]")
_MD_START = re.compile(r"\s*(?:[-+=]|\d+[.)])(?:\s|$)")
_SPACE_RUN = re.compile(r"\s+")
"""A whitespace run: matched once from its start (``\\s*\n\\s*`` rescanned a run per start)."""


class MarkdownSafe(str):
    """Text that is already Markdown (such as a macro's output): not escaped again."""

    __slots__ = ()


def markdown_escape(value: Any) -> str:
    r"""Escape a value for CommonMark so that it reads as the same text, never as markup.

    >>> markdown_escape("**bold** <b>&amp;</b> | 1. not a list")
    '\\*\\*bold\\*\\* \\<b\\>\\&amp;\\</b\\> \\| 1. not a list'
    >>> markdown_escape("- item")
    '\\- item'
    """
    if type(value) is str:
        if len(value) > _SHORT:
            return _escape(value)
        found = _SHORT_ESCAPED.get(value)
        if found is None:
            if len(_SHORT_ESCAPED) >= _SHORT_KEPT:
                _SHORT_ESCAPED.clear()
            found = _SHORT_ESCAPED[value] = _escape(value)
        return found
    if isinstance(value, MarkdownSafe):
        return value
    return _escape(str(value))


_SHORT = 16
"""Strings this long or shorter are escaped once and remembered: labels, list markers, names,
the colon and the indent recur in every document, and make up most of a rendering's values."""
_SHORT_KEPT = 4096
"""How many short strings are remembered before the memory starts afresh."""
_SHORT_ESCAPED: dict[str, str] = {}


def _escape(text: str) -> str:
    if _MD_SPECIAL_OR_BREAK.search(text) is None and _MD_START.match(text) is None:
        return text  # most strings: nothing to escape
    if "\n" in text:  # a line break, with the spaces around it, is one space
        text = _SPACE_RUN.sub(_one_space_if_break, text)
    if _plain(text):
        return text
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), text)


def _one_space_if_break(run: re.Match[str]) -> str:
    return " " if "\n" in run.group() else run.group()


def _plain(line: str) -> bool:
    """No character Markdown reads as markup, and no list or heading marker at the start."""
    return _MD_SPECIAL_ANY.search(line) is None and _MD_START.match(line) is None


def _escape_start(token: str) -> str:
    return token[:-1] + "\\" + token[-1]


def pad(text: str) -> str:
    """Spaces as wide as ``text`` in a monospaced font: CJK characters take two columns.

    Lines the bilingual layout puts under an item start where the item's text starts.

    >>> len(pad("（一）")), len(pad("1.1 "))
    (6, 4)
    """
    return " " * sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def template_name(kind: TemplateKind) -> str:
    """The file name of the built-in template of ``kind``."""
    return _TEMPLATES[kind]


@functools.lru_cache(maxsize=64)
def environment(
    kind: TemplateKind,
    lang: Language,
    template_dirs: tuple[Path, ...] = (),
    max_output: int = DEFAULT_MAX_OUTPUT,
) -> jinja2.Environment:
    """The environment for ``kind`` in ``lang``, cached.

    With ``template_dirs`` the user's folders come first (their templates override the
    built-ins, and may ``{% extends "opscontent/markdown.md.j2" %}``), and everything runs in
    Jinja2's immutable sandbox, confined to those folders and refusing to build values larger
    than ``max_output`` (see :mod:`opscontent.render._sandbox`).
    """
    if not template_dirs:
        env = jinja2.Environment(
            loader=_PACKAGE_LOADER, bytecode_cache=_BYTECODE, **_settings(kind)
        )
        return _configure(env, lang)
    loader = jinja2.ChoiceLoader(
        [
            ConfinedLoader([str(d) for d in template_dirs]),
            _PACKAGE_LOADER,
            jinja2.PrefixLoader({"opscontent": _PACKAGE_LOADER}),
        ]
    )
    sandbox = LimitedSandbox(loader=loader, max_output=max_output, **_settings(kind))
    return _configure(sandbox, lang)


def _settings(kind: TemplateKind) -> dict[str, Any]:
    return {
        "undefined": jinja2.StrictUndefined,
        "autoescape": kind == "html",
        "finalize": markdown_escape if kind == "markdown" else None,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "auto_reload": False,
        "extensions": ["jinja2.ext.i18n"],
    }


def _configure(env: jinja2.Environment, lang: Language) -> jinja2.Environment:
    """Translations, the ``marker`` numbering global, the ``raw`` and ``pad`` filters."""
    env.install_gettext_translations(lang.translations, newstyle=True)  # type: ignore[attr-defined]
    chinese = lang.is_chinese

    def numbered(level: int, n: int, parent: int | None = None) -> str:
        return marker(level, n, chinese=chinese, parent=parent)

    env.globals["marker"] = numbered
    env.filters["raw"] = MarkdownSafe
    env.filters["pad"] = pad
    return env
