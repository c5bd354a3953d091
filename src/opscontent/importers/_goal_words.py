"""The words goal sentences are read with: verbs, comparators, units, owner phrases.

Every table is plain module-level data, so tests can walk it and show that each entry is needed:
:func:`opscontent.importers.goal_parser.parse_goal` builds its patterns from these tables (cached).
"""

from __future__ import annotations

from opscontent.model.types import Bound, Direction, TimeUnit, Unit

__all__ = [
    "COMPARATORS_AFTER",
    "COMPARATORS_BEFORE",
    "COUNT_UNITS",
    "CURRENCIES",
    "DONE_VERBS_ZH",
    "DOUBLE_VERBS",
    "MEASURE_UNITS",
    "MULTIPLIERS_EN",
    "NET_EN",
    "NET_ZH",
    "OWNER_AFTER_ZH",
    "OWNER_BY_EN",
    "OWNER_LABELS",
    "RATIO_NAMES",
    "REACH_VERBS",
    "VERBS_EN",
    "VERBS_ZH",
]

_UP, _DOWN, _KEEP = Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN

VERBS_ZH: dict[str, Direction] = {
    "提升": _UP,
    "提高": _UP,
    "增加": _UP,
    "增长": _UP,
    "上升": _UP,
    "拉升": _UP,
    "扩大": _UP,
    "达到": _UP,
    "突破": _UP,
    "降低": _DOWN,
    "减少": _DOWN,
    "下降": _DOWN,
    "缩短": _DOWN,
    "压缩": _DOWN,
    "控制": _DOWN,
    "降": _DOWN,
    "保持": _KEEP,
    "维持": _KEEP,
    "稳定": _KEEP,
}
"""Chinese verbs that say which way a metric moves (提升 up, 降低 down, 保持 kept)."""

DONE_VERBS_ZH: tuple[str, ...] = (
    "完成",
    "实现",
    "达成",
    "举办",
    "开展",
    "发布",
    "上线",
    "签约",
    "新增",
    "获取",
    "获得",
)
"""Chinese verbs of output (完成100场直播): a count to reach, an increase."""

DOUBLE_VERBS: tuple[str, ...] = ("翻一番", "翻番", "翻倍")
"""Chinese verbs that double a metric: a change of 100 %."""

REACH_VERBS: tuple[str, ...] = ("达到", "突破", "reach", "hit", "achieve")
"""Verbs whose number is a level to reach even without 到/to (突破100万, reach 1,000)."""

VERBS_EN: dict[str, Direction] = {
    "increase": _UP,
    "raise": _UP,
    "grow": _UP,
    "improve": _UP,
    "boost": _UP,
    "lift": _UP,
    "reach": _UP,
    "achieve": _UP,
    "hit": _UP,
    "double": _UP,
    "expand": _UP,
    "launch": _UP,
    "publish": _UP,
    "run": _UP,
    "deliver": _UP,
    "complete": _UP,
    "ship": _UP,
    "onboard": _UP,
    "sign": _UP,
    "close": _UP,
    "win": _UP,
    "host": _UP,
    "acquire": _UP,
    "add": _UP,
    "attract": _UP,
    "generate": _UP,
    "get": _UP,
    "reduce": _DOWN,
    "decrease": _DOWN,
    "cut": _DOWN,
    "lower": _DOWN,
    "shorten": _DOWN,
    "bring down": _DOWN,
    "drop": _DOWN,
    "decline": _DOWN,
    "lessen": _DOWN,
    "maintain": _KEEP,
    "keep": _KEEP,
    "hold": _KEEP,
    "sustain": _KEEP,
    "ensure": _KEEP,
}
"""English verbs (any inflection: raises, raised, raising) and the way they move a metric."""

NET_ZH: dict[str, Direction] = {"净新增": _UP, "净增": _UP, "净减": _DOWN}
"""Chinese net changes (净增5000名用户): the number is a change, never a level."""

NET_EN: dict[str, Direction] = {"net new": _UP, "net fewer": _DOWN}
"""English net changes written before what is counted (5,000 net new users)."""

COMPARATORS_BEFORE: dict[str, Bound] = {
    "≥": Bound.AT_LEAST,
    ">=": Bound.AT_LEAST,
    "≤": Bound.AT_MOST,
    "<=": Bound.AT_MOST,
    ">": Bound.ABOVE,
    "<": Bound.BELOW,
    "不低于": Bound.AT_LEAST,
    "不少于": Bound.AT_LEAST,
    "至少": Bound.AT_LEAST,
    "不高于": Bound.AT_MOST,
    "不超过": Bound.AT_MOST,
    "最多": Bound.AT_MOST,
    "高于": Bound.ABOVE,
    "超过": Bound.ABOVE,
    "大于": Bound.ABOVE,
    "低于": Bound.BELOW,
    "少于": Bound.BELOW,
    "小于": Bound.BELOW,
    "at least": Bound.AT_LEAST,
    "no less than": Bound.AT_LEAST,
    "no more than": Bound.AT_MOST,
    "at most": Bound.AT_MOST,
    "above": Bound.ABOVE,
    "over": Bound.ABOVE,
    "more than": Bound.ABOVE,
    "below": Bound.BELOW,
    "under": Bound.BELOW,
    "less than": Bound.BELOW,
}
"""Comparators written before the number: the target is a bound, not a level to reach."""

COMPARATORS_AFTER: dict[str, Bound] = {
    "以内": Bound.AT_MOST,
    "以下": Bound.AT_MOST,
    "以上": Bound.AT_LEAST,
    "or more": Bound.AT_LEAST,
    "or less": Bound.AT_MOST,
}
"""Comparators written after the number (30分钟以内, 40%以上, 10 or more)."""

CURRENCIES: dict[str, str] = {
    "元": "CNY",
    "块": "CNY",
    "人民币": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "cn¥": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "美元": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
}
"""Currency words and signs (lower case) and their ISO 4217 codes."""

MEASURE_UNITS: dict[str, tuple[Unit, TimeUnit | None]] = {
    "%": (Unit.PERCENT, None),
    "％": (Unit.PERCENT, None),
    "个百分点": (Unit.PERCENTAGE_POINTS, None),
    "百分点": (Unit.PERCENTAGE_POINTS, None),
    "percentage points": (Unit.PERCENTAGE_POINTS, None),
    "percentage point": (Unit.PERCENTAGE_POINTS, None),
    "pp": (Unit.PERCENTAGE_POINTS, None),
    "pts": (Unit.PERCENTAGE_POINTS, None),
    "points": (Unit.PERCENTAGE_POINTS, None),
    "point": (Unit.PERCENTAGE_POINTS, None),
    "pt": (Unit.PERCENTAGE_POINTS, None),
    "倍": (Unit.RATIO, None),
    "x": (Unit.RATIO, None),
    "秒": (Unit.DURATION, TimeUnit.SECOND),
    "seconds": (Unit.DURATION, TimeUnit.SECOND),
    "second": (Unit.DURATION, TimeUnit.SECOND),
    "secs": (Unit.DURATION, TimeUnit.SECOND),
    "s": (Unit.DURATION, TimeUnit.SECOND),
    "分钟": (Unit.DURATION, TimeUnit.MINUTE),
    "minutes": (Unit.DURATION, TimeUnit.MINUTE),
    "minute": (Unit.DURATION, TimeUnit.MINUTE),
    "mins": (Unit.DURATION, TimeUnit.MINUTE),
    "min": (Unit.DURATION, TimeUnit.MINUTE),
    "小时": (Unit.DURATION, TimeUnit.HOUR),
    "hours": (Unit.DURATION, TimeUnit.HOUR),
    "hour": (Unit.DURATION, TimeUnit.HOUR),
    "hrs": (Unit.DURATION, TimeUnit.HOUR),
    "h": (Unit.DURATION, TimeUnit.HOUR),
    "天": (Unit.DURATION, TimeUnit.DAY),
    "日": (Unit.DURATION, TimeUnit.DAY),
    "days": (Unit.DURATION, TimeUnit.DAY),
    "day": (Unit.DURATION, TimeUnit.DAY),
    "周": (Unit.DURATION, TimeUnit.WEEK),
    "weeks": (Unit.DURATION, TimeUnit.WEEK),
    "week": (Unit.DURATION, TimeUnit.WEEK),
    "个月": (Unit.DURATION, TimeUnit.MONTH),
    "months": (Unit.DURATION, TimeUnit.MONTH),
    "month": (Unit.DURATION, TimeUnit.MONTH),
}
"""Units written after a number (lower case): percent, points, ratios and durations."""

MULTIPLIERS_EN: dict[str, int] = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}
"""English multipliers written after a number (lower case): 5k, ¥5 million, 1.2bn."""

COUNT_UNITS: tuple[str, ...] = (
    "名",
    "个",
    "人",
    "位",
    "篇",
    "条",
    "次",
    "单",
    "家",
    "场",
    "项",
    "款",
    "users",
    "customers",
    "people",
    "articles",
    "posts",
    "orders",
    "leads",
)
"""What a count counts (名, 篇, users); kept as the quantity's label."""

RATIO_NAMES: tuple[str, ...] = ("roi", "roas", "投入产出比", "投产比", "ltv/cac", "ltv:cac")
"""Metric names (lower case) whose plain numbers are ratios (ROI 3.5)."""

OWNER_AFTER_ZH: tuple[str, ...] = ("负责", "牵头", "主导")
"""Verbs of ``由X负责``: the owner stands between 由 and the verb."""

OWNER_LABELS: tuple[str, ...] = ("负责人", "责任人", "owner")
"""Labels followed by a colon and the owner (负责人：张伟, Owner: Maya)."""

OWNER_BY_EN: tuple[str, ...] = ("owned", "led", "driven")
"""English participles followed by ``by`` and a capitalised name (owned by Maya Chen)."""
