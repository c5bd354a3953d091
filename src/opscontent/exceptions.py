"""Every error opscontent raises to a user: one base class, located, with a stable code.

Each class also inherits the built-in exception a caller would expect (``ValueError`` for bad
input, ``LookupError`` for an unknown name, ``ImportError`` for a missing extra), so generic
``except`` clauses keep working.

>>> err = ParseError("expected ':'", file="plan.yaml", line=3, column=7)
>>> str(err)
"plan.yaml:3:7: OC001 expected ':'"
>>> isinstance(err, ValueError)
True

Messages are gettext msgids with named placeholders (:class:`Message`): ``str()`` is English,
:meth:`OpsContentError.localize` and :meth:`OpsContentError.message_in` say the same in another
language; the code, location and path stay as they are.

>>> err = ParseError(Message(N_("invalid JSON: {reason}"), {"reason": "Expecting value"}))
>>> err.message_in("zh")
'JSON 格式错误：Expecting value'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from opscontent.i18n._markers import N_

if TYPE_CHECKING:
    from opscontent.i18n.catalogs import Language

__all__ = [
    "DecodeError",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "Message",
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
class Message:
    """A message as a gettext msgid and the values of its named placeholders.

    A value may itself be a :class:`Message` (a part of a sentence), said in the same language,
    or a tuple of choices, said as the language's list with "or" (``'a', 'b', or 'c'``;
    ``'a'、'b'或'c'``).
    """

    msgid: str
    """The English text with named ``{placeholders}``, marked with ``N_`` for extraction."""
    params: Mapping[str, object] = field(default_factory=dict)
    """Values of the placeholders."""

    def __str__(self) -> str:
        return self.text(None)

    def text(self, lang: str | Language | None) -> str:
        """The message in ``lang`` (English for ``None`` or a language without a catalog)."""
        words = None if lang is None else _language(lang)
        values = {key: _value(value, words) for key, value in self.params.items()}
        if words is None:
            return self.msgid.format(**values) if values else self.msgid
        return words.gettext(self.msgid, **values)


def _value(value: object, words: Language | None) -> object:
    """A placeholder's value in ``words`` (``None``: English)."""
    if isinstance(value, Message):
        return value.text(words)
    if isinstance(value, tuple) and value:
        from babel.lists import format_list  # noqa: PLC0415 - only for a message with choices

        locale = "en_US" if words is None else words.locale
        return format_list([str(choice) for choice in value], style="or", locale=locale)
    return value


def _language(lang: str | Language) -> Language | None:
    """The :class:`Language` of ``lang``, or ``None`` when no catalog serves it."""
    from opscontent.i18n.catalogs import language  # noqa: PLC0415 - Babel only when localizing

    try:
        return language(lang)
    except LookupError:
        return None


def _say(message: str | Message, lang: str | Language | None) -> str:
    text = message.text(lang) if isinstance(message, Message) else message
    return " ".join(text.split())


_AT = N_(" (at {path})")
"""Where a problem is, after its message (msgid; the space before it is part of it)."""


def _at(path: str | None, lang: str | Language | None) -> str:
    return Message(_AT, {"path": path}).text(lang) if path else ""


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
    text: Message | None = field(default=None, compare=False)
    """The message to translate, when it has one; ``message`` is its English text."""

    def message_in(self, lang: str | Language | None) -> str:
        """The message in ``lang`` (a locale name or a :class:`Language`; ``None``: English)."""
        return _say(self.text, lang) if self.text is not None else self.message

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
        message: str | Message,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(str(message))
        self.text = message
        self.message = _say(message, None)
        self.file = file
        self.line = line
        self.column = column
        self.path = path

    def message_in(self, lang: str | Language | None) -> str:
        """The message in ``lang`` (a locale name or a :class:`Language`; ``None``: English)."""
        return _say(self.text, lang)

    def localize(self, lang: str | Language | None) -> str:
        """The one line of ``str()``, with the message in ``lang``."""
        said = f"{self.code} {self.message_in(lang)}{_at(self.path, lang)}"
        if self.file is None and self.line is None:
            return said
        return f"{_location(self.file, self.line, self.column)}: {said}"

    def __str__(self) -> str:
        return self.localize(None)


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
        said = first.text if first.text is not None else first.message
        super().__init__(
            Message(_AND_MORE, {"first": said, "count": len(problems) - 1})
            if len(problems) > 1
            else said,
            file=file,
            line=first.line,
            column=first.column,
            path=first.path,
        )
        self.problems = tuple(problems)

    def lines(self, lang: str | Language | None = None) -> list[str]:
        """One located line per problem, the messages in ``lang`` (``None``: English)."""
        return [
            f"{p.location(self.file)}: {self.code} {p.message_in(lang)}{_at(p.path, lang)}"
            for p in self.problems
        ]


_AND_MORE = N_("{first} (and {count} more)")
"""The first problem of several (msgid)."""


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
            Message(
                N_("{feature} needs the optional dependency '{module}': {command}"),
                {
                    "feature": Message(feature),
                    "module": module,
                    "command": f"pip install 'opscontent[{extra}]'",
                },
            )
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
