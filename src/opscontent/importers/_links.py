"""Goals and user-experience practices linked to the KPIs they name.

A goal sentence names what it measures (``将新注册用户的次日留存率从35%提升至40%``); the importer
reads it into an inline metric. When the document's metrics section has one KPI of the same
unit whose name the goal's metric contains — ``次日留存率`` — the goal refers to that KPI by its
key instead, and a note says so. Among several, the longest name wins, then the KPI whose scope
the goal names; nothing is linked when two KPIs still fit equally well.

A user-experience practice names its KPI in a detail (``指标：首月动销率``, ``Metric: Support
satisfaction score``); :func:`kpi_keys` gives the details reader each KPI's key by its name,
so the practice refers to the KPI by key. A name two KPIs share names neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from opscontent.model import GoalsSection, Metric, MetricsSection

__all__ = ["kpi_keys", "link_goals"]


def link_goals(sections: list[Any], notes: list[str]) -> None:
    """Point each goal's inline metric at the KPI it names (``sections`` changed in place)."""
    kpis = [m for s in sections if isinstance(s, MetricsSection) for m in s.items]
    if not kpis:
        return
    for index, section in enumerate(sections):
        if not isinstance(section, GoalsSection):
            continue
        items = list(section.items)
        for position, goal in enumerate(items):
            inline = goal.inline_metric
            kpi = _named(inline, kpis) if inline is not None else None
            if kpi is None:
                continue
            items[position] = goal.model_copy(update={"metric": kpi.key})
            notes.append(f"goal '{goal.id}': its metric is the KPI '{kpi.name}' ({kpi.key})")
        sections[index] = section.model_copy(update={"items": items})


def _named(inline: Metric, kpis: list[Metric]) -> Metric | None:
    """The one KPI of the inline metric's unit whose name (and scope) the metric's name holds."""
    said = _folded(inline.name)
    fits = [k for k in kpis if k.unit == inline.unit and _folded(k.name) in said]
    if len(fits) > 1:  # the longest name, then the one whose scope the goal names
        longest = max(len(_folded(k.name)) for k in fits)
        fits = [k for k in fits if len(_folded(k.name)) == longest]
    if len(fits) > 1:
        fits = [k for k in fits if k.scope is not None and _folded(k.scope) in said]
    return fits[0] if len(fits) == 1 else None


def kpi_keys(kpis: Iterable[Metric]) -> Mapping[str, str]:
    """Each KPI's key by its name (folded: case and spaces do not count); shared names left out.

    >>> kpi = Metric(key="csat", name="Support satisfaction", unit="score", direction="increase")
    >>> dict(kpi_keys([kpi]))
    {'supportsatisfaction': 'csat'}
    """
    keys: dict[str, str | None] = {}
    for kpi in kpis:
        name = _folded(str(kpi.name))
        keys[name] = kpi.key if name not in keys else None
    return {name: key for name, key in keys.items() if key is not None}


def kpi_key(keys: Mapping[str, str], name: str) -> str | None:
    """The key of the KPI ``name`` names (as :func:`kpi_keys` folds it), else ``None``."""
    return keys.get(_folded(name))


def _folded(text: str) -> str:
    return "".join(text.casefold().split())
