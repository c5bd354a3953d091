"""What the JSON, YAML and TOML parsers say, in the language of the error line.

The parsers explain a syntax error in English (``did not find expected node content``). The
reasons they give most often are msgids here, word for word, so an English line is unchanged
and a Chinese one is Chinese throughout; a reason not listed is shown as the parser gave it.
"""

from __future__ import annotations

from opscontent.exceptions import Message
from opscontent.i18n._markers import N_

__all__ = ["parser_reason"]

_KNOWN = frozenset(
    {
        # json (the standard library's decoder)
        N_("Expecting value"),
        N_("Expecting ',' delimiter"),
        N_("Expecting ':' delimiter"),
        N_("Expecting property name enclosed in double quotes"),
        N_("Unterminated string starting at"),
        N_("Invalid control character at"),
        N_("Invalid \\escape"),
        N_("Extra data"),
        # YAML (libyaml and PyYAML)
        N_("did not find expected node content"),
        N_("did not find expected key"),
        N_("did not find expected '-' indicator"),
        N_("did not find expected ',' or ']'"),
        N_("did not find expected ',' or '}'"),
        N_("could not find expected ':'"),
        N_("mapping values are not allowed here"),
        N_("mapping values are not allowed in this context"),
        N_("found character that cannot start any token"),
        N_("found unexpected end of stream"),
        N_("found unknown escape character"),
        N_("found a tab character that violates indentation"),
        N_("found a tab character where an indentation space is expected"),
        N_("found undefined alias"),
        # TOML (tomllib)
        N_("Invalid value"),
        N_("Invalid statement"),
        N_("Expected '=' after a key in a key/value pair"),
        N_("Cannot overwrite a value"),
        N_("Cannot declare a table twice"),
        N_("Unclosed array"),
        N_("Unterminated string"),
    }
)


def parser_reason(reason: str) -> str | Message:
    """``reason`` as a message to translate when it is one of the common ones, else as is.

    >>> parser_reason("Expecting value").text("zh")
    '缺少值'
    >>> parser_reason("something else")
    'something else'
    """
    return Message(reason) if reason in _KNOWN else reason
