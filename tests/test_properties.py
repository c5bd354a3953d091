"""Property tests over generated documents and arbitrary input."""

from __future__ import annotations

import io

from hypothesis import example, given
from hypothesis import strategies as st

import opscontent
from opscontent import Document
from opscontent.cli import main
from opscontent.model import SECTION_CLASSES, SectionKind
from opscontent.testing import documents


@given(st.from_type(Document))
def test_json_round_trip_is_identity(doc: Document) -> None:
    text = opscontent.dumps(doc)
    again = opscontent.loads(text, "json")
    assert again == doc
    assert opscontent.dumps(again) == text


@given(documents())
def test_yaml_round_trip_is_identity(doc: Document) -> None:
    assert opscontent.loads(opscontent.dumps(doc, "yaml"), "yaml") == doc


@given(
    documents(),
    st.sampled_from(["full", "work-plan", "job-description"]),
    st.sampled_from(["zh", "en"]),
)
def test_check_never_raises(doc: Document, profile: str, locale: str) -> None:
    report = opscontent.check(doc, profile=profile, locale=locale)
    assert 0 <= report.score <= 100
    assert report.ok == all(f.severity != "error" for f in report.findings)


@given(documents(), st.sampled_from(sorted(opscontent.BUILTIN_PROFILES["full"].required)))
def test_adding_a_required_section_never_adds_a_missing_section(doc: Document, kind: str) -> None:
    before = [f for f in opscontent.check(doc).findings if f.code == "OC101"]
    if doc.section(kind) is not None:
        return
    cls = SECTION_CLASSES[SectionKind(kind)]
    grown = doc.model_copy(update={"sections": [*doc.sections, cls(kind=kind, summary="内容")]})
    after = [f for f in opscontent.check(grown).findings if f.code == "OC101"]
    assert len(after) == len(before) - 1
    assert {f.message for f in after} <= {f.message for f in before}


@given(documents(complete=True, locale="zh") | documents(complete=True, locale="en"))
def test_complete_smart_documents_have_no_errors(doc: Document) -> None:
    report = opscontent.check(doc, profile="full", locale="en")
    assert report.ok, report.to_text()
    assert all(goal.smart for goal in report.goals)


def _loads_or_located_error(data: str | bytes) -> None:
    error: opscontent.OpsContentError | None = None
    try:
        opscontent.loads(data)
    except opscontent.OpsContentError as exc:
        error = exc
    if error is not None:
        assert error.code.startswith("OC0")
        assert "\n" not in str(error)
        whole_document = ("nested too deeply", "expands to more than", "binary values")
        located = error.line is not None or error.path is not None
        assert located or any(words in error.message for words in whole_document), error
        if isinstance(error, opscontent.ValidationError):
            assert all(p.path.startswith("$") for p in error.problems)


@given(st.text())
@example("meta: !!binary aGVsbG8=")
@example("[[[[[[[[[[[[" * 100)
@example(
    '{"meta": {"title": "t"}, "sections": [{"kind": "goals", "items": [{"id": "g", "metric": 1}]}]}'
)
@example("a: &a [*a]")
@example("meta:\r  title: t\r  colour: red\r")
@example("? [a, b]\n: c")
@example("meta:\n  title: t\n  effective_date: 2027-02-30\n")
@example('[meta]\ntitle = "t"\nversion = 1979-05-27T07:32:00Z\n')
def test_any_text_loads_or_raises_a_located_error(text: str) -> None:
    _loads_or_located_error(text)


@given(st.binary())
@example(b"\xef\xbb\xbf{}")
@example(b"\x00\x01")
@example(b"\r-")  # regression: CR line breaks in YAML positions
def test_any_bytes_load_or_raise_a_located_error(data: bytes) -> None:
    _loads_or_located_error(data)


@given(st.binary() | st.text().map(str.encode))
def test_cli_check_stdin_never_tracebacks(data: bytes) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "-"], stdin=io.BytesIO(data), stdout=out, stderr=err)
    assert code in (0, 1, 2)
    if code == 2:
        assert err.getvalue().strip()
        assert "Traceback" not in err.getvalue()
