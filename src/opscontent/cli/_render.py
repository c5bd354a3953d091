"""``opscontent render FILE...`` and ``opscontent renderers``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from opscontent.cli._batch import add_batch_options, run_batch
from opscontent.cli._options import (
    add_input_format,
    add_input_limits,
    add_locale,
    add_overwrite_input,
    size,
)
from opscontent.cli._output import is_folder, make_folder, write_output
from opscontent.cli._streams import Streams
from opscontent.exceptions import FormatError, Message, TemplateError
from opscontent.i18n._markers import N_

__all__ = ["register"]


def register(commands: Any) -> None:
    """Add the ``render`` and ``renderers`` commands."""
    parser = commands.add_parser(
        "render",
        help="typeset documents as text, Markdown, HTML, Word, JSON, JSON-LD or a plug-in format",
        description="Render documents. One file goes to standard output or to -o FILE; several "
        "files need -o DIR and get the renderer's extension. Exit 2 when an input is unusable.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="JSON, YAML or TOML documents; '-' reads standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        default="markdown",
        metavar="FORMAT",
        help="text, markdown, html, docx (Word), json, jsonld (schema.org JobPosting) or a "
        "plug-in's name, see 'opscontent renderers'; default: markdown",
    )
    add_locale(parser, "the output")
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="OUT",
        help="output file, or a folder ('DIR/', created when missing; needed for several "
        "files); '-' is standard output. Files are replaced whole, never through a symbolic link",
    )
    parser.add_argument(
        "--templates",
        action="append",
        default=[],
        metavar="DIR",
        help="folder of templates that override or extend the built-ins (sandboxed)",
    )
    parser.add_argument(
        "--template-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop a render of --templates after SECONDS; default: 30",
    )
    parser.add_argument(
        "--template-max-output",
        type=size,
        default=None,
        metavar="SIZE",
        help="stop a render of --templates that writes more than SIZE characters (K, M, G "
        "suffixes); default: 64M",
    )
    parser.add_argument(
        "--catalogs",
        action="append",
        default=[],
        metavar="DIR",
        help="folder of extra <locale>.po catalogs (adds locales)",
    )
    parser.add_argument(
        "--reference-doc",
        default=None,
        metavar="DOCX",
        help="docx: a Word file whose styles, page setup, headers and footers to use",
    )
    parser.add_argument(
        "--goal-text",
        choices=("statement", "generated"),
        default=None,
        help="goals as their statement as written (default) or as the sentence built from "
        "their fields",
    )
    parser.add_argument(
        "--han-latin-space",
        action="store_true",
        help="put a space between Chinese and Latin text or digits",
    )
    parser.add_argument(
        "--bilingual",
        type=_two_languages,
        default=None,
        metavar="L1,L2",
        help="both languages of the document, e.g. zh,en: each heading and item in L1 with L2 "
        "under it (text, Markdown), side by side (HTML, Word), a posting each (JSON-LD); -l is "
        "then not used",
    )
    add_input_format(parser)
    add_batch_options(parser)
    add_overwrite_input(parser)
    add_input_limits(parser)
    parser.set_defaults(run=run)
    listing = commands.add_parser(
        "renderers",
        help="list the available renderers",
        description="List the built-in and installed renderers.",
    )
    listing.set_defaults(run=run_list)


def run_list(args: argparse.Namespace, streams: Streams) -> int:
    """Print one line per renderer: name, media type, extension, origin."""
    from opscontent.render import (  # noqa: PLC0415 - lazy: --help never imports it
        BUILTIN_RENDERERS,
        available_renderers,
        get_renderer,
    )

    for name in available_renderers():
        renderer = get_renderer(name)
        origin = "built-in" if name in BUILTIN_RENDERERS else "plug-in"
        streams.write(f"{name:<10} {renderer.media_type:<28} {renderer.extension:<7} {origin}\n")
    return 0


_FLAGS = {
    "template_dirs": "--templates",
    "catalog_dirs": "--catalogs",
    "han_latin_space": "--han-latin-space",
    "reference_doc": "--reference-doc",
    "goal_text": "--goal-text",
    "template_timeout": "--template-timeout",
    "template_max_output": "--template-max-output",
    "languages": "--bilingual",
}
"""How the command line spells the options it passes."""


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.templates:
        options["template_dirs"] = args.templates
    if args.catalogs:
        options["catalog_dirs"] = args.catalogs
    if args.han_latin_space:
        options["han_latin_space"] = True
    if args.reference_doc is not None:
        options["reference_doc"] = args.reference_doc
    if args.goal_text is not None:
        options["goal_text"] = args.goal_text
    if args.template_timeout is not None:
        options["template_timeout"] = args.template_timeout
    if args.template_max_output is not None:
        options["template_max_output"] = args.template_max_output
    if args.bilingual is not None:
        options["languages"] = args.bilingual
    return options


def _two_languages(text: str) -> tuple[str, str]:
    """``zh,en``: two language tags (locales), checked against the catalogs later."""
    tags = tuple(tag.strip() for tag in text.split(","))
    if len(tags) != 2 or not all(tags):
        raise argparse.ArgumentTypeError(f"expected two languages such as zh,en, not {text!r}")
    return tags[0], tags[1]


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Render each file; report unusable ones and go on with the rest."""
    from opscontent.cli._inputs import Inputs  # noqa: PLC0415 - lazy: --help never imports it
    from opscontent.i18n import language  # noqa: PLC0415
    from opscontent.i18n.resolution import default_locale  # noqa: PLC0415
    from opscontent.render.languages import fallback_note, view_locales  # noqa: PLC0415
    from opscontent.render.registry import check_options, get_renderer  # noqa: PLC0415

    renderer = get_renderer(args.format)
    options = _options(args)
    check_options(renderer, options, lambda name: _FLAGS.get(name, name))
    catalogs = tuple(Path(d) for d in args.catalogs)
    if args.locale is not None:
        language(args.locale, catalogs)  # fail before reading files
    if args.bilingual is not None:
        view_locales("", args.bilingual, catalogs)  # fail before reading files
    several = len(args.files) > 1
    out_dir: Path | None = None
    if several and args.output in (None, "-"):
        raise FormatError(Message(N_("several files need -o DIR to write into")))
    if several or (args.output not in (None, "-") and is_folder(args.output)):
        out_dir = Path(args.output)
        _refuse_collisions(args.files, out_dir, renderer.extension)
        make_folder(out_dir)
        if several:
            return run_batch(args, streams, renderer, out_dir)
    inputs = Inputs(args.files, args.input_format, streams, args.max_input_size, args.locale)
    for loaded in inputs:
        locale = args.locale or default_locale(loaded.doc)
        shown = view_locales(locale, args.bilingual, catalogs)
        note = fallback_note(loaded.doc, shown, language(shown[0], catalogs))
        if note is not None:
            streams.error(f"{loaded.label}: {note}")
        try:
            result = renderer.render(loaded.doc, locale=locale, **options)
        except TemplateError as exc:
            inputs.fail(exc)
            continue
        target = args.output
        if out_dir is not None:
            target = str(_target(loaded.name, out_dir, renderer.extension))
        write_output(
            streams,
            result,
            target,
            name=_target(loaded.name, Path(), renderer.extension).name,
            inputs=args.files,
            overwrite_input=args.overwrite_input,
        )
    return 2 if inputs.failed else 0


def _target(name: str, out_dir: Path, extension: str) -> Path:
    stem = "stdin" if name == "-" else Path(name).stem
    return out_dir / f"{stem}{extension}"


def _refuse_collisions(files: list[str], out_dir: Path, extension: str) -> None:
    """Two inputs with the same name (a/plan.yaml, b/plan.yaml) would overwrite one output."""
    seen: dict[Path, str] = {}
    for name in files:
        target = _target(name, out_dir, extension)
        if target in seen:
            raise FormatError(
                Message(
                    N_("{first} and {second} would both be written to {target}"),
                    {"first": seen[target], "second": name, "target": str(target)},
                )
            )
        seen[target] = name
