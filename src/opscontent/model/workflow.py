"""Workflow steps (工作流程) and their canonical stages."""

from __future__ import annotations

from pydantic import BaseModel, Field

from opscontent.model._aliases import AliasedEnum
from opscontent.model.quantities import TimeNode
from opscontent.model.types import MODEL_CONFIG, Text

__all__ = ["CANONICAL_STAGES", "Stage", "WorkflowStep"]


class Stage(AliasedEnum):
    """Stage of the operations cycle a workflow step belongs to."""

    GOAL_SETTING = "goal_setting"
    """目标设定: agree what to achieve."""
    PLANNING = "planning"
    """计划制定: decide how and with what."""
    EXECUTION_MONITORING = "execution_monitoring"
    """执行与监控: do the work and watch the numbers."""
    EVALUATION = "evaluation"
    """评估与反馈: review results and feed them back."""
    CUSTOM = "custom"
    """Any other step."""


CANONICAL_STAGES: tuple[Stage, ...] = (
    Stage.GOAL_SETTING,
    Stage.PLANNING,
    Stage.EXECUTION_MONITORING,
    Stage.EVALUATION,
)
"""The four stages a complete workflow covers, in order."""


class WorkflowStep(BaseModel):
    """One step of the workflow: what happens, who owns it (责任人) and when (时间节点)."""

    model_config = MODEL_CONFIG

    stage: Stage
    """The stage of the cycle this step belongs to."""
    name: Text
    """Short name of the step, e.g. 制定月度运营计划."""
    description: Text | None = None
    """What the step involves."""
    owner: Text | None = None
    """Who is responsible for the step (责任人)."""
    time_node: TimeNode | None = None
    """When the step happens or must be done (时间节点)."""
    deliverables: list[Text] = Field(default_factory=list)
    """What the step produces."""
