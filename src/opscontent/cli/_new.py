"""``opscontent new``: a starter document for a profile."""

from __future__ import annotations

import argparse
import os
import shlex
from typing import Any

from opscontent.cli._options import add_document_output, add_locale, add_profile, document_format
from opscontent.cli._output import is_folder, write_output
from opscontent.cli._streams import Streams

__all__ = ["register"]


def register(commands: Any) -> None:
    """Add the ``new`` command."""
    parser = commands.add_parser(
        "new",
        help="write a starter document with every section a profile asks for",
        description="Write a starter document: every section the profile requires, then those "
        "it recommends, each with a placeholder that 'opscontent check' reports until it is "
        "filled in (delete a recommended section you do not want).",
    )
    add_profile(parser)
    add_locale(parser, "titles and placeholders", from_document=False)
    add_document_output(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Write the starter document; YAML starts with a comment saying how to check it."""
    from opscontent.i18n import DEFAULT_LOCALE, N_, language  # noqa: PLC0415 - lazy: --help
    from opscontent.io import Format, dumps  # noqa: PLC0415
    from opscontent.starter import starter  # noqa: PLC0415

    fmt = document_format(args)
    locale = args.locale or DEFAULT_LOCALE
    doc = starter(args.profile, locale=locale)
    text = dumps(doc, fmt)
    if fmt is Format.YAML:
        file = args.output if args.output not in (None, "-") else "FILE"
        if is_folder(file):
            file = os.path.join(file, f"document.{fmt}")
        command = shlex.join(["opscontent", "check", file, "--profile", str(args.profile)])
        hint = language(locale).gettext(N_("Check it with: {command}"), command=command)
        text = f"# {hint}\n{text}"
    write_output(streams, text, args.output, name=f"document.{fmt}")
    return 0
