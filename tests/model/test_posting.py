"""Job-posting facts: their validation, how they read in both languages, their JSON-LD."""

from __future__ import annotations

import json
from typing import Any

import pytest

import opscontent
from opscontent.i18n import language
from opscontent.i18n.formatting import format_money_range
from opscontent.model import EmploymentType, Meta, Place, SalaryPeriod, SalaryRange, WorkplaceType
from opscontent.render._jobfacts import place_text, salary_text
from opscontent.render.jsonld import job_posting

MONTHLY = {"currency": "CNY", "period": "month", "min": 15000, "max": 25000}


def problems(meta: dict[str, Any]) -> list[tuple[str, str]]:
    data = {"meta": {"title": "Plan", **meta}}
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(json.dumps(data))
    return [(p.path, p.kind) for p in info.value.problems]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"salary": {**MONTHLY, "min": 30000}}, ("$.meta.salary", "salary_order")),
        ({"salary": {**MONTHLY, "currency": "XYZ"}}, ("$.meta.salary", "currency_code")),
        (
            {"salary": {**MONTHLY, "currency": "cny"}},
            ("$.meta.salary.currency", "string_pattern_mismatch"),
        ),
        ({"salary": {"currency": "CNY", "period": "month"}}, ("$.meta.salary", "salary_empty")),
        ({"salary": {**MONTHLY, "min": -1}}, ("$.meta.salary.min", "greater_than_equal")),
        ({"salary": {**MONTHLY, "min": "15K"}}, ("$.meta.salary.min", "number_type")),
        ({"salary": {**MONTHLY, "period": "fortnight"}}, ("$.meta.salary.period", "enum")),
        (
            {"salary": {**MONTHLY, "period": "year", "months_per_year": 14}},
            ("$.meta.salary", "salary_months"),
        ),
        (
            {"salary": {**MONTHLY, "months_per_year": 11}},
            ("$.meta.salary.months_per_year", "greater_than_equal"),
        ),
        ({"locations": [{}]}, ("$.meta.locations[0]", "place_empty")),
        ({"locations": [{"city": "上海"}]}, ("$.meta.locations[0].city", "extra_forbidden")),
        ({"workplace_type": "office"}, ("$.meta.workplace_type", "enum")),
        ({"employment_type": ["full-time"]}, ("$.meta.employment_type[0]", "enum")),
        ({"headcount": 0}, ("$.meta.headcount", "greater_than_equal")),
    ],
)
def test_wrong_facts_are_located_errors(meta: dict[str, Any], expected: tuple[str, str]) -> None:
    assert problems(meta) == [expected]


def test_one_amount_or_an_open_range_is_a_salary() -> None:
    assert SalaryRange(currency="USD", period=SalaryPeriod.HOUR, min=40).max is None
    assert SalaryRange(currency="USD", period=SalaryPeriod.YEAR, max=150000).min is None
    assert SalaryRange(currency="EUR", period=SalaryPeriod.MONTH, min=0, max=0).min == 0


@pytest.mark.parametrize(
    ("low", "high", "currency", "locale", "expected"),
    [
        (15000, 25000, "CNY", "zh", "1.5万-2.5万元"),
        (8000, 12000, "CNY", "zh", "8,000-12,000元"),  # one form for both ends
        (12500, 18000.5, "CNY", "zh", "12,500-18,000.50元"),
        (3000, 5000, "USD", "zh", "3,000-5,000美元"),
        (125000, 150000, "USD", "en", "$125,000–$150,000"),
        (22.5, 30, "USD", "en", "$22.50–$30"),
        (20, 20, "EUR", "en", "€20"),
        (40, None, "GBP", "en", "from £40"),
        (None, 40, "GBP", "en", "up to £40"),
        (200, None, "CNY", "zh", "200元起"),
        (None, 3000, "CNY", "zh", "最高3,000元"),
        (70000, 85000, "EUR", "en_GB", "€70,000–€85,000"),
    ],
)
def test_money_ranges_come_from_cldr(
    low: float | None, high: float | None, currency: str, locale: str, expected: str
) -> None:
    assert format_money_range(low, high, currency, language(locale)) == expected


@pytest.mark.parametrize(
    ("salary", "zh", "en"),
    [
        (
            {**MONTHLY, "months_per_year": 14},
            "1.5万-2.5万元/月·14薪",
            "CN¥15,000–CN¥25,000 a month, 14 months' pay a year",
        ),
        (
            {"currency": "USD", "period": "year", "min": 125000, "max": 150000},
            "12.5万-15万美元/年",
            "$125,000–$150,000 a year",
        ),
        ({"currency": "CNY", "period": "day", "min": 200}, "200元起/天", "from CN¥200 a day"),
    ],
)
def test_salary_reads_per_period(salary: dict[str, Any], zh: str, en: str) -> None:
    model = SalaryRange.model_validate(salary)
    assert salary_text(model, language("zh")) == zh
    assert salary_text(model, language("en")) == en


@pytest.mark.parametrize(
    ("place", "zh", "en"),
    [
        (
            {"locality": "杭州", "region": "浙江省", "country": "中国"},
            "中国浙江省杭州",
            "中国浙江省杭州",
        ),
        ({"locality": "Rotterdam", "country": "NL"}, "Rotterdam, NL", "Rotterdam, NL"),
        ({"country": "DE"}, "DE", "DE"),
    ],
)
def test_places_read_in_the_order_of_their_script(place: dict[str, str], zh: str, en: str) -> None:
    model = Place.model_validate(place)
    assert place_text(model, language("zh"), str) == zh
    assert place_text(model, language("en"), str) == en


def test_a_document_without_job_facts_has_no_block() -> None:
    doc = opscontent.Document(meta=Meta(title="Plan", role="Editor"))
    text = str(opscontent.render(doc, "text", locale="zh"))
    assert "岗位基本信息" not in text
    assert '<h2 id="job-facts">' not in str(opscontent.render(doc, "html", locale="en"))


def test_remote_job_names_where_applicants_may_live() -> None:
    meta = Meta(
        title="Community manager",
        workplace_type=WorkplaceType.REMOTE,
        locations=[Place(country="DE"), Place(locality="Wien", country="AT")],
        employment_type=[EmploymentType.PART_TIME, EmploymentType.CONTRACT],
        salary=SalaryRange(currency="EUR", period=SalaryPeriod.HOUR, min=30, max=30),
        headcount=3,
    )
    posting = job_posting(opscontent.Document(meta=meta), "en")
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert "jobLocation" not in posting
    assert posting["applicantLocationRequirements"] == [
        {"@type": "Country", "name": "DE"},
        {"@type": "AdministrativeArea", "name": "Wien"},
    ]
    assert posting["employmentType"] == ["PART_TIME", "CONTRACTOR"]
    assert posting["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "value": 30,
        "unitText": "HOUR",
    }
    assert posting["totalJobOpenings"] == 3


def test_hybrid_job_has_a_place_and_works_on_site() -> None:
    meta = Meta(
        title="t", workplace_type=WorkplaceType.HYBRID, locations=[Place(locality="Rotterdam")]
    )
    posting = job_posting(opscontent.Document(meta=meta), "en")
    assert "jobLocationType" not in posting  # Google: TELECOMMUTE is for fully remote jobs
    assert posting["jobLocation"] == [
        {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Rotterdam"}}
    ]
