"""``opscontent schema``: print the JSON Schema of a document."""

from __future__ import annotations

import argparse
from typing import Any

from opscontent.cli._options import add_output
from opscontent.cli._output import write_output
from opscontent.cli._streams import Streams

__all__ = ["register"]


def register(commands: Any) -> None:
    """Add the ``schema`` command."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema (Draft 2020-12) of a document",
        description="Print the JSON Schema (Draft 2020-12) of an opscontent document; editors "
        "use it for completion and validation.",
    )
    add_output(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Write the schema."""
    from opscontent.schema import json_schema_text  # noqa: PLC0415 - lazy: --help never imports it

    write_output(streams, json_schema_text(), args.output, name="opscontent.schema.json")
    return 0
