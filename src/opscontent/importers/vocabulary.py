"""Which section kind a heading is about, by meaning: keywords of both languages, weighted.

A heading scores for every kind whose keywords it contains; the strongest kind wins, a tie or
no match leaves it unclassified (the importer then keeps it as a ``custom`` section with its
own title). Combinations settle the hard cases: "目标指标" and "绩效考核指标" are metrics (指标
outweighs 目标), "跨部门协作机制" is coordination, "Success measures" is metrics.
"""

from __future__ import annotations

import re

from opscontent.model import SectionKind

__all__ = ["KEYWORDS", "classify_heading", "heading_score"]

_K = SectionKind

KEYWORDS: dict[SectionKind, dict[str, int]] = {
    _K.RESPONSIBILITIES: {
        "核心职责": 6,
        "job description": 5,
        "role description": 5,
        "essential functions": 5,
        "主要工作职责": 6,
        "职位描述": 5,
        "岗位描述": 5,
        "工作描述": 5,
        "职位职责": 6,
        "about the role": 2,
        "the role": 1,
        "职责": 5,
        "岗位职责": 6,
        "工作职责": 6,
        "职责描述": 6,
        "主要职责": 6,
        "responsibilit": 5,
        "duties": 5,
        "duty": 4,
        "role overview": 3,
        "what you'll own": 5,
        "what you will own": 5,
        "accountabilit": 4,
    },
    _K.REQUIREMENTS: {
        "person specification": 6,
        "you'll need": 6,
        "you will need": 6,
        "我们希望你": 6,
        "希望你": 4,
        "your profile": 5,
        "职位要求": 6,
        "应聘要求": 6,
        "招聘要求": 6,
        "技能要求": 5,
        "能力要求": 5,
        "岗位资格": 6,
        "about you": 5,
        "skills and experience": 6,
        "minimum qualifications": 6,
        "加分项": 5,
        "优先条件": 5,
        "what you'll bring": 6,
        "what you bring": 6,
        "you'll bring": 5,
        "what you need": 5,
        "nice to have": 5,
        "preferred qualifications": 6,
        "bonus points": 4,
        "任职要求": 6,
        "任职资格": 6,
        "岗位要求": 6,
        "要求": 3,
        "资格": 3,
        "requirement": 5,
        "qualification": 5,
        "who you are": 5,
        "what we're looking for": 5,
        "what we are looking for": 5,
        "skills": 3,
        "you have": 3,
        "must have": 4,
    },
    _K.TASKS: {
        "要做的事": 5,
        "本周工作": 6,
        "本周完成": 6,
        "done this week": 6,
        "this week": 4,
        "工作回顾": 5,
        "重点工作": 5,
        "主要任务": 5,
        "工作重点": 5,
        "your day": 3,
        "in this role you will": 6,
        "具体任务": 6,
        "工作任务": 5,
        "日常工作": 5,
        "工作内容": 4,
        "主要工作": 4,
        "任务": 3,
        "key tasks": 6,
        "tasks": 4,
        "what you will do": 6,
        "what you'll do": 6,
        "day to day": 5,
        "day-to-day": 5,
        "activities": 3,
    },
    _K.WORKFLOW: {
        "procedure": 5,
        "sop": 4,
        "工作流程": 6,
        "流程": 4,
        "工作机制": 3,
        "workflow": 6,
        "process": 4,
        "how we work": 4,
        "operating rhythm": 4,
    },
    _K.GOALS: {
        "first 90 days": 6,
        "first 60 days": 6,
        "first 30 days": 6,
        "first year": 4,
        "前90天": 6,
        "的目标": 3,
        "年度目标": 5,
        "工作目标": 6,
        "目标": 3,
        "okr": 5,
        "goals": 5,
        "goal": 4,
        "objectives": 5,
        "objective": 4,
        "targets": 3,
    },
    _K.METRICS: {
        "核心数据": 6,
        "numbers": 4,
        "success looks like": 6,
        "how we measure": 5,
        "key results": 5,
        "成功标准": 5,
        "考核办法": 5,
        "key performance indicator": 6,
        "performance indicator": 5,
        "绩效指标": 6,
        "考核标准": 5,
        "指标": 5,
        "kpi": 6,
        "考核": 4,
        "绩效": 3,
        "衡量": 3,
        "metrics": 6,
        "metric": 5,
        "measures": 5,
        "measure": 4,
        "success": 2,
        "kpis": 6,
        "scorecard": 4,
    },
    _K.COORDINATION: {
        "分工": 4,
        "责任分工": 5,
        "协调": 5,
        "协作": 5,
        "沟通": 4,
        "跨部门": 4,
        "配合": 3,
        "团队协调": 6,
        "coordination": 6,
        "collaborat": 5,
        "stakeholder": 5,
        "partners": 3,
        "cross-functional": 5,
        "communication": 3,
        "work with": 4,
    },
    _K.PROJECTS: {
        "举措": 4,
        "时间节点": 5,
        "workstream": 5,
        "排期": 4,
        "工作计划": 4,
        "实施计划": 5,
        "进度安排": 5,
        "时间安排": 4,
        "工作安排": 4,
        "里程碑": 5,
        "milestones": 5,
        "timeline": 5,
        "项目": 5,
        "项目推动": 6,
        "重点项目": 6,
        "project": 5,
        "initiatives": 4,
        "roadmap": 3,
    },
    _K.DATA_ANALYSIS: {
        "数据分析": 6,
        "数据": 3,
        "分析": 3,
        "报表": 3,
        "data analysis": 6,
        "analytics": 5,
        "data": 3,
        "reporting": 4,
        "insights": 3,
    },
    _K.USER_FEEDBACK: {
        "用户反馈": 6,
        "反馈": 4,
        "意见": 3,
        "feedback": 5,
        "voice of": 5,
        "user research": 2,
    },
    _K.MARKET_RESEARCH: {
        "市场调研": 6,
        "调研": 4,
        "竞品": 5,
        "市场": 3,
        "market research": 6,
        "market analysis": 6,
        "markets": 3,
        "competitive": 5,
        "competitor": 5,
        "research": 2,
    },
    _K.CUSTOMER_SERVICE: {
        "service level": 5,
        "sla": 5,
        "客户服务": 6,
        "客服": 5,
        "服务": 3,
        "售后": 4,
        "customer service": 6,
        "customer support": 6,
        "support": 3,
        "service": 3,
    },
    _K.CONTINUOUS_IMPROVEMENT: {
        "持续优化": 6,
        "持续改进": 6,
        "优化": 3,
        "改进": 3,
        "复盘": 3,
        "continuous improvement": 6,
        "improvement": 4,
        "optimi": 3,
        "retrospective": 3,
    },
    _K.TEAM_CULTURE: {
        "团队文化": 6,
        "文化": 4,
        "团队建设": 5,
        "team culture": 6,
        "culture": 5,
        "values": 3,
    },
    _K.TECHNOLOGY: {
        "技术与工具": 6,
        "工具": 4,
        "技术": 3,
        "系统": 2,
        "tools": 5,
        "tooling": 5,
        "technology": 5,
        "tech stack": 6,
        "software": 3,
    },
    _K.USER_EXPERIENCE: {"用户体验": 6, "体验": 4, "user experience": 6, "ux": 5, "usability": 5},
    _K.CASE_STUDIES: {
        "案例借鉴": 6,
        "案例": 5,
        "借鉴": 3,
        "case stud": 6,
        "case": 3,
        "examples": 2,
        "lessons": 3,
    },
    _K.OUTLOOK: {
        "下周计划": 6,
        "next week": 6,
        "下周": 4,
        "下一阶段": 5,
        "总结与展望": 6,
        "总结": 4,
        "展望": 5,
        "下一步": 4,
        "未来": 2,
        "summary": 4,
        "outlook": 6,
        "next steps": 6,
        "looking ahead": 5,
        "conclusion": 4,
    },
}
"""Keyword → weight for each kind; lowercase, matched as substrings."""

_NOISE = re.compile(
    r"[\s:：\-—_*#·•.,，。、()（）\[\]【】0-9一二三四五六七八九十第部分章节part]+", re.I
)


def classify_heading(heading: str) -> SectionKind | None:
    """The section kind a heading is about, or ``None`` when no kind clearly wins.

    >>> [classify_heading(h) for h in ("跨部门协作机制", "绩效考核指标", "Success measures",
    ...                                 "What you’ll do", "目标指标", "公司简介")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [<SectionKind.COORDINATION: 'coordination'>, <SectionKind.METRICS: 'metrics'>,
     <SectionKind.METRICS: 'metrics'>, <SectionKind.TASKS: 'tasks'>,
     <SectionKind.METRICS: 'metrics'>, None]
    """
    return heading_score(heading)[0]


def heading_score(heading: str) -> tuple[SectionKind | None, int]:
    """The winning kind of a heading and its score (0 when none wins)."""
    text = heading.lower().strip().replace("’", "'").replace("‘", "'")
    if not _NOISE.sub("", text):
        return None, 0
    scores: dict[SectionKind, int] = {}
    for kind, words in KEYWORDS.items():
        score = sum(weight for word, weight in words.items() if word in text)
        if score:
            scores[kind] = score
    if not scores:
        return None, 0
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None, 0
    return ranked[0]
