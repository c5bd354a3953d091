# PYTHON_ARGCOMPLETE_OK
"""The ``opscontent`` command.

Commands: ``check``, ``new``, ``render``, ``renderers``, ``import``, ``schema``.

Exit codes: 0 success, 1 the document has errors, 2 unusable input or usage. A user error is
one located line on standard error, never a traceback.

Shell completion: with the ``completion`` extra installed, ``register-python-argcomplete
opscontent`` completes commands and options; argcomplete is imported only when the shell asks.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import os
import sys
from collections.abc import Sequence
from typing import IO, Any, NoReturn

from opscontent import __version__
from opscontent.cli import _check, _import, _new, _render, _schema
from opscontent.cli._streams import Streams

__all__ = ["EXIT_ERRORS", "EXIT_OK", "EXIT_USAGE", "console_main", "main"]

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


_OUT: contextvars.ContextVar[IO[str]] = contextvars.ContextVar("opscontent_cli_out")


class _Parser(argparse.ArgumentParser):
    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            _OUT.get(sys.stdout).write(message)

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``opscontent`` command."""
    parser = _Parser(
        prog="opscontent",
        description="Check, render, import and create operations work-content documents "
        "(运营工作内容).",
    )
    parser.add_argument("--version", action="version", version=f"opscontent {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    for module in (_check, _new, _render, _import, _schema):
        module.register(commands)
    return parser


def _discard(stdout: IO[str]) -> None:
    """Point the process's standard output at the null device.

    The interpreter flushes standard output once more at exit; without this, that flush fails
    again and prints a traceback.
    """
    if stdout is not sys.stdout:
        return
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stdout.fileno())
        os.close(null)


def _complete(parser: argparse.ArgumentParser) -> None:
    """Answer the shell's completion request, if this run is one (exits when it is)."""
    if "_ARGCOMPLETE" not in os.environ:
        return
    try:
        import argcomplete  # noqa: PLC0415 - only when the shell asks for completions
    except ImportError:
        return
    argcomplete.autocomplete(parser)


def console_main() -> int:
    """The ``opscontent`` command and ``python -m opscontent``: :func:`main` in its own process.

    The process does not load Pydantic plug-ins (observability hooks found by scanning every
    installed distribution, about a sixth of a short run) unless ``PYDANTIC_DISABLE_PLUGINS``
    is set, e.g. to an empty value to load them all.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    return main()


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; returns the exit code (streams default to the process's)."""
    streams = Streams(
        stdin=stdin if stdin is not None else sys.stdin.buffer,
        stdout=stdout if stdout is not None else sys.stdout,
        stderr=stderr if stderr is not None else sys.stderr,
    )
    token = _OUT.set(streams.stdout)
    args = None
    try:
        parser = build_parser()
        _complete(parser)
        args = parser.parse_args(argv)
        code: int = args.run(args, streams)
        streams.stdout.flush()  # a full disk shows here, not at exit
        return code
    except _UsageError as exc:
        streams.error(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from opscontent.exceptions import OpsContentError  # noqa: PLC0415 - only on errors

        if isinstance(exc, OpsContentError):
            from opscontent.cli._inputs import report_error  # noqa: PLC0415

            report_error(streams, exc, getattr(args, "locale", None))
        elif isinstance(exc, OSError):  # standard output cannot take it: /dev/full, a closed pipe
            _discard(streams.stdout)
            streams.error(
                f"opscontent: OC014 cannot write to standard output: {exc.strerror or exc}"
            )
        else:
            raise
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    finally:
        _OUT.reset(token)
    return EXIT_USAGE
