"""Documents in several languages: missing translations (OC701), too few languages (OC702),
goal statements whose translation changed a number (OC312), the bilingual profile."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import pytest
from babel import Locale
from hypothesis import given

import opscontent
from opscontent.checks import Severity
from opscontent.model import Document
from opscontent.model.localized import missing_translations
from opscontent.paths import format_path
from opscontent.starter import starter
from opscontent.testing import documents

TODAY = dt.date(2027, 1, 1)
TASK = {"zh": "周报", "en": "Weekly report"}


def bilingual(*items: dict[str, Any], **meta: Any) -> Document:
    return Document.model_validate(
        {
            "meta": {"title": {"zh": "运营计划", "en": "Operations plan"}, **meta},
            "sections": [{"kind": "tasks", "items": list(items)}],
        }
    )


def translation_findings(doc: Document, **options: Any) -> list[opscontent.Finding]:
    report = opscontent.check(doc, today=TODAY, **options)
    return [f for f in report.findings if f.code in {"OC701", "OC702", "OC311", "OC312"}]


def test_each_missing_translation_is_a_warning_at_its_field() -> None:
    doc = bilingual({"name": TASK}, {"name": "复盘会"}, languages=["zh", "en"])
    (finding,) = translation_findings(doc, locale="en")
    assert (finding.code, finding.severity) == ("OC701", Severity.WARNING)
    assert finding.path == "$.sections[0].items[1].name"
    assert finding.message == 'No English text for "复盘会".'
    assert '"en"' in finding.hint


@pytest.mark.parametrize("locale", ["zh_Hans_CN", "en_US"])
def test_the_missing_language_is_named_by_cldr_in_the_report_locale(locale: str) -> None:
    doc = Document.model_validate(
        {
            "meta": {"title": {"zh-Hans": "计划", "en": "Plan"}, "languages": ["zh-Hans", "en"]},
            "sections": [{"kind": "tasks", "items": [{"name": {"en": "Weekly report"}}]}],
        }
    )
    (finding,) = translation_findings(doc, locale=locale)
    name = Locale.parse("zh_Hans").get_display_name(Locale.parse(locale))
    assert name is not None
    assert name in finding.message
    assert "Weekly report" in finding.message


def test_a_long_text_is_quoted_on_one_line_and_cut() -> None:
    long = "第一行\n" + "很长的任务说明" * 20
    (finding,) = translation_findings(
        bilingual({"name": TASK, "description": long}, languages=["zh", "en"]), locale="zh"
    )
    assert "\n" not in finding.message
    assert "第一行 很长的任务说明" in finding.message
    assert "…" in finding.message
    assert len(finding.message) < 60


def test_documents_in_one_language_are_not_checked_for_translations() -> None:
    one = Document.model_validate(
        {"meta": {"title": "运营计划", "languages": ["zh"]}, "sections": []}
    )
    assert translation_findings(one) == []
    undeclared = bilingual({"name": "复盘会"}, language="zh")  # mappings, no meta.languages
    assert translation_findings(undeclared) == []


def test_the_bilingual_profile_makes_missing_translations_errors() -> None:
    doc = bilingual({"name": TASK}, {"name": "复盘会"}, languages=["zh", "en"])
    report = opscontent.check(doc, profile="bilingual", today=TODAY, locale="en")
    (finding,) = [f for f in report.findings if f.code == "OC701"]
    assert finding.severity is Severity.ERROR
    assert not report.ok
    assert opscontent.check(doc, profile="full", today=TODAY).count(Severity.ERROR) == (
        report.count(Severity.ERROR) - 1
    )


def test_the_bilingual_profile_asks_for_two_languages() -> None:
    doc = bilingual({"name": TASK}, language="zh")
    report = opscontent.check(doc, profile="bilingual", today=TODAY, locale="en")
    (finding,) = [f for f in report.findings if f.code == "OC702"]
    assert (finding.severity, finding.path) == (Severity.ERROR, "$.meta.languages")
    assert "1 language" in finding.message
    assert "OC702" not in opscontent.check(doc, today=TODAY).codes()


def test_a_profile_file_can_extend_bilingual(tmp_path: Any) -> None:
    profile = tmp_path / "strict.toml"
    profile.write_text('extends = "bilingual"\n[severity]\nOC312 = "error"\n', "utf-8")
    loaded = opscontent.load_profile(profile)
    assert loaded.min_languages == 2
    assert loaded.severity == {"OC701": Severity.ERROR, "OC312": Severity.ERROR}


def test_checking_in_a_language_the_document_provides_is_not_a_mixed_document() -> None:
    doc = bilingual({"name": TASK}, language="zh", languages=["zh", "en"])
    assert "OC107" not in opscontent.check(doc, today=TODAY, locale="en").codes()
    only_zh = bilingual({"name": "周报"}, language="zh")
    assert "OC107" in opscontent.check(only_zh, today=TODAY, locale="en").codes()


def test_placeholders_and_control_characters_are_found_in_every_language() -> None:
    doc = bilingual(
        {"name": {"zh": "周报", "en": "TODO"}},
        {"name": {"zh": "复盘\x0c会", "en": "Review"}},
        languages=["zh", "en"],
    )
    found = [(f.code, f.path) for f in opscontent.check(doc, today=TODAY).findings]
    assert ("OC104", "$.sections[0].items[0].name.en") in found
    assert ("OC106", "$.sections[0].items[1].name.zh") in found


@pytest.mark.parametrize(("locale", "tags"), [("zh", ["zh-Hans", "en"]), ("en", ["en", "zh-Hans"])])
def test_a_bilingual_starter_lists_both_languages_and_misses_no_translation(
    locale: str, tags: list[str]
) -> None:
    doc = starter("bilingual", locale=locale)
    assert doc.meta.languages == tags
    assert missing_translations(doc) == []
    codes = opscontent.check(doc, profile="bilingual", today=TODAY).codes()
    assert "OC104" in codes
    assert not {"OC701", "OC702"} & set(codes)


# -- goal statements in each language ------------------------------------------------------

GOALS: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "在2027年6月30日前将次日留存率从35%提升至40%",
        "Raise D1 retention from 35% to 40% by 30 June 2027",
        {"baseline": {"value": 35, "unit": "percent"}, "target": {"value": 40, "unit": "percent"}},
        "percent",
    ),
    (
        "2027年第三季度末前将月活跃用户数提升20%",
        "Grow monthly active users by 20% by the end of Q3 2027",
        {"change": {"value": 20, "unit": "percent"}, "deadline": "2027-09-30"},
        "count",
    ),
    (
        "2027年底前将付费转化率提高2个百分点",
        "Increase paid conversion by 2 percentage points by the end of 2027",
        {"change": {"value": 2, "unit": "percentage_points"}, "deadline": "2027-12-31"},
        "percent",
    ),
    (
        "2027年6月底前将首次响应时间从30分钟缩短到10分钟",
        "Cut first response time from 30 to 10 minutes by the end of June 2027",
        {
            "baseline": {"value": 30, "unit": "duration", "time_unit": "minute"},
            "target": {"value": 10, "unit": "duration", "time_unit": "minute"},
            "direction": "decrease",
        },
        "duration",
    ),
    (
        "2027年12月31日前将客诉率控制在0.5%以内",
        "Keep the complaint rate below 0.5% through 31 December 2027",
        {
            "target": {"value": 0.5, "unit": "percent"},
            "target_bound": "at_most",
            "deadline": "2027-12-31",
            "direction": "decrease",
        },
        "percent",
    ),
    (
        "2027年底前GMV达到500万元",
        "Reach a GMV of ¥5 million by the end of 2027",
        {"target": {"value": 5000000, "unit": "currency", "currency": "CNY"}},
        "currency",
    ),
    (
        "2027年12月前NPS达到45分",
        "Achieve an NPS of 45 by December 2027",
        {"target": {"value": 45, "unit": "score"}, "deadline": "2027-12-31"},
        "score",
    ),
    (
        "2027年6月30日前将获客成本从80元降至60元",
        "Reduce customer acquisition cost from ¥80 to ¥60 by June 30, 2027",
        {
            "baseline": {"value": 80, "unit": "currency", "currency": "CNY"},
            "target": {"value": 60, "unit": "currency", "currency": "CNY"},
            "direction": "decrease",
        },
        "currency",
    ),
    (
        "2027年9月30日前将7日留存率提高5个百分点",
        "Improve 7-day retention by 5 percentage points by 30 September 2027",
        {"change": {"value": 5, "unit": "percentage_points"}, "deadline": "2027-09-30"},
        "percent",
    ),
    (
        "2027年6月30日前将活动参与人数翻一番",
        "Double campaign participants by June 30, 2027",
        {"change": {"value": 100, "unit": "percent"}},
        "count",
    ),
]


def goal_document(zh: str, en: str, fields: dict[str, Any], unit: str) -> Document:
    metric: dict[str, Any] = {
        "key": "kpi",
        "name": {"zh": "指标", "en": "KPI"},
        "unit": unit,
        "direction": fields.get("direction", "increase"),
        **({"currency": "CNY"} if unit == "currency" else {}),
        **({"time_unit": "minute"} if unit == "duration" else {}),
    }
    deadline = fields.get("deadline", "2027-06-30" if "6月" in zh else "2027-12-31")
    goal = {"id": "g1", "metric": metric, "statement": {"zh": zh, "en": en}, **fields}
    goal["deadline"] = deadline
    return Document.model_validate(
        {
            "meta": {"title": {"zh": "计划", "en": "Plan"}, "languages": ["zh", "en"]},
            "sections": [{"kind": "goals", "items": [goal]}],
        }
    )


@pytest.mark.parametrize(("zh", "en", "fields", "unit"), GOALS, ids=[g[1] for g in GOALS])
def test_faithful_statements_agree_with_the_fields_in_both_languages(
    zh: str, en: str, fields: dict[str, Any], unit: str
) -> None:
    assert translation_findings(goal_document(zh, en, fields, unit), locale="en") == []


def test_a_translation_that_changed_a_number_is_reported_with_its_language() -> None:
    zh, en, fields, unit = GOALS[0]
    doc = goal_document(zh, en.replace("40%", "45%"), fields, unit)
    (finding,) = translation_findings(doc, locale="en")
    assert finding.code == "OC312"
    assert finding.path == "$.sections[0].items[0].statement.en"
    assert "English statement" in finding.message
    assert "45%" in finding.message
    assert "40%" in finding.message
    (zh_finding,) = translation_findings(doc, locale="zh")
    assert "英语表述" in zh_finding.message


def test_the_primary_statement_keeps_its_own_code() -> None:
    zh, en, fields, unit = GOALS[0]
    doc = goal_document(zh.replace("40%", "45%"), en, fields, unit)
    assert [(f.code, f.path) for f in translation_findings(doc)] == [
        ("OC311", "$.sections[0].items[0].statement")
    ]


def test_every_language_is_compared_and_a_wrong_deadline_is_found_too() -> None:
    zh, en, fields, unit = GOALS[2]
    doc = goal_document(zh, en.replace("2027", "2028"), fields, unit)
    (finding,) = translation_findings(doc, locale="en")
    assert finding.code == "OC312"
    assert "December 31, 2028" in finding.message


def test_a_language_the_goal_parser_does_not_read_is_not_compared() -> None:
    zh, _, fields, unit = GOALS[0]
    data = goal_document(zh, "x", fields, unit).model_dump(mode="json", by_alias=True)
    data["meta"]["languages"] = ["zh", "ja"]
    data["meta"]["title"] = {"zh": "计划", "ja": "計画"}
    data["sections"][0]["items"][0]["metric"]["name"] = {"zh": "指标", "ja": "指標"}
    data["sections"][0]["items"][0]["statement"] = {"zh": zh, "ja": "2027年6月30日までに45%"}
    assert translation_findings(Document.model_validate(data)) == []


# -- generated documents -------------------------------------------------------------------


@given(documents(languages=("zh", "en")))
def test_the_check_finds_exactly_the_missing_translations(doc: Document) -> None:
    report = opscontent.check(doc, today=TODAY, locale="en")
    found = Counter(f.path for f in report.findings if f.code == "OC701")
    expected = Counter(format_path(path) for path, _ in missing_translations(doc))
    assert found == expected


def test_messages_quote_the_authors_words_in_the_reports_language() -> None:
    """A KPI name or an objective written in both languages is quoted in the report's."""
    metric = {"zh": "首月动销率", "en": "First-month activation rate"}
    objective = {"zh": "让新商家更快稳定出单", "en": "Help new stores start selling sooner"}
    kpi = {"key": "act", "name": metric, "unit": "percent", "direction": "increase"}
    goal = {
        "id": "g1",
        "metric": "act",
        "objective": objective,
        "target": {"value": 70, "unit": "percent"},
    }
    data = {
        "meta": {"title": {"zh": "计划", "en": "Plan"}, "languages": ["zh", "en"]},
        "sections": [{"kind": "metrics", "items": [kpi]}, {"kind": "goals", "items": [goal]}],
    }
    doc = opscontent.loads(json.dumps(data), "json")
    for shown, other in (("en", "zh"), ("zh", "en")):
        report = opscontent.check(doc, locale=shown, today=dt.date(2027, 1, 1))
        reasons = " | ".join(v.reason for a in report.goals for v in a.letters)
        assert metric[shown] in reasons
        assert objective[shown] in reasons
        assert metric[other] not in reasons
        assert objective[other] not in reasons
