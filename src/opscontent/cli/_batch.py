"""``opscontent render FILE... -o DIR``: many documents on every core, progress and summary.

The command reads each file and hands its text to :func:`opscontent.batch.render_many`; the
results come back in order and are written here, so a bad file is reported on standard error
and the batch goes on. On a terminal a progress line shows the count, the rate and the
failures, then a summary; ``--report json`` prints one record per file for scripts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from opscontent.cli._streams import Streams, label

if TYPE_CHECKING:
    from opscontent.render import Renderer

__all__ = ["Progress", "add_batch_options", "run_batch"]


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of jobs: {text!r}")
    return value


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    """``-j/--jobs`` and ``--report``, used when several files are rendered into a folder."""
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="worker processes for several files; default: one per core, 1 renders serially",
    )
    parser.add_argument(
        "--report",
        choices=("text", "json"),
        default="text",
        help="json prints one record per file on standard output (file, output, ok, code, "
        "errors); default: text, errors on standard error",
    )


class Progress:
    """A progress line on a terminal: count, rate and failures, then a summary."""

    def __init__(self, stream: IO[str], total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.failed = 0
        self.start = time.perf_counter()
        self.shown = self.start

    def rate(self) -> float:
        """Documents per second so far."""
        return self.done / max(time.perf_counter() - self.start, 1e-9)

    def line(self) -> str:
        """``[120/1000] 95.2 docs/s, 1 failed``."""
        return f"[{self.done}/{self.total}] {self.rate():.1f} docs/s, {self.failed} failed"

    def advance(self, ok: bool) -> None:
        """Count one document; redraw at most ten times a second, and at the last one."""
        self.done += 1
        self.failed += not ok
        now = time.perf_counter()
        if now - self.shown >= 0.1 or self.done == self.total:
            self.shown = now
            self.stream.write(f"\r{self.line()}")
            self.stream.flush()

    def summary(self, out_dir: Path) -> str:
        """``rendered 998 of 1000 documents into out/ in 10.4 s (95.9 docs/s), 2 failed``."""
        seconds = time.perf_counter() - self.start
        return (
            f"rendered {self.done - self.failed} of {self.total} documents into {out_dir} in "
            f"{seconds:.1f} s ({self.rate():.1f} docs/s), {self.failed} failed"
        )


def run_batch(args: argparse.Namespace, streams: Streams, renderer: Renderer, out_dir: Path) -> int:
    """Render ``args.files`` into ``out_dir``; exit 2 when any file was unusable."""
    from opscontent.batch import render_many  # noqa: PLC0415 - lazy: --help never imports it
    from opscontent.cli._output import write_file  # noqa: PLC0415
    from opscontent.cli._render import _options, _target  # noqa: PLC0415 - a cycle

    sources = [
        (name, streams.read(name, args.max_input_size)) if name == "-" else name
        for name in args.files
    ]
    progress = Progress(streams.stderr, len(sources)) if streams.stderr.isatty() else None
    records: list[dict[str, Any]] = []
    failed = False
    results = render_many(
        sources,
        args.format,
        locale=args.locale,
        jobs=args.jobs,
        input_format=args.input_format,
        notes=True,
        **_options(args),
    )
    for result in results:
        target = None
        if result.output is None:
            failed = True
            for line in result.errors:
                streams.error(line)
        else:
            target = str(_target(result.name, out_dir, renderer.extension))
            for note in result.notes:
                streams.error(f"{label(result.name)}: {note}")
            write_file(
                target, result.output, inputs=args.files, overwrite_input=args.overwrite_input
            )
        if args.report == "json":
            records.append(
                {"file": result.name, "output": target, "ok": result.ok, "code": result.code}
                | {"errors": list(result.errors), "notes": list(result.notes)}
            )
        if progress is not None:
            progress.advance(result.ok)
    if progress is not None:
        streams.stderr.write(f"\n{progress.summary(out_dir)}\n")
    if args.report == "json":
        import json  # noqa: PLC0415 - only for --report json (start-up)

        streams.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return 2 if failed else 0
