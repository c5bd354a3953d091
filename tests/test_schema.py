"""The published JSON Schema: strict-valid, and one precise error per mistake.

Every mistake in ``fixtures/schema/mistakes.yaml`` is made in a valid document, then validated
by opscontent, by Python's ``jsonschema`` and by ajv (the JavaScript validator editors and
integrators use; Draft 2020-12, strict mode, all errors). All three must report it once, at the
same place. ajv runs when Node.js and ``node_modules`` (``make test`` installs them) exist.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from referencing.jsonschema import DRAFT202012

import opscontent
from opscontent.i18n.aliases import aliased_enums, aliases
from opscontent.model import Document
from opscontent.paths import JsonPath
from opscontent.schema import DIALECT, SCHEMA_ID
from opscontent.testing import documents

from .conftest import EXAMPLES, FIXTURES, ROOT
from .model.test_aliases import YAML as ALIASED

SCHEMA_FILE = ROOT / "schema" / "opscontent.schema.json"
CASES = yaml.safe_load((FIXTURES / "schema" / "mistakes.yaml").read_text("utf-8"))
MISTAKES: list[dict[str, Any]] = CASES["mistakes"]
BEYOND_SCHEMA: list[dict[str, Any]] = CASES["beyond_schema"]
AJV = ROOT / "node_modules" / ".bin" / "ajv"

# Keywords of the Draft 2020-12 vocabularies the schema declares through its ``$schema``.
DRAFT_2020_12_KEYWORDS = frozenset(jsonschema.Draft202012Validator.VALIDATORS) | {
    "$schema",
    "$id",
    "$defs",
    "$comment",
    "$anchor",
    "then",
    "else",
    "title",
    "description",
    "default",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "format",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
}


# --- documents --------------------------------------------------------------------------------

_STEP = re.compile(r"\.([A-Za-z_$][\w$]*)|\[(\d+)\]")


def parse_path(path: str) -> JsonPath:
    """``$.sections[1].kind`` as ``("sections", 1, "kind")``."""
    assert path.startswith("$"), path
    steps = list(_STEP.finditer(path, 1))
    assert "".join(step.group(0) for step in steps) == path[1:], f"cannot read path {path}"
    return tuple(int(index) if index else name for name, index in (s.groups() for s in steps))


def with_mistake(mistake: dict[str, Any]) -> Any:
    """The base document with ``mistake`` made in it."""
    data = copy.deepcopy(CASES["base"])
    for path, value in mistake.get("set", {}).items():
        *parents, last = parse_path(path)
        functools.reduce(lambda node, step: node[step], parents, data)[last] = value
    for path in mistake.get("delete", []):
        *parents, last = parse_path(path)
        del functools.reduce(lambda node, step: node[step], parents, data)[last]
    return data


def example_data(path: Path) -> Any:
    """An example as JSON data (YAML dates become ISO strings, as a JSON document has them)."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))


def opscontent_locations(data: Any) -> list[JsonPath]:
    """Where opscontent reports the problems of ``data`` (none when it is valid)."""
    try:
        opscontent.loads(json.dumps(data, ensure_ascii=False), format="json")
    except opscontent.ValidationError as error:
        return [parse_path(problem.path) for problem in error.problems]
    return []


def named(location: JsonPath, names: Sequence[str]) -> list[JsonPath]:
    """A ``required`` or ``additionalProperties`` error is reported at the object and names
    the property; the mistake is at the property."""
    return [(*location, name) for name in names] if names else [location]


# --- Python jsonschema ----------------------------------------------------------------------


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        opscontent.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def jsonschema_locations(error: jsonschema.ValidationError) -> list[JsonPath]:
    """Where ``error`` and the errors under it (``anyOf`` alternatives) point."""
    location = tuple(error.absolute_path)
    instance: Any = error.instance
    schema: Any = error.schema
    names: list[str] = []
    if error.validator == "required":
        names = [name for name in schema["required"] if name not in instance]
    elif error.validator == "additionalProperties":
        names = sorted(set(instance) - set(schema.get("properties", {})))
    found = named(location, names)
    for sub in error.context or ():
        found += jsonschema_locations(sub)
    return found


def test_schema_is_draft_2020_12_with_a_versioned_id() -> None:
    schema = opscontent.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DIALECT
    assert schema["$id"] == SCHEMA_ID
    assert re.fullmatch(r"urn:opscontent:schema:v\d+", SCHEMA_ID)


def subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    """``schema`` and every schema in it, as the Draft 2020-12 specification finds them."""
    if isinstance(schema, dict):  # not ``true``/``false``
        yield schema
        for sub in DRAFT202012.subresources_of(schema):
            yield from subschemas(sub)


def test_schema_uses_only_keywords_of_its_vocabularies() -> None:
    unknown = {
        keyword
        for sub in subschemas(opscontent.json_schema())
        for keyword in sub
        if keyword not in DRAFT_2020_12_KEYWORDS
    }
    assert unknown == set()


def test_sections_dispatch_on_every_kind_of_the_model() -> None:
    generated = Document.model_json_schema()["properties"]["sections"]["items"]
    mapping = generated["discriminator"]["mapping"]
    kinds_in_union_order = [
        next(kind for kind, ref in mapping.items() if ref == branch["$ref"])
        for branch in generated["oneOf"]
    ]
    sections = opscontent.json_schema()["properties"]["sections"]["items"]
    assert sections["properties"]["kind"]["enum"] == kinds_in_union_order
    dispatched = {
        case["if"]["properties"]["kind"]["const"]: case["then"] for case in sections["allOf"]
    }
    assert dispatched == {kind: {"$ref": ref} for kind, ref in mapping.items()}
    assert "oneOf" not in json.dumps(opscontent.json_schema())


def test_descriptions_and_enums_stay_for_editors() -> None:
    defs = opscontent.json_schema()["$defs"]
    task = defs["TaskItem"]["properties"]
    assert task["name"]["description"]
    assert {"$ref": "#/$defs/Cadence"} in task["cadence"]["anyOf"]
    assert "weekly" in defs["Cadence"]["enum"]
    assert defs["TasksSection"]["description"]


def test_enumerations_list_their_names_after_their_values() -> None:
    defs = opscontent.json_schema()["$defs"]
    for cls in aliased_enums():
        values = [member.value for member in cls]
        assert defs[cls.__name__]["enum"] == [*values, *aliases(cls)], cls
        assert "canonical" in defs[cls.__name__]["description"]


def test_a_document_written_with_chinese_names_is_valid() -> None:
    data = yaml.safe_load(ALIASED.replace('" 每月 "', "每月"))  # spaces: the loader's leniency
    assert [error.message for error in validator().iter_errors(data)] == []
    opscontent.loads(ALIASED, "yaml")  # and opscontent takes it


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_are_valid_with_formats_checked(path: Path) -> None:
    assert list(validator().iter_errors(example_data(path))) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.from_type(Document), documents(), documents(languages=("zh", "en"))))
def test_every_document_opscontent_writes_is_valid(doc: Document) -> None:
    data = json.loads(opscontent.dumps(doc))
    assert [error.message for error in validator().iter_errors(data)] == []


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m["name"])
def test_one_mistake_is_one_error_at_the_same_place(mistake: dict[str, Any]) -> None:
    data = with_mistake(mistake)
    expected = parse_path(mistake["path"])
    assert opscontent_locations(data) == [expected]
    errors = list(validator().iter_errors(data))
    assert len(errors) == 1, [error.message for error in errors]
    assert set(jsonschema_locations(errors[0])) == {expected}, errors[0].message


def test_an_unknown_kind_is_one_error_listing_the_kinds() -> None:
    data = with_mistake({"set": {"$.sections[1].kind": "task"}})
    (error,) = validator().iter_errors(data)
    kinds = opscontent.json_schema()["properties"]["sections"]["items"]["properties"]["kind"]
    assert error.validator == "enum"
    assert error.validator_value == kinds["enum"]
    assert "'custom'" in error.message


@pytest.mark.parametrize("mistake", BEYOND_SCHEMA, ids=lambda m: m["name"])
def test_rules_beyond_the_schema_are_opscontents(mistake: dict[str, Any]) -> None:
    data = with_mistake(mistake)
    assert list(validator().iter_errors(data)) == []
    assert opscontent_locations(data) == [parse_path(mistake["path"])]


def test_base_document_is_valid() -> None:
    assert opscontent_locations(CASES["base"]) == []
    assert list(validator().iter_errors(CASES["base"])) == []


# --- ajv ----------------------------------------------------------------------------------------


def _ajv_missing() -> str | None:
    if shutil.which("node") is None:
        return "Node.js is not installed: ajv cannot run (install nodejs and npm, then make test)"
    if not AJV.exists():
        return "ajv-cli is not installed in node_modules: run make test (or npm ci)"
    return None


needs_ajv = pytest.mark.skipif(_ajv_missing() is not None, reason=_ajv_missing() or "")
AJV_OPTIONS = ("--spec=draft2020", "--strict=true", "-c", "ajv-formats")


def run_ajv(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(AJV), *args, *AJV_OPTIONS], capture_output=True, text=True, check=False, cwd=ROOT
    )


@dataclass(frozen=True)
class AjvRun:
    """What one ``ajv validate`` printed, and the errors it found by document name."""

    output: str
    documents: frozenset[str]
    errors: dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def ajv(tmp_path_factory: pytest.TempPathFactory) -> AjvRun:
    """One ajv run: compile the published schema (strict), validate examples and mistakes."""
    folder = tmp_path_factory.mktemp("ajv")
    documents = {f"example-{path.stem}": example_data(path) for path in EXAMPLES}
    documents |= {f"mistake-{i}": with_mistake(m) for i, m in enumerate(MISTAKES)}
    documents |= {f"beyond-{i}": with_mistake(m) for i, m in enumerate(BEYOND_SCHEMA)}
    files = []
    for name, data in documents.items():
        files += ["-d", str(folder / f"{name}.json")]
        (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = run_ajv("validate", "-s", str(SCHEMA_FILE), *files, "--all-errors", "--errors=line")
    errors: dict[str, list[dict[str, Any]]] = {}
    for line in result.stdout.splitlines():
        if line.endswith(" valid"):
            errors[Path(line.removesuffix(" valid")).stem] = []
    lines = iter(result.stderr.splitlines())
    for line in lines:
        if line.endswith(" invalid") and not line.startswith("schema "):
            errors[Path(line.removesuffix(" invalid")).stem] = json.loads(next(lines))
    return AjvRun(result.stdout + result.stderr, frozenset(documents), errors)


@needs_ajv
def test_ajv_strict_compiles_the_schema(ajv: AjvRun) -> None:
    # ajv validates documents only once the schema compiled, with the same strict options.
    assert f"schema {SCHEMA_FILE} is invalid" not in ajv.output, ajv.output
    assert set(ajv.errors) == ajv.documents, ajv.output


@needs_ajv
def test_ajv_strict_rejects_openapi_keywords(tmp_path: Path) -> None:
    raw = tmp_path / "pydantic.schema.json"
    raw.write_text(json.dumps({"$schema": DIALECT, **Document.model_json_schema()}), "utf-8")
    result = run_ajv("compile", "-s", str(raw))
    assert result.returncode != 0
    assert 'strict mode: unknown keyword: "discriminator"' in result.stderr


def ajv_locations(error: dict[str, Any]) -> list[JsonPath]:
    pointer = error["instancePath"]
    steps = [s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/")[1:]]
    location = tuple(int(s) if s.isdigit() else s for s in steps)
    params = error.get("params", {})
    name = params.get("missingProperty", params.get("additionalProperty"))
    return named(location, [name] if name else [])


@needs_ajv
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_ajv_accepts_the_examples(path: Path, ajv: AjvRun) -> None:
    assert ajv.errors[f"example-{path.stem}"] == []


@needs_ajv
@pytest.mark.parametrize(
    ("index", "mistake"), [pytest.param(i, m, id=m["name"]) for i, m in enumerate(MISTAKES)]
)
def test_ajv_reports_a_mistake_at_one_place(
    index: int, mistake: dict[str, Any], ajv: AjvRun
) -> None:
    errors = ajv.errors[f"mistake-{index}"]
    expected = parse_path(mistake["path"])
    # ajv adds "must match "then" schema" (keyword ``if``) at each object whose ``then`` failed:
    # a summary of the errors below it, never a mistake of its own.
    summaries = [error for error in errors if error["keyword"] == "if"]
    found = {place for error in errors if error not in summaries for place in ajv_locations(error)}
    assert found == {expected}, [error["message"] for error in errors]
    for error in summaries:
        (place,) = ajv_locations(error)
        assert expected[: len(place)] == place, error


@needs_ajv
def test_ajv_lists_the_kinds_for_an_unknown_kind(ajv: AjvRun) -> None:
    index = next(i for i, m in enumerate(MISTAKES) if m["name"] == "unknown section kind")
    (error,) = ajv.errors[f"mistake-{index}"]
    kinds = opscontent.json_schema()["properties"]["sections"]["items"]["properties"]["kind"]
    assert error["params"]["allowedValues"] == kinds["enum"]


@needs_ajv
def test_ajv_accepts_what_only_opscontent_can_tell(ajv: AjvRun) -> None:
    assert all(ajv.errors[f"beyond-{i}"] == [] for i in range(len(BEYOND_SCHEMA)))
