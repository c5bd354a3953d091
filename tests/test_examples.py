"""Every example loads, passes ``check --profile full`` and validates against the JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

import opscontent

from .conftest import EXAMPLES


def test_there_are_examples_in_both_languages() -> None:
    languages = {opscontent.load(path).meta.language for path in EXAMPLES}
    assert {"zh-Hans", "en"} <= languages


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_passes_full_profile(path: Path) -> None:
    report = opscontent.check(opscontent.load(path), profile="full")
    assert report.ok, report.to_text()
    assert report.goals
    assert all(goal.smart for goal in report.goals)


def test_schema_is_valid_draft_2020_12() -> None:
    schema = opscontent.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_against_the_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(opscontent.json_schema())
    data = json.loads(opscontent.dumps(opscontent.load(path)))
    assert list(validator.iter_errors(data)) == []
    raw = json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))
    assert list(validator.iter_errors(raw)) == []


def test_schema_rejects_what_the_model_rejects() -> None:
    validator = jsonschema.Draft202012Validator(opscontent.json_schema())
    assert not validator.is_valid({"meta": {"title": " "}})
    assert not validator.is_valid({"meta": {"title": "t", "colour": "red"}})
    assert not validator.is_valid({"meta": {"title": "t"}, "sections": [{"kind": "nope"}]})


def test_import_is_lean() -> None:
    code = (
        "import sys, opscontent\n"
        "heavy = {'yaml', 'docx', 'hypothesis', 'cn2an'} & {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "opscontent.schema.json"


def test_committed_schema_is_in_sync_with_the_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == opscontent.json_schema(), "run 'make schema' to regenerate"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_against_the_committed_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text("utf-8")))
    raw = json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))
    assert list(validator.iter_errors(raw)) == []
