"""Build hook: compile the gettext catalogs (``.po`` → ``.mo``) into the package.

Runs for wheels and for editable installs (``pip install -e``), so no run has to parse a
``.po`` file. The ``.mo`` files are build artifacts (ignored by git).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ROOT / "src" / "opscontent" / "i18n" / "catalogs"


class CompileCatalogs(BuildHookInterface):
    """Write ``<locale>.mo`` next to every ``<locale>.po`` and ship it."""

    PLUGIN_NAME = "compile-catalogs"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogs before the files are collected."""
        spec = importlib.util.spec_from_file_location(
            "_opscontent_mofiles", CATALOGS.parent / "_mofiles.py"
        )
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for mo in module.write_mo_files(CATALOGS):
            build_data["artifacts"].append(str(mo.relative_to(ROOT)))
