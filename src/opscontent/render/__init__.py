"""Rendering documents: text, Markdown, HTML, Word, JSON, JSON-LD, and plug-ins.

``opscontent.render`` is this package and, called, its :func:`render` function:
``opscontent.render(doc, "html")`` renders, and ``opscontent.render.view.build_view`` is the
view module's function, so both documented spellings work.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel import Locale

from opscontent.i18n import Language, language
from opscontent.i18n.resolution import resolve_locale
from opscontent.model import Document
from opscontent.render.languages import Fallback, fallbacks
from opscontent.render.protocol import Renderer
from opscontent.render.registry import (
    BUILTIN_RENDERERS,
    ENTRY_POINT_GROUP,
    available_renderers,
    check_options,
    get_renderer,
)

__all__ = [
    "BUILTIN_RENDERERS",
    "ENTRY_POINT_GROUP",
    "Fallback",
    "Renderer",
    "available_renderers",
    "fallbacks",
    "get_renderer",
    "render",
    "render_formats",
]


def render(
    doc: Document,
    format: str | Renderer | type[Any] = "markdown",
    *,
    locale: str | Locale | Language | None = None,
    **options: Any,
) -> str | bytes:
    """Render ``doc`` with the renderer ``format`` in ``locale``.

    Args:
        doc: the document.
        format: a renderer name (see :func:`available_renderers`), class or instance.
        locale: ``zh``, ``zh_CN``, ``zh-Hans``, ``en``, ``en_US`` …; by default the
            document's ``meta.language``, else ``zh_Hans_CN``. The labels follow the locale;
            each text field is shown in the locale's language where it has a text in it, else
            as written in the document's primary language (:func:`fallbacks` lists those
            fields). The HTML ``lang`` and the DOCX language follow the content shown.
        options: renderer options, e.g. ``template_dirs=["my_templates"]``,
            ``han_latin_space=True`` or ``languages=("zh", "en")`` (the bilingual layout) for
            the built-in text, Markdown and HTML renderers.

    Raises:
        UnknownRendererError: unknown renderer name (a ``LookupError``).
        UnknownLocaleError: no catalog for the locale (a ``LookupError``).
        RendererError: the renderer does not take one of ``options`` (a ``TypeError``).

    >>> import opscontent
    >>> doc = opscontent.loads('{"meta": {"title": "计划"}, "sections": [{"kind": "tasks"}]}')
    >>> print(render(doc, "text", locale="zh"), end="")
    计划
    <BLANKLINE>
    一、具体任务

    """
    renderer = get_renderer(format)
    check_options(renderer, options)
    locale = resolve_locale(doc, locale)
    lang = language(locale, tuple(Path(d) for d in options.get("catalog_dirs", ())))
    return renderer.render(
        doc, locale=str(lang.locale) if not isinstance(locale, str) else locale, **options
    )


def render_formats(
    doc: Document,
    formats: Iterable[str | Renderer | type[Any]],
    *,
    locale: str | Locale | Language | None = None,
    **options: Any,
) -> dict[str, str | bytes]:
    """Render ``doc`` to each of ``formats``, building its localized view only once.

    The same as calling :func:`render` per format with the same ``locale`` and ``options``
    (each renderer must take every option), by the renderer's name; the built-in renderers,
    and plug-ins using :func:`opscontent.render.view.localized_view`, share one view
    (:func:`opscontent.render.view.shared_views`).

    >>> import opscontent
    >>> doc = opscontent.loads('{"meta": {"title": "计划"}, "sections": [{"kind": "tasks"}]}')
    >>> out = render_formats(doc, ["text", "markdown"], locale="en")
    >>> out["markdown"] == render(doc, "markdown", locale="en")
    True
    """
    from opscontent.render.view import shared_views  # noqa: PLC0415 - imported on first use

    results: dict[str, str | bytes] = {}
    with shared_views():
        for format in formats:
            renderer = get_renderer(format)
            results[renderer.name] = render(doc, renderer, locale=locale, **options)
    return results


_MODULES = frozenset(
    {"docx", "environment", "goals", "html", "json", "jsonld", "languages", "markdown"}
    | {"protocol"}
    | {"registry", "text", "view"}
)


def __getattr__(name: str) -> Any:
    """The package's public modules (``opscontent.render.view``), imported on first use."""
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _CallablePackage(types.ModuleType):
    """The package, rendering when called: ``opscontent.render(doc, "markdown")``."""

    def __call__(
        self,
        doc: Document,
        format: str | Renderer | type[Any] = "markdown",
        *,
        locale: str | Locale | Language | None = None,
        **options: Any,
    ) -> str | bytes:
        """Render ``doc``: the same as :func:`render`."""
        return render(doc, format, locale=locale, **options)


sys.modules[__name__].__class__ = _CallablePackage
