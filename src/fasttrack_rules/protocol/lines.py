"""Strict JSON Lines: reading a stream line by line within a bound, reading one line
as I-JSON (RFC 7493) with a typed error for every way it can fail (specification:
errors, lines), and writing a JSON value as text that is safe to print.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from fasttrack_rules.errors import (
    DuplicateKeyError,
    EmptyLineError,
    FasttrackError,
    InvalidEncodingError,
    InvalidJsonError,
    LineTooLongError,
)

__all__ = [
    "MAX_LINE_BYTES",
    "has_surrogate",
    "json_lines",
    "json_text",
    "parse_line",
    "printable",
    "read_lines",
]

# Characters JSON may hold raw but a terminal or an editor would act on: DEL and the C1
# controls (U+009B starts a terminal control sequence), the line and paragraph separators
# and the bidirectional overrides and isolates. They are written as \\u escapes: the
# same JSON value, safe to print.
_ACTIVE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(obj: object, *, pretty: bool = False) -> str:
    """``obj`` as JSON text (indented when ``pretty``), UTF-8-ready, with the characters a
    terminal would act on written as ``\\u`` escapes."""
    return printable(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None))


def printable(text: str) -> str:
    """JSON text with the characters a terminal would act on written as ``\\u`` escapes
    (the same JSON value)."""
    # DEL is the one ASCII character among them: an all-ASCII text without it is printable.
    if (not text.isascii() or "\x7f" in text) and _ACTIVE.search(text):
        return _ACTIVE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


#: The longest input line the protocol reads, in bytes before its ``\n`` (1 MiB). A
#: case is a few hundred bytes; a longer line is ``LINE_TOO_LONG`` (specification: errors).
MAX_LINE_BYTES = 1 << 20


def read_lines(stream: IO[bytes], max_bytes: int = MAX_LINE_BYTES) -> Iterator[bytes | LineTooLongError]:
    """The lines of a JSON Lines stream, each without its ``\n``, as soon as each is read.

    A line longer than ``max_bytes`` is read past in small pieces, never held whole,
    and comes out as a :class:`LineTooLongError` in its place: memory stays about
    ``max_bytes`` whatever the input.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if line.endswith(b"\n"):
            yield line[:-1]
        elif len(line) <= max_bytes:  # the end of the input, after a last line without \n
            if line:
                yield line
            return
        else:
            size = len(line)
            while chunk := stream.readline(1 << 16):
                if chunk.endswith(b"\n"):
                    size += len(chunk) - 1
                    break
                size += len(chunk)
            yield LineTooLongError(f"the line has {size:,} bytes; the limit is {max_bytes:,}")


def _no_constant(name: str) -> object:
    """NaN, Infinity and -Infinity are not JSON (RFC 8259), whatever Python accepts."""
    raise ValueError(f"{name} is not JSON")


class _RepeatedKey(Exception):
    """An object repeats a key (raised from inside the JSON scanner)."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _RepeatedKey
    return obj


_DECODER = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=_unique_keys)
# A \u escape of a surrogate (U+D800-U+DFFF) in the raw line: only then can a lone one hide.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = "a \\u escape gives a lone surrogate, which is not Unicode text (I-JSON, RFC 7493)"


def parse_line(line: bytes) -> object:
    """Read one line of JSON Lines (without its ``\\n``) strictly, as I-JSON (RFC 7493):
    UTF-8, one JSON value, no ``NaN``/``Infinity``, no lone surrogate, no repeated key
    (specification: errors, lines).

    Raises:
        EmptyLineError, InvalidEncodingError, InvalidJsonError: the line is no JSON
            value (``field`` is ``None``).
        DuplicateKeyError: an object repeats a key; ``field`` is its path.
    """
    if not line.strip():
        raise EmptyLineError("an empty line is not a case")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidEncodingError(f"not UTF-8 (byte {e.start})") from None
    try:
        value = _DECODER.decode(text)
    except _RepeatedKey:
        raise _repeated_key(line, text) from None
    except RecursionError:
        raise InvalidJsonError("nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, NaN/Infinity, a number of too many digits
        raise InvalidJsonError(_json_message(e)) from None
    if _SURROGATE_ESCAPE.search(line) and has_surrogate(value):
        raise InvalidEncodingError(_LONE_SURROGATE)
    return value


def _json_message(error: ValueError) -> str:
    if "integer string conversion" in str(error):  # Python's own words for 4,301 digits
        return "an integer of more than 4,300 digits"
    return str(error)[:200]


def has_surrogate(value: object) -> bool:
    """Whether a decoded JSON value holds a lone surrogate in any string or key (walked
    without recursion, so any depth is safe)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item) is not None:
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):  # a tuple: a pair of an object read as pairs
            stack.extend(item)
    return False


class _Pairs(list[tuple[str, Any]]):
    """An object read as its pairs, every one kept: a repeated key overwrites nothing."""


def _repeated_key(line: bytes, text: str) -> FasttrackError:
    """The error for a line with a repeated key, read again as pairs, so that no value is
    lost to a repeat: a lone surrogate anywhere comes first (in a value a repeat
    overwrote, too); else the first object to close (an inner object closes before the
    object around it) and its first repeated key, named by its path."""
    marked: list[tuple[_Pairs, str]] = []

    def keep(pairs: list[tuple[str, Any]]) -> _Pairs:
        obj = _Pairs(pairs)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked.append((obj, key))
                break
            seen.add(key)
        return obj

    # The same scanner at the same depth as the first reading, which succeeded but for
    # the repeated key: no RecursionError here.
    value = json.loads(text, parse_constant=_no_constant, object_pairs_hook=keep)
    if _SURROGATE_ESCAPE.search(line) and has_surrogate(value):
        return InvalidEncodingError(_LONE_SURROGATE)
    target, key = marked[0]
    path = _path_to(value, target)
    field = f"{path}.{key}" if path else key
    return DuplicateKeyError(field, key, "the key appears twice in its object (I-JSON, RFC 7493)")


def _path_to(value: list[Any], target: _Pairs) -> str:
    """The path of ``target`` inside ``value`` (objects read as :class:`_Pairs`), found
    without recursion; each node keeps only its parent and its step, and the path is
    built for the object found alone."""
    steps: list[tuple[int, str | int]] = [(-1, "")]  # (parent node, key or index)
    stack: list[tuple[list[Any], int]] = [(value, 0)]  # arrays and objects read as pairs
    while True:
        item, node = stack.pop()  # the target is inside the value: the stack never runs dry
        if item is target:
            return _path_text(steps, node)
        children: Any = (
            item if isinstance(item, _Pairs) else enumerate(item) if isinstance(item, list) else ()
        )
        for key, child in children:
            if isinstance(child, list):  # an array, or an object read as its pairs
                steps.append((node, key))
                stack.append((child, len(steps) - 1))


def _path_text(steps: list[tuple[int, str | int]], node: int) -> str:
    path: list[str | int] = []
    while node > 0:
        node, step = steps[node]
        path.append(step)
    text = ""
    for step in reversed(path):
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def json_lines(data: bytes) -> list[bytes]:
    """Split JSON Lines: only ``\\n`` ends a line (JSON text may hold U+2028, U+0085 or
    ``\\r`` raw, which ``splitlines`` would wrongly split on); a final newline is optional."""
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines
