"""Base of the built-in renderers that lay the localized view out with a Jinja2 template."""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import ClassVar

import jinja2

from opscontent.exceptions import TemplateError
from opscontent.model import Document
from opscontent.render.environment import TemplateKind, environment, template_name
from opscontent.render.goals import GoalText
from opscontent.render.view import localized_view

__all__ = ["TemplatedRenderer"]


class TemplatedRenderer:
    """Builds the view, then renders the template of :attr:`kind` with it.

    Options (all keyword-only): ``template_dirs`` (folders whose templates override or extend
    the built-ins, run sandboxed), ``han_latin_space`` and ``normalize_punctuation`` (Chinese
    typesetting) and ``goal_text`` (``"statement"`` or ``"generated"``), see
    :class:`~opscontent.render.view.ViewOptions`.
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
        goal_text: GoalText = "statement",
    ) -> str:
        """Render ``doc``; the result ends with one newline."""
        lang, view = localized_view(
            doc,
            locale,
            catalog_dirs=catalog_dirs,
            han_latin_space=han_latin_space,
            normalize_punctuation=normalize_punctuation,
            goal_text=goal_text,
        )
        dirs = tuple(Path(d) for d in template_dirs)
        try:
            template = environment(self.kind, lang, dirs).get_template(template_name(self.kind))
            text = template.render(doc=view, document=doc, locale=view.locale)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                exc.message or str(exc), file=exc.filename, line=exc.lineno
            ) from None
        except jinja2.TemplateError as exc:
            raise TemplateError(f"{type(exc).__name__}: {exc}", file=_template_file(exc)) from None
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
