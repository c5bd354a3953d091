"""Where ``-o`` writes: a file replaced whole, a folder created on demand, never the input.

Every file is written through a temporary file in the target folder and renamed into place
(see :mod:`opscontent._atomic`): a failed write leaves the previous file as it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from opscontent._atomic import write_atomic
from opscontent.cli._streams import Streams
from opscontent.exceptions import FormatError, Message, WriteError
from opscontent.i18n._markers import N_

__all__ = ["OVERWRITE_INPUT", "is_folder", "make_folder", "write_file", "write_output"]

OVERWRITE_INPUT = "--overwrite-input"
"""The flag that allows writing over an input file."""


def is_folder(output: str) -> bool:
    """``-o dir/`` (a trailing separator) or an existing folder names a folder."""
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def make_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) unless it exists; a file in the way is an error."""
    if folder.exists() and not folder.is_dir():
        raise WriteError(Message(N_("is a file, not a folder")), file=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(
            Message(N_("cannot create the folder: {reason}"), {"reason": exc.strerror or str(exc)}),
            file=str(folder),
        ) from None
    return folder


def write_file(
    target: str | Path,
    data: str | bytes,
    *,
    inputs: Sequence[str] = (),
    overwrite_input: bool = False,
) -> None:
    """Write ``data`` to ``target`` atomically, after the safety checks.

    Refuses a target that is a symbolic link (replacing it would cut the link, writing
    through it would change a file elsewhere) and one that is one of ``inputs`` unless
    ``overwrite_input``.
    """
    path = Path(target)
    name = str(target)
    if path.is_symlink():
        raise WriteError(
            Message(
                N_(
                    "is a symbolic link; opscontent does not write through links: name the file "
                    "it points to ({target})"
                ),
                {"target": os.path.realpath(path)},
            ),
            file=name,
        )
    if not overwrite_input and path.exists():
        for source in inputs:
            if source != "-" and _same(path, source):
                raise WriteError(
                    Message(
                        N_("would overwrite the input {source}; pass {option} to replace it"),
                        {"source": source, "option": OVERWRITE_INPUT},
                    ),
                    file=name,
                )
    if path.parent != Path() and not path.parent.is_dir():
        make_folder(path.parent)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise WriteError(
            Message(N_("cannot write file: {reason}"), {"reason": exc.strerror or str(exc)}),
            file=name,
        ) from None


def _same(path: Path, source: str) -> bool:
    try:
        return os.path.samefile(path, source)
    except OSError:
        return False


def write_output(
    streams: Streams,
    data: str | bytes,
    output: str | None,
    *,
    name: str,
    inputs: Sequence[str] = (),
    overwrite_input: bool = False,
) -> str:
    """Write ``data`` where ``-o`` says: standard output (``None``, ``-``), a file, or a folder.

    In a folder (``-o out/``, created when missing) the file is called ``name``. Returns where
    the data went.
    """
    if output is None or output == "-":
        if isinstance(data, str):
            streams.write(data)
            return "-"
        buffer = getattr(streams.stdout, "buffer", None)
        if buffer is None:
            raise FormatError(Message(N_("binary output needs -o FILE")))
        if streams.stdout.isatty():
            raise FormatError(
                Message(
                    N_(
                        "binary output is not written to a terminal: give -o FILE, or "
                        "redirect standard output"
                    )
                )
            )
        streams.stdout.flush()
        buffer.write(data)
        return "-"
    target = Path(output)
    if is_folder(output):
        target = make_folder(target) / name
    write_file(target, data, inputs=inputs, overwrite_input=overwrite_input)
    return str(target)
