"""Limits shared by the loaders and the command line (importing this module costs nothing)."""

from __future__ import annotations

__all__ = ["MAX_INPUT_BYTES"]

MAX_INPUT_BYTES = 32 * 1024 * 1024
"""The largest input read by default (32 MiB): ``/dev/zero`` is refused, not read forever."""
