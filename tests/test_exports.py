"""The top-level names: each one of ``opscontent._EXPORTS`` is its module's object."""

from __future__ import annotations

import importlib

import opscontent


def test_every_lazy_export_is_its_modules_object() -> None:
    for module_name, names in opscontent._EXPORTS.items():
        module = importlib.import_module(module_name)
        for name in names:
            if (module_name, name) == ("opscontent.render", "render"):
                # the package itself, which renders when called (both documented spellings work)
                assert getattr(opscontent, name) is module
                assert callable(module)
                continue
            assert getattr(opscontent, name) is getattr(module, name), (module_name, name)


def test_the_exceptions_exported_at_the_top_are_the_modules_public_ones() -> None:
    exported = set(opscontent._EXPORTS["opscontent.exceptions"])
    public = set(importlib.import_module("opscontent.exceptions").__all__)
    assert exported <= public
    missing = public - exported
    assert missing <= {"InputTooLargeError", "Message", "WriteError"}  # reached as submodule names
