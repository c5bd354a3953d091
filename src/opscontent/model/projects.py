"""Projects the role drives (项目推动) and their milestones."""

from __future__ import annotations

from pydantic import BaseModel, Field

from opscontent.model.types import MODEL_CONFIG, Date, Text

__all__ = ["Milestone", "Project"]


class Milestone(BaseModel):
    """A dated checkpoint of a project."""

    model_config = MODEL_CONFIG

    name: Text
    """What is reached, e.g. 完成会员体系上线."""
    date: Date
    """When it is due."""
    owner: Text | None = None
    """Who delivers it."""
    deliverable: Text | None = None
    """What is handed over."""


class Project(BaseModel):
    """A project with an objective, an owner, dates, milestones, resources and risks."""

    model_config = MODEL_CONFIG

    name: Text
    """Project name."""
    objective: Text | None = None
    """What the project is for."""
    owner: Text | None = None
    """Who drives the project."""
    start: Date | None = None
    """Start date."""
    end: Date | None = None
    """Planned end date."""
    milestones: list[Milestone] = Field(default_factory=list)
    """Checkpoints, in date order."""
    resources: list[Text] = Field(default_factory=list)
    """People, budget and tools the project needs."""
    risks: list[Text] = Field(default_factory=list)
    """Known risks and how they are handled."""
    review: Text | None = None
    """How and when the project is reviewed (复盘)."""
