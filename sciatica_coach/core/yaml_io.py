"""Reading YAML safely: size and nesting checked before parsing, YAML 1.2, no tags or aliases.

ruamel.yaml's scanner is quadratic in nesting depth (DESIGN.md §11), so a hostile file is refused
by cheap checks on the raw text before the parser sees it. Nothing in a file is ever executed:
the round-trip loader builds only maps, lists and scalars, and any explicit tag is refused.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .problems import Problem, RoutineFileError

if TYPE_CHECKING:
    from pathlib import Path

MAX_FILE_BYTES = 256 * 1024
"""A routine of forty steps is about 4 KB; the catalogue of every drill about 60 KB."""
MAX_STRUCTURE_COLUMNS = 120
"""Leading indentation plus block indicators ('- ', '? ') allowed on one line."""
MAX_FLOW_DEPTH = 24
"""Nested [ ] and { } allowed."""
MAX_TREE_DEPTH = 24
MAX_NODES = 50_000


def read_text(path: Path, name: str) -> str:
    """Read a file as UTF-8 text, refusing huge, binary or undecodable files."""
    return decode(read_bytes(path, name), name)


def read_bytes(path: Path, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` + 1 of them; anything else is a clear problem.

    A FIFO, a device, a socket, a folder or a symlink loop given where a file belongs must
    neither hang the app (a FIFO blocks on open and read), nor fill its memory (`/dev/zero`),
    nor crash it: the kind is checked before opening (a device is never opened), the file is
    opened without blocking and checked again on the open descriptor (it may have been swapped
    since), and reading stops one byte past the limit, whatever the size said.
    """
    try:
        kind = _not_regular(os.stat(path).st_mode)
        if kind is not None:
            raise _not_a_file(path, name, kind)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(path, name, exc) from exc
    try:
        info = os.fstat(fd)
        kind = _not_regular(info.st_mode)
        if kind is not None:
            raise _not_a_file(path, name, kind)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _unreadable(path, name, exc) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        size = max(info.st_size, len(data))
        raise _error(
            name,
            None,
            f"the file is {size / 1024:.0f} KB; routine files are at most {limit // 1024} KB",
        )
    return data


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the stat must not block the open
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 64 * 1024

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO, a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((words for test, words in _KINDS if test(mode)), "a special file")


def _not_a_file(path: Path, name: str, kind: str) -> RoutineFileError:
    with suppress(OSError, ValueError):  # not a link (or no longer): the kind alone says it
        kind = f"a link to {os.readlink(path)}, {kind}"
    return _error(name, None, f"not a regular file ({kind})")


def _unreadable(path: Path, name: str, exc: OSError) -> RoutineFileError:
    if exc.errno == errno.ELOOP:
        return _error(name, None, "not a regular file (a symbolic link that loops)")
    if exc.errno == errno.ENXIO:  # opening a socket file
        return _error(name, None, "not a regular file (a socket)")
    return _error(name, None, f"cannot be read: {exc.strerror or exc}")


def decode(data: bytes, name: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise _error(name, None, f"the file is larger than {MAX_FILE_BYTES // 1024} KB")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise _error(name, line, "this is a binary file, not YAML text (it holds a NUL byte)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _error(
            name, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from exc
    return text.removeprefix("\ufeff")


def parse(text: str, name: str, *, keep_quotes: bool = False) -> Any:
    """Parse YAML 1.2 text into ruamel's commented maps and lists, which remember line numbers
    (and, with `keep_quotes`, how each string was quoted: for writing the file back)."""
    _precheck_structure(text, name)
    yaml = YAML(typ="rt", pure=True)
    yaml.version = (1, 2)
    yaml.preserve_quotes = keep_quotes
    yaml.allow_duplicate_keys = False
    try:
        doc = yaml.load(io.StringIO(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        column = f" (column {mark.column + 1})" if mark is not None else ""
        raise _error(name, line, f"{plain_yaml_error(exc)}{column}") from exc
    except YAMLError as exc:
        raise _error(name, None, f"YAML error: {_one_line(str(exc))}") from exc
    except RecursionError as exc:  # pragma: no cover - the precheck stops this first
        raise _error(name, None, "the file is nested too deeply") from exc
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        # ruamel.yaml's own slips on odd plain values (0.19.1: `-_` raises IndexError, `._`
        # ValueError): still a problem with this file, never a crash of whoever loads it.
        what = f"{type(exc).__name__}: {_one_line(str(exc))}"
        raise _error(name, None, f"the YAML reader could not read this text ({what})") from exc
    _check_tree(doc, name)
    return doc


_PLAIN = (
    ("found character '\\t'", "a tab is used to indent: indent with spaces only"),
    (
        "mapping values are not allowed",
        "a ':' where none is expected: put quotes around a value that has a colon in it, or "
        "check the indentation of this line",
    ),
    (
        "could not find expected ':'",
        "a line is missing its ':' after the field name (or the indentation is off)",
    ),
    ("expected <block end>", "this line's indentation does not line up with the lines above it"),
    (
        "expected <block mapping start>",
        "this line's indentation does not line up with the lines above it",
    ),
    ("found unexpected end of stream", "a quote or bracket is opened but never closed"),
    ("did not find expected ',' or ']'", "a list in brackets is not closed with ']'"),
    ("did not find expected ',' or '}'", "a mapping in braces is not closed with '}'"),
    (
        "did not find expected '-' indicator",
        "a list item does not start with '- ' at the same indentation as the others",
    ),
)


def plain_yaml_error(exc: MarkedYAMLError) -> str:
    """The parser's complaint in words a physio can act on (the line comes with it)."""
    what = " ".join(str(p).strip() for p in (exc.context, exc.problem) if p)
    duplicate = re.search(r'duplicate key "([^"]*)"', what)
    if duplicate is not None:
        first = exc.context_mark.line + 1 if exc.context_mark is not None else None
        where = f" (the mapping starts on line {first})" if first else ""
        return f"'{duplicate[1]}' appears twice in the same mapping{where}: keep one"
    for clue, words in _PLAIN:
        if clue in what:
            return f"YAML syntax: {words}"
    return f"YAML syntax: {_one_line(what or str(exc))}"


def _precheck_structure(text: str, name: str) -> None:
    """Refuse deep nesting by scanning characters, before the quadratic scanner runs."""
    depth = 0
    quote = ""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not quote:
            stripped = line.lstrip(" ")
            while stripped.startswith(("- ", "? ", "-\t")):
                stripped = stripped[2:].lstrip(" \t")
            if len(line) - len(stripped) > MAX_STRUCTURE_COLUMNS:
                raise _error(name, lineno, "the file is nested too deeply (indentation)")
        prev = " "
        for ch in line:
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'" and prev in " \t[{,:":
                quote = ch
            elif ch == "#" and prev in " \t":
                break
            elif ch in "[{":
                depth += 1
                if depth > MAX_FLOW_DEPTH:
                    raise _error(name, lineno, "the file is nested too deeply (brackets)")
            elif ch in "]}":
                depth = max(0, depth - 1)
            prev = ch


def _check_tree(doc: Any, name: str) -> None:
    """Refuse tags, repeated blocks through aliases, and absurd sizes, with a line number."""
    seen: set[int] = set()
    count = 0
    stack: list[tuple[Any, int, int | None, int | None]] = [(doc, 1, None, None)]
    while stack:
        node, depth, line, parent_line = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise _error(name, line, f"the file has more than {MAX_NODES} values")
        if depth > MAX_TREE_DEPTH:
            raise _error(name, line, "the file is nested too deeply")
        if isinstance(node, TaggedScalar):
            raise _error(name, line, f"tags such as '{node.tag.value}' are not allowed")
        if not isinstance(node, CommentedMap | CommentedSeq):
            continue
        tag = node.tag.value
        if tag is not None:
            raise _error(name, line, f"tags such as '{tag}' are not allowed")
        if id(node) in seen:
            # ruamel gives an alias the position of its anchor; the parent's line is the use.
            raise _error(
                name, parent_line, "an alias (*name) repeats a block; write the block out instead"
            )
        seen.add(id(node))
        children: list[tuple[Any, int, int | None, int | None]] = []
        if isinstance(node, CommentedMap):
            for key, value in node.items():
                if isinstance(key, CommentedBase | TaggedScalar) or not isinstance(
                    key, str | int | float | bool
                ):
                    raise _error(name, _key_line(node, key), "keys must be plain words")
                children.append((value, depth + 1, _key_line(node, key), line))
        else:
            for index, value in enumerate(node):
                children.append((value, depth + 1, _item_line(node, index), line))
        stack.extend(reversed(children))  # visit in document order: report the first alias


def to_plain(node: Any) -> Any:
    """Copy ruamel's types into plain dicts, lists and scalars for validation."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


def line_of(doc: Any, loc: tuple[int | str, ...], skip: frozenset[str] = frozenset()) -> int | None:
    """The 1-based line of the value at `loc` in a parsed document, or of its nearest parent."""
    line = _start_line(doc)
    node = doc
    for part in loc:
        if isinstance(node, CommentedMap) and isinstance(part, str) and part in node:
            line = _key_line(node, part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = _item_line(node, part)
            node = node[part]
        elif isinstance(part, str) and part in skip:
            continue
        else:
            break
    return line


def _start_line(node: Any) -> int | None:
    lc = getattr(node, "lc", None)
    return None if lc is None or lc.line is None else int(lc.line) + 1


def _key_line(node: CommentedMap, key: Any) -> int | None:
    try:
        return int(node.lc.key(key)[0]) + 1
    except (KeyError, TypeError, AttributeError):
        return _start_line(node)


def _item_line(node: CommentedSeq, index: int) -> int | None:
    try:
        return int(node.lc.item(index)[0]) + 1
    except (KeyError, TypeError, AttributeError, IndexError):
        return _start_line(node)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _error(name: str, line: int | None, message: str) -> RoutineFileError:
    return RoutineFileError([Problem(name, line, "", message)])
