"""How serious a finding is."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Severity"]


class Severity(StrEnum):
    """How serious a finding is; only errors make a report fail."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
