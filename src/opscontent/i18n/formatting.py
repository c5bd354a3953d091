"""Numbers, percents, quantities, dates and lists through Babel/CLDR, never by hand."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Literal, ParamSpec, TypeVar

from babel import Locale
from babel.dates import format_interval, get_date_format
from babel.lists import format_list as _format_list
from babel.numbers import format_compact_decimal, format_currency, parse_pattern
from babel.units import format_unit

from opscontent.i18n.catalogs import NP_, Language
from opscontent.model import Quantity, TimeUnit, Unit

__all__ = [
    "format_amount",
    "format_date",
    "format_list",
    "format_number",
    "format_period",
    "format_quantity",
    "format_ratio",
]

_DECIMAL = parse_pattern("#,##0.###")
_PERCENT = parse_pattern("#,##0.###%")


def _decimal(value: int | float) -> Decimal:
    return Decimal(value) if isinstance(value, int) else Decimal(str(value))


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _wide(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a Babel call with decimal precision for every digit of its number argument.

    Babel rounds in the default context (28 digits): from about 1e27 on that raises
    ``decimal.InvalidOperation``. The number is always the first argument.
    """

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        value = args[0]
        digits = _decimal(value).adjusted() if isinstance(value, int | float) else 0
        with decimal.localcontext() as context:
            context.prec = max(context.prec, digits + 16)
            return function(*args, **kwargs)

    return wrapper


def format_number(value: int | float, lang: Language) -> str:
    """A plain number with up to three decimals, e.g. ``12,000`` or ``3.5``.

    In Chinese, a number of ten thousand or more that 万 or 亿 write exactly (with at most two
    decimals) takes CLDR's compact form, as Chinese writers do: ``8万``, ``1.5万``, ``2.5亿``;
    ``12,345`` stays as it is.

    >>> from opscontent.i18n import language
    >>> [format_number(n, language("zh")) for n in (80000, 15000, 12345, 250000000, 9999)]
    ['8万', '1.5万', '12,345', '2.5亿', '9,999']
    >>> format_number(80000, language("en"))
    '80,000'
    """
    return _number(value, lang.locale)


def format_ratio(ratio: float, lang: Language) -> str:
    """A fraction as a percent, keeping up to three decimals (0.355 is ``35.5%``)."""
    return _ratio(ratio, lang.locale)


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _number(value: int | float, locale: Locale) -> str:
    exact = _decimal(value)
    if locale.language == "zh" and abs(exact) >= _WAN:
        unit = _YI if abs(exact) >= _YI else _WAN
        exponent = (exact / unit).normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent >= -2:  # 万/亿 with at most two decimals
            compact: str = format_compact_decimal(exact, locale=locale, fraction_digits=2)
            return compact
    text: str = _DECIMAL.apply(exact, locale)
    return text


_WAN = Decimal(10_000)
_YI = Decimal(100_000_000)


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _ratio(ratio: float, locale: Locale) -> str:
    text: str = _PERCENT.apply(_decimal(ratio), locale)
    return text


_TIME_UNITS = {
    TimeUnit.MINUTE: "duration-minute",
    TimeUnit.HOUR: "duration-hour",
    TimeUnit.DAY: "duration-day",
    TimeUnit.WEEK: "duration-week",
    TimeUnit.MONTH: "duration-month",
    TimeUnit.YEAR: "duration-year",
}


def format_duration(value: int | float, unit: TimeUnit, lang: Language) -> str:
    """``2 hours`` / ``2小时``; quarters come from the catalog (CLDR has no quarter unit)."""
    if unit is TimeUnit.QUARTER:
        return lang.ngettext(
            NP_("{n} quarter", "{n} quarters"), value, n=format_number(value, lang)
        )
    return _unit(value, _TIME_UNITS[unit], lang.locale)


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _unit(value: int | float, unit: str, locale: Locale) -> str:
    text: str = format_unit(_decimal(value), unit, length="long", locale=locale)
    return text


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _currency(value: int | float, currency: str, locale: Locale) -> str:
    return format_currency(_decimal(value), currency, locale=locale)


def format_period(start: dt.date, end: dt.date, lang: Language) -> str:
    """A date range the locale's way: ``2027年1月1日 – 3月31日`` / ``Jan 1 – Mar 31, 2027``."""
    return _interval(start, end, lang.locale)


@functools.lru_cache(maxsize=4096)
def _interval(start: dt.date, end: dt.date, locale: Locale) -> str:
    return format_interval(start, end, skeleton="yMMMd", locale=locale)


def format_quantity(quantity: Quantity, lang: Language) -> str:
    """A quantity in its unit: ``40%``, ``5 percentage points``/``5个百分点``, ``¥12,000.00``."""
    return format_amount(
        quantity.value,
        quantity.unit,
        lang,
        currency=quantity.currency,
        time_unit=quantity.time_unit,
        label=quantity.label,
    )


def format_amount(
    value: int | float,
    unit: Unit,
    lang: Language,
    *,
    currency: str | None = None,
    time_unit: TimeUnit | None = None,
    label: str | None = None,
) -> str:
    """A number in a unit, without building a :class:`Quantity` first."""
    if unit is Unit.PERCENT:
        return format_ratio(float(_decimal(value) / 100), lang)
    if unit is Unit.PERCENTAGE_POINTS:
        return lang.ngettext(
            NP_("{n} percentage point", "{n} percentage points"),
            value,
            n=format_number(value, lang),
        )
    if unit is Unit.CURRENCY and currency:
        return _currency(value, currency, lang.locale)
    if unit is Unit.DURATION and time_unit:
        return format_duration(value, time_unit, lang)
    number = format_number(value, lang)
    if label:
        joiner = "" if lang.is_chinese else " "
        return f"{number}{joiner}{label}"
    return number


def format_date(value: dt.date, lang: Language) -> str:
    """A date in the locale's long form: ``2027年3月31日`` / ``March 31, 2027``."""
    return _long_date(value, lang.locale)


@functools.lru_cache(maxsize=4096)
def _long_date(value: dt.date, locale: Locale) -> str:
    return get_date_format("long", locale=locale).apply(value, locale)


def format_list(
    items: Sequence[str], lang: Language, *, style: Literal["standard", "or"] = "standard"
) -> str:
    """Join items the locale's way: ``A、B和C`` / ``A, B, and C`` (``style="or"`` for 或)."""
    return _format_list(list(items), style=style, locale=lang.locale)
