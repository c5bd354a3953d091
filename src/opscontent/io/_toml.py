"""TOML reading (the standard library's ``tomllib``), with line and column in errors."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from opscontent.exceptions import ParseError

__all__ = ["parse_toml"]

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def parse_toml(text: str, *, file: str | None = None) -> Any:
    """Parse TOML text; errors are :class:`ParseError` with line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _AT.search(message)
        line = column = None
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        raise ParseError(f"invalid TOML: {message}", file=file, line=line, column=column) from None
    except RecursionError:
        raise ParseError("invalid TOML: nested too deeply", file=file) from None
