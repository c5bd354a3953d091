from __future__ import annotations

from pathlib import Path

import pytest

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
