"""Facts about the document in its page furniture: header blocks, bylines, e-mail headers.

``所属部门：增长中台``, ``Reports to: Plant Planning Manager``, ``Northwind · Rotterdam (Hybrid)
· 2 days ago``, ``From: Elena Rossi``: values for :class:`~opscontent.model.Meta`, read as
written; a posting's facts (``工作地点：上海``, ``薪资：15-25K·14薪``, ``招聘人数：2人``) typed by
:mod:`._posting`. Labels with no field in the model (``To:``) and values that cannot be read
(``薪资：面议``) stay in the leftovers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from opscontent.importers._posting import (
    read_employment,
    read_headcount,
    read_places,
    read_salary,
    read_workplace,
)

__all__ = [
    "DATE_FIELDS",
    "POSTING_FIELDS",
    "Fact",
    "byline",
    "byline_places",
    "posting_fact",
    "read_date",
    "read_fact",
    "salutation",
    "sign_off",
]

_LABELS: dict[str, tuple[str, ...]] = {
    "department": ("所属部门", "所在部门", "部门", "department", "team", "所属团队"),
    "reports_to": (
        "汇报对象",
        "直接上级",
        "汇报给",
        "汇报上级",
        "上级",
        "reports to",
        "reporting to",
        "reporting line",
    ),
    "role": ("岗位名称", "职位名称", "岗位", "职位", "job title", "position", "role", "role title"),
    "organization": (
        "公司名称",
        "公司",
        "所属公司",
        "所属单位",
        "company",
        "organization",
        "employer",
    ),
    "version": ("版本", "版本号", "version"),
    "date_posted": ("更新日期", "发布日期", "发布时间", "更新时间", "date posted", "posted on"),
    "valid_through": (
        "截止日期",
        "截止时间",
        "申请截止日期",
        "closing date",
        "apply by",
        "applications close",
        "application deadline",
    ),
    "effective_date": ("生效日期", "施行日期", "effective date", "effective from"),
    "authors": (
        "述职人",
        "汇报人",
        "作者",
        "创建者",
        "撰写人",
        "编写人",
        "author",
        "authors",
        "from",
        "prepared by",
    ),
    "locations": (
        "工作地点",
        "工作地址",
        "地点",
        "工作城市",
        "location",
        "locations",
        "work location",
        "based in",
    ),
    "workplace_type": (
        "工作方式",
        "办公方式",
        "办公模式",
        "workplace type",
        "workplace",
        "work mode",
    ),
    "employment_type": (
        "工作性质",
        "用工类型",
        "职位类型",
        "岗位类型",
        "employment type",
        "job type",
    ),
    "salary": (
        "薪资",
        "薪资范围",
        "薪资待遇",
        "薪酬",
        "月薪",
        "年薪",
        "salary",
        "pay",
        "compensation",
    ),
    "headcount": ("招聘人数", "招聘名额", "人数", "headcount", "openings", "positions"),
    "": ("to", "cc", "收件人", "抄送"),
}
"""Label → meta field; the empty field names labels kept in the leftovers."""
_BY_LABEL = {label: name for name, labels in _LABELS.items() for label in labels}
DATE_FIELDS = frozenset({"date_posted", "valid_through", "effective_date"})
"""Fields whose value is a date."""
POSTING_FIELDS = frozenset(
    {"locations", "workplace_type", "employment_type", "salary", "headcount"}
)
"""Fields of a job posting whose text is read into typed values (:func:`posting_fact`)."""
_FACT = re.compile(
    r"^\s*(?:\*\*|__)?(?P<label>[^:：*_]{1,20}?)\s*+(?:\*\*|__)?\s*+[:：]"
    r"\s*+(?:\*\*|__)?\s*+(?P<value>\S(?:.*\S)?)\s*$"
)
"""``label: value``. Possessive spaces and a greedy value: linear on long runs of spaces."""
_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_DMY = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MDY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_AGO = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b|\d+\s*(?:分钟|小时|天|周)前"
    r"|\b(?:hybrid|remote|on-?site)\b|刚刚",
    re.I,
)
_SALUTATION = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon))\b[^.!?]{0,30}[,，!]?$"
    r"|^(?:各位|大家|老师们|领导)好[，,！!]?$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^(?:thanks|thank you|best|best regards|regards|kind regards|cheers|many thanks|谢谢|"
    r"此致|顺祝商祺)[,，!！.]?$",
    re.I,
)


Fact = tuple[str, str, str]
"""A fact: the meta field (empty for leftovers), the value as written, the label."""


def read_fact(text: str) -> Fact | None:
    """``所属部门：增长中台`` → ``("department", "增长中台", "所属部门")``; ``None`` otherwise."""
    match = _FACT.match(text)
    if match is None:
        return None
    label = match.group("label").strip()
    name = _BY_LABEL.get(label.lower())
    if name is None:
        return None
    value = match.group("value").strip()
    if len(value) > 60:
        return None
    if name in DATE_FIELDS and read_date(value) is None:
        return None
    if name in POSTING_FIELDS and posting_fact(name, value, label) is None:
        return "", value, label  # a posting's label, but a value it cannot read: a leftover
    return name, value, label


_HAN = re.compile(r"[\u4e00-\u9fff]")


def posting_fact(name: str, value: str, label: str = "") -> dict[str, Any] | None:
    """The meta values a posting fact gives, or ``None`` when its text cannot be read.

    >>> posting_fact("locations", "Rotterdam (Hybrid)")
    {'locations': [{'locality': 'Rotterdam'}], 'workplace_type': 'hybrid'}
    >>> posting_fact("salary", "15-25K·14薪", "薪资")["salary"]["months_per_year"]
    14
    """
    found: Any
    if name == "locations":
        if (found := read_places(value)) is None:
            return None
        places, workplace = found
        return {"locations": places} | ({"workplace_type": workplace} if workplace else {})
    if name == "salary":
        found = read_salary(value, chinese=bool(_HAN.search(label + value)))
    elif name == "headcount":
        found = read_headcount(value)
    elif name == "employment_type":
        found = read_employment(value)
    else:
        found = read_workplace(value)
    return None if found is None else {name: found}


def read_date(text: str) -> dt.date | None:
    """``2026-11-20``, ``2026年11月20日``, ``15 January 2027``, ``January 15, 2027``."""
    text = text.strip()
    try:
        if match := _ISO.match(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if (match := _DMY.match(text)) and match[2].lower() in _MONTHS:
            return dt.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
        if (match := _MDY.match(text)) and match[1].lower() in _MONTHS:
            return dt.date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    except ValueError:
        return None
    return None


def byline(text: str) -> tuple[str, str] | None:
    """``Northwind · Rotterdam (Hybrid) · 2 days ago`` → the organization and the rest.

    The rest's parts that name places (:func:`byline_places`) are facts too.
    """
    # (?<!\s): tried from where a run of spaces starts only, in linear time
    parts = [part.strip() for part in re.split(r"(?<!\s)\s+[·•|]\s+", text)]
    if len(parts) < 2 or not _AGO.search(text) or not parts[0] or len(parts[0]) > 60:
        return None
    return parts[0], text[text.index(parts[0]) + len(parts[0]) :].strip(" ·•|")


def byline_places(rest: str) -> tuple[dict[str, Any], str | None, list[str]]:
    """The places of a byline's rest: the facts, the part that gave them, the other parts.

    >>> facts, read, left = byline_places("Rotterdam (Hybrid) · 2 days ago")
    >>> facts
    {'locations': [{'locality': 'Rotterdam'}], 'workplace_type': 'hybrid'}
    >>> read, left
    ('Rotterdam (Hybrid)', ['2 days ago'])
    """
    facts: dict[str, Any] = {}
    read = None
    left = []
    for part in (p.strip() for p in re.split(r"(?<!\s)\s+[·•|]\s+", rest)):
        found = None if facts or _AGO_ONLY.fullmatch(part) else posting_fact("locations", part)
        if found is None:
            left.append(part)
        else:
            facts, read = found, part
    return facts, read, left


_AGO_ONLY = re.compile(r"(?:\d+|an?|one)\s+\w+\s+ago|\d+\s*\w+前|刚刚", re.I)


def salutation(text: str) -> bool:
    """A greeting line: ``Hi all,``, ``各位好``."""
    return _SALUTATION.match(text) is not None


def sign_off(text: str) -> bool:
    """A sign-off line: ``Thanks,``, ``Best regards``, ``此致``."""
    return _SIGN_OFF.match(text) is not None
