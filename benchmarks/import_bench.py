"""Import speed: ``parse_text`` must stay linear in the length of the document.

The whole import corpus (``tests/fixtures/import/corpus``: every layout, zh and en) is read as
one document, then the same document repeated 100 times; the longer one must take at most 110
times as long (ratios within one run, no absolute limits). ``parse_docx`` on the Word rendering
of the bundled examples is timed for reference. Run: ``make bench`` (or
``python benchmarks/import_bench.py``).
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

from render_bench import timeit

import opscontent

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "fixtures" / "import" / "corpus").glob("*.[tm][xd]*"))
TODAY = dt.date(2026, 11, 29)


def main() -> int:
    """Print the figures; exit 1 when the import is not linear."""
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in CORPUS)
    longer = "\n\n".join([text] * 100)
    one, hundred = timeit(
        partial(opscontent.parse_text, text, today=TODAY),
        partial(opscontent.parse_text, longer, today=TODAY),
        rounds=2,
        min_time=0.0,
    )
    ratio = hundred / one
    print(
        f"parse_text: {len(text.splitlines())} lines {one * 1e3:.1f} ms; "
        f"100x {hundred * 1e3:.0f} ms ({ratio:.1f}x, target <= 110x)"
    )
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        data = opscontent.render(opscontent.load(path), "docx", locale="zh")
        assert isinstance(data, bytes)
        (seconds,) = timeit(partial(opscontent.parse_docx, data), rounds=3)
        print(f"parse_docx {path.name}: {seconds * 1e3:.1f} ms")
    return 0 if ratio <= 110 else 1


if __name__ == "__main__":
    sys.exit(main())
