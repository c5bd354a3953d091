"""Job-posting facts as postings write them: ``15-25K·14薪``, ``Rotterdam (Hybrid)``, ``2人``.

Each reader returns the typed value for :class:`~opscontent.model.Meta`, or ``None`` when the
text says something it cannot read for sure (``薪资面议``, ``若干``, an amount without a
currency it can tell) — the caller then keeps the text in the leftovers.

>>> read_salary("15-25K·14薪")
{'currency': 'CNY', 'period': 'month', 'min': 15000, 'max': 25000, 'months_per_year': 14}
>>> read_salary("$125,000–$150,000 a year")
{'currency': 'USD', 'period': 'year', 'min': 125000, 'max': 150000}
>>> read_places("Rotterdam (Hybrid)")
([{'locality': 'Rotterdam'}], 'hybrid')
"""

from __future__ import annotations

import functools
import re
from typing import Any

from opscontent.importers.numbers import parse_number

__all__ = [
    "read_employment",
    "read_headcount",
    "read_places",
    "read_salary",
    "read_workplace",
]

_EMPLOYMENT = (
    ("full_time", r"full[- ]?time|permanent|全职|全日制"),
    ("part_time", r"part[- ]?time|兼职"),
    ("intern", r"intern(?:ship)?|实习(?:生)?"),
    ("contract", r"contract(?:or)?|freelance|合同工|外包|劳务派遣"),
    ("temporary", r"temporary|temp|临时工?|短期"),
    ("volunteer", r"volunteer|志愿者?"),
    ("per_diem", r"per diem|日结"),
)
_EMPLOYMENT_WORD = re.compile(
    "|".join(rf"(?P<{name}>{pattern})" for name, pattern in _EMPLOYMENT), re.IGNORECASE
)
_WORKPLACE = (
    ("remote", r"remote|work from home|wfh|远程(?:办公)?|居家办公"),
    ("hybrid", r"hybrid|混合办公|弹性办公"),
    ("on_site", r"on-?site|in[- ]office|现场办公|坐班|驻场"),
)
_WORKPLACE_WORD = re.compile(
    "|".join(rf"(?P<{name}>{pattern})" for name, pattern in _WORKPLACE), re.IGNORECASE
)
_SEPARATORS = re.compile(r"(?:(?<!\s)\s++)?(?:[·•|/、;；]|和|或)\s*|(?<!\s)\s++(?:or|and)\s+")
"""Spaces before a separator are taken from the start of their run only: linear on long runs."""


def _whole(pattern: re.Pattern[str], text: str) -> list[str] | None:
    """The names of the words ``text`` is made of (separated by · / 、 …), or ``None``."""
    parts = [part for part in _SEPARATORS.split(text.strip(" .。")) if part]
    names = []
    for part in parts:
        match = pattern.fullmatch(part)
        if match is None or match.lastgroup is None:
            return None
        names.append(match.lastgroup)
    return names or None


def read_employment(text: str) -> list[str] | None:
    """``Full-time``, ``全职/兼职`` → ``["full_time", "part_time"]``; ``None`` if not only that."""
    names = _whole(_EMPLOYMENT_WORD, text)
    return list(dict.fromkeys(names)) if names else None


def read_workplace(text: str) -> str | None:
    """``Hybrid``, ``（远程）`` → ``hybrid``, ``remote``; ``None`` if not only that."""
    names = _whole(_WORKPLACE_WORD, text.strip("()（） "))
    return names[0] if names and len(set(names)) == 1 else None


_PAREN = re.compile(r"\s*[(（](?P<inner>[^()（）]+)[)）]\s*$")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


@functools.cache
def _country_names() -> frozenset[str]:
    from babel import Locale  # noqa: PLC0415 - Babel loads lazily

    names: set[str] = set()
    for code in ("en", "zh"):
        names.update(name.casefold() for name in Locale.parse(code).territories.values())
    return frozenset(names)


@functools.cache
def _and_names() -> re.Pattern[str]:
    """Country names with "and" in them (Trinidad and Tobago): places are not split there."""
    spelled = {n.replace(" & ", " and ") for n in _country_names()}  # CLDR writes "&"
    names = sorted((n for n in spelled if " and " in n), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names) or r"(?!)", re.IGNORECASE)


_REGION = re.compile(
    r"(?P<region>[\u4e00-\u9fff]{1,8}?(?:省|自治区|特别行政区))(?P<locality>[\u4e00-\u9fff]{2,})"
)
"""A Chinese place written from its province down (``浙江省杭州``): region, then locality."""


def _place(text: str) -> dict[str, str] | None:
    if match := _REGION.fullmatch(text.strip()):
        return {"locality": match["locality"], "region": match["region"]}
    parts = [
        part.strip() for part in re.split(r"(?:(?<!\s)|(?!\s))\s*+[,，]\s*", text) if part.strip()
    ]
    if not parts or len(parts) > 3 or any(len(part) > 40 for part in parts):
        return None
    place: dict[str, str] = {}
    last = parts[-1]
    if len(parts) > 1 and (
        _COUNTRY_CODE.fullmatch(last) or last.casefold().replace(" and ", " & ") in _country_names()
    ):
        place["country"] = parts.pop()
    place["locality"] = parts[0]
    if len(parts) == 2:
        place["region"] = parts[1]
    elif len(parts) == 3:
        return None
    return place


def read_places(text: str) -> tuple[list[dict[str, str]], str | None] | None:
    """``上海、杭州`` / ``Rotterdam, NL (Hybrid)`` → the places and the workplace type, if said.

    Places are listed with ``、``, ``/``, ``;``, ``or`` or ``and`` (``上海 and 浙江省杭州``); a
    Chinese name written from the province down is read as region and locality.

    >>> read_places("上海、浙江省杭州")
    ([{'locality': '上海'}, {'locality': '杭州', 'region': '浙江省'}], None)

    A note in brackets that is not a workplace type (``成都（需常驻，覆盖川渝区域）``) is not
    read: ``None``.
    """
    workplace = None
    text = text.strip()
    if match := _PAREN.search(text):
        workplace = read_workplace(match["inner"])
        if workplace is None:
            return None
        text = text[: match.start()]
    joiner = r"or" if _and_names().search(text) else r"or|and"
    chunks = [
        c
        for c in re.split(rf"(?:(?<!\s)|(?!\s))(?:\s*+[、/;；|]|\s++(?:{joiner})\s+)\s*", text)
        if c
    ]
    said = {read_workplace(chunk) for chunk in chunks} - {None}  # "Berlin / Remote"
    if len(said) == 1 and workplace in said | {None}:
        workplace = said.pop()
        chunks = [chunk for chunk in chunks if read_workplace(chunk) is None]
    places = [_place(chunk) for chunk in chunks]
    if not places or any(place is None for place in places):
        return None
    return [place for place in places if place is not None], workplace


def read_headcount(text: str) -> int | None:
    """``2人``, ``招2名``, ``3 openings`` → the number; ``若干`` → ``None``."""
    match = re.fullmatch(
        r"(?:招聘?)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*"
        r"(?:人|名|个|位|openings?|positions?|hires?|people|persons?)?",
        text.strip(" .。"),
        re.IGNORECASE,
    )
    if match is None:
        return None
    number = parse_number(match["n"])
    return int(number) if number is not None and number >= 1 and number == int(number) else None


_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "CN¥": "CNY",
    "HK$": "HKD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "RMB": "CNY",
}
_AMOUNT = (
    r"(?P<{0}cur>US\$|CN¥|HK\$|[$€£¥￥]|RMB|CNY|USD|EUR|GBP)?\s*+"
    r"(?P<{0}num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*+(?P<{0}mult>[kK千万wW](?![a-z]))?"
)
_RANGE = re.compile(
    r"(?:(?<!\s)|(?!\s))"  # not inside a run of spaces: linear time (possessive spaces too)
    + _AMOUNT.format("lo")
    + r"(?:\s*(?:[-–—~～至到]|to)\s*+"
    + _AMOUNT.format("hi")
    + r")?\s*(?P<code>元|美元|欧元|英镑|USD|EUR|GBP|CNY|RMB)?",
)
_MULTIPLIERS = {"k": 1000, "千": 1000, "万": 10_000, "w": 10_000}
_PERIODS = (
    ("hour", r"/\s*(?:小时|时|h|hr|hour)|per hour|an hour|hourly|时薪"),
    ("day", r"/\s*(?:天|日|day)|per day|a day|daily|日薪"),
    ("week", r"/\s*(?:周|week|wk)|per week|a week|weekly|周薪"),
    ("month", r"/\s*(?:月|mo|month)|per month|a month|monthly|月薪|每月"),
    ("year", r"/\s*(?:年|yr|year)|per (?:year|annum)|a year|annual(?:ly)?|yearly|年薪|每年|p\.a\."),
)
_MONTHS = re.compile(
    r"(?<![·•*×xX,，\s])[·•*×xX,，\s]*"
    r"(?:(?P<n>1[2-9]|2[0-4])\s*薪|(?P<en>1[2-9]|2[0-4])\s+months?['’]?\s+(?:of\s+)?pay"
    r"(?:\s+(?:a|per)\s+year)?)",
    re.IGNORECASE,
)
"""The months paid a year: ``·14薪`` / ``, 13 months' pay a year``."""
_YEARLY = 20_000
"""An amount with no period from which a salary is read as yearly (outside Chinese text)."""
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def read_salary(text: str, *, chinese: bool | None = None) -> dict[str, Any] | None:
    """A salary as postings write it, as the fields of :class:`~opscontent.model.SalaryRange`.

    The currency comes from a symbol or code (``$``, ``€``, ``元``, ``USD``); Chinese text
    (``chinese``, by default: text with Han characters) without one is in renminbi. The period
    comes from the text (``/月``, ``a year``, ``年薪``); without one, ``K`` amounts in Chinese
    are monthly, as Chinese postings write them, and amounts of 20,000 or more elsewhere are
    yearly (``$125,000–$150,000``). Anything else (``面议``, ``plus bonus``, ``$40``) is ``None``.
    """
    rest = text.strip()
    months = None
    if match := _MONTHS.search(rest):
        months = int(match["n"] or match["en"])
        rest = rest[: match.start()] + rest[match.end() :]
    found = next((m for m in _RANGE.finditer(rest) if m["lonum"]), None)
    if found is None:
        return None
    leftover = (rest[: found.start()] + " " + rest[found.end() :]).strip()
    chinese = bool(_CHINESE.search(text)) if chinese is None else chinese
    period = next(
        (name for name, pattern in _PERIODS if re.search(pattern, rest, re.IGNORECASE)), None
    )
    leftover = re.sub("|".join(p for _, p in _PERIODS), "", leftover, flags=re.IGNORECASE)
    if re.search(
        r"\w", re.sub(r"薪资|薪酬|工资|base|salary|pay|税前|before tax", "", leftover, flags=re.I)
    ):
        return None  # words it does not know, e.g. 面议 or "plus bonus"
    code = found["code"] or found["locur"] or found["hicur"]
    currency = _SYMBOLS.get(code or "") or {
        "元": "CNY",
        "美元": "USD",
        "欧元": "EUR",
        "英镑": "GBP",
    }.get(code or "", code)
    if currency is None and chinese:
        currency = "CNY"
    multiplier = (found["lomult"] or found["himult"] or "").lower()
    low = _amount(found["lonum"], found["lomult"] or found["himult"])
    if period is None and chinese and multiplier in {"k", "千"}:
        period = "month"
    elif period is None and not chinese and low >= _YEARLY:
        period = "year"
    if currency is None or period is None:
        return None
    high = _amount(found["hinum"], found["himult"]) if found["hinum"] else None
    if high is not None and low > high:
        return None
    salary: dict[str, Any] = {"currency": currency, "period": period, "min": low}
    if high is not None:
        salary["max"] = high
    if months is not None:
        if period != "month":
            return None
        salary["months_per_year"] = months
    return salary


def _amount(number: str, multiplier: str | None) -> int | float:
    value = float(number.replace(",", "")) * _MULTIPLIERS.get((multiplier or "").lower(), 1)
    return int(value) if value == int(value) else value
