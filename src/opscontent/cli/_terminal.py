r"""Text for a terminal: control characters made visible, never obeyed.

An ESC in a document (``\x1b[2J``, ``\x1b]8;;…``) would clear the screen, forge colours or
hyperlinks, or rewrite the title bar when printed raw. Written to a terminal, every C0 control
character but tab and newline, DEL and every C1 control character is shown as its ``\xNN``
escape; written to a file or a pipe, the text stays as the author wrote it.
"""

from __future__ import annotations

__all__ = ["for_terminal"]

_CONTROLS = {
    code: f"\\x{code:02x}"
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))
    if chr(code) not in "\t\n"
}


def for_terminal(text: str) -> str:
    r"""``text`` with its control characters written as visible escapes.

    >>> for_terminal("title\x1b[2J\n\tnext\x9b")
    'title\\x1b[2J\n\tnext\\x9b'
    """
    if text.isprintable():  # the common case: nothing to do
        return text
    return text.translate(_CONTROLS)
