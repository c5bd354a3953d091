from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings

from opscontent import Document

# Hypothesis profiles, registered once for every property test: `dev` (the default) keeps
# `make test` quick; `ci` (chosen when the CI environment variable is set) tries more examples
# and prints the blob that reproduces a failure. Neither has a deadline (timings vary on shared
# machines); both skip the explain phase, and shrinking stays within Hypothesis's own bounds.
# HYPOTHESIS_PROFILE=<name> picks a profile explicitly.
_PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)
settings.register_profile(
    "dev",
    max_examples=50,
    deadline=None,
    phases=_PHASES,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("ci", settings.get_profile("dev"), max_examples=150, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
EN_EXAMPLE = ROOT / "examples" / "content-operations-plan.en.yaml"
"""The English example (written in English only)."""
ZH_EXAMPLE = ROOT / "examples" / "user-growth-operations.zh.yaml"
"""The Chinese example (written in Chinese only)."""
BILINGUAL_EXAMPLE = ROOT / "examples" / "merchant-operations.bilingual.yaml"
"""The 中英对照 example: every text in Chinese (primary) and English."""
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def example_data() -> dict[str, object]:
    """The English example as plain data, for tests that change one thing in it."""
    import yaml

    data = yaml.safe_load(
        (ROOT / "examples" / "content-operations-plan.en.yaml").read_text("utf-8")
    )
    assert isinstance(data, dict)
    return data


GOLDEN = Path(__file__).resolve().parent / "golden"


def shown_language(doc: Document, locale: str) -> str:
    """The language of the content a rendering in ``locale`` shows: the locale's own when the
    document provides it (``meta.languages``), else the document's language."""
    from opscontent.model.localized import best_language

    offered = best_language(locale, doc.meta.languages) if doc.meta.languages else None
    return offered or ("zh-Hans" if doc.meta.language == "zh-Hans" else "en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden from the current output instead of comparing",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def section(kind: str, *items: Any, **fields: Any) -> dict[str, Any]:
    """A section of ``kind`` as data: ``section("tasks", {"name": "周报"}, summary="…")``."""
    return {"kind": kind, **fields, **({"items": list(items)} if items else {})}


def document(*sections: dict[str, Any], title: str = "T", **meta: Any) -> Document:
    """A validated document of ``sections`` (see :func:`section`) under a one-word title."""
    return Document.model_validate({"meta": {"title": title, **meta}, "sections": list(sections)})


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as on a machine that asks for no language (messages in English).

    The command line says its errors in the language of ``LC_ALL``/``LC_MESSAGES``/``LANG``;
    tests that need another set it themselves.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
