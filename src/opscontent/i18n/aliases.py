"""The names an enumerated value may be written with besides its canonical value.

A member's aliases are, in this order: its label in every built-in catalog
(:data:`~opscontent.i18n.labels.ENUM_LABELS`; ``每两周`` and ``every two weeks`` for
``biweekly``), the CLDR names of time units for the enumerations of time units (``小时``,
``hours``), and the synonyms of :data:`SYNONYMS`, kept for what writers type that no label says
(``双周``, ``fortnightly``). A name is compared after :func:`normalize`: surrounding whitespace
and full-width forms do not matter.

A name that would stand for two members of one enumeration is no alias of either
(:func:`conflicts` lists such names; the tests require there are none).

>>> from opscontent.model import Cadence, Direction
>>> member_named(Cadence, "双周"), member_named(Direction, "提高"), member_named(Cadence, "often")
(<Cadence.BIWEEKLY: 'biweekly'>, <Direction.INCREASE: 'increase'>, None)
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import TypeVar

from babel.units import get_unit_name

from opscontent.i18n.catalogs import language
from opscontent.i18n.labels import ENUM_LABELS
from opscontent.i18n.locales import available_locales
from opscontent.model import (
    AnalysisStage,
    Aspect,
    Cadence,
    Direction,
    EmploymentType,
    FeedbackChannel,
    ImprovementPractice,
    Mechanism,
    MetricCategory,
    RequirementCategory,
    SalaryPeriod,
    Stage,
    TimeUnit,
    ToolCategory,
    Unit,
    WorkplaceType,
)
from opscontent.model._aliases import AliasedEnum
from opscontent.model.types import Bound

__all__ = [
    "SYNONYMS",
    "aliased_enums",
    "aliases",
    "conflicts",
    "member_named",
    "names",
    "normalize",
]

E = TypeVar("E", bound=AliasedEnum)

_TIME_UNITS = {
    "second": ("秒",),
    "minute": ("分",),
    "hour": ("时",),
    "day": ("日",),
    "week": ("星期",),
    "month": ("月",),
    "quarter": ("季",),
}
"""Synonyms of the time units, shared by :class:`TimeUnit` and :class:`SalaryPeriod`."""

SYNONYMS: Mapping[type[AliasedEnum], Mapping[str, tuple[str, ...]]] = {
    Cadence: {
        "daily": ("每天",),
        "weekly": ("每星期", "周度"),
        "biweekly": ("双周", "每双周", "隔周", "fortnightly", "bi-weekly"),
        "monthly": ("月度",),
        "quarterly": ("季度", "每季"),
        "semiannually": ("半年", "半年度", "half-yearly", "semi-annually"),
        "annually": ("年度", "每年度", "yearly"),
        "ad_hoc": ("不定期", "随时", "ad hoc"),
    },
    Direction: {
        "increase": ("增加", "提高", "增长", "上升"),
        "decrease": ("减少", "下降", "缩短"),
        "maintain": ("维持", "稳定"),
    },
    Bound: {
        "at_least": ("不低于", "不少于", "至少", "≥", ">=", "at least"),
        "at_most": ("不高于", "不超过", "至多", "最多", "≤", "<=", "at most"),
        "above": ("高于", "超过", "大于", ">"),
        "below": ("低于", "少于", "小于", "<"),
    },
    Unit: {
        "percent": ("%",),
        "percentage_points": ("个百分点", "pp"),
        "count": ("计数",),
        "currency": ("货币",),
        "ratio": ("比值",),
        "score": ("分数", "得分", "评分"),
    },
    TimeUnit: _TIME_UNITS,
    SalaryPeriod: {p.value: _TIME_UNITS[p.value] for p in SalaryPeriod if p.value in _TIME_UNITS},
    Stage: {
        "goal_setting": ("设定目标", "目标制定"),
        "planning": ("制定计划", "规划"),
        "execution_monitoring": ("执行", "执行监控"),
        "evaluation": ("评估", "评估反馈"),
        "custom": ("其他",),
    },
    RequirementCategory: {
        "education": ("教育背景",),
        "experience": ("经验",),
        "skill": ("技能",),
        "competency": ("能力", "素质"),
        "certificate": ("资格证书",),
        "language": ("语言能力",),
    },
    Mechanism: {
        "tool": ("工具", "协作工具"),
        "report": ("汇报",),
        "chat": ("群聊", "即时通讯"),
        "email": ("电子邮件",),
    },
    AnalysisStage: {
        "collection": ("采集", "数据收集"),
        "cleaning": ("清洗",),
        "modelling": ("建模", "分析", "modeling"),
        "visualisation": ("可视化", "visualization"),
        "reporting": ("报告", "汇报"),
    },
    FeedbackChannel: {
        "survey": ("问卷",),
        "review": ("评价", "评论", "用户评价"),
        "social_media": ("社媒",),
        "hotline": ("热线", "客服电话"),
        "email": ("电子邮件",),
        "interview": ("访谈",),
        "community": ("社区",),
        "other": ("其他",),
    },
    Aspect: {
        "price": ("定价",),
        "promotion": ("促销", "营销"),
    },
    ImprovementPractice: {
        "experiment": ("试验",),
        "learning": ("学习", "培训"),
        "other": ("其他",),
    },
    ToolCategory: {
        "communication": ("沟通",),
    },
    MetricCategory: {
        "leading": ("先行",),
        "lagging": ("滞后", "结果指标"),
    },
    WorkplaceType: {
        "on_site": ("坐班", "到岗办公"),
        "hybrid": ("混合",),
        "remote": ("远程",),
    },
    EmploymentType: {
        "contract": ("合同工", "外包"),
        "temporary": ("临时工",),
        "intern": ("实习生",),
    },
}
"""Synonyms by enumeration and canonical value: what writers type that no label says."""

_CLDR_UNITS: Mapping[type[AliasedEnum], str] = {TimeUnit: "duration", SalaryPeriod: "duration"}
"""Enumerations whose values are CLDR units of a category, named as CLDR names them."""


def normalize(name: str) -> str:
    r"""``name`` as it is compared: full-width forms as their usual ones, no surrounding space.

    >>> normalize("\u3000ｗｅｅｋｌｙ ")
    'weekly'
    """
    return unicodedata.normalize("NFKC", name).strip()


def aliased_enums() -> tuple[type[AliasedEnum], ...]:
    """Every enumeration of the model whose values may be written by name."""
    return tuple(AliasedEnum.__subclasses__())


@functools.cache
def names(cls: type[E]) -> Mapping[E, tuple[str, ...]]:
    """Each member's aliases, in order: labels by catalog, CLDR unit names, synonyms."""
    langs = [language(name) for name in available_locales()]
    unit = _CLDR_UNITS.get(cls)
    synonyms = SYNONYMS.get(cls, {})
    result = {}
    for member in cls:
        found: list[str] = []
        msgid = ENUM_LABELS.get((cls, member.value))
        if msgid is not None:
            found += [lang.gettext(msgid) for lang in langs]
        if unit is not None:
            found += [
                get_unit_name(f"{unit}-{member.value}", length=length, locale=lang.locale) or ""
                for lang in langs
                for length in ("long", "short")
            ]
        found += synonyms.get(member.value, ())
        unique = dict.fromkeys(normalize(name) for name in found if name)
        unique.pop(member.value, None)
        result[member] = tuple(unique)
    return MappingProxyType(result)


def conflicts(cls: type[AliasedEnum]) -> dict[str, list[Enum]]:
    """Names that would stand for two members of ``cls``, or for a member and another's value."""
    claims: dict[str, list[Enum]] = {}
    for member, found in names(cls).items():
        for name in (member.value, *found):
            claims.setdefault(name, []).append(member)
    return {name: members for name, members in claims.items() if len(members) > 1}


@functools.cache
def aliases(cls: type[E]) -> Mapping[str, E]:
    """Alias → member for ``cls``, without the names that :func:`conflicts` lists."""
    taken = conflicts(cls)
    return MappingProxyType(
        {
            name: member
            for member, found in names(cls).items()
            for name in found
            if name not in taken
        }
    )


def member_named(cls: type[E], name: str) -> E | None:
    """The member of ``cls`` whose value or alias ``name`` is, once normalized; else ``None``."""
    key = normalize(name)
    member = cls._value2member_map_.get(key)
    if isinstance(member, cls):
        return member
    return aliases(cls).get(key)
