"""Package names imported on first use (PEP 562), so that importing a package costs nothing.

>>> import sys, types
>>> package = types.ModuleType("example")
>>> sys.modules["example"] = package
>>> package.__getattr__ = lazy_names("example", {"dedent": "textwrap"})
>>> package.dedent("  x")
'x'
>>> "dedent" in vars(package)  # kept: the next use is a plain attribute
True
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, modules: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: each name of ``modules`` from its module, on use.

    ``modules`` maps a public name to the module that defines it; the value found is kept in
    the package's namespace.
    """
    namespace = vars(sys.modules[package])

    def attribute(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return attribute
