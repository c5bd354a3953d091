"""Base of the built-in renderers that lay the localized view out with a Jinja2 template."""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import ClassVar

import jinja2

from opscontent.exceptions import Message, TemplateError
from opscontent.i18n._markers import N_
from opscontent.model import Document
from opscontent.render._sandbox import (
    DEFAULT_MAX_OUTPUT,
    DEFAULT_TIMEOUT,
    TemplateLimits,
    TemplateTimeoutError,
    render_limited,
)
from opscontent.render.environment import TemplateKind, environment, template_name
from opscontent.render.goal_text import GoalText
from opscontent.render.view import localized_views

__all__ = ["TemplatedRenderer"]


class TemplatedRenderer:
    """Builds the view, then renders the template of :attr:`kind` with it.

    Options (all keyword-only): ``template_dirs`` (folders whose templates override or extend
    the built-ins, run sandboxed), ``template_timeout`` (seconds, default 30) and
    ``template_max_output`` (characters, default 64 Mi) that bound a render of those templates,
    ``han_latin_space`` and ``normalize_punctuation`` (Chinese typesetting) and ``goal_text``
    (``"statement"`` or ``"generated"``), see :class:`~opscontent.render.view.ViewOptions`;
    ``languages`` (two locales such as ``("zh", "en")``) asks for the bilingual layout.

    The template receives ``doc``, the view in the rendering's language, and ``docs``, one view
    per language shown: ``(doc,)``, or with ``languages`` the view in each of them, ``doc``
    being the first (section ``i`` and item ``j`` of each view correspond); ``document`` (the
    model) and ``locale`` (``doc``'s).
    """

    name: ClassVar[str]
    media_type: ClassVar[str]
    extension: ClassVar[str]
    kind: ClassVar[TemplateKind]

    def render(
        self,
        doc: Document,
        *,
        locale: str,
        template_dirs: Sequence[str | PathLike[str]] = (),
        catalog_dirs: Sequence[str | PathLike[str]] = (),
        han_latin_space: bool = False,
        normalize_punctuation: bool = True,
        template_timeout: float = DEFAULT_TIMEOUT,
        template_max_output: int = DEFAULT_MAX_OUTPUT,
        goal_text: GoalText = "statement",
        languages: Sequence[str] | None = None,
    ) -> str:
        """Render ``doc``; the result ends with one newline.

        With ``languages``, each heading and item is shown in the first language, then the
        second; ``locale`` is not used, each view being in its own language's locale.

        Raises:
            RendererError: ``languages`` is not two locales of different languages.
            UnknownLocaleError: no catalog serves one of ``languages``.
            TemplateError: a template cannot be loaded or fails, breaks out of the sandbox or
                its folder, or a render of user templates exceeds ``template_timeout`` seconds
                or ``template_max_output`` characters.

        """
        shown = localized_views(
            doc,
            locale,
            languages,
            catalog_dirs=catalog_dirs,
            han_latin_space=han_latin_space,
            normalize_punctuation=normalize_punctuation,
            goal_text=goal_text,
        )
        lang, view = shown[0]
        dirs = tuple(Path(d) for d in template_dirs)
        context = {
            "doc": view,
            "docs": tuple(each for _, each in shown),
            "document": doc,
            "locale": view.locale,
        }
        try:
            env = environment(self.kind, lang, dirs, template_max_output)
            template = env.get_template(template_name(self.kind))
            if dirs:
                limits = TemplateLimits(template_timeout, template_max_output)
                text = render_limited(template, context, limits)
            else:
                text = template.render(context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                Message(N_("template syntax error: {reason}"), {"reason": exc.message or str(exc)}),
                file=exc.filename,
                line=exc.lineno,
            ) from None
        except jinja2.TemplateError as exc:
            raise TemplateError(
                Message(N_("{error}: {reason}"), {"error": type(exc).__name__, "reason": str(exc)}),
                file=_template_file(exc),
            ) from None
        except TemplateTimeoutError as exc:
            raise TemplateError(
                Message(
                    N_("the render took longer than the limit of {seconds:g} seconds"),
                    {"seconds": template_timeout},
                ),
                file=_template_file(exc),
            ) from None
        except Exception as exc:  # a user template can fail in any way: 1/0, a huge recursion …
            if not dirs:
                raise
            raise TemplateError(
                Message(
                    N_("{error}: {reason}"), {"error": type(exc).__name__, "reason": str(exc)[:500]}
                ),
                file=_template_file(exc),
            ) from None
        return text.rstrip("\n") + "\n"


def _template_file(exc: BaseException) -> str | None:
    """The user template a rendering error happened in, from the traceback."""
    tb = exc.__traceback__
    found = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".j2", ".html", ".md", ".txt")):
            found = name
        tb = tb.tb_next
    return found
