"""A partition of documents rendered in one call: what a Dask or Spark worker runs.

Pure functions of plain values (``(name, text)`` pairs and a :class:`RenderJob`), so any engine
that can ship a function and a list of texts to a worker can run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from opscontent.batch._job import BatchResult, RenderJob, render_text

__all__ = ["render_partition", "write_partition"]


def render_partition(
    records: Iterable[tuple[str, str | bytes]], job: RenderJob
) -> list[BatchResult]:
    """Render every ``(name, text)`` pair of a partition; errors become results.

    >>> job = RenderJob("text", "en", input_format="json")
    >>> [r.ok for r in render_partition([("a", '{"meta": {"title": "A"}}'), ("b", "{")], job)]
    [True, False]
    """
    return [render_text(index, name, text, job) for index, (name, text) in enumerate(records)]


def write_partition(
    records: Iterable[tuple[str, str | bytes]], job: RenderJob, out_dir: str | os.PathLike[str]
) -> list[dict[str, Any]]:
    """Render a partition and write each output to ``out_dir/<name stem><extension>``.

    Returns one small record per document (``name``, ``output`` path or ``None``, ``ok``,
    ``code``, ``errors``), so only summaries travel back to the client, never the documents.
    """
    from opscontent.render.registry import get_renderer  # noqa: PLC0415 - on the worker

    extension = get_renderer(job.format).extension
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    summaries = []
    for result in render_partition(records, job):
        target = None
        if result.output is not None:
            target = folder / f"{Path(result.name).stem}{extension}"
            if isinstance(result.output, bytes):
                target.write_bytes(result.output)
            else:
                target.write_text(result.output, encoding="utf-8")
        summaries.append(
            {
                "name": result.name,
                "output": None if target is None else str(target),
                "ok": result.ok,
                "code": result.code,
                "errors": list(result.errors),
            }
        )
    return summaries
