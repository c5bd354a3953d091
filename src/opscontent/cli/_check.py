"""``opscontent check FILE...``: check documents against a profile."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from opscontent.cli._options import add_input_format, add_input_limits, add_locale, add_profile
from opscontent.cli._streams import Streams

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["register"]


def _date(text: str) -> dt.date:
    import datetime as dt  # noqa: PLC0415 - only when --today is given (start-up)

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(commands: Any) -> None:
    """Add the ``check`` command."""
    parser = commands.add_parser(
        "check",
        help="check documents: missing sections, SMART goals, KPIs, workflow, projects",
        description="Check documents against a profile. Exit 0 when no document has errors, "
        "1 when one has, 2 when an input cannot be read or used.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="JSON, YAML or TOML documents; '-' reads standard input",
    )
    add_profile(parser)
    add_locale(parser, "the messages")
    parser.add_argument(
        "-f",
        "--format",
        choices=("text", "json"),
        default="text",
        help="output format; json prints one report, or a list for several files",
    )
    parser.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date of the check: no deadline may lie before it",
    )
    add_input_format(parser)
    add_input_limits(parser)
    parser.add_argument("--brief", action="store_true", help="leave out hints and SMART reasons")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Check every file; report unusable ones and go on with the rest."""
    from opscontent.checks import check, get_profile  # noqa: PLC0415 - lazy: --help never imports it
    from opscontent.cli._inputs import Inputs  # noqa: PLC0415
    from opscontent.i18n import language  # noqa: PLC0415

    profile = get_profile(args.profile)
    lang = None if args.locale is None else language(args.locale)
    inputs = Inputs(args.files, args.input_format, streams, args.max_input_size, args.locale)
    reports = [
        check(
            loaded.doc,
            today=args.today,
            locale=lang,
            profile=profile,
            file=loaded.label,
            locate=loaded.positions.locate if loaded.positions else None,
        )
        for loaded in inputs
    ]
    if args.format == "json":
        import json  # noqa: PLC0415 - only for --format json (start-up)

        data: Any = [json.loads(r.to_json()) for r in reports]
        if len(args.files) == 1:
            data = data[0] if data else None
        if data is not None:
            streams.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        streams.write("".join(r.to_text(verbose=not args.brief) for r in reports))
    if inputs.failed:
        return 2
    return 0 if all(report.ok for report in reports) else 1
