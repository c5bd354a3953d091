"""The Dask recipe on a two-worker LocalCluster (skipped without the ``[dask]`` extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402 - after the skip

from opscontent.batch.dask import render_bag  # noqa: E402

from ..conftest import EXAMPLES  # noqa: E402


def test_bag_partitions_render_on_two_workers(tmp_path: Path) -> None:
    pairs = [(f"{n}-{p.name}", p.read_bytes()) for n in range(3) for p in EXAMPLES]
    pairs.append(("bad.yaml", b"meta: {title: [}\n"))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(pairs, npartitions=2)  # type: ignore[no-untyped-call]
        summaries = render_bag(bag, "text", locale="en", out_dir=tmp_path).compute()  # type: ignore[no-untyped-call]
        results = render_bag(bag, "text", locale="en").compute()  # type: ignore[no-untyped-call]
    assert [s["ok"] for s in summaries] == [True] * (len(pairs) - 1) + [False]
    assert summaries[-1]["code"] == "OC001"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        Path(name).stem + ".txt" for name, _ in pairs[:-1]
    )
    assert [r.name for r in results] == [name for name, _ in pairs]
    assert results[0].output == (tmp_path / f"{Path(pairs[0][0]).stem}.txt").read_text("utf-8")
