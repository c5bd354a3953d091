"""The importer fills a posting's facts from the lines that carry them, and keeps the rest."""

from __future__ import annotations

from typing import Any

import pytest

import opscontent
from opscontent.importers._posting import read_headcount, read_places, read_salary

SECTION_ZH = "\n\n岗位职责\n1. 负责用户增长\n"
SECTION_EN = "\n\nWhat you'll do\n- Own the forecast\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15-25K·14薪", ("CNY", "month", 15000, 25000, 14)),
        ("1.5万-2.5万/月", ("CNY", "month", 15000, 25000, None)),
        ("8000-12000元/月", ("CNY", "month", 8000, 12000, None)),
        ("20-30万/年", ("CNY", "year", 200000, 300000, None)),
        ("$125,000–$150,000", ("USD", "year", 125000, 150000, None)),
        ("$60-70k/yr", ("USD", "year", 60000, 70000, None)),
        ("€40 per hour", ("EUR", "hour", 40, None, None)),
        ("1.5万-2.5万元/月·14薪", ("CNY", "month", 15000, 25000, 14)),
        (
            "CN¥12,000–CN¥18,000 a month, 13 months' pay a year",
            ("CNY", "month", 12000, 18000, 13),
        ),
    ],
)
def test_salaries_as_postings_write_them(text: str, expected: tuple[Any, ...]) -> None:
    salary = read_salary(text)
    assert salary is not None
    got = tuple(salary.get(k) for k in ("currency", "period", "min", "max", "months_per_year"))
    assert got == expected


@pytest.mark.parametrize(
    "text", ["面议", "$40", "15k-25k", "25-15K", "15-25K·14薪 plus bonus", "2万/年·14薪"]
)
def test_salaries_it_cannot_be_sure_of_are_not_read(text: str) -> None:
    assert read_salary(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上海、杭州", ([{"locality": "上海"}, {"locality": "杭州"}], None)),
        ("Rotterdam (Hybrid)", ([{"locality": "Rotterdam"}], "hybrid")),
        ("Berlin, DE / Remote", ([{"locality": "Berlin", "country": "DE"}], "remote")),
        (
            "Leeds, West Yorkshire, United Kingdom",
            (
                [{"locality": "Leeds", "region": "West Yorkshire", "country": "United Kingdom"}],
                None,
            ),
        ),
        ("Leeds, West Yorkshire, LS1", None),  # three parts, the last no country: which is which?
        ("成都（需常驻，覆盖川渝区域）", None),  # a note, not a workplace type
        (  # written from the province down
            "上海、浙江省杭州",
            ([{"locality": "上海"}, {"locality": "杭州", "region": "浙江省"}], None),
        ),
        ("内蒙古自治区呼和浩特", ([{"locality": "呼和浩特", "region": "内蒙古自治区"}], None)),
        ("Shanghai and Hangzhou", ([{"locality": "Shanghai"}, {"locality": "Hangzhou"}], None)),
        (  # a country's own "and"
            "Port of Spain, Trinidad and Tobago",
            ([{"locality": "Port of Spain", "country": "Trinidad and Tobago"}], None),
        ),
        (
            "Rotterdam, South Holland, NL",
            ([{"locality": "Rotterdam", "region": "South Holland", "country": "NL"}], None),
        ),
    ],
)
def test_places_and_workplace_type(text: str, expected: Any) -> None:
    assert read_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2人", 2), ("招3名", 3), ("两人", 2), ("1 person", 1), ("若干", None)],
)
def test_headcount(text: str, expected: int | None) -> None:
    assert read_headcount(text) == expected


def test_a_chinese_header_block_fills_the_facts() -> None:
    text = (
        "用户增长运营\n工作地点：上海\n薪资：15-25K·14薪\n招聘人数：2人\n工作性质：全职\n"
        "截止日期：2027-01-31" + SECTION_ZH
    )
    result = opscontent.parse_text(text)
    meta = result.document.meta
    assert [p.locality for p in meta.locations] == ["上海"]
    assert meta.salary is not None
    assert (meta.salary.min, meta.salary.max, meta.salary.months_per_year) == (15000, 25000, 14)
    assert meta.headcount == 2
    assert [e.value for e in meta.employment_type] == ["full_time"]
    assert meta.valid_through is not None
    assert result.leftovers == []


def test_a_job_board_header_fills_the_facts() -> None:
    text = (
        "Revenue Operations Analyst\nNorthwind · Rotterdam (Hybrid) · 2 days ago\nFull-time\n"
        "$125,000–$150,000" + SECTION_EN
    )
    result = opscontent.parse_text(text)
    meta = result.document.meta
    assert meta.organization == "Northwind"
    assert [p.locality for p in meta.locations] == ["Rotterdam"]
    assert meta.workplace_type is not None
    assert meta.workplace_type.value == "hybrid"
    assert [e.value for e in meta.employment_type] == ["full_time"]
    assert meta.salary is not None
    assert meta.salary.currency == "USD"
    assert meta.summary is None
    assert result.leftovers == ["2 days ago"]


def test_what_it_cannot_read_stays_in_the_leftovers() -> None:
    text = "门店督导\n薪资：面议\n招聘人数：若干\n工作地点：成都（需常驻）" + SECTION_ZH
    result = opscontent.parse_text(text)
    meta = result.document.meta
    assert (meta.salary, meta.headcount, meta.locations) == (None, None, [])
    assert result.leftovers == ["面议", "若干", "成都（需常驻）"]


@pytest.mark.parametrize("locale", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_rendered_job_facts_import_back(locale: str, fmt: str) -> None:
    """What the renderers write in the job facts block reads back into the same facts."""
    meta = opscontent.Document.model_validate(
        {
            "meta": {
                "title": "增长运营",
                "locations": [{"locality": "上海"}],
                "employment_type": ["full_time"],
                "salary": {"currency": "CNY", "period": "month", "min": 15000, "max": 25000},
                "headcount": 2,
            },
            "sections": [{"kind": "responsibilities", "items": [{"area": "拉新"}]}],
        }
    )
    result = opscontent.parse_text(str(opscontent.render(meta, fmt, locale=locale)))
    got = result.document.meta
    assert got.locations == meta.meta.locations
    assert got.employment_type == meta.meta.employment_type
    assert got.salary == meta.meta.salary
    assert got.headcount == meta.meta.headcount


@pytest.mark.parametrize(
    "table",
    [
        "| 工作地点 | 浙江省杭州市 |\n| --- | --- |\n| 薪资范围 | 1.2万-1.8万元/月·13薪 |\n",
        "Work location\tRotterdam, South Holland, NL\nSalary\t€70,000–€85,000 a year\n",
    ],
)
def test_a_table_of_labels_and_values_fills_the_facts(table: str) -> None:
    text = "Plan\n" + table + (SECTION_ZH if "薪资" in table else SECTION_EN)
    meta = opscontent.parse_text(text).document.meta
    (place,) = meta.locations
    assert place.region in {"浙江省", "South Holland"}
    assert meta.salary is not None
    assert meta.salary.period in {"month", "year"}
