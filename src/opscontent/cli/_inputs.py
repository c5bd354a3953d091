"""Reading the documents named on the command line, reporting unusable ones and going on."""

from __future__ import annotations

import os
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


def report_error(streams: Streams, exc: OpsContentError, lang: str | None = None) -> None:
    """Print ``exc`` on standard error, one line a problem.

    In ``lang``; without it, in the language the environment asks messages in
    (:func:`environment_language`), else in English.
    """
    lang = lang or environment_language()
    if isinstance(exc, ValidationError):
        for line in exc.lines(lang):
            streams.error(line)
    else:
        said = exc.localize(lang)
        streams.error(said if exc.file else f"opscontent: {said}")


def environment_language() -> str | None:
    """The language the environment asks messages in: ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.

    The first one set decides, as for every gettext program: ``zh_CN.UTF-8`` gives ``zh_CN``;
    ``C`` and ``POSIX`` (and nothing set) give ``None``, English. A language without a catalog
    is said in English too.

    >>> from unittest import mock
    >>> with mock.patch.dict("os.environ", {"LC_ALL": "zh_CN.UTF-8"}):
    ...     environment_language()
    'zh_CN'
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            tag = value.split(".", 1)[0].split("@", 1)[0]
            return None if tag in ("C", "POSIX") else tag
    return None


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
        locale: str | None = None,
    ) -> None:
        self.names = names
        self.locale = locale
        self.input_format = Format(input_format) if input_format else None
        self.streams = streams
        self.max_bytes = max_bytes
        self.failed = False

    def __iter__(self) -> Iterator[Loaded]:
        for index, name in enumerate(self.names, 1):
            data: object = None
            try:
                shown = label(name)
                read = self.streams.read(name, self.max_bytes)  # a folder or no file: say so
                fmt = self.input_format
                if fmt is None and name != "-":
                    fmt = format_for(name)
                data, positions = parse_data(read, fmt, file=shown)
                doc = validate_data(data, file=shown, positions=positions)
            except InputError as exc:
                from opscontent.i18n.resolution import declared_language  # noqa: PLC0415

                self.fail(exc, declared_language(data))
                continue
            yield Loaded(index, name, shown, doc, positions)

    def fail(self, exc: OpsContentError, declared: str | None = None) -> None:
        """Report an unusable input and remember it for the exit code.

        The message is in the ``--locale`` given, else in the ``declared`` language of the
        document (its ``meta.language``, when it could be read), else in the environment's
        (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else in English.
        """
        report_error(self.streams, exc, self.locale or declared)
        self.failed = True
