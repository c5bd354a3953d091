"""Goal sentences into SMART parts: 在未来三个月内将留存率提高5% → metric, change, deadline.

What the sentence does not say is reported, never guessed silently: a goal without a metric
or a direction has no draft, and "提高5%" of a rate is flagged as ambiguous (5% relative, or
5 percentage points?).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from opscontent.i18n import N_
from opscontent.importers._dates import find_deadline
from opscontent.importers.numbers import NUMBER, parse_number
from opscontent.model import Direction, Metric, Quantity, SmartGoal, TimeUnit, Unit

__all__ = ["GoalParse", "detect_language", "parse_goal"]

_HAN = re.compile(r"[\u4e00-\u9fff]")

_UP_ZH = "提升|提高|增加|增长|上升|拉升|扩大|达到|突破|翻一番|翻番|翻倍"
_COMPARE_ZH = "不低于|不少于|不高于|不超过|低于|少于|小于|高于|超过|大于"
_NAME = r"[^\d，。,；;到至由从零〇一二两三四五六七八九十百千万亿]+?"
_DO_ZH = "完成|实现|达成|举办|开展|发布|上线|签约|新增|获取|获得"
_DOWN_ZH = "降低|减少|下降|缩短|压缩|控制|降"
_KEEP_ZH = "保持|维持|稳定"
_UP_EN = (
    r"increase|raise|grow|improve|boost|lift|reach|achieve|hit|double|expand|launch|publish|run"
    r"|deliver|complete|ship|onboard|sign|close|win|host|hold|acquire|add|attract|generate|get"
    r"|ensure"
)
_DOWN_EN = r"reduce|decrease|cut|lower|shorten|bring down|drop|decline|lessen"
_KEEP_EN = r"maintain|keep|hold|sustain"

_UNIT = (
    r"个百分点|百分点|percentage points?|pp\b|pts?\b|points?\b|%|％"
    r"|元|块|美元|人民币|dollars?|usd|cny|rmb"
    r"|天|日|小时|分钟|周|个月|days?|hours?|minutes?|weeks?|months?"
    r"|名|个|人|位|篇|条|次|单|家|场|项|款|users?|customers?|people|articles?|posts?|orders?|leads?"
)
_QTY = rf"(?P<cur>[$¥￥])?\s*(?P<num>{NUMBER})\s*(?P<mult>[kKmM](?![a-z]))?\s*(?P<unit>{_UNIT})?"


@dataclass(frozen=True)
class GoalParse:
    """What :func:`parse_goal` understood of a sentence, and what it could not."""

    sentence: str
    """The sentence as given."""
    language: str
    """``zh`` or ``en``."""
    metric: str | None = None
    """The metric's name as written (留存率, "day-1 retention")."""
    direction: Direction | None = None
    """Increase, decrease or maintain."""
    baseline: Quantity | None = None
    """The starting value (从35%)."""
    target: Quantity | None = None
    """The level to reach (至40%)."""
    change: Quantity | None = None
    """The size of the change (提高5个百分点)."""
    change_ambiguous: bool = False
    """True when a percent change of a rate could be relative or in percentage points."""
    deadline: dt.date | None = None
    """The deadline, absolute or computed from ``today``."""
    owner: str | None = None
    """Who is named as responsible."""
    unresolved: tuple[str, ...] = ()
    """Fields the sentence does not determine: metric, direction, target, deadline, owner."""
    notes: tuple[str, ...] = field(default=())
    """Notes on ambiguity (msgids, English)."""
    goal: SmartGoal | None = None
    """A SMART goal draft with an inline metric, when metric and direction are known."""


def detect_language(text: str) -> str:
    """``zh`` when Han characters outnumber Latin letters, else ``en``.

    >>> detect_language("在2027年6月30日前将留存率提高5%"), detect_language("Raise 留存率 by 5%")
    ('zh', 'en')
    """
    han = len(_HAN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if han and han >= latin / 2 else "en"


def _unit(
    raw: str | None, currency_sign: str | None
) -> tuple[Unit, str | None, TimeUnit | None, str | None]:
    """Unit, currency, time unit and count label of a written unit."""
    text = (raw or "").lower()
    if currency_sign or text in {"元", "块", "人民币", "cny", "rmb"}:
        code = (
            "USD"
            if currency_sign in {"$", "US$"} or text in {"美元", "dollar", "dollars", "usd"}
            else "CNY"
        )
        return Unit.CURRENCY, code, None, None
    if text in {"美元", "dollar", "dollars", "usd"}:
        return Unit.CURRENCY, "USD", None, None
    if text in {"%", "％"}:
        return Unit.PERCENT, None, None, None
    if text in {
        "个百分点",
        "百分点",
        "percentage point",
        "percentage points",
        "pp",
        "pt",
        "pts",
        "point",
        "points",
    }:
        return Unit.PERCENTAGE_POINTS, None, None, None
    times = {
        "天": TimeUnit.DAY,
        "日": TimeUnit.DAY,
        "小时": TimeUnit.HOUR,
        "分钟": TimeUnit.MINUTE,
        "周": TimeUnit.WEEK,
        "个月": TimeUnit.MONTH,
    }
    for prefix, unit in (
        ("day", TimeUnit.DAY),
        ("hour", TimeUnit.HOUR),
        ("minute", TimeUnit.MINUTE),
        ("week", TimeUnit.WEEK),
        ("month", TimeUnit.MONTH),
    ):
        if text.startswith(prefix):
            return Unit.DURATION, None, unit, None
    if text in times:
        return Unit.DURATION, None, times[text], None
    return Unit.COUNT, None, None, raw or None


def _quantity(match: re.Match[str], prefix: str = "") -> Quantity | None:
    group = match.groupdict()
    number = group.get(f"{prefix}num")
    value = parse_number(number) if number else None
    if value is None:
        return None
    if group.get(f"{prefix}sign"):
        value = -value
    multiplier = (group.get(f"{prefix}mult") or "").lower()
    value *= {"k": 1_000, "m": 1_000_000}.get(multiplier, 1)
    raw_unit = group.get(f"{prefix}unit")
    if group.get(f"{prefix}pct"):
        raw_unit = "%"
    unit, currency, time_unit, label = _unit(raw_unit, group.get(f"{prefix}cur"))
    number_value: int | float = int(value) if float(value).is_integer() else round(value, 6)
    return Quantity(
        value=number_value, unit=unit, currency=currency, time_unit=time_unit, label=label
    )


def _direction(verb: str) -> Direction:
    verb = verb.lower()
    if verb in {"不低于", "不少于", "不高于", "不超过"}:
        return Direction.MAINTAIN
    if verb in {"低于", "少于", "小于"}:
        return Direction.DECREASE
    if re.fullmatch(_DOWN_ZH, verb) or re.match(_DOWN_EN, verb):
        return Direction.DECREASE
    if re.fullmatch(_KEEP_ZH, verb) or re.match(_KEEP_EN, verb):
        return Direction.MAINTAIN
    return Direction.INCREASE


_OWNER = [
    re.compile(r"由\s*(?P<o>[^，。,；;\s]{1,12}?)\s*(?:负责|牵头|主导)"),
    re.compile(r"(?:负责人|责任人|owner)\s*[:：]\s*(?P<o>[^，。,；;)）]+)", re.I),
    re.compile(r"(?:owned|led|driven)\s+by\s+(?P<o>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"),
]


def _strip(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " + text[span[1] :]


_ZH_AMOUNT = (
    rf"(?P<{{p}}sign>[-−])?(?P<{{p}}cur>CN¥|US\$|[¥￥$])?\s*(?:百分之(?P<{{p}}pct>{NUMBER})"
    rf"|(?P<{{p}}num>{NUMBER})\s*(?P<{{p}}unit>{_UNIT})?)"
)
_EN_AMOUNT = (
    rf"(?P<{{p}}sign>[-−])?(?P<{{p}}cur>CN¥|US\$|[$¥])?\s*(?P<{{p}}num>[-−]?\d[\d,]*(?:\.\d+)?)"
    rf"\s*(?P<{{p}}mult>[kKmM](?![a-z]))?\s*(?P<{{p}}unit>{_UNIT})?"
)


def _amount(template: str) -> Callable[[str], str]:
    """An amount pattern whose group names carry a prefix (b: baseline, t: target, c: change)."""
    return lambda prefix: template.replace("{p}", prefix)


def _zh(text: str) -> dict[str, object]:
    q = _amount(_ZH_AMOUNT)
    found: dict[str, object] = {}
    verbs = f"{_UP_ZH}|{_DOWN_ZH}|{_KEEP_ZH}"
    patterns = [
        rf"从\s*{q('b')}\s*(?P<verb>{verbs})\s*(?:到|至)?\s*{q('t')}",
        rf"由\s*{q('b')}\s*(?P<verb>{verbs})\s*(?:到|至)\s*{q('t')}",
        rf"(?P<verb>{verbs})(?:到|至|在)\s*{q('t')}",
        rf"(?P<verb>{verbs})(?P<mid>[^，。,；;\d到至]+?)(?:到|至)\s*{q('t')}",
        rf"(?P<verb>{verbs})了?\s*{q('c')}",
        rf"(?P<mid>[^，。,；;\d]+?)\s*(?P<verb>{_COMPARE_ZH})\s*{q('t')}",
        rf"(?P<verb>实现|达成)\s*(?P<mid>[^\d，。,；;]+?)\s*{q('t')}",
        rf"(?P<verb>{_DO_ZH})\s*{q('t')}\s*(?P<tail>[^\d，。,；;]+)",
        rf"(?P<verb>新增)\s*(?P<mid>{_NAME})\s*{q('c')}",
        r"(?P<mid>[^，。,；;]*?)\s*(?P<verb>翻一番|翻番|翻倍)",
    ]
    for pattern in patterns:
        match = re.search(pattern, text)
        if match is None:
            continue
        found["verb"] = match.group("verb")
        found["span"] = match.span()
        for prefix, name in (("b", "baseline"), ("t", "target"), ("c", "change")):
            if f"{prefix}num" in match.groupdict() or f"{prefix}pct" in match.groupdict():
                value = _quantity_zh(match, prefix)
                if value is not None:
                    found[name] = value
        if match.groupdict().get("mid"):
            found["metric"] = match.group("mid")
        if match.groupdict().get("tail"):
            found["metric"] = match.group("tail")
        if found["verb"] in {"翻一番", "翻番", "翻倍"}:
            found["change"] = Quantity(value=100, unit=Unit.PERCENT)
        break
    metric = found.get("metric")
    if "verb" not in found:
        verb_match = re.search(rf"(?P<verb>{verbs})", text)
        if verb_match is None:
            return found
        found["verb"] = verb_match.group("verb")
        found["span"] = verb_match.span()
    start = found.get("span", (len(text), len(text)))[0]  # type: ignore[index]
    before = text[:start]
    after = text[found["span"][1] :] if "span" in found else ""  # type: ignore[index]
    candidates = [
        metric if isinstance(metric, str) else None,
        _group(re.search(r"(?:将|把|使|让)\s*(?P<m>[^，。,；;]+?)\s*(?:从|由)?\s*$", before)),
        _group(re.search(r"(?P<m>[^\s，。,；;将]+?)\s*(?:从|由)?\s*$", before)),
        _group(
            re.match(r"\s*(?P<m>[^\d从到至，。,；;百（(]+?)\s*(?:至|到|$|，|。|；|（|\()", after)
        ),
    ]
    for candidate in candidates:
        cleaned = _clean_metric(candidate)
        if cleaned:
            found["metric"] = cleaned
            break
    else:
        found.pop("metric", None)
    return found


def _group(match: re.Match[str] | None) -> str | None:
    return match.group("m") if match else None


def _clean_metric(text: str | None) -> str:
    if not text:
        return ""
    text = re.sub(r"^(?:在|于|确保|保证|力争|争取|使|让|将|把|的|，|,)+(?=.)", "", text.strip())
    return re.sub(r"(?:的|在|于|要|保持|持续)$", "", text).strip()


def _quantity_zh(match: re.Match[str], prefix: str) -> Quantity | None:
    group = match.groupdict()
    if group.get(f"{prefix}pct"):
        value = parse_number(group[f"{prefix}pct"])
        return None if value is None else Quantity(value=_clean(value), unit=Unit.PERCENT)
    return _quantity(match, prefix)


def _clean(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 6)


def _en(text: str) -> dict[str, object]:
    q = _amount(_EN_AMOUNT)
    verbs = f"{_UP_EN}|{_DOWN_EN}|{_KEEP_EN}"
    found: dict[str, object] = {}
    verb = re.search(rf"\b(?P<verb>{verbs})(?:e?s|ed|ing)?\b", text, re.I)
    if verb is None:
        return found
    found["verb"] = verb.group("verb")
    rest = text[verb.end() :]
    shapes = [
        rf"^(?P<m>.*?)\s+(?:stays?\s+|remains?\s+|is\s+|to\s+)?(?P<cmp>{_COMPARE_EN})\s+{q('t')}",
        rf"^(?P<m>.*?)\s+from\s+{q('b')}\s+to\s+{q('t')}",
        rf"^(?P<m>.*?)\s+by\s+{q('c')}",
        rf"^(?P<m>.*?)\s+(?:to|at|under|below|above)\s+{q('t')}",
        rf"^\s*{q('t')}\s+(?P<m>[^,;.]+?)(?:\s+(?:by|within|in|before|during)\b|[,;.]|$)",
        rf"^(?P<m>.*?)\s+{q('c')}(?=\s+(?:year over year|yoy|month over month|mom|quarter over "
        rf"quarter|qoq)\b|\s*$)",
    ]
    for shape in shapes:
        match = re.search(shape, rest, re.I)
        if match is None:
            continue
        for prefix, name in (("b", "baseline"), ("t", "target"), ("c", "change")):
            if f"{prefix}num" in match.groupdict():
                value = _quantity(match, prefix)
                if value is not None:
                    found[name] = value
        found["metric"] = match.group("m")
        if match.groupdict().get("cmp"):
            found["cmp"] = match.group("cmp").lower()
        break
    else:
        found["metric"] = re.split(r"\s+(?:by|within|in|before|during)\b|[,;.]", rest, maxsplit=1)[
            0
        ]
    metric = str(found.get("metric") or "").strip()
    metric = re.sub(r"^(?:the|our|a|an)\s+", "", metric, flags=re.I).strip(" ,.;:")
    metric = re.sub(r"\s+(?:stays?|remains?|is|are)$", "", metric, flags=re.I)
    found["metric"] = metric or None
    return found


_REACH = {"达到", "突破", "reach", "hit", "achieve"}
_TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
_COMPARE_EN = r"above|over|at least|more than|below|under|at most|less than|no more than"
_RATE = re.compile(r"率|比例|占比|rate|ratio|share|conversion|retention|churn|ctr|%", re.I)


def parse_goal(
    sentence: str, *, locale: str | None = None, today: dt.date | None = None
) -> GoalParse:
    """Split a goal sentence into metric, direction, baseline, target or change, deadline, owner.

    Args:
        sentence: e.g. ``在未来三个月内将留存率提高5%`` or
            ``Raise day-1 retention from 35% to 40% by June 30, 2027``.
        locale: ``zh`` or ``en``; detected from the text when omitted.
        today: the date relative spans count from (``三个月内``); the current date by default.

    """
    if locale is None:
        first = _parse(sentence, detect_language(sentence), today)
        if first.goal is not None:
            return first
        other = _parse(sentence, "en" if first.language == "zh" else "zh", today)
        return other if other.goal is not None else first
    return _parse(sentence, locale[:2].lower(), today)


def _parse(sentence: str, language: str, today: dt.date | None) -> GoalParse:
    today = today or dt.date.today()
    text = " ".join(sentence.split())
    owner = None
    for pattern in _OWNER:
        match = pattern.search(text)
        if match:
            owner = match.group("o").strip()
            text = _strip(text, match.span())
            break
    text = _TRAILING_NOTE.sub("", text)  # "（负责人：…；依据：…）" after the sentence
    deadline = None
    found_deadline = find_deadline(text, today)
    if found_deadline:
        deadline, span = found_deadline
        text = _strip(text, span)
    parts = _zh(text) if language == "zh" else _en(text)
    direction = _direction(str(parts["verb"])) if "verb" in parts else None
    comparator = parts.get("cmp")
    if isinstance(comparator, str) and direction is not Direction.MAINTAIN:
        up = comparator in {"above", "over", "at least", "more than"}
        direction = Direction.INCREASE if up else Direction.DECREASE
    if str(parts.get("verb", "")).lower() in _REACH and "change" in parts and "target" not in parts:
        parts["target"] = parts.pop("change")  # 突破100万 / reach 1,000: a level, not a change
    baseline = parts.get("baseline")
    target = parts.get("target")
    change = parts.get("change")
    metric_name = parts.get("metric")
    notes: list[str] = []
    ambiguous = False
    rate = bool(metric_name and _RATE.search(str(metric_name)))
    if isinstance(change, Quantity) and change.unit is Unit.PERCENT and rate:
        ambiguous = True
        notes.append(N_("a change in % of a rate may be relative or in percentage points"))
    unresolved = [
        name
        for name, value in (
            ("metric", metric_name),
            ("direction", direction),
            ("target", target or change),
            ("deadline", deadline),
            ("owner", owner),
        )
        if value is None
    ]
    result = GoalParse(
        sentence=sentence,
        language=language,
        metric=str(metric_name) if metric_name else None,
        direction=direction,
        baseline=baseline if isinstance(baseline, Quantity) else None,
        target=target if isinstance(target, Quantity) else None,
        change=change if isinstance(change, Quantity) else None,
        change_ambiguous=ambiguous,
        deadline=deadline,
        owner=owner,
        unresolved=tuple(unresolved),
        notes=tuple(notes),
    )
    return _with_draft(result)


def _with_draft(parsed: GoalParse) -> GoalParse:
    if parsed.metric is None or parsed.direction is None:
        return parsed
    measured = parsed.target or parsed.baseline
    if measured is not None:
        unit, currency, time_unit = measured.unit, measured.currency, measured.time_unit
    elif parsed.change is not None and parsed.change.unit is Unit.PERCENTAGE_POINTS:
        unit, currency, time_unit = Unit.PERCENT, None, None
    elif parsed.change is not None and parsed.change.unit is not Unit.PERCENT:
        unit, currency, time_unit = (
            parsed.change.unit,
            parsed.change.currency,
            parsed.change.time_unit,
        )
    else:
        unit = Unit.PERCENT if _RATE.search(parsed.metric) else Unit.COUNT
        currency = time_unit = None
    if unit is Unit.PERCENTAGE_POINTS:
        unit = Unit.PERCENT
    metric = Metric(
        key="metric",
        name=parsed.metric,
        unit=unit,
        currency=currency,
        time_unit=time_unit,
        direction=parsed.direction,
    )
    change = parsed.change
    if change is not None and change.unit not in {Unit.PERCENT, Unit.PERCENTAGE_POINTS}:
        change = change.model_copy(update={"label": None}) if change.unit is Unit.COUNT else change
    target = parsed.target if parsed.target is None or _compatible(parsed.target, metric) else None
    baseline = parsed.baseline if parsed.baseline and _compatible(parsed.baseline, metric) else None
    goal = SmartGoal(
        id="goal",
        statement=parsed.sentence,
        metric=metric,
        direction=parsed.direction,
        baseline=baseline,
        target=target,
        change=None if target else change,
        deadline=parsed.deadline,
        owner=parsed.owner,
    )
    return GoalParse(**{**parsed.__dict__, "goal": goal})


def _compatible(quantity: Quantity, metric: Metric) -> bool:
    return (quantity.unit, quantity.currency, quantity.time_unit) == (
        metric.unit,
        metric.currency,
        metric.time_unit,
    )
