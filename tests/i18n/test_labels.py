"""Labels of enumerated values: one per member of every enumeration a document can hold."""

from __future__ import annotations

import typing
from enum import Enum

from pydantic import BaseModel

from opscontent.i18n import language
from opscontent.i18n.labels import ENUM_LABELS, enum_label
from opscontent.model import Document, FeedbackChannel, ImprovementPractice, Mechanism
from opscontent.model.catalogue import SECTION_CLASSES


def _enums(annotation: object, seen: set[type]) -> set[type[Enum]]:
    found: set[type[Enum]] = set()
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return {annotation}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return found
        seen.add(annotation)
        for field in annotation.model_fields.values():
            found |= _enums(field.annotation, seen)
        return found
    for arg in typing.get_args(annotation):
        found |= _enums(arg, seen)
    return found


def test_every_member_of_a_labelled_enumeration_has_its_own_label() -> None:
    seen: set[type] = set()
    enums = _enums(Document, seen)
    for cls in SECTION_CLASSES:
        enums |= _enums(cls, seen)
    labelled = {cls for cls, _ in ENUM_LABELS}
    assert len(labelled) >= 12  # units of time, salary periods and bounds have no labels
    assert labelled <= enums
    missing = [
        f"{cls.__name__}.{member.name}"
        for cls in labelled
        for member in cls
        if (cls, member.value) not in ENUM_LABELS
    ]
    assert missing == []


def test_members_with_the_same_value_keep_their_own_labels() -> None:
    """``review``, ``email`` and ``other`` are values of several enumerations."""
    zh, en = language("zh"), language("en")
    assert enum_label(FeedbackChannel.REVIEW, en) == "Reviews and ratings"
    assert enum_label(ImprovementPractice.REVIEW, en) == "Reviews"
    assert enum_label(FeedbackChannel.EMAIL, en) == "Email"
    assert enum_label(Mechanism.EMAIL, en) == "email"
    assert enum_label(ImprovementPractice.REVIEW, zh) != enum_label(FeedbackChannel.REVIEW, zh)
    assert enum_label(FeedbackChannel.OTHER, en) == "Other channels"
    assert enum_label(ImprovementPractice.OTHER, en) == "Other practices"
