from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from opscontent import Document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
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
