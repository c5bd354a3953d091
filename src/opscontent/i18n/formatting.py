"""Numbers, percents, quantities, dates and lists through Babel/CLDR, never by hand."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Literal, ParamSpec, TypeVar

from babel import Locale
from babel.dates import get_date_format
from babel.dates import parse_pattern as parse_date_pattern
from babel.lists import format_list as _format_list
from babel.numbers import format_compact_decimal, format_currency, get_currency_name, parse_pattern
from babel.units import format_unit

from opscontent.i18n.catalogs import N_, NP_, Language
from opscontent.model import Quantity, TimeUnit, Unit

__all__ = [
    "format_amount",
    "format_date",
    "format_list",
    "format_money_range",
    "format_number",
    "format_period",
    "format_quantity",
    "format_ratio",
    "period_name",
    "values_style",
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
    return _number(value or 0, lang.locale)  # -0.0 is 0, and must not share its cache entry


def format_ratio(ratio: float, lang: Language) -> str:
    """A fraction as a percent, keeping up to three decimals (0.355 is ``35.5%``)."""
    return _ratio(ratio or 0, lang.locale)


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _number(value: int | float, locale: Locale) -> str:
    exact = _decimal(value)
    if locale.language == "zh" and _WAN <= abs(exact) < _WAN_YI:
        unit = _YI if abs(exact) >= _YI else _WAN
        exponent = (exact / unit).normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent >= -2:  # 万/亿 with at most two decimals
            compact: str = format_compact_decimal(exact, locale=locale, fraction_digits=2)
            return compact
    text: str = _DECIMAL.apply(exact, locale)
    return text


_WAN = Decimal(10_000)
_YI = Decimal(100_000_000)
_WAN_YI = _WAN * _WAN * _YI  # from here on CLDR's compact form repeats 万亿: plain digits


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _ratio(ratio: float, locale: Locale) -> str:
    text: str = _PERCENT.apply(_decimal(ratio), locale)
    return text


_TIME_UNITS = {
    TimeUnit.SECOND: "duration-second",
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
    return _unit(value or 0, _TIME_UNITS[unit], lang.locale)


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _unit(value: int | float, unit: str, locale: Locale) -> str:
    text: str = format_unit(_decimal(value), unit, length="long", locale=locale)
    return text


def _yuan(value: int | float, currency: str, lang: Language) -> str:
    """Money the Chinese way: ``45元``, ``1.2亿元``, ``12.50美元`` (never ``¥120,000,000.00``).

    The amount compacts to 万/亿 like any number; the unit is 元 for renminbi, else CLDR's
    name of the currency.
    """
    exact = _decimal(value)
    number = format_number(value, lang)
    if exact != exact.to_integral_value() and abs(exact) < _WAN:
        number = _MONEY.apply(exact, lang.locale)  # cents show both digits: 12.50
    unit = "元" if currency == "CNY" else get_currency_name(currency, locale=lang.locale)
    return f"{number}{unit}"


_MONEY = parse_pattern("#,##0.00")


def format_money_range(
    low: int | float | None, high: int | float | None, currency: str, lang: Language
) -> str:
    """A range of money, or one end of it: ``1.5万–2.5万元`` / ``$125,000–$150,000``.

    Whole amounts drop the cents (a salary of ``$125,000``, not ``$125,000.00``); Chinese
    writes the unit once, after the range.

    >>> from opscontent.i18n import language
    >>> format_money_range(15000, 25000, "CNY", language("zh"))
    '1.5万-2.5万元'
    >>> format_money_range(125000, 150000, "USD", language("en"))
    '$125,000–$150,000'
    >>> format_money_range(None, 40, "EUR", language("en"))
    'up to €40'
    >>> format_money_range(12500, 18000.5, "CNY", language("zh"))
    '12,500-18,000.50元'
    """
    if lang.is_chinese:
        unit = "元" if currency == "CNY" else get_currency_name(currency, locale=lang.locale)
        ends = [
            None if v is None else _yuan(v, currency, lang).removesuffix(unit) for v in (low, high)
        ]
        if len({_compact(end) for end in ends if end is not None}) > 1:  # 1.25万-18,000.50
            ends = [None if v is None else _plain_money(v, lang.locale) for v in (low, high)]
    else:
        ends = [
            None if v is None else _whole_currency(v, currency, lang.locale) for v in (low, high)
        ]
        unit = ""
    first, last = ends
    if first is None:
        return lang.gettext(N_("up to {amount}"), amount=f"{last}{unit}")
    if last is None:
        return lang.gettext(N_("from {amount}"), amount=first + unit)
    if first == last:
        return first + unit
    return lang.gettext(N_("{low}–{high}"), low=first, high=last) + unit


def _compact(amount: str) -> bool:
    return amount.endswith(("万", "亿"))


@functools.lru_cache(maxsize=1024, typed=True)
@_wide
def _plain_money(value: int | float, locale: Locale) -> str:
    """An amount in digits: ``12,500`` or ``18,000.50``.

    For a range whose ends don't compact alike: Chinese writes both ends in one form.
    """
    exact = _decimal(value)
    pattern = _DECIMAL if exact == exact.to_integral_value() else _MONEY
    text: str = pattern.apply(exact, locale)
    return text


@functools.lru_cache(maxsize=4096, typed=True)
@_wide
def _whole_currency(value: int | float, currency: str, locale: Locale) -> str:
    exact = _decimal(value)
    if exact != exact.to_integral_value():
        return format_currency(exact, currency, locale=locale)
    standard = locale.currency_formats["standard"].pattern
    return format_currency(
        exact, currency, locale=locale, format=_CENTS.sub("", standard), currency_digits=False
    )


_CENTS = re.compile(r"\.0+")


def format_period(start: dt.date, end: dt.date, lang: Language) -> str:
    """A date range the locale's way, in the month width of its long dates.

    A whole quarter, month or year is named (:func:`period_name`); other ranges leave out what
    the end shares with the start, the halves from CLDR's interval formats and the joiner from
    the catalog: ``2027年1月10日至4月30日`` / ``January 10 – April 30, 2027``.

    >>> from opscontent.i18n import language
    >>> zh, en = language("zh"), language("en")
    >>> format_period(dt.date(2027, 1, 10), dt.date(2027, 4, 30), zh)
    '2027年1月10日至4月30日'
    >>> format_period(dt.date(2027, 1, 10), dt.date(2027, 4, 30), en)
    'January 10 – April 30, 2027'
    >>> format_period(dt.date(2027, 1, 1), dt.date(2027, 3, 31), zh)
    '2027年第一季度'
    """
    return period_name(start, end, lang) or _range(start, end, lang)


def period_name(start: dt.date, end: dt.date, lang: Language) -> str | None:
    """The name of a whole quarter, month or year (``Q1 2027`` / ``2027年第一季度``), else None.

    Chinese writes the quarter with the wide CLDR name (第一季度) where CLDR's pattern has a
    digit (第1季度).
    """
    if start.day != 1 or end < start or (end + dt.timedelta(days=1)).day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    locale = lang.locale
    if months == 12 and start.month == 1:
        skeleton = "y"
    elif months == 3 and start.month % 3 == 1:
        skeleton = "yQQQ"
    elif months == 1:
        skeleton = "yMMMM"
    else:
        return None
    found = locale.datetime_skeletons.get(skeleton)
    pattern: str = found.pattern if found is not None else skeleton
    if skeleton == "yQQQ" and lang.is_chinese:
        pattern = pattern.replace("第Q季度", "QQQQ")
    text: str = parse_date_pattern(pattern).apply(start, locale)
    return text


def _range(start: dt.date, end: dt.date, lang: Language) -> str:
    if start == end:
        return format_date(start, lang)
    first, last = _halves(start, end, lang.locale)
    return lang.gettext(N_("{start} – {end}"), start=first, end=last)


@functools.lru_cache(maxsize=4096)
def _halves(start: dt.date, end: dt.date, locale: Locale) -> tuple[str, str]:
    """The two halves of CLDR's ``yMMMd`` interval, in the long date's month width."""
    differ = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    head, tail = locale.interval_formats["yMMMd"][differ]
    wide = "MMMM" in get_date_format("long", locale=locale).pattern
    halves = []
    for date, cldr in ((start, head), (end, tail)):
        pattern = _JOINER.sub("", cldr)
        if wide:
            pattern = pattern.replace("MMM", "MMMM")
        halves.append(parse_date_pattern(pattern).apply(date, locale))
    return halves[0], halves[1]


_JOINER = re.compile(r"[\s\u2009]*[–~-][\s\u2009]*$")
"""The range dash CLDR attaches to the first half of an interval."""


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
        if lang.is_chinese:
            return _yuan(value, currency, lang)
        return _whole_currency(value or 0, currency, lang.locale)  # CN¥12,000,000, not .00
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


ListStyle = Literal["standard", "or", "unit", "enumeration"]
"""How :func:`format_list` joins: CLDR's ``standard`` (and), ``or`` and ``unit`` styles, or
``enumeration``."""


def values_style(lang: Language) -> ListStyle:
    """How a list of values (tools, outputs, names, places) is joined in ``lang``.

    With 、 alone in Chinese (工具、产出、编写人: 和 would join the last two as one); English
    the CLDR way (A, B, and C).
    """
    return "enumeration" if lang.is_chinese else "standard"


def format_list(items: Sequence[str], lang: Language, *, style: ListStyle = "standard") -> str:
    """Join items the locale's way: ``A、B和C`` / ``A, B, and C``.

    ``style="or"`` joins with 或 / or, ``"unit"`` without a conjunction (``A, B, C``), and
    ``"enumeration"`` with CLDR's separator between list items and no conjunction at the end:
    ``A、B、C`` in Chinese, the enumeration comma (顿号) of GB/T 15834 for a list of tools,
    outputs or names, where ``A和B`` would join two actions as one.

    >>> from opscontent.i18n import language
    >>> format_list(["陈思远", "周敏"], language("zh"), style="enumeration")
    '陈思远、周敏'
    """
    if style == "enumeration":
        return _enumeration(tuple(items), lang.locale)
    return _format_list(list(items), style=style, locale=lang.locale)


@functools.lru_cache(maxsize=1024)
def _enumeration(items: tuple[str, ...], locale: Locale) -> str:
    if not items:
        return ""
    middle: str = locale.list_patterns["standard"]["middle"]
    joined = items[-1]
    for item in reversed(items[:-1]):
        joined = middle.format(item, joined)
    return joined
