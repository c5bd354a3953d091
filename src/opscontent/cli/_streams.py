"""Input and output streams of one CLI run, reading ``FILE`` or ``-`` and writing ``-o``."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import IO

from opscontent._limits import MAX_INPUT_BYTES
from opscontent.cli._terminal import for_terminal

__all__ = ["Streams", "label"]


def label(name: str) -> str:
    """How messages name an input: the file name, or ``<stdin>`` for ``-``."""
    return "<stdin>" if name == "-" else name


@dataclass(frozen=True)
class Streams:
    """Where the command reads and writes."""

    stdin: IO[bytes]
    stdout: IO[str]
    stderr: IO[str]

    def read(self, name: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        """The bytes of file ``name``, or of standard input for ``-``, at most ``max_bytes``."""
        from opscontent.io import read_input  # noqa: PLC0415 - lazy: --help never loads the model

        if name == "-":
            return read_input(self.stdin, max_bytes=max_bytes, file=label(name))
        return read_input(name, max_bytes=max_bytes)

    def write(self, text: str) -> None:
        """Write ``text`` to standard output (see :meth:`show`)."""
        self.stdout.write(_shown(self.stdout, text))

    def error(self, line: str) -> None:
        """Print one error line on standard error."""
        self.stderr.write(_shown(self.stderr, line.rstrip("\n") + "\n"))


def _shown(stream: IO[str], text: str) -> str:
    r"""``text`` as ``stream`` can show it.

    On a terminal, control characters become visible escapes. A character the stream's
    encoding lacks (an emoji on a GBK console) is written as a ``\u`` escape instead of
    failing the whole output.
    """
    if _isatty(stream):
        text = for_terminal(text)
    encoding = getattr(stream, "encoding", None)
    if encoding and codecs.lookup(encoding).name not in {"utf-8", "utf-16", "utf-32"}:
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    return text


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or a minimal stream
        return False
