"""Finding renderers: built-ins by a lazy name → module table, plug-ins by entry point."""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from opscontent.exceptions import Message, RendererError, UnknownRendererError
from opscontent.i18n._markers import N_
from opscontent.render.protocol import Renderer

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "BUILTIN_RENDERERS",
    "ENTRY_POINT_GROUP",
    "available_renderers",
    "check_options",
    "get_renderer",
    "renderer_options",
]

ENTRY_POINT_GROUP = "opscontent.renderers"
"""Entry point group third-party renderers register under."""

BUILTIN_RENDERERS: dict[str, str] = {
    "text": "opscontent.render.text:TextRenderer",
    "markdown": "opscontent.render.markdown:MarkdownRenderer",
    "html": "opscontent.render.html:HtmlRenderer",
    "json": "opscontent.render.json:JsonRenderer",
    "jsonld": "opscontent.render.jsonld:JsonLdRenderer",
    "docx": "opscontent.render.docx:DocxRenderer",
}
"""Built-in renderers: name → ``module:attribute``, imported on first use."""


@functools.cache
def _plugins() -> dict[str, EntryPoint]:
    """Installed plug-ins, looked up once per process (a built-in name never looks)."""
    from importlib.metadata import entry_points  # noqa: PLC0415 - about 20 ms, plug-ins only

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_renderers() -> list[str]:
    """Names of the built-in and installed renderers, sorted.

    >>> {"html", "json", "markdown", "text"} <= set(available_renderers())
    True
    """
    return sorted(set(BUILTIN_RENDERERS) | set(_plugins()))


@functools.cache
def _by_name(name: str) -> Renderer:
    if name in BUILTIN_RENDERERS:
        module, _, attribute = BUILTIN_RENDERERS[name].partition(":")
        target: Any = getattr(importlib.import_module(module), attribute)
    elif name in _plugins():
        target = _plugins()[name].load()
    else:
        raise UnknownRendererError(
            Message(
                N_("unknown renderer {name!r}; available: {names}"),
                {"name": name, "names": ", ".join(available_renderers())},
            )
        )
    return _instance(target, name)


def _instance(target: Any, name: str) -> Renderer:
    instance = target() if isinstance(target, type) else target
    if not isinstance(instance, Renderer):
        raise RendererError(
            Message(
                N_(
                    "renderer {name!r} does not implement the Renderer protocol "
                    "(name, media_type, extension, render)"
                ),
                {"name": name},
            )
        )
    return instance


def get_renderer(renderer: str | Renderer | type[Any]) -> Renderer:
    """A renderer by name (built-in or plug-in), or from a class or an instance.

    Raises:
        UnknownRendererError: no renderer has that name (a ``LookupError``).
        RendererError: the object does not implement :class:`Renderer` (a ``TypeError``).

    """
    if isinstance(renderer, str):
        return _by_name(renderer.strip().lower())
    return _instance(renderer, getattr(renderer, "name", repr(renderer)))


_OPTIONS: dict[type, frozenset[str] | None] = {}
"""Options by renderer class: read from the signature once per class, not per instance."""


def renderer_options(renderer: Renderer) -> frozenset[str] | None:
    """The options ``renderer.render`` takes besides the document and ``locale``.

    ``None`` when it takes any (``**options``). Read from the signature once per class.

    >>> sorted(renderer_options(get_renderer("json")) or [])
    ['indent']
    """
    kind = type(renderer)
    if kind not in _OPTIONS:
        parameters = list(inspect.signature(renderer.render).parameters.values())[1:]
        if any(p.kind is p.VAR_KEYWORD for p in parameters):
            _OPTIONS[kind] = None
        else:
            named = {
                p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
            }
            _OPTIONS[kind] = frozenset(named - {"locale"})
    return _OPTIONS[kind]


def check_options(
    renderer: Renderer, options: Mapping[str, Any], spell: Callable[[str], str] = str
) -> None:
    """Raise :class:`RendererError` naming the options ``renderer`` does not take.

    ``spell`` names an option for the reader (the CLI shows ``--templates``, not
    ``template_dirs``).
    """
    accepted = renderer_options(renderer) if options else None
    if accepted is None:
        return
    unknown = sorted(set(options) - accepted)
    if unknown:
        takes = ", ".join(spell(name) for name in sorted(accepted)) or "no options"
        raise RendererError(
            Message(
                N_("renderer {name!r} does not take {options}; it takes: {takes}"),
                {"name": renderer.name, "options": ", ".join(map(spell, unknown)), "takes": takes},
            )
        )
