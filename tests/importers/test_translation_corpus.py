"""The translation corpus: Chinese documents, their English versions, and what importing gives.

Every case under ``tests/fixtures/import/translations/`` is a Chinese document
(``NN-name.zh.yaml``), its English version as pasted text (``NN-name.en.md`` or ``.en.txt``)
and the expectations (``NN-name.en.yaml``, see the folder's README): the English text each field
must receive (``aligned``), the source's texts with no English counterpart (``missing``) and the
English texts with none in the source (``extra``). The test prints, over the whole corpus:

- aligned: expected fields that received exactly the expected text, over the expected fields;
- wrong: fields that received another text, and fields aligned that the expectations do not
  list (words put where the translation did not put them);
- reported: expected missing paths and extra texts that the report lists, over those expected.

``check`` cross-examines the result: its missing translations (OC701) must be exactly under the
expected missing paths, and no translated goal statement may contradict its goal (OC312).

The bar: at least 95 % aligned, 100 % reported, and no text in a wrong field. Every text must be
reported when it cannot be aligned (the report is how a reader finds what was not translated),
and a wrong alignment puts words in the author's mouth in the other language, so those two are
absolute. The aligned figure leaves room for layouts the importer reads less well than these
three (measured here: every expected field aligned).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

import opscontent
from opscontent.importers import TranslationResult, import_translation
from opscontent.model.walk import iter_texts

from ..conftest import FIXTURES

CORPUS = FIXTURES / "import" / "translations"
TODAY = dt.date(2026, 11, 29)
CASES = sorted(p for p in CORPUS.glob("*.en.*") if p.suffix in {".md", ".txt"})
_MISSING = re.compile(r"^missing_")


@dataclass
class Score:
    """What one case scored."""

    expected: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    """Fields with another text than expected, and fields aligned that are not expected."""
    not_aligned: list[str] = field(default_factory=list)
    """Expected fields that received no text."""
    unaligned_expected: int = 0
    reported: int = 0
    unreported: list[str] = field(default_factory=list)


def _expectations(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(case.with_suffix(".yaml").read_text(encoding="utf-8"))
    return data


def _import(case: Path) -> tuple[opscontent.Document, TranslationResult, dict[str, Any]]:
    expected = _expectations(case)
    base = opscontent.load(CORPUS / expected["source"])
    result = import_translation(case, base, language=expected["language"], today=TODAY)
    return base, result, expected


def _flat(text: str) -> str:
    return " ".join(text.strip().strip("*").split())


def _covers(reported: str | None, expected: str) -> bool:
    """A reported path names the expected one, or one of its parts, or what holds it."""
    if reported is None:
        return False
    return (
        reported == expected
        or reported.startswith((f"{expected}.", f"{expected}["))
        or expected.startswith((f"{reported}.", f"{reported}["))
    )


def _score(case: Path) -> Score:
    _, result, expected = _import(case)
    report = result.report
    wanted = {path: text for group in expected["aligned"].values() for path, text in group.items()}
    got = {a.path: a.text for a in report.aligned}
    score = Score(expected=len(wanted))
    for path, text in wanted.items():
        if got.get(path) == text:
            score.right += 1
        elif path in got:
            score.wrong.append(f"{case.name}: {path}: {got[path]!r}, expected {text!r}")
        else:
            score.not_aligned.append(f"{case.name}: {path}: not aligned, expected {text!r}")
    score.wrong += [
        f"{case.name}: {p}: {t!r} not expected" for p, t in got.items() if p not in wanted
    ]
    for missing in expected.get("missing") or []:
        score.unaligned_expected += 1
        if any(
            _MISSING.match(u.reason) and _covers(u.path, missing["path"]) for u in report.unaligned
        ):
            score.reported += 1
        else:
            score.unreported.append(f"{case.name}: missing {missing['path']} not reported")
    texts = [_flat(u.text) for u in report.unaligned if u.text]
    for extra in expected.get("extra") or []:
        score.unaligned_expected += 1
        wanted_text = _flat(extra["text"])
        if any(t and (t in wanted_text or wanted_text in t) for t in texts):
            score.reported += 1
        else:
            score.unreported.append(f"{case.name}: extra {extra['text']!r} not reported")
    return score


def test_the_corpus_has_cases_with_expectations() -> None:
    assert len(CASES) >= 3
    for case in CASES:
        assert case.with_suffix(".yaml").is_file(), case


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_the_source_keeps_every_text_as_written(case: Path) -> None:
    base, result, _ = _import(case)
    after = {
        path: str(text)
        for path, text in iter_texts(result.document)
        if path[:2] != ("meta", "languages")
    }
    assert after == {path: str(text) for path, text in iter_texts(base)}
    assert result.document.primary_language == base.primary_language
    reread = opscontent.loads(opscontent.dumps(result.document, "yaml"), "yaml")
    assert reread == result.document


def test_translation_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    scores = [_score(case) for case in CASES]
    expected = sum(s.expected for s in scores)
    right = sum(s.right for s in scores)
    wrong = [w for s in scores for w in s.wrong]
    not_aligned = [n for s in scores for n in s.not_aligned]
    unaligned = sum(s.unaligned_expected for s in scores)
    reported = sum(s.reported for s in scores)
    unreported = [u for s in scores for u in s.unreported]
    with capsys.disabled():
        print(
            f"\ntranslation corpus: {len(CASES)} cases, fields aligned correctly {right}/{expected}"
            f" ({100 * right / expected:.1f}%), wrong {len(wrong)}, unaligned reported "
            f"{reported}/{unaligned} ({100 * reported / unaligned:.1f}%)"
        )
        for line in wrong + not_aligned + unreported:
            print(f"  {line}")
    assert right >= 0.95 * expected, not_aligned
    assert not wrong, wrong
    assert reported == unaligned, unreported


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_check_finds_exactly_the_expected_missing_translations(case: Path) -> None:
    """``check`` reports a missing translation (OC701) under each expected missing path and
    nowhere else, and no translated goal statement that contradicts its goal (OC312)."""
    _, result, expected = _import(case)
    report = opscontent.check(result.document, locale="en")
    missing = [m["path"] for m in expected.get("missing") or []]
    untranslated = [f.path for f in report.findings if f.code == "OC701"]
    assert all(any(_covers(path, m) for m in missing) for path in untranslated), untranslated
    assert all(any(_covers(path, m) for path in untranslated) for m in missing), missing
    assert "OC312" not in report.codes()
