"""Field docstrings read from the source when the JSON Schema is generated, not at import.

Every model field has a docstring under it; the JSON Schema shows it as the field's
``description``. Pydantic's ``use_attribute_docstrings`` reads the source of every class as it
is created, which costs a good part of ``import opscontent.model``; reading it here, once per
module and only when a schema is asked for, gives the same descriptions for free at start-up.
The rules are pydantic's: a string literal right after an annotated assignment in the class
body documents that field; an explicit ``Field(description=...)`` wins; a field declared again
in a subclass takes only the subclass's docstring.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import sys
from typing import Any

__all__ = ["field_descriptions"]


@functools.cache
def _module_docstrings(module: str) -> dict[str, dict[str, str]]:
    """Class qualified name → field → docstring, for every class of ``module``."""
    tree = ast.parse(inspect.getsource(sys.modules[module]))
    found: dict[str, dict[str, str]] = {}

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                qualname = f"{prefix}{node.name}"
                found[qualname] = _class_docstrings(node.body)
                visit(node.body, f"{qualname}.")

    visit(tree.body, "")
    return found


def _class_docstrings(body: list[ast.stmt]) -> dict[str, str]:
    docs: dict[str, str] = {}
    for previous, node in itertools.pairwise(body):
        if (
            isinstance(previous, ast.AnnAssign)
            and isinstance(previous.target, ast.Name)
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            docs[previous.target.id] = inspect.cleandoc(node.value.value)
    return docs


def _own_docstrings(cls: type) -> dict[str, str]:
    return _module_docstrings(cls.__module__).get(cls.__qualname__, {})


def field_descriptions(cls: Any) -> dict[str, str]:
    """Field name → description of a pydantic model class, as ``use_attribute_docstrings`` gives.

    >>> from opscontent.model import Meta
    >>> field_descriptions(Meta)["title"]
    'Document title, e.g. 用户增长运营岗位工作内容.'
    """
    descriptions: dict[str, str] = {}
    for name, info in cls.model_fields.items():
        if info.description is not None:
            descriptions[name] = info.description
            continue
        owner = next(k for k in cls.__mro__ if name in vars(k).get("__annotations__", {}))
        doc = _own_docstrings(owner).get(name)
        if doc is not None:
            descriptions[name] = doc
    return descriptions
