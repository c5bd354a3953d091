"""Every error opscontent raises to a user: one base class, located, with a stable code.

Each class also inherits the built-in exception a caller would expect (``ValueError`` for bad
input, ``LookupError`` for an unknown name, ``ImportError`` for a missing extra), so generic
``except`` clauses keep working.

>>> err = ParseError("expected ':'", file="plan.yaml", line=3, column=7)
>>> str(err)
"plan.yaml:3:7: OC001 expected ':'"
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "DecodeError",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "MissingExtraError",
    "OpsContentError",
    "ParseError",
    "Problem",
    "ProfileError",
    "ReadError",
    "RendererError",
    "TemplateError",
    "TranslationError",
    "UnknownLocaleError",
    "UnknownProfileError",
    "UnknownRendererError",
    "ValidationError",
    "WriteError",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One located problem inside a :class:`ValidationError`."""

    path: str
    """JSON path of the offending value, e.g. ``$.sections[2].items[0].owner``."""
    message: str
    """What is wrong, in one line."""
    kind: str
    """Stable machine-readable kind, e.g. ``missing``, ``extra_forbidden``, ``unknown_metric``."""
    line: int | None = None
    """1-based line of the offending key or value, where the format allows."""
    column: int | None = None
    """1-based column of the offending key or value, where the format allows."""

    def location(self, file: str | None) -> str:
        """``file:line:col`` (or as much of it as is known)."""
        return _location(file, self.line, self.column)


def _location(file: str | None, line: int | None, column: int | None) -> str:
    parts = [file or "<input>"]
    if line is not None:
        parts.append(str(line))
        if column is not None:
            parts.append(str(column))
    return ":".join(parts)


class OpsContentError(Exception):
    """Base of every error opscontent raises on user input or configuration.

    Attributes carry what is known: ``code`` (stable, ``OC0##``), ``file``, ``line``, ``column``
    (1-based) and ``path`` (JSON path). ``str()`` is one line: ``file:line:col: CODE message``.
    """

    code = "OC000"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = " ".join(message.split())
        self.file = file
        self.line = line
        self.column = column
        self.path = path

    def __str__(self) -> str:
        at = f" (at {self.path})" if self.path else ""
        if self.file is None and self.line is None:
            return f"{self.code} {self.message}{at}"
        return f"{_location(self.file, self.line, self.column)}: {self.code} {self.message}{at}"


class InputError(OpsContentError, ValueError):
    """The input cannot be used as a document."""

    code = "OC000"


class ReadError(InputError, OSError):
    """The file cannot be read (missing, a directory, no permission)."""

    code = "OC004"


class InputTooLargeError(ReadError):
    """The input is larger than the size limit (``max_bytes``, ``--max-input-size``)."""

    code = "OC013"


class WriteError(OpsContentError, OSError):
    """An output cannot be written.

    The folder cannot be created, the disk is full, or the target is the input or a symbolic
    link.
    """

    code = "OC014"


class DecodeError(InputError, UnicodeError):
    """The bytes are not UTF-8 text."""

    code = "OC005"


class FormatError(InputError):
    """The input format is unknown or not supported for this operation."""

    code = "OC003"


class ParseError(InputError):
    """The text is not well-formed JSON, YAML or TOML, or it repeats a key."""

    code = "OC001"


class ValidationError(InputError):
    """The data is well-formed but is not a valid document.

    ``problems`` lists every problem found, located; the message names the first and the count.
    """

    code = "OC002"

    def __init__(self, problems: Sequence[Problem], *, file: str | None = None) -> None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            f"{first.message}{more}",
            file=file,
            line=first.line,
            column=first.column,
            path=first.path,
        )
        self.problems = tuple(problems)

    def lines(self) -> list[str]:
        """One located line per problem."""
        return [
            f"{p.location(self.file)}: {self.code} {p.message} (at {p.path})" for p in self.problems
        ]


class ProfileError(InputError):
    """A check profile file is not valid."""

    code = "OC006"


class UnknownProfileError(OpsContentError, LookupError):
    """No built-in profile has that name and no file has that path."""

    code = "OC007"


class UnknownLocaleError(OpsContentError, LookupError):
    """The locale is not known, or opscontent has no catalog for it."""

    code = "OC008"


class MissingExtraError(OpsContentError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    code = "OC009"

    def __init__(self, feature: str, extra: str, module: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependency '{module}': pip install 'opscontent[{extra}]'"
        )
        self.extra = extra
        self.module = module


class UnknownRendererError(OpsContentError, LookupError):
    """No built-in or installed renderer has that name; the message lists those that exist."""

    code = "OC010"


class RendererError(OpsContentError, TypeError):
    """A renderer cannot be used as asked.

    It does not implement the :class:`~opscontent.render.Renderer` protocol, or it does not take
    an option it was given.
    """

    code = "OC011"


class TemplateError(OpsContentError, ValueError):
    """A template cannot be loaded or rendered (syntax, undefined name, sandbox violation)."""

    code = "OC012"


class TranslationError(InputError):
    """A translation cannot be imported into the document it translates.

    It is in the document's primary language, so it would replace the author's own text.
    """

    code = "OC015"
