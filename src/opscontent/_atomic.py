"""Writing a file all at once: a temporary file in the same folder, renamed into place.

A full disk, a crash or Ctrl-C during the write leaves the old file as it was, never a
truncated one: the rename (``os.replace``) is atomic on POSIX and Windows.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file and a rename.

    The new file keeps the permissions of the file it replaces; a new file gets the usual
    ``0o666`` less the umask. The temporary file is removed when anything fails.

    Raises:
        OSError: the folder is not writable, the disk is full …; ``path`` is then unchanged.

    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temporary = _create(target)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileNotFoundError):  # keep the mode of the file replaced
            os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _create(target: Path) -> tuple[int, Path]:
    """A new hidden file next to ``target``, created with ``0o666`` less the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:  # pragma: no cover - a clash of 48 random bits
            continue
