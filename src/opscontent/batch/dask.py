"""Rendering a Dask bag of documents, one worker call per partition (``[dask]`` extra).

A bag of ``(name, text)`` pairs is split into partitions; each partition is rendered by one
call of :func:`~opscontent.batch.render_partition` (or written to a folder by
:func:`~opscontent.batch.write_partition`) on a worker, so the per-task overhead is paid once
per partition, not once per document::

    import dask.bag as db
    from opscontent.batch.dask import render_bag

    pairs = db.from_sequence(load_pairs(), partition_size=500)  # (name, text) pairs
    summaries = render_bag(pairs, "html", locale="en", out_dir="/shared/out").compute()

See ``docs/batches.md`` for the whole recipe, and for Spark.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, cast

from opscontent.batch._job import RenderJob
from opscontent.batch._partition import render_partition, write_partition
from opscontent.batch._pool import validate_job
from opscontent.exceptions import MissingExtraError
from opscontent.i18n import DEFAULT_LOCALE
from opscontent.i18n._markers import N_

try:
    import dask.bag  # noqa: F401 - fails early, with the extra's name
except ImportError:  # pragma: no cover - exercised in a venv without the extra
    raise MissingExtraError(N_("opscontent.batch.dask"), "dask", "dask") from None

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["render_bag"]


def render_bag(
    bag: Bag,
    format: str = "markdown",
    *,
    locale: str = DEFAULT_LOCALE,
    input_format: str | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    **options: Any,
) -> Bag:
    """A bag of the results of rendering ``bag``'s ``(name, text)`` pairs, per partition.

    Without ``out_dir`` the bag holds :class:`~opscontent.batch.BatchResult` objects (with the
    outputs); with it, every partition writes its documents into ``out_dir`` (a folder every
    worker can reach) and the bag holds one summary dict per document. The renderer, locale
    and options are checked here, before any task runs.
    """
    job = RenderJob(format, locale, dict(options), input_format)
    validate_job(job)
    if out_dir is None:
        rendered = bag.map_partitions(render_partition, job)  # type: ignore[no-untyped-call]
    else:
        rendered = bag.map_partitions(  # type: ignore[no-untyped-call]
            write_partition, job, os.fspath(out_dir)
        )
    return cast("Bag", rendered)
