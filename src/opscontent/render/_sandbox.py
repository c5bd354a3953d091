"""The sandbox user templates run in: confined to their folders, bounded in size and time.

Jinja2's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` already keeps templates away
from Python internals and caps ``range``. On top of it:

- :class:`ConfinedLoader` refuses a template that is a symbolic link (or lies under one)
  leading outside its template folder;
- :class:`LimitedSandbox` refuses, before computing them, values larger than the output
  limit: ``'x' * 10**9``, ``9 ** 9 ** 9``, ``'%999999999s' % x``, ``'x'.ljust(10**9)``,
  ``'{:999999999}'.format(x)`` and the ``center``, ``indent``, ``wordwrap``, ``slice`` and
  ``format`` filters with such sizes;
- :func:`render_limited` stops a render that writes more than the output limit or runs
  longer than the time limit.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

__all__ = [
    "DEFAULT_MAX_OUTPUT",
    "DEFAULT_TIMEOUT",
    "ConfinedLoader",
    "LimitedSandbox",
    "TemplateLimits",
    "TemplateTimeoutError",
    "render_limited",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds a render of user templates may take."""

DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024
"""Characters a render of user templates may write (and the largest value it may build)."""

_NUMBERS = re.compile(r"\d+")
_FORMAT_SPECS = re.compile(r"%[#0 +\-]*[\d.]*|\{[^{}:]*:([^{}]*)\}")
"""The width and precision part of ``%`` and ``{}`` formats."""
_SIZED_FILTERS = ("center", "indent", "wordwrap", "slice")
_SIZED_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


@dataclass(frozen=True, slots=True)
class TemplateLimits:
    """How long a render of user templates may take and how much it may write."""

    timeout: float = DEFAULT_TIMEOUT
    """Seconds; the render ends with a template error after that."""
    max_output: int = DEFAULT_MAX_OUTPUT
    """Characters of output, and the size of the largest string, list or number built."""


class TemplateTimeoutError(Exception):
    """A render of user templates ran past its time limit."""


class ConfinedLoader(jinja2.FileSystemLoader):
    """A file-system loader that never leaves its folders, even through symbolic links."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """The template's source, after checking that its real path is inside its folder."""
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        folders = [os.path.realpath(folder) for folder in self.searchpath]
        if not any(os.path.commonpath([folder, real]) == folder for folder in folders):
            raise SecurityError(
                f"template {template!r} is a symbolic link that leads outside the template folder"
            )
        return source, filename, uptodate


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, refusing to build values larger than ``max_output``."""

    intercepted_binops = frozenset({"*", "**", "%"})
    max_output = DEFAULT_MAX_OUTPUT

    def __init__(self, *args: Any, max_output: int = DEFAULT_MAX_OUTPUT, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_output = max_output
        for name in _SIZED_FILTERS:
            self.filters[name] = self._sized(self.filters[name])
        self.filters["format"] = self._formatted(self.filters["format"])

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        """``*``, ``**`` and ``%``, after checking the size of their result."""
        if operator == "*":
            self._check_repeat(left, right)
            self._check_repeat(right, left)
        elif operator == "**":
            self._check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            self._check_pattern(left)
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # noqa: N805 - Jinja's name: no keyword argument of the call can clash with it
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Any call, after checking the sizes given to string methods and ``str.format``."""
        bound = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(bound, "__self__", None)
        if isinstance(owner, str):
            name = getattr(bound, "__name__", "")
            if name in _SIZED_METHODS:
                __self._check_sizes(args, kwargs)
            elif name in {"format", "format_map"}:
                __self._check_pattern(owner)
        return super().call(__context, __obj, *args, **kwargs)

    def _sized(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def checked(value: Any, *args: Any, **kwargs: Any) -> Any:
            self._check_sizes(args, kwargs)
            return function(value, *args, **kwargs)

        return checked

    def _formatted(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def checked(value: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(value, str):
                self._check_pattern(value)
            return function(value, *args, **kwargs)

        return checked

    def _refuse(self, what: str) -> None:
        raise SecurityError(f"{what} is larger than the output limit of {self.max_output}")

    def _check_sizes(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and value > self.max_output:
                self._refuse(f"a size of {value}")

    def _check_repeat(self, sequence: Any, count: Any) -> None:
        if (
            isinstance(sequence, str | list | tuple)
            and isinstance(count, int)
            and len(sequence) * count > self.max_output
        ):
            self._refuse("the repeated value")

    def _check_power(self, base: Any, exponent: Any) -> None:
        if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
            digits = exponent * math.log10(abs(base))
            if digits > self.max_output:
                self._refuse("the power")

    def _check_pattern(self, pattern: str) -> None:
        for spec in _FORMAT_SPECS.finditer(pattern):
            for number in _NUMBERS.findall(spec.group()):
                if len(number) > 9 or int(number) > self.max_output:
                    self._refuse("a width in the format")


def render_limited(
    template: jinja2.Template, context: Mapping[str, Any], limits: TemplateLimits
) -> str:
    """Render ``template``, stopping at ``limits``.

    Raises:
        SecurityError: the output grew past ``limits.max_output``.
        TemplateTimeoutError: the render ran past ``limits.timeout`` seconds.

    """
    with _Deadline(limits.timeout):
        parts: list[str] = []
        size = 0
        for chunk in template.generate(context):
            size += len(chunk)
            if size > limits.max_output:
                raise SecurityError(f"the output is larger than the limit of {limits.max_output}")
            parts.append(chunk)
        return "".join(parts)


class _Deadline:
    """Raise :class:`TemplateTimeoutError` in this thread when time is up.

    A timer thread sets the exception asynchronously (CPython's ``PyThreadState_SetAsyncExc``),
    so even a loop that writes nothing is stopped between two bytecodes.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.thread = threading.get_ident()
        self.lock = threading.Lock()
        self.done = False
        self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def __enter__(self) -> None:
        self.timer.start()

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.done = True
            if self.fired:  # not raised yet: withdraw it
                _async_raise(self.thread, None)
        self.timer.cancel()

    def _fire(self) -> None:
        with self.lock:
            if not self.done:
                self.fired = True
                _async_raise(self.thread, TemplateTimeoutError)


def _async_raise(thread: int, exception: type[BaseException] | None) -> None:
    import ctypes  # noqa: PLC0415 - only user templates that run out of time need it

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exception) if exception else None
    )
