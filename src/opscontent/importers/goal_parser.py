"""Goal sentences into SMART parts: 在未来三个月内将留存率提高5% → metric, change, deadline.

What the sentence does not say is reported, never guessed silently: a goal without a metric
or a direction has no draft, "提高5%" of a rate is flagged as ambiguous (5% relative, or
5 percentage points?), and a sentence with two targets gives two drafts. The words it reads
are the tables of :mod:`opscontent.importers._goal_words`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from opscontent.i18n import N_
from opscontent.importers import _goal_words as words
from opscontent.importers._dates import Deadline, find_deadline
from opscontent.importers.numbers import NUMBER, parse_number
from opscontent.model import Direction, Metric, Period, Quantity, SmartGoal, TimeUnit, Unit
from opscontent.model.types import Bound

__all__ = ["GOAL_LANGUAGES", "MAX_GOAL_LENGTH", "GoalParse", "detect_language", "parse_goal"]

GOAL_LANGUAGES = ("zh", "en")
"""The languages :func:`parse_goal` reads."""

MAX_GOAL_LENGTH = 1000
"""Sentences longer than this (in characters) are not read as goals: their text is kept.

A goal sentence is one or two lines (the longest in the import corpus has 333 characters);
the limit bounds the work a pasted wall of text can cost the goal patterns.
"""
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME = r"[^\d，。,；;到至由从零〇一二两三四五六七八九十百千万亿]+?"
_DECIMAL = r"\d+(?:\.\d+)?"
_CLAUSES = re.compile(r"[，；;]|,(?!\d)|\s+and\s+|以及|同时")
_TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
_RUN_START = r"(?<![^，。,；;\d])"
r"""Before a lazy ``(?P<mid>[^，。,；;\d]+?)``: tried where such a run starts, not inside it.

A match from inside a run would also be found from the run's start, so this changes no
result; it keeps the search linear (without it each start rescans the rest of the run).
"""
_CLAUSE_END = re.compile(r"[，。,；;]")
_LED_METRIC = re.compile(r"(?:将|把|使|让)\s*(?P<m>[^，。,；;]+?)\s*+(?:从|由)?\s*+$")
"""The metric after 将/把 that ends the text; searched after the text's last clause mark."""
_LAST_WORD = re.compile(r"(?<![^\s，。,；;将])(?P<m>[^\s，。,；;将]+?)\s*+(?:从|由)?\s*+$")
_RATE = re.compile(r"率|比例|占比|rate|ratio|share|conversion|retention|churn|ctr|%", re.I)


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
    """The level to reach (至40%), or the limit when ``bound`` is set."""
    bound: Bound | None = None
    """When the target is a limit (不超过5%, at least 3%): on which side the metric is to stay."""
    change: Quantity | None = None
    """The size of the change (提高5个百分点, 净增5000名)."""
    change_ambiguous: bool = False
    """True when a percent change of a rate could be relative or in percentage points."""
    deadline: dt.date | None = None
    """The deadline, absolute or computed from ``today``; for a period, its last day."""
    period: Period | None = None
    """The quarter or half the sentence says the goal is worked in (``in Q1 2027``,
    ``2027年上半年``), when it says a period rather than a date it is due by."""
    owner: str | None = None
    """Who is named as responsible."""
    unresolved: tuple[str, ...] = ()
    """Fields the sentence does not determine: metric, direction, target, deadline, owner."""
    notes: tuple[str, ...] = field(default=())
    """Notes on ambiguity (msgids, English)."""
    goal: SmartGoal | None = None
    """A SMART goal draft with an inline metric, when metric and direction are known."""
    also: tuple[GoalParse, ...] = ()
    """Further targets of the same sentence (…，转化率提升至5%), each read as a goal of its own."""


def detect_language(text: str) -> str:
    """``zh`` when Han characters outnumber Latin letters, else ``en``.

    >>> detect_language("在2027年6月30日前将留存率提高5%"), detect_language("Raise 留存率 by 5%")
    ('zh', 'en')
    """
    han = len(_HAN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if han and han >= latin / 2 else "en"


def _alternation(entries: Iterable[str], *, fold: bool = False) -> str:
    """A regex alternation of the entries, longest first; Latin words end at a word boundary.

    With ``fold``, ASCII letters match in either case (``[uU][sS][dD]``): quicker to compile
    than an ignore-case group, which matters when tests rebuild the patterns per table entry.
    """
    keys = sorted(entries, key=len, reverse=True)
    return "|".join(
        "".join(_letter(char) if fold else re.escape(char) for char in key)
        + (r"(?![A-Za-z])" if key[-1:].isascii() and key[-1:].isalpha() else "")
        for key in keys
    )


def _letter(char: str) -> str:
    if char.isascii() and char.isalpha():
        return f"[{char.lower()}{char.upper()}]"
    return re.escape(char)


@dataclass(frozen=True)
class _Grammar:
    """The patterns built from the word tables."""

    verbs_zh: str
    compare_zh: str
    compare_en: str
    after: str
    done_zh: str
    net_zh: str
    verbs_en: str
    net_en: str
    amount_zh: str
    amount_en: str
    owners: tuple[re.Pattern[str], ...]


@functools.cache
def _grammar() -> _Grammar:
    """Compile the tables once; tests that change a table clear this cache."""
    signs = [key for key in words.CURRENCIES if not key.isalpha()]
    units = [key for key in words.CURRENCIES if key.isalpha()]
    units += [*words.MEASURE_UNITS, *words.COUNT_UNITS]
    unit = f"(?:{_alternation(units, fold=True)})"
    sign = f"(?:{_alternation(signs, fold=True)})"
    ratio = rf"(?P<{{p}}ra>{_DECIMAL})\s*[:：]\s*(?P<{{p}}rb>{_DECIMAL})"
    head = rf"(?P<{{p}}sign>[-−])?(?P<{{p}}cur>{sign})?\s*"
    compare = list(words.COMPARATORS_BEFORE)
    return _Grammar(
        verbs_zh=_alternation([*words.NET_ZH, *words.VERBS_ZH]),
        compare_zh=_alternation(key for key in compare if not re.search("[A-Za-z]", key)),
        compare_en=_alternation(key for key in compare if not _HAN.search(key)),
        after=_alternation(words.COMPARATORS_AFTER),
        done_zh=_alternation(words.DONE_VERBS_ZH),
        net_zh=_alternation(words.NET_ZH),
        verbs_en=_alternation(words.VERBS_EN),
        net_en=_alternation(words.NET_EN),
        amount_zh=head
        + rf"(?:百分之(?P<{{p}}pct>{NUMBER})|{ratio}"
        + rf"|(?P<{{p}}num>{NUMBER})\s*(?P<{{p}}unit>{unit})?)",
        amount_en=head
        + rf"(?:{ratio}|(?P<{{p}}num>[-−]?\d[\d,]*(?:\.\d+)?)"
        + rf"\s*(?P<{{p}}mult>{_alternation(words.MULTIPLIERS_EN, fold=True)})?"
        + rf"\s*(?P<{{p}}unit>{unit})?)",
        owners=(
            re.compile(
                rf"由\s*(?P<o>[^，。,；;\s]{{1,12}}?)\s*(?:{_alternation(words.OWNER_AFTER_ZH)})"
            ),
            re.compile(
                rf"(?:{_alternation(words.OWNER_LABELS)})\s*[:：]\s*(?P<o>[^，。,；;)）]+)", re.I
            ),
            re.compile(
                rf"(?:{_alternation(words.OWNER_BY_EN)})\s+by\s+"
                r"(?P<o>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"
            ),
        ),
    )


def _unit(raw: str | None, sign: str | None) -> tuple[Unit, str | None, TimeUnit | None]:
    """Unit, currency and time unit of a written unit or currency sign."""
    text = (raw or "").lower()
    if sign or text in words.CURRENCIES:
        code = words.CURRENCIES.get(text) or words.CURRENCIES[(sign or "").lower()]
        return Unit.CURRENCY, code, None
    unit, time_unit = words.MEASURE_UNITS.get(text, (Unit.COUNT, None))
    return unit, None, time_unit


def _quantity(match: re.Match[str], prefix: str) -> Quantity | None:
    group = match.groupdict()
    if group.get(f"{prefix}ra"):
        left, right = float(group[f"{prefix}ra"]), float(group[f"{prefix}rb"])
        if not left or not right:
            return None
        value = right if left == 1 else left / right  # 1:3.5 is 3.5 for each 1
        return Quantity(value=_clean(value), unit=Unit.RATIO)
    pct = group.get(f"{prefix}pct")
    number = parse_number(pct or group.get(f"{prefix}num") or "")
    if number is None:
        return None
    if group.get(f"{prefix}sign"):
        number = -number
    number *= words.MULTIPLIERS_EN.get((group.get(f"{prefix}mult") or "").lower(), 1)
    raw_unit = "%" if pct else group.get(f"{prefix}unit")
    unit, currency, time_unit = _unit(raw_unit, group.get(f"{prefix}cur"))
    label = raw_unit if unit is Unit.COUNT else None
    return Quantity(
        value=_clean(number), unit=unit, currency=currency, time_unit=time_unit, label=label
    )


def _clean(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 6)


def _direction(verb: str) -> Direction:
    verb = verb.lower()
    tables = (words.NET_ZH, words.VERBS_ZH, words.NET_EN, words.VERBS_EN)
    for table in tables:
        if verb in table:
            return table[verb]
    if verb in words.COMPARATORS_BEFORE or verb in words.COMPARATORS_AFTER:
        return Direction.MAINTAIN  # a bound alone: keep the metric on its side
    return Direction.INCREASE  # 完成, 举办, 上线: output to reach


def _strip(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " + text[span[1] :]


def _amount(template: str, prefix: str) -> str:
    """An amount pattern whose group names carry a prefix (b: baseline, t: target, c: change)."""
    return template.replace("{p}", prefix)


def _take(found: dict[str, object], match: re.Match[str]) -> None:
    """Record the quantities of a match, and where the target stands."""
    for prefix, name in (("b", "baseline"), ("t", "target"), ("c", "change")):
        if f"{prefix}num" in match.groupdict():
            value = _quantity(match, prefix)
            if value is not None:
                found[name] = value
                found[f"{name}_span"] = _span(match, prefix)


def _span(match: re.Match[str], prefix: str) -> tuple[int, int]:
    """Where an amount of a match starts (百分之 included) and ends (its unit included)."""
    groups = ("sign", "cur", "num", "ra", "pct", "mult", "unit", "rb")
    found = [name for name in groups if _has(match, prefix + name)]
    start = min(match.start(prefix + name) for name in found)
    if found[0] == "pct":
        start -= len("百分之")
    return start, max(match.end(prefix + name) for name in found)


def _has(match: re.Match[str], group: str) -> bool:
    return match.groupdict().get(group) is not None


def _zh(text: str) -> dict[str, object]:
    g = _grammar()
    t, b, c = (_amount(g.amount_zh, p) for p in "tbc")
    found: dict[str, object] = {}
    verbs = g.verbs_zh
    patterns = [
        rf"从\s*{b}\s*(?P<verb>{verbs})\s*(?:到|至)?\s*{t}",
        rf"由\s*{b}\s*(?P<verb>{verbs})\s*(?:到|至)\s*{t}",
        rf"(?P<verb>{verbs})(?:到|至|在)\s*{t}",
        rf"(?P<verb>{verbs})(?P<mid>[^，。,；;\d到至]+?)(?:到|至)\s*{t}",
        rf"(?P<verb>{verbs})了?\s*{c}",
        rf"{_RUN_START}(?P<mid>[^，。,；;\d]+?)\s*(?P<verb>{g.compare_zh})\s*{t}",
        rf"(?P<verb>新增|{g.net_zh})\s*(?P<mid>{_NAME})\s*{c}",
        rf"(?P<verb>{g.done_zh})\s*(?P<mid>{_NAME})\s*{t}",
        rf"(?P<verb>{g.done_zh})\s*{t}\s*(?P<tail>[^\d，。,；;]+)",
        rf"(?<![^，。,；;])(?P<mid>[^，。,；;]*?)\s*(?P<verb>{_alternation(words.DOUBLE_VERBS)})",
        rf"{_RUN_START}(?P<mid>[^，。,；;\d]+?)\s*(?:在|为|是)?\s*{t}\s*(?P<verb>{g.after})",
    ]
    for pattern in patterns:
        match = re.search(pattern, text)
        if match is None:
            continue
        found["verb"] = match.group("verb")
        found["span"] = match.span()
        _take(found, match)
        for name in ("mid", "tail"):
            if match.groupdict().get(name):
                found["metric"] = match.group(name)
        if found["verb"] in words.DOUBLE_VERBS:
            found["change"] = Quantity(value=100, unit=Unit.PERCENT)
        break
    metric = found.get("metric")
    if "verb" not in found:
        verb_match = re.search(rf"(?P<verb>{verbs})", text)
        if verb_match is None:
            return found
        found["verb"] = verb_match.group("verb")
        found["span"] = verb_match.span()
    span: tuple[int, int] = found["span"]  # type: ignore[assignment]
    before, after = text[: span[0]], text[span[1] :]
    candidates = [
        metric if isinstance(metric, str) else None,
        _group(_LED_METRIC.search(_CLAUSE_END.split(before)[-1])),
        _group(_LAST_WORD.search(before)),
        _group(
            re.match(r"\s*(?P<m>[^\d从到至，。,；;百（(]+?)\s*(?:至|到|$|，|。|；|（|\()", after)
        ),
    ]
    found.pop("metric", None)
    for candidate in candidates:
        cleaned = _clean_metric(candidate)
        if cleaned:
            found["metric"] = cleaned
            break
    return found


def _group(match: re.Match[str] | None) -> str | None:
    return match.group("m") if match else None


def _clean_metric(text: str | None) -> str:
    if not text:
        return ""
    text = re.sub(r"^(?:在|于|确保|保证|力争|争取|使|让|将|把|的|，|,)+(?=.)", "", text.strip())
    return re.sub(r"(?:的|在|于|要|保持|持续)$", "", text).strip()


def _en(text: str) -> dict[str, object]:
    g = _grammar()
    t, b, c = (_amount(g.amount_en, p) for p in "tbc")
    found: dict[str, object] = {}
    verb = re.search(rf"\b(?P<verb>{g.verbs_en})(?:e?s|ed|ing)?\b", text, re.I)
    compare = rf"(?P<m>.*?)\s+(?:stays?\s+|remains?\s+|is\s+|to\s+)?(?P<cmp>{g.compare_en})"
    until = r"(?:\s+(?:by|within|in|before|during)\b|[,;.]|$)"
    net = rf"\s*{c}\s+(?P<net>{g.net_en})\s+(?P<m>[^,;.]+?){until}"
    if verb is None:  # "Churn below 3% by Q4", "5,000 net new users by Q2": no verb, a bound
        match = re.search(rf"^{compare}\s*{t}", text, re.I) or re.search(rf"^{net}", text, re.I)
        if match is None:
            return found
        found["verb"] = match.group("cmp" if "cmp" in match.groupdict() else "net")
        offset, rest = 0, text
    else:
        found["verb"] = verb.group("verb")
        offset, rest = verb.end(), text[verb.end() :]
    shapes = [
        rf"^{net}",
        rf"^{compare}\s*{t}",
        rf"^(?P<m>.*?)\s+from\s+{b}\s+to\s+{t}",
        rf"^(?P<m>.*?)\s+by\s+{c}",
        rf"^(?P<m>.*?)\s+(?:to|at|under|below|above)\s+{t}",
        rf"^\s*{t}\s+(?P<m>[^,;.]+?){until}",
        rf"^(?P<m>.*?)\s+of\s+{t}(?=\s|[,;.]|$)",  # reach an NPS of 45
        rf"^(?P<m>.*?)\s+{c}(?=\s+(?:year over year|yoy|month over month|mom|quarter over "
        rf"quarter|qoq)\b|\s*$)",
    ]
    for shape in shapes:
        match = re.search(shape, rest, re.I)
        if match is None:
            continue
        _take(found, match)
        for name in ("target_span", "change_span"):
            if name in found:
                where: tuple[int, int] = found[name]  # type: ignore[assignment]
                found[name] = (where[0] + offset, where[1] + offset)
        found["metric"] = match.group("m")
        if match.groupdict().get("net"):
            found["verb"] = match.group("net")
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


def _bound(text: str, span: object) -> Bound | None:
    """The comparator written right before or after the target (不超过5%, 30分钟以内)."""
    if not isinstance(span, tuple):
        return None
    before = text[: span[0]].rstrip().lower()
    for comparator, bound in sorted(
        words.COMPARATORS_BEFORE.items(), key=lambda item: len(item[0]), reverse=True
    ):
        latin = comparator[:1].isascii() and comparator[:1].isalpha()
        if before.endswith(comparator) and not (
            latin and before[: -len(comparator)][-1:].isalpha()
        ):
            return bound
    after = text[span[1] :].lstrip().lower()
    for comparator, bound in words.COMPARATORS_AFTER.items():
        if after.startswith(comparator):
            return bound
    return None


def parse_goal(
    sentence: str, *, locale: str | None = None, today: dt.date | None = None
) -> GoalParse:
    """Split a goal sentence into metric, direction, baseline, target or change, deadline, owner.

    Args:
        sentence: e.g. ``在未来三个月内将留存率提高5%`` or
            ``Raise day-1 retention from 35% to 40% by June 30, 2027``.
        locale: ``zh`` or ``en``; detected from the text when omitted.
        today: the date relative spans count from (``三个月内``); the current date by default.

    A sentence longer than :data:`MAX_GOAL_LENGTH` characters is not read: the parse has no
    goal and a note says why.

    >>> parse_goal("客诉率不超过0.5%", today=dt.date(2027, 1, 1)).bound
    <Bound.AT_MOST: 'at_most'>

    """
    if len(sentence) > MAX_GOAL_LENGTH:
        language = locale[:2].lower() if locale else detect_language(sentence)
        return _finish(GoalParse(sentence=sentence, language=language, notes=(_TOO_LONG,)))
    if locale is None:
        first = _parse(sentence, detect_language(sentence), today)
        if first.goal is not None:
            return first
        other = _parse(sentence, "en" if first.language == "zh" else "zh", today)
        return other if other.goal is not None else first
    return _parse(sentence, locale[:2].lower(), today)


def _parse(sentence: str, language: str, today: dt.date | None) -> GoalParse:
    today = today or dt.date.today()
    text, owner, deadline = _context(sentence, today)
    whole = _read(sentence, text, language, owner, deadline)
    clauses = [clause.strip() for clause in _CLAUSES.split(text) if clause.strip()]
    if len(clauses) < 2:
        return whole
    read: list[GoalParse] = []
    for clause in clauses:
        parsed = _parse_one(clause, language, today)
        if parsed.direction is None and read:  # "…, and B to 5%": the verb of the first target
            verb = _verb_of(read[0].sentence, language)
            joined = f"{verb} {clause}" if language == "en" else f"{verb}{clause}"
            parsed = dataclasses.replace(_parse_one(joined, language, today), sentence=clause)
        if parsed.goal is not None and (parsed.target or parsed.change):
            read.append(parsed)
    if len(read) < 2:
        return whole
    inherit = {"deadline": whole.deadline, "period": whole.period, "owner": whole.owner}
    first, *rest = [_inherit(parsed, inherit) for parsed in read]
    note = N_("the sentence gives more than one target; each is read as a goal of its own")
    return _finish(
        dataclasses.replace(first, sentence=sentence, also=tuple(rest), notes=(*first.notes, note))
    )


def _verb_of(clause: str, language: str) -> str:
    found = _zh(clause) if language == "zh" else _en(clause)
    return str(found.get("verb", ""))


def _inherit(parsed: GoalParse, inherit: dict[str, dt.date | Period | str | None]) -> GoalParse:
    """A clause's parse with the sentence's deadline and owner where the clause has none."""
    update = {name: value for name, value in inherit.items() if getattr(parsed, name) is None}
    if parsed.deadline is not None:
        update.pop("period", None)  # the clause's own deadline, not the sentence's period
    return _finish(dataclasses.replace(parsed, **update))  # type: ignore[arg-type]


def _parse_one(sentence: str, language: str, today: dt.date) -> GoalParse:
    text, owner, deadline = _context(sentence, today)
    return _read(sentence, text, language, owner, deadline)


def _context(sentence: str, today: dt.date) -> tuple[str, str | None, Deadline | None]:
    """The sentence without its owner, trailing note and deadline; the owner; the deadline."""
    text = " ".join(sentence.split())
    owner = None
    for pattern in _grammar().owners:
        match = pattern.search(text)
        if match:
            owner = match.group("o").strip()
            text = _strip(text, match.span())
            break
    text = _TRAILING_NOTE.sub("", text)  # "（负责人：…；依据：…）" after the sentence
    deadline = find_deadline(text, today)
    if deadline is not None:
        text = _strip(text, deadline.span)
    return text, owner, deadline


def _read(
    sentence: str, text: str, language: str, owner: str | None, deadline: Deadline | None
) -> GoalParse:
    """What the text (the sentence without owner and deadline) says of metric and numbers."""
    parts = _zh(text) if language == "zh" else _en(text)
    verb = str(parts.get("verb", ""))
    direction = _direction(verb) if verb else None
    if verb.lower() in words.REACH_VERBS and "change" in parts and "target" not in parts:
        parts["target"] = parts.pop("change")  # 突破100万 / reach 1,000: a level, not a change
        parts["target_span"] = parts.get("change_span")
    if verb.lower() in words.NET_ZH or verb.lower() in words.NET_EN:
        parts["change"] = parts.pop("target", None) or parts.get("change")
    metric = str(parts["metric"]) if parts.get("metric") else None
    baseline, target, change = (
        _as_ratio(value, metric) if isinstance(value, Quantity) else None
        for value in (parts.get("baseline"), parts.get("target"), parts.get("change"))
    )
    baseline, target = _shared_unit(baseline, target)
    return _finish(
        GoalParse(
            sentence=sentence,
            language=language,
            metric=metric,
            direction=direction,
            baseline=baseline,
            target=target,
            bound=_bound(text, parts.get("target_span")) if target else None,
            change=change,
            deadline=deadline.date if deadline else None,
            period=Period(start=deadline.start, end=deadline.date)
            if deadline and deadline.start
            else None,
            owner=owner,
        )
    )


def _shared_unit(
    baseline: Quantity | None, target: Quantity | None
) -> tuple[Quantity | None, Quantity | None]:
    """From 30 to 10 minutes, from ¥80 to 60: a bare number takes the unit of the other."""
    if baseline is None or target is None:
        return baseline, target
    if _bare(baseline) and not _bare(target):
        return _in_unit_of(baseline, target), target
    if _bare(target) and not _bare(baseline):
        return baseline, _in_unit_of(target, baseline)
    return baseline, target


def _bare(quantity: Quantity) -> bool:
    """A number written without a unit, a currency or a counted thing."""
    return quantity.unit is Unit.COUNT and quantity.label is None


def _in_unit_of(quantity: Quantity, other: Quantity) -> Quantity:
    update = {"unit": other.unit, "currency": other.currency, "time_unit": other.time_unit}
    return quantity.model_copy(update={**update, "label": other.label})


def _as_ratio(quantity: Quantity, metric: str | None) -> Quantity:
    """A plain number of a ratio metric (ROI 3.5) is a ratio, not a count."""
    plain = quantity.unit is Unit.COUNT and quantity.label is None
    if plain and metric and any(name in metric.lower() for name in words.RATIO_NAMES):
        return quantity.model_copy(update={"unit": Unit.RATIO})
    return quantity


def _finish(parsed: GoalParse) -> GoalParse:
    """Notes, unresolved fields and the draft goal, from what was read."""
    notes = [note for note in parsed.notes if note != _AMBIGUOUS]
    change, metric = parsed.change, parsed.metric
    ambiguous = bool(
        change is not None and change.unit is Unit.PERCENT and metric and _RATE.search(metric)
    )
    if ambiguous:
        notes.insert(0, _AMBIGUOUS)
    unresolved = [
        name
        for name, value in (
            ("metric", metric),
            ("direction", parsed.direction),
            ("target", parsed.target or change),
            ("deadline", parsed.deadline),
            ("owner", parsed.owner),
        )
        if value is None
    ]
    result = dataclasses.replace(
        parsed,
        change_ambiguous=ambiguous,
        unresolved=tuple(unresolved),
        notes=tuple(notes),
        goal=None,
    )
    return dataclasses.replace(result, goal=_draft(result))


_TOO_LONG = N_("the sentence is too long to be read as a goal; its text is kept as written")
_AMBIGUOUS = N_("a change in % of a rate may be relative or in percentage points")


def _draft(parsed: GoalParse) -> SmartGoal | None:
    if parsed.metric is None or parsed.direction is None:
        return None
    measured = parsed.target or parsed.baseline
    change = parsed.change
    if measured is not None:
        unit, currency, time_unit = measured.unit, measured.currency, measured.time_unit
    elif change is not None and change.unit is Unit.PERCENTAGE_POINTS:
        unit, currency, time_unit = Unit.PERCENT, None, None
    elif change is not None and change.unit is not Unit.PERCENT:
        unit, currency, time_unit = change.unit, change.currency, change.time_unit
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
    if change is not None and change.unit is Unit.COUNT:
        change = change.model_copy(update={"label": None})
    target = parsed.target if parsed.target and _compatible(parsed.target, metric) else None
    baseline = parsed.baseline if parsed.baseline and _compatible(parsed.baseline, metric) else None
    return SmartGoal(
        id="goal",
        statement=parsed.sentence,
        metric=metric,
        direction=parsed.direction,
        baseline=baseline,
        target=target,
        target_bound=parsed.bound if target else None,
        change=None if target else change,
        deadline=None if parsed.period else parsed.deadline,
        period=parsed.period,
        owner=parsed.owner,
    )


def _compatible(quantity: Quantity, metric: Metric) -> bool:
    return (quantity.unit, quantity.currency, quantity.time_unit) == (
        metric.unit,
        metric.currency,
        metric.time_unit,
    )
