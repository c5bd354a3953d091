"""Reading the documents named on the command line, reporting unusable ones and going on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from opscontent.cli._streams import Streams, label
from opscontent.exceptions import InputError, OpsContentError, ValidationError
from opscontent.io import (
    MAX_INPUT_BYTES,
    Format,
    Positions,
    format_for,
    parse_data,
    validate_data,
)
from opscontent.model import Document

__all__ = ["Inputs", "Loaded", "report_error"]


def report_error(streams: Streams, exc: OpsContentError) -> None:
    """Print ``exc`` on standard error: one located line per problem."""
    if isinstance(exc, ValidationError):
        for line in exc.lines():
            streams.error(line)
    else:
        streams.error(str(exc) if exc.file else f"opscontent: {exc}")


@dataclass(frozen=True, slots=True)
class Loaded:
    """A document read from the command line."""

    index: int
    """1-based position among the names on the command line."""
    name: str
    """The file name as given, or ``-``."""
    label: str
    """The name errors and reports use (``<stdin>`` for ``-``)."""
    doc: Document
    """The validated document."""
    positions: Positions | None
    """Where each key is in the source, when the format allows."""


class Inputs:
    """Iterate over the usable documents; ``failed`` tells whether any input was unusable."""

    def __init__(
        self,
        names: Sequence[str],
        input_format: str | None,
        streams: Streams,
        max_bytes: int = MAX_INPUT_BYTES,
    ) -> None:
        self.names = names
        self.input_format = Format(input_format) if input_format else None
        self.streams = streams
        self.max_bytes = max_bytes
        self.failed = False

    def __iter__(self) -> Iterator[Loaded]:
        for index, name in enumerate(self.names, 1):
            try:
                loaded = self._load(index, name)
            except InputError as exc:
                self.fail(exc)
                continue
            yield loaded

    def fail(self, exc: OpsContentError) -> None:
        """Report an unusable input and remember it for the exit code."""
        report_error(self.streams, exc)
        self.failed = True

    def _load(self, index: int, name: str) -> Loaded:
        shown = label(name)
        fmt = self.input_format
        if fmt is None and name != "-":
            fmt = format_for(name)
        data, positions = parse_data(self.streams.read(name, self.max_bytes), fmt, file=shown)
        doc = validate_data(data, file=shown, positions=positions)
        return Loaded(index, name, shown, doc, positions)
