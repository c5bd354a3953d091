"""One document of a batch: its text and the render options in, its output or its error out.

This is the whole unit of work of every batch runner (the local process pool, a Dask
partition, a Spark ``mapInPandas`` batch): a pure function of plain, picklable values, so the
runners only move text in and results out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from opscontent.exceptions import OpsContentError, ValidationError
from opscontent.i18n import DEFAULT_LOCALE

__all__ = ["BatchResult", "RenderJob", "error_lines", "render_text"]


@dataclass(frozen=True, slots=True)
class RenderJob:
    """What to make of every document of a batch (picklable, sent once per chunk).

    >>> RenderJob("text", "en").options
    {}
    """

    format: str = "markdown"
    """Renderer name, see :func:`opscontent.available_renderers`."""
    locale: str | None = DEFAULT_LOCALE
    """Output locale, e.g. ``zh`` or ``en``; ``None``: each document's ``meta.language``."""
    options: dict[str, Any] = field(default_factory=dict)
    """Renderer options, e.g. ``{"han_latin_space": True}``."""
    input_format: str | None = None
    """Format of every input (``json``, ``yaml``, ``toml``); by default from each name's suffix."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What became of one document of a batch: its output, or the error that stopped it."""

    index: int
    """Position of the document in the batch's input, from 0."""
    name: str
    """The document's name as given (a file name, or any label for texts)."""
    output: str | bytes | None = None
    """The rendered document (``bytes`` for binary formats such as DOCX); ``None`` on error."""
    code: str | None = None
    """The error's stable code (``OC001`` …) when the document could not be rendered."""
    errors: tuple[str, ...] = ()
    """The error as located lines (``file:line:col: CODE message``), one per problem."""

    @property
    def ok(self) -> bool:
        """True when the document was rendered."""
        return self.code is None


def error_lines(exc: OpsContentError, lang: str | None = None) -> tuple[str, ...]:
    """The located lines an error is reported with, in ``lang`` (``None``: English)."""
    if isinstance(exc, ValidationError):
        return tuple(exc.lines(lang))
    said = exc.localize(lang)
    return (said if exc.file else f"opscontent: {said}",)


def render_text(index: int, name: str, text: str | bytes, job: RenderJob) -> BatchResult:
    r"""Parse, validate and render one document; a user error becomes the result, not a raise.

    The error is said in the job's locale, else in the document's ``meta.language`` when it
    could be read, else in English.

    >>> job = RenderJob("text", "en", input_format="json")
    >>> render_text(0, "a.json", '{"meta": {"title": "Plan"}}', job).output
    'Plan\n'
    >>> render_text(1, "b.json", '{"meta": {}}', job).errors
    ("b.json:1:2: OC002 required field 'title' is missing (at $.meta.title)",)
    """
    from opscontent.i18n.resolution import declared_language, default_locale  # noqa: PLC0415
    from opscontent.io import format_for, parse_data  # noqa: PLC0415 - workers import on use
    from opscontent.io._validation import validate_data  # noqa: PLC0415
    from opscontent.render.registry import get_renderer  # noqa: PLC0415

    shown = "<stdin>" if name == "-" else name
    data: object = None
    try:
        fmt = job.input_format
        if fmt is None and name != "-":
            fmt = format_for(name)
        data, positions = parse_data(text, fmt, file=shown)
        doc = validate_data(data, file=shown, positions=positions)
        locale = job.locale or default_locale(doc)
        output = get_renderer(job.format).render(doc, locale=locale, **job.options)
    except OpsContentError as exc:
        lang = job.locale or declared_language(data)
        return BatchResult(index, name, code=exc.code, errors=error_lines(exc, lang))
    return BatchResult(index, name, output=output)
