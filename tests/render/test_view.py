"""The localized view: values of every kind, formatted once for all templates."""

from __future__ import annotations

import datetime as dt

import pytest

from opscontent.i18n import language
from opscontent.i18n.formatting import format_amount, format_duration
from opscontent.model import Meta, TimeUnit, Unit
from opscontent.render.view import ViewOptions, build_view

from ..conftest import document, section

NPS = {"key": "nps", "name": "推荐值", "unit": "score", "direction": "increase", "baseline": 30}
GOAL = {"id": "g1", "metric": "nps", "deadline": "2027-06-30"}
DOC = document(
    section("metrics", NPS),
    section("goals", {**GOAL, "target": {"value": 45, "unit": "score", "label": "分"}}),
    section("user_experience", {"method": "可用性测试", "metric": "nps"}),
)


@pytest.mark.parametrize(
    ("locale", "one", "two"), [("zh", "1个季度", "2个季度"), ("en", "1 quarter", "2 quarters")]
)
def test_quarters_come_from_the_catalog(locale: str, one: str, two: str) -> None:
    """CLDR has no quarter unit: the catalog's plural forms give it."""
    lang = language(locale)
    assert format_duration(1, TimeUnit.QUARTER, lang) == one
    assert format_duration(2, TimeUnit.QUARTER, lang) == two


def test_labelled_amounts_and_linked_kpis() -> None:
    """A quantity's own label follows its number; a UX practice names the KPI it moves."""
    assert format_amount(45, Unit.SCORE, language("zh"), label="分") == "45分"
    assert format_amount(45, Unit.SCORE, language("en"), label="points") == "45 points"
    view = build_view(DOC, language("zh"), ViewOptions())
    goals, ux = view.sections[1], view.sections[2]
    assert goals.items[0].head == "在2027年6月30日前将推荐值从30提升至45分"
    assert [(d.label, d.value) for d in ux.items[0].details] == [("指标", "推荐值")]


def test_values_of_subclasses_format_as_their_base() -> None:
    """A datetime (from a model built without validation) reads as its date."""
    meta = Meta.model_construct(title="T", effective_date=dt.datetime(2027, 1, 2, 9))
    view = build_view(DOC.model_copy(update={"meta": meta}), language("zh"))
    assert view.facts_by_field["effective_date"] == "2027年1月2日"
