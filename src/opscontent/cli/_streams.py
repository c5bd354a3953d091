"""Input and output streams of one CLI run, and reading ``FILE`` or ``-``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO

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

    def read(self, name: str) -> bytes:
        """The bytes of file ``name``, or of standard input for ``-``."""
        if name == "-":
            return self.stdin.read()
        from opscontent.exceptions import ReadError  # noqa: PLC0415 - lazy: --help never imports it

        try:
            return Path(name).read_bytes()
        except OSError as exc:
            raise ReadError(f"cannot read file: {exc.strerror or exc}", file=name) from None

    def write(self, text: str, output: str | None = None) -> None:
        """Write ``text`` to file ``output``, or to standard output for ``None`` or ``-``."""
        if output is None or output == "-":
            self.stdout.write(text)
            return
        from opscontent.exceptions import ReadError  # noqa: PLC0415

        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ReadError(f"cannot write file: {exc.strerror or exc}", file=output) from None

    def error(self, line: str) -> None:
        """Print one error line on standard error."""
        self.stderr.write(line.rstrip("\n") + "\n")
