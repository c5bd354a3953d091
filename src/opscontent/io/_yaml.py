"""YAML: safe loading with key positions and duplicate-key errors; dumping (PyYAML, on use)."""

from __future__ import annotations

import collections
from types import ModuleType
from typing import Any

from opscontent.exceptions import Message, MissingExtraError, ParseError
from opscontent.i18n._markers import N_
from opscontent.io._convert import EMPTY_INPUT, surrogate_message
from opscontent.io._paths import YAML_LINE_BREAKS, JsonPath, Positions, format_path
from opscontent.io._reasons import parser_reason

__all__ = ["dump_yaml", "parse_yaml"]


def _yaml() -> ModuleType:
    try:
        import yaml  # noqa: PLC0415 - a core dependency, imported on first use (start-up)
    except ImportError:  # pragma: no cover - a broken installation
        raise MissingExtraError(N_("Reading and writing YAML"), "yaml", "pyyaml") from None
    return yaml


def parse_yaml(text: str, *, file: str | None = None) -> tuple[Any, Positions]:
    """Parse one YAML document with the safe loader; return the data and key positions."""
    yaml = _yaml()
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    positions = Positions(text, YAML_LINE_BREAKS)
    try:
        loader = loader_class(text)
    except UnicodeEncodeError as exc:  # libyaml reads UTF-8: a lone surrogate cannot be encoded
        line, column = positions.line_col(exc.start)
        message = surrogate_message(text[exc.start])
        raise ParseError(message, file=file, line=line, column=column) from None
    node = None
    try:
        node = loader.get_single_node()
        if node is None:  # no document at all: only comments or directives
            raise ParseError(Message(EMPTY_INPUT), file=file, line=1, column=1)
        _index(node, positions, file)
        return loader.construct_document(node), positions
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise _at_mark(
            Message(N_("invalid YAML: {reason}"), {"reason": parser_reason(problem)}), mark, file
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, column = positions.line_col(exc.position)
        raise ParseError(
            Message(
                N_("invalid YAML: unacceptable character #x{code:04x}"), {"code": exc.character}
            )
            if isinstance(exc.character, int)
            else Message(N_("invalid YAML: {reason}"), {"reason": exc.reason}),
            file=file,
            line=line,
            column=column,
        ) from None
    except yaml.YAMLError as exc:
        raise ParseError(
            Message(N_("invalid YAML: {reason}"), {"reason": str(exc)}), file=file
        ) from None
    except RecursionError:
        raise ParseError(Message(N_("invalid YAML: nested too deeply")), file=file) from None
    except ParseError:
        raise
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a timestamp like 2024-13-45
        raise _at_mark(
            Message(N_("invalid YAML value: {reason}"), {"reason": str(exc)}),
            _failing_scalar(loader, node),
            file,
        ) from None
    finally:
        loader.dispose()


def _at_mark(message: Message, mark: Any, file: str | None) -> ParseError:
    """A parse error at a YAML mark (0-based line and column), when there is one."""
    return ParseError(
        message,
        file=file,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
    )


def _failing_scalar(loader: Any, root: Any) -> Any:
    """The start mark of the first scalar the constructor cannot turn into a value."""
    yaml = _yaml()
    seen: set[int] = set()
    queue = collections.deque([root])
    while queue:
        node = queue.popleft()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                loader.construct_object(node, deep=True)
            except (ValueError, TypeError, OverflowError, yaml.YAMLError):
                return node.start_mark
        elif isinstance(node, yaml.MappingNode):
            queue.extend(item for pair in node.value for item in pair)
        elif isinstance(node, yaml.SequenceNode):
            queue.extend(node.value)
    return None


def _index(root: Any, positions: Positions, file: str | None) -> None:
    yaml = _yaml()
    seen: set[int] = set()
    stack: list[tuple[Any, JsonPath]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[tuple[str, str]] = set()
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                child = (*path, key_node.value)
                mark = key_node.start_mark
                ident = (key_node.tag, key_node.value)
                if ident in keys and key_node.value != "<<":
                    raise ParseError(
                        Message(N_("duplicate key {key!r}"), {"key": key_node.value}),
                        file=file,
                        line=mark.line + 1,
                        column=mark.column + 1,
                        path=format_path(child),
                    )
                keys.add(ident)
                positions.add_line_col(child, mark.line, mark.column)
                stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                mark = item.start_mark
                positions.add_line_col((*path, index), mark.line, mark.column)
                stack.append((item, (*path, index)))


def dump_yaml(data: Any) -> str:
    """Dump JSON-like data as block-style YAML, keeping key order and non-ASCII text."""
    yaml = _yaml()
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(
        data,
        Dumper=dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return text
