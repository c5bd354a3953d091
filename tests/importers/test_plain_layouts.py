"""Plain-text layouts: ``Section:`` headings, records of labelled lines, bodies indented by hand."""

from __future__ import annotations

import re

import opscontent
from opscontent.importers import ImportResult
from opscontent.model import DataAnalysisItem, ProjectsSection, TaskItem

RECORDS = """\
Campaign plan

Purpose: Run campaign operations for Member Day.

Section: Tasks

Task: Product selection
Description: Agree deals and stock levels with the Purchasing team.
Cadence: Monthly

Task: Member outreach
Description: Promote the event by SMS.

Section: Data analysis

Collection: Consolidate orders from every channel.
Tools: Membership system, Store POS system
Reporting: Publish the data report within 3 days.
Output: Campaign data report

Section: Projects

Project: Mini program redesign
Objective: Lift order conversion
Budget: ¥50,000
"""

INDENTED = """\
Community Operations Specialist

1. Responsibilities
   Community building: Set up user groups by city.
   Engagement: Plan daily topics.
      - Host a live Q&A every week

2. Looking ahead
   In the second half of the year we will explore paid communities.
   Next step: Draft the pilot plan
      Owner: Zhao Ting
"""


def _nothing_lost(result: ImportResult) -> None:
    """What is left of each line once its marker is cut is where its record says (or among the
    parts read into typed values)."""
    data = opscontent.dumps(result.document, "json")
    for record in result.lines:
        if record.destination.startswith("$"):
            shown = data + "\n".join(record.values)
            rest = record.text
            for character in record.marker:
                rest = rest.replace(character, "", 1)
            for word in re.split(r"\s+", rest.strip()):
                assert word in shown, (record, word)


def test_records_are_items_with_their_details() -> None:
    result = opscontent.parse_text(RECORDS)
    assert result.document.meta.summary == "Run campaign operations for Member Day."
    tasks, analysis, projects = result.document.sections
    assert [s.kind for s in result.document.sections] == ["tasks", "data_analysis", "projects"]
    first = tasks.items[0]  # type: ignore[attr-defined]
    assert isinstance(first, TaskItem)
    assert first.name == "Product selection"  # each labelled line in its field
    assert first.description == "Agree deals and stock levels with the Purchasing team."
    assert first.cadence == "monthly"
    assert len(tasks.items) == 2  # type: ignore[attr-defined]
    stages = [item.stage for item in analysis.items]  # type: ignore[attr-defined]
    assert stages == ["collection", "reporting"]  # a label naming no field opens the next item
    assert isinstance(analysis.items[0], DataAnalysisItem)  # type: ignore[attr-defined]
    assert analysis.items[0].description == "Consolidate orders from every channel."  # type: ignore[attr-defined]
    assert analysis.items[0].tools == ["Membership system", "Store POS system"]  # type: ignore[attr-defined]
    assert analysis.items[1].outputs == ["Campaign data report"]  # type: ignore[attr-defined]
    assert isinstance(projects, ProjectsSection)
    (project,) = projects.items
    assert project.name == "Mini program redesign"
    assert project.objective == "Lift order conversion；Budget: ¥50,000"  # no field: kept
    _nothing_lost(result)


def test_a_blank_line_ends_a_record_and_a_lone_label_is_text() -> None:
    result = opscontent.parse_text("Section: Tasks\n\nTask: Weekly report\n\nCadence: Weekly\n")
    (tasks,) = result.document.sections
    names = [(item.name, item.description) for item in tasks.items]  # type: ignore[attr-defined]
    assert names == [("Weekly report", None), ("Cadence", "Weekly")]  # not a detail of the task


def test_lines_indented_under_a_numbered_heading() -> None:
    result = opscontent.parse_text(INDENTED)
    responsibilities, outlook = result.document.sections
    assert responsibilities.kind == "responsibilities"
    areas = [item.area for item in responsibilities.items]  # type: ignore[attr-defined]
    assert areas == ["Community building", "Engagement"]
    assert responsibilities.items[1].description == "Plan daily topics."  # type: ignore[attr-defined]
    assert responsibilities.items[1].activities == ["Host a live Q&A every week"]  # type: ignore[attr-defined]
    assert outlook.summary == "In the second half of the year we will explore paid communities."
    (step,) = outlook.items  # type: ignore[attr-defined]
    assert (step.action, step.owner) == ("Draft the pilot plan", "Zhao Ting")
    _nothing_lost(result)
