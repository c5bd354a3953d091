"""Rendering many documents on every core of one machine, streaming the results in order.

Workers receive the documents' text, never pickled models (parsing and validating in the worker
is faster than pickling a model there and back), in chunks, so one message carries many
documents. At most a few chunks per worker are in flight: files are read only as workers free
up, and memory stays flat however many documents the batch holds.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from opscontent.batch._job import BatchResult, RenderJob, error_lines, render_text
from opscontent.exceptions import Message, ReadError
from opscontent.i18n._markers import N_

__all__ = ["Source", "default_jobs", "run_batch", "validate_job"]

Source = str | os.PathLike[str] | tuple[str, str | bytes]
"""A document of a batch: a file path, or a ``(name, text)`` pair."""

_CHUNK = 16
"""Documents per message to a worker: few enough to balance the load, enough to amortize."""
_IN_FLIGHT = 3
"""Chunks queued per worker: keeps every worker busy while the results are written."""

_Item = tuple[int, str, str | bytes]


def default_jobs() -> int:
    """One job per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS and Windows
        return os.cpu_count() or 1


def _read(index: int, source: Source) -> _Item | BatchResult:
    if isinstance(source, tuple):
        return index, source[0], source[1]
    name = os.fspath(source)
    try:
        return index, name, Path(name).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        error = ReadError(Message(N_("cannot read file: {reason}"), {"reason": reason}), file=name)
        return BatchResult(index, name, code=error.code, errors=error_lines(error))


def _render_chunk(job: RenderJob, chunk: list[_Item]) -> list[BatchResult]:
    return [render_text(index, name, text, job) for index, name, text in chunk]


def _chunks(sources: Iterable[Source]) -> Iterator[list[_Item | BatchResult]]:
    numbered = (_read(index, source) for index, source in enumerate(sources))
    while chunk := list(itertools.islice(numbered, _CHUNK)):
        yield chunk


def run_batch(sources: Iterable[Source], job: RenderJob, jobs: int) -> Iterator[BatchResult]:
    """Render ``sources`` with ``jobs`` processes (1: in this process); results in input order."""
    if jobs <= 1:
        for chunk in _chunks(sources):
            for item in chunk:
                yield item if isinstance(item, BatchResult) else render_text(*item, job)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[list[BatchResult], Future[list[BatchResult]] | None]] = deque()
        for chunk in _chunks(sources):
            unread = [item for item in chunk if isinstance(item, BatchResult)]
            texts = [item for item in chunk if not isinstance(item, BatchResult)]
            pending.append((unread, pool.submit(_render_chunk, job, texts) if texts else None))
            if len(pending) >= jobs * _IN_FLIGHT:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _collect(
    unread: list[BatchResult], future: Future[list[BatchResult]] | None
) -> list[BatchResult]:
    results = unread + (future.result() if future is not None else [])
    return sorted(results, key=lambda result: result.index)


def validate_job(job: RenderJob) -> None:
    """Raise the error every document would hit: unknown renderer, option or locale."""
    from opscontent.i18n import language  # noqa: PLC0415 - the batch imports on use
    from opscontent.render.registry import check_options, get_renderer  # noqa: PLC0415

    check_options(get_renderer(job.format), job.options)
    if job.locale is not None:
        language(job.locale, tuple(Path(d) for d in job.options.get("catalog_dirs", ())))
