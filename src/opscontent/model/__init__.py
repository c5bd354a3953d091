"""The typed document model."""

from opscontent.model.document import Document, Meta
from opscontent.model.goals import Metric, MetricCategory, MetricRef, SmartGoal
from opscontent.model.items import *  # noqa: F403 - re-export the item models
from opscontent.model.items import __all__ as _items_all
from opscontent.model.projects import Milestone, Project
from opscontent.model.quantities import Duration, Period, Quantity, TimeNode
from opscontent.model.sections import *  # noqa: F403 - re-export the section models
from opscontent.model.sections import __all__ as _sections_all
from opscontent.model.types import Cadence, Direction, TimeUnit, Unit
from opscontent.model.workflow import CANONICAL_STAGES, Stage, WorkflowStep

__all__ = [
    "CANONICAL_STAGES",
    "Cadence",
    "Direction",
    "Document",
    "Duration",
    "Meta",
    "Metric",
    "MetricCategory",
    "MetricRef",
    "Milestone",
    "Period",
    "Project",
    "Quantity",
    "SmartGoal",
    "Stage",
    "TimeNode",
    "TimeUnit",
    "Unit",
    "WorkflowStep",
    *_items_all,
    *_sections_all,
]
