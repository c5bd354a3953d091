"""Batches: render_many across processes, the CLI's --jobs/--report, the Dask recipe."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import opscontent
from opscontent.batch import RenderJob, render_partition, write_partition
from opscontent.cli import main
from opscontent.cli._options import INPUT_FORMATS, PROFILE_NAMES
from opscontent.i18n._mofiles import fresh_mo
from opscontent.i18n.locales import CATALOG_DIR

from ..conftest import EN_EXAMPLE, EXAMPLES, GOLDEN

BAD = ("bad.yaml", b"meta:\n  title: [\n")


def _sources() -> list[tuple[str, bytes]]:
    return [(path.name, path.read_bytes()) for path in EXAMPLES] + [BAD]


@pytest.mark.parametrize("jobs", [1, 2])
def test_render_many_streams_results_in_order_and_goes_on_after_a_bad_file(jobs: int) -> None:
    results = list(opscontent.render_many(_sources() * 3, "markdown", locale="zh", jobs=jobs))
    assert [r.index for r in results] == list(range(len(EXAMPLES) * 3 + 3))
    bad = [r for r in results if not r.ok]
    assert [r.name for r in bad] == ["bad.yaml"] * 3
    assert {r.code for r in bad} == {"OC001"}
    assert all(line.startswith("bad.yaml:3:1: OC001") for r in bad for line in r.errors)
    golden = (GOLDEN / f"{EN_EXAMPLE.name.removesuffix('.yaml')}.zh_Hans_CN.md").read_text("utf-8")
    assert results[0].output == golden  # byte-identical to a single render


def test_render_many_reads_paths_and_reports_unreadable_ones(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    results = list(opscontent.render_many([*EXAMPLES, missing], "text", locale="en", jobs=2))
    assert [r.ok for r in results] == [True] * len(EXAMPLES) + [False]
    assert results[-1].code == "OC004"


def test_render_many_checks_the_job_before_reading_anything() -> None:
    with pytest.raises(opscontent.UnknownRendererError):
        opscontent.render_many([("a.yaml", "never read")], "pdf")
    with pytest.raises(opscontent.RendererError):
        opscontent.render_many([], "json", colour=True)


def test_partition_functions(tmp_path: Path) -> None:
    job = RenderJob("html", "en")
    results = render_partition(_sources(), job)
    assert [r.ok for r in results] == [True] * len(EXAMPLES) + [False]
    summaries = write_partition(_sources(), job, tmp_path / "out")
    assert [s["ok"] for s in summaries] == [r.ok for r in results]
    written = Path(summaries[0]["output"])
    assert written.read_text("utf-8") == results[0].output
    assert summaries[-1]["output"] is None


def test_cli_batch_with_jobs_and_a_json_report(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(BAD[1])
    out, err = io.StringIO(), io.StringIO()
    args = ["render", *map(str, EXAMPLES), str(bad), "-o", str(tmp_path / "out"), "-j", "2"]
    assert main([*args, "--report", "json"], stdout=out, stderr=err) == 2
    records = json.loads(out.getvalue())
    assert [r["ok"] for r in records] == [True] * len(EXAMPLES) + [False]
    assert records[-1]["code"] == "OC001"
    assert records[-1]["output"] is None
    assert Path(records[0]["output"]).is_file()
    assert err.getvalue().startswith(f"{bad}:3:1: OC001")
    err = io.StringIO()
    assert main([*args, "-j", "0"], stderr=err) == 2
    assert "not a positive number of jobs" in err.getvalue()


def test_cli_names_match_the_library() -> None:
    assert set(PROFILE_NAMES) == set(opscontent.BUILTIN_PROFILES)
    assert tuple(f.value for f in opscontent.io.Format) == INPUT_FORMATS


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": ""}
    result = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return set(result.stdout.split())


def test_cold_paths_import_only_what_they_need() -> None:
    help_modules = _modules_after("from opscontent.cli import main\nmain(['--version'])")
    assert not {"opscontent.model", "pydantic.main", "babel", "jinja2"} & help_modules
    assert "opscontent.model" not in _modules_after("import hypothesis")
    render = _modules_after(
        "import io\nfrom opscontent.cli import main\n"
        f"main(['render', {str(EN_EXAMPLE)!r}], stdout=io.StringIO())"
    )
    assert "opscontent.render.markdown" in render
    assert "opscontent.checks" not in render
    if all(fresh_mo(po) for po in CATALOG_DIR.glob("*.po")):  # built by the install
        assert "babel.messages.pofile" not in render


@pytest.mark.parametrize(
    "first", ["import hypothesis", "import opscontent.model"], ids=["hypothesis", "model"]
)
def test_from_type_works_whichever_is_imported_first(first: str) -> None:
    code = (
        f"{first}\nimport hypothesis, opscontent.model\n"
        "from hypothesis import strategies as st\n"
        "from hypothesis.strategies._internal.types import _global_type_lookup as lookup\n"
        "print(opscontent.model.Document in lookup)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
