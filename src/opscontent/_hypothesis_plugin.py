"""Makes ``st.from_type(Document)`` use the strategies of :mod:`opscontent.testing`.

Registration is cheap and happens in whichever order the two are imported: hypothesis's entry
point calls :func:`_hypothesis_setup_hook`, which registers only when :mod:`opscontent.model` is
already imported (a plain ``import hypothesis`` never builds the models), and
:mod:`opscontent.model` calls :func:`register` at the end of its import when hypothesis is
already imported. The strategies themselves are looked up only when first drawn from.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["_hypothesis_setup_hook", "register"]

_STRATEGIES = {
    "Document": "documents",
    "Metric": "metrics",
    "SmartGoal": "smart_goals",
    "Quantity": "quantities",
}
"""Model class name → the strategy of :mod:`opscontent.testing` that generates it."""


def _lazy(name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:
        return getattr(importlib.import_module("opscontent.testing"), name)()

    return resolve


def register() -> None:
    """Register the opscontent strategies for their model classes with hypothesis."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only when hypothesis is in use

    model = sys.modules["opscontent.model"]
    for cls_name, strategy in _STRATEGIES.items():
        st.register_type_strategy(getattr(model, cls_name), _lazy(strategy))


def _hypothesis_setup_hook() -> None:
    """Hypothesis's entry point: register now if the models exist, else when they are built."""
    model = sys.modules.get("opscontent.model")
    if model is not None and all(hasattr(model, name) for name in _STRATEGIES):
        register()
