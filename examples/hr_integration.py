"""Build documents from plain HR records, check them, render HTML and DOCX in both languages.

An HR system holds its positions as plain records (here: a list of dicts). This script turns
each record into an ``opscontent.Document`` with the typed models, checks it against the
``job-description`` profile, and writes ``<id>.<locale>.html`` and ``.docx`` into a folder.

    python examples/hr_integration.py out/
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import opscontent
from opscontent.model import (
    CoordinationItem,
    CoordinationSection,
    Metric,
    MetricsSection,
    RequirementItem,
    RequirementsSection,
    ResponsibilitiesSection,
    ResponsibilityItem,
    TaskItem,
    TasksSection,
)

RECORDS: list[dict[str, Any]] = [
    {
        "id": "ops-community-001",
        "title": "社群运营专员岗位说明",
        "position": "社群运营专员",
        "department": "用户运营部",
        "company": "星河科技有限公司",
        "manager": "用户运营经理",
        "language": "zh-Hans",
        "duties": [
            ("社群搭建", "搭建并维护核心用户社群，制定社群规则"),
            ("活动运营", "每周策划一次社群互动活动，提升活跃度"),
        ],
        "weekly_tasks": ["社群数据周报", "优质内容征集"],
        "requirements": {
            "education": "大专及以上学历",
            "experience": "1年以上社群运营经验",
            "skill": "熟悉企业微信社群工具",
        },
        "partners": [("产品部", "收集社群用户对新功能的反馈")],
        "kpis": [("community_dau", "社群日活跃人数", "count", 1200, 1500)],
    },
    {
        "id": "ops-content-002",
        "title": "Content Operations Specialist",
        "position": "Content Operations Specialist",
        "department": "Marketing",
        "company": "Northwind Analytics",
        "manager": "Content Operations Lead",
        "language": "en",
        "duties": [
            ("Publishing", "Schedule and publish articles and newsletters"),
            ("Quality", "Edit drafts against the style guide"),
        ],
        "weekly_tasks": ["Newsletter issue", "Performance snapshot"],
        "requirements": {
            "experience": "Two years in content or editorial roles",
            "skill": "Clear written English; basic SEO",
        },
        "partners": [("Design", "Illustrations for articles")],
        "kpis": [("newsletter_ctr", "Newsletter click-through rate", "percent", 4.5, 5.5)],
    },
]


def to_document(record: dict[str, Any]) -> opscontent.Document:
    """Map one HR record onto the typed model."""
    return opscontent.Document(
        meta=opscontent.Meta(
            title=record["title"],
            role=record["position"],
            department=record["department"],
            organization=record["company"],
            reports_to=record["manager"],
            language=record["language"],
        ),
        sections=[
            ResponsibilitiesSection(
                items=[
                    ResponsibilityItem(area=area, description=text)
                    for area, text in record["duties"]
                ]
            ),
            RequirementsSection(
                items=[
                    RequirementItem(category=category, description=text)
                    for category, text in record["requirements"].items()
                ]
            ),
            TasksSection(
                items=[TaskItem(name=name, cadence="weekly") for name in record["weekly_tasks"]]
            ),
            MetricsSection(
                items=[
                    Metric(
                        key=key,
                        name=name,
                        unit=unit,
                        direction="increase",
                        baseline=baseline,
                        target=target,
                        definition=name,
                        data_source="HR analytics",
                    )
                    for key, name, unit, baseline, target in record["kpis"]
                ]
            ),
            CoordinationSection(
                items=[
                    CoordinationItem(counterpart=who, purpose=why)
                    for who, why in record["partners"]
                ]
            ),
        ],
    )


def main(out_dir: Path) -> int:
    """Check and render every record; return 1 if any document has errors."""
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    for record in RECORDS:
        doc = to_document(record)
        report = opscontent.check(doc, profile="job-description", locale="en")
        print(f"{record['id']}: score {report.score}, ok={report.ok}")
        failed |= not report.ok
        for locale in ("zh_Hans_CN", "en_US"):
            for fmt in ("html", "docx"):
                renderer = opscontent.get_renderer(fmt)
                output = renderer.render(doc, locale=locale)
                target = out_dir / f"{record['id']}.{locale}{renderer.extension}"
                if isinstance(output, bytes):
                    target.write_bytes(output)
                else:
                    target.write_text(output, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "out")))
