"""Numbers, quantities, durations, dates and lists, exactly as CLDR writes them, at their edges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from opscontent.i18n import formatting, language
from opscontent.i18n.formatting import (
    format_amount,
    format_date,
    format_duration,
    format_list,
    format_number,
    format_period,
    format_quantity,
    format_ratio,
)
from opscontent.model import Quantity, TimeUnit, Unit

NUMBERS = (0, 9999, 10000, -15000, 12300, 12340, 15000.5, 99990000, 100000000, 3.14159, 1234.5)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            [
                "0",
                "9,999",
                "1万",
                "-1.5万",
                "1.23万",
                "12,340",
                "15,000.5",
                "9999万",
                "1亿",
                "3.142",
                "1,234.5",
            ],
        ),
        (
            "en",
            [
                "0",
                "9,999",
                "10,000",
                "-15,000",
                "12,300",
                "12,340",
                "15,000.5",
                "99,990,000",
                "100,000,000",
                "3.142",
                "1,234.5",
            ],
        ),
    ],
)
def test_numbers_use_wan_and_yi_only_when_exact(lang: str, expected: list[str]) -> None:
    assert [format_number(n, language(lang)) for n in NUMBERS] == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ratios_are_percents_with_three_decimals(lang: str) -> None:
    assert [format_ratio(r, language(lang)) for r in (0.355, 1, 0.0005, 0.12345)] == [
        "35.5%",
        "100%",
        "0.05%",
        "12.345%",
    ]


QUANTITIES = [
    (Quantity(value=40, unit=Unit.PERCENT), "40%", "40%"),
    (Quantity(value=4.5, unit=Unit.PERCENT), "4.5%", "4.5%"),
    (Quantity(value=1, unit=Unit.PERCENTAGE_POINTS), "1个百分点", "1 percentage point"),
    (Quantity(value=2, unit=Unit.PERCENTAGE_POINTS), "2个百分点", "2 percentage points"),
    (Quantity(value=3, unit=Unit.RATIO), "3", "3"),
    (Quantity(value=40, unit=Unit.SCORE), "40", "40"),
    (Quantity(value=12000, unit=Unit.CURRENCY, currency="CNY"), "1.2万元", "CN¥12,000"),
    (Quantity(value=85, unit=Unit.CURRENCY, currency="USD"), "85美元", "$85"),
    (Quantity(value=85.5, unit=Unit.CURRENCY, currency="USD"), "85.50美元", "$85.50"),
    (Quantity(value=5, unit=Unit.COUNT, label="篇"), "5篇", "5 篇"),
    (Quantity(value=5, unit=Unit.COUNT, label="users"), "5users", "5 users"),
    (Quantity(value=15000, unit=Unit.COUNT), "1.5万", "15,000"),
    (Quantity(value=30, unit=Unit.DURATION, time_unit=TimeUnit.SECOND), "30秒钟", "30 seconds"),
    (Quantity(value=2, unit=Unit.DURATION, time_unit=TimeUnit.QUARTER), "2个季度", "2 quarters"),
]


@pytest.mark.parametrize(("quantity", "zh", "en"), QUANTITIES, ids=[q[1] for q in QUANTITIES])
def test_quantities(quantity: Quantity, zh: str, en: str) -> None:
    assert format_quantity(quantity, language("zh")) == zh
    assert format_quantity(quantity, language("en")) == en


def test_amount_without_currency_or_time_unit_is_a_plain_number() -> None:
    for unit in (Unit.CURRENCY, Unit.DURATION):
        assert format_amount(12000, unit, language("en")) == "12,000"


@pytest.mark.parametrize(
    ("unit", "zh", "en"),
    [
        (TimeUnit.SECOND, ["1秒钟", "2秒钟"], ["1 second", "2 seconds"]),
        (TimeUnit.MINUTE, ["1分钟", "2分钟"], ["1 minute", "2 minutes"]),
        (TimeUnit.HOUR, ["1小时", "2小时"], ["1 hour", "2 hours"]),
        (TimeUnit.DAY, ["1天", "2天"], ["1 day", "2 days"]),
        (TimeUnit.WEEK, ["1周", "2周"], ["1 week", "2 weeks"]),
        (TimeUnit.MONTH, ["1个月", "2个月"], ["1 month", "2 months"]),
        (TimeUnit.QUARTER, ["1个季度", "2个季度"], ["1 quarter", "2 quarters"]),
        (TimeUnit.YEAR, ["1年", "2年"], ["1 year", "2 years"]),
    ],
)
def test_durations_in_every_unit(unit: TimeUnit, zh: list[str], en: list[str]) -> None:
    assert [format_duration(n, unit, language("zh")) for n in (1, 2)] == zh
    assert [format_duration(n, unit, language("en")) for n in (1, 2)] == en


def test_dates_and_periods() -> None:
    zh, en = language("zh"), language("en")
    start, end = dt.date(2027, 1, 5), dt.date(2027, 3, 31)
    assert (format_date(end, zh), format_date(end, en)) == ("2027年3月31日", "March 31, 2027")
    assert format_period(start, end, zh) == "2027年1月5日至3月31日"
    assert format_period(start, end, en) == "January 5 – March 31, 2027"
    assert format_period(dt.date(2026, 12, 1), end, zh) == "2026年12月1日至2027年3月31日"
    quarter = (dt.date(2027, 1, 1), end)
    assert (format_period(*quarter, zh), format_period(*quarter, en)) == (
        "2027年第一季度",
        "Q1 2027",
    )


def test_lists() -> None:
    zh, en = language("zh"), language("en")
    assert (format_list(["A", "B", "C"], zh), format_list(["A", "B", "C"], en)) == (
        "A、B和C",
        "A, B, and C",
    )
    assert (format_list(["A", "B"], zh, style="or"), format_list(["A", "B"], en, style="or")) == (
        "A或B",
        "A or B",
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_negative_zero_is_zero_whatever_was_formatted_first(lang: str) -> None:
    """Regression: -0.0 equals 0.0, so a cached "-0" was shown for a baseline of 0."""
    for cached in (
        formatting._number,
        formatting._ratio,
        formatting._unit,
        formatting._whole_currency,
    ):
        cached.cache_clear()  # -0.0 first, as when a property test formatted it earlier
    tongue = language(lang)
    assert format_number(-0.0, tongue) == format_number(0.0, tongue) == "0"
    assert format_ratio(-0.0, tongue) == format_ratio(0.0, tongue) == "0%"
    assert format_duration(-0.0, TimeUnit.DAY, tongue) == format_duration(0.0, TimeUnit.DAY, tongue)
    assert format_amount(-0.0, Unit.CURRENCY, tongue, currency="USD") == format_amount(
        0.0, Unit.CURRENCY, tongue, currency="USD"
    )
    assert "-" not in format_amount(-0.0, Unit.CURRENCY, tongue, currency="USD")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_huge_values_are_formatted_not_raised(lang: str) -> None:
    """Regression: Decimal's default 28 digits raised InvalidOperation from 1e26 on."""
    tongue = language(lang)
    assert format_number(1e40, tongue) == "10" + ",000" * 13
    assert format_ratio(2.1e77, tongue).endswith(",000%")
    assert ",000,000,000,000" in format_amount(1e30, Unit.CURRENCY, tongue, currency="USD")
    assert format_duration(1e30, TimeUnit.DAY, tongue).startswith("1,000,000,000")


def test_wan_and_yi_stop_below_wan_wan_yi() -> None:
    zh = language("zh")
    assert (format_number(9.9e15, zh), format_number(1e16, zh)) == (
        "9900万亿",
        "10,000,000,000,000,000",
    )


def test_ratios_and_numbers_take_the_locale_symbols(tmp_path: Path) -> None:
    """A locale added by catalog (German) writes its own decimal and group separators."""
    (tmp_path / "de_DE.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8"
    )
    german = language("de", (tmp_path,))
    assert (format_ratio(0.355, german), format_number(1234.5, german)) == ("35,5%", "1.234,5")
