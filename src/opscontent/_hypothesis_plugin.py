"""Hypothesis entry point: makes ``st.from_type(Document)`` use :mod:`opscontent.testing`.

Hypothesis calls the hook while it is being imported, possibly from inside the import of
:mod:`opscontent.testing` itself, so the strategies are looked up only when first used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from opscontent.model import Document, Metric, Quantity, SmartGoal

__all__ = ["_hypothesis_setup_hook"]


def _lazy(name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:
        return getattr(importlib.import_module("opscontent.testing"), name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register the opscontent strategies for their types."""
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis is importing us

    for cls, name in (
        (Document, "documents"),
        (Metric, "metrics"),
        (SmartGoal, "smart_goals"),
        (Quantity, "quantities"),
    ):
        st.register_type_strategy(cls, _lazy(name))
