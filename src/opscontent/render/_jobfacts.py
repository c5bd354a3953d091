"""The job facts block (岗位基本信息): where, how employed, pay, headcount, deadline.

Every number, amount, list and date comes from Babel/CLDR (:mod:`opscontent.i18n.formatting`);
labels and the words around amounts are msgids.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from enum import Enum

from opscontent.i18n.catalogs import N_, NP_, Language, language
from opscontent.i18n.formatting import (
    format_date,
    format_list,
    format_money_range,
    format_number,
    values_style,
)
from opscontent.i18n.labels import enum_label
from opscontent.model import (
    Meta,
    Place,
    SalaryPeriod,
    SalaryRange,
)

__all__ = ["JOB_FACTS_HEADING", "job_facts"]

JOB_FACTS_HEADING = N_("Job facts")
"""Heading of the block (msgid)."""

_LABELS = {
    "locations": N_("Work location"),
    "workplace_type": N_("Workplace type"),
    "employment_type": N_("Employment type"),
    "salary": N_("Salary"),
    "headcount": N_("Headcount"),
    "valid_through": N_("Application deadline"),
}
"""Labels of the job facts, by :class:`~opscontent.model.Meta` field (msgids)."""

_PER_PERIOD = {
    SalaryPeriod.HOUR: N_("{amount} an hour"),
    SalaryPeriod.DAY: N_("{amount} a day"),
    SalaryPeriod.WEEK: N_("{amount} a week"),
    SalaryPeriod.MONTH: N_("{amount} a month"),
    SalaryPeriod.YEAR: N_("{amount} a year"),
}
"""An amount paid per period (msgids): ``1.5万–2.5万元/月`` / ``$125,000–$150,000 a year``."""

_MONTHS = N_("{salary}, {months} months' pay a year")
"""The salary with the months paid a year (``…/月·14薪``) (msgid)."""


def job_facts(meta: Meta, lang: Language, text: Callable[[str], str]) -> list[tuple[str, str]]:
    """The job facts of ``meta`` that are given, as ``(label, value)`` pairs in reading order.

    ``text`` typesets a string the author wrote (place names).
    """
    values = {
        "locations": _locations(meta.locations, lang, text),
        "workplace_type": _label(meta.workplace_type, lang),
        "employment_type": (
            format_list(
                [enum_label(e, lang) for e in meta.employment_type], lang, style=values_style(lang)
            )
            if meta.employment_type
            else None
        ),
        "salary": salary_text(meta.salary, lang) if meta.salary else None,
        "headcount": (
            lang.ngettext(
                NP_("{n} person", "{n} people"),
                meta.headcount,
                n=format_number(meta.headcount, lang),
            )
            if meta.headcount
            else None
        ),
        "valid_through": format_date(meta.valid_through, lang) if meta.valid_through else None,
    }
    return [(lang.gettext(_LABELS[name]), value) for name, value in values.items() if value]


def _label(value: Enum | None, lang: Language) -> str | None:
    return None if value is None else enum_label(value, lang)


def _locations(places: list[Place], lang: Language, text: Callable[[str], str]) -> str | None:
    if not places:
        return None
    return format_list(
        [place_text(place, lang, text) for place in places], lang, style=values_style(lang)
    )


def place_text(place: Place, lang: Language, text: Callable[[str], str]) -> str:
    """A place the way its names are written: ``浙江省杭州`` (largest first) / ``Rotterdam, NL``.

    Chinese names run from the country down, without separators; names in Latin letters from
    the city up, with commas, whatever the language of the labels.
    """
    parts = [text(p) for p in (place.locality, place.region, place.country) if p is not None]
    if all(_HAN.search(part) for part in parts):
        return "".join(reversed(parts))
    words = language("en") if lang.is_chinese else lang
    return functools.reduce(
        lambda place, area: words.gettext(N_("{place}, {area}"), place=place, area=area), parts
    )


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def salary_text(salary: SalaryRange, lang: Language) -> str:
    """``1.5万–2.5万元/月，14薪`` / ``$125,000–$150,000 a year``."""
    amount = format_money_range(salary.min, salary.max, salary.currency, lang)
    paid = lang.gettext(_PER_PERIOD[salary.period], amount=amount)
    if salary.months_per_year is None:
        return paid
    months = format_number(salary.months_per_year, lang)
    return lang.gettext(_MONTHS, salary=paid, months=months)
