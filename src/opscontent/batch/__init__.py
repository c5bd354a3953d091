"""Rendering many documents: one call, results and errors streamed per document.

>>> import opscontent
>>> texts = [("a.json", '{"meta": {"title": "Plan"}}'), ("b.json", "{")]
>>> for result in opscontent.render_many(texts, "text", locale="en", jobs=1):
...     print(result.name, result.ok, result.code)
a.json True None
b.json False OC001

A bad document is reported in its result and the batch goes on. The unit of work,
:func:`render_text`, is a pure function of the text and the options; :func:`render_partition`
and :func:`write_partition` run it over a partition, which is what
:mod:`opscontent.batch.dask` hands to each Dask worker (see ``docs/batches.md``, also for
Spark).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from opscontent.batch._job import BatchResult, RenderJob, render_text
from opscontent.batch._partition import render_partition, write_partition
from opscontent.batch._pool import Source, default_jobs, run_batch, validate_job
from opscontent.i18n import DEFAULT_LOCALE

__all__ = [
    "BatchResult",
    "RenderJob",
    "Source",
    "default_jobs",
    "render_many",
    "render_partition",
    "render_text",
    "write_partition",
]


def render_many(
    sources: Iterable[Source],
    format: str = "markdown",
    *,
    locale: str | None = DEFAULT_LOCALE,
    jobs: int | None = None,
    input_format: str | None = None,
    notes: bool = False,
    **options: Any,
) -> Iterator[BatchResult]:
    """Render every document of ``sources``, yielding one :class:`BatchResult` each, in order.

    Args:
        sources: file paths, or ``(name, text)`` pairs (text as ``str`` or UTF-8 ``bytes``);
            read lazily, so a generator of millions of documents is fine.
        format: a renderer name (see :func:`opscontent.available_renderers`).
        locale: the output locale, e.g. ``zh`` or ``en``; ``None`` renders each document in
            its own ``meta.language`` (the command line's default).
        jobs: worker processes; ``None`` is one per core, ``1`` renders in this process.
        input_format: ``json``, ``yaml`` or ``toml`` for every input; by default each
            name's suffix says.
        notes: also give each result the note on texts shown in another language than the
            rendering's (:attr:`BatchResult.notes`), as the command line prints it.
        options: renderer options, as for :func:`opscontent.render`.

    Raises:
        UnknownRendererError: unknown renderer name (before any document is read).
        UnknownLocaleError: no catalog for the locale.
        RendererError: the renderer does not take one of ``options``.

    A document that cannot be read, parsed, validated or rendered yields a result with its
    ``code`` and located ``errors``; the batch goes on.

    """
    job = RenderJob(format, locale, dict(options), input_format, notes)
    validate_job(job)
    return run_batch(sources, job, default_jobs() if jobs is None else max(1, jobs))
