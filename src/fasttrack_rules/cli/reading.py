"""Reading: the input file or stdin as numbered cases, each the JSON of its line or the
typed error of that line (JSON Lines, or one pretty-printed case from a small file)."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from typing import IO, TypeVar

from fasttrack_rules import exits
from fasttrack_rules.errors import FasttrackError, LineTooLongError
from fasttrack_rules.exits import ExitError

T = TypeVar("T")

__all__ = ["cases_in", "is_a_file", "lines_in", "may_be_one_document"]


def cases_in(path: str, limit: int) -> Iterator[tuple[int, object]]:
    """(line number, parsed JSON or the :class:`FasttrackError` of the line) for every case
    of the file ``path`` (``-``: stdin), read lazily; a line over ``limit`` bytes is an error.

    Raises:
        ExitError: the input cannot be opened (66) or reading it failed (74).
    """
    with _open(path) as stream:
        yield from _reading(_cases(stream, limit))


def lines_in(path: str, limit: int) -> Iterator[bytes | LineTooLongError]:
    """The lines of the file ``path`` (``-``: stdin) as bytes without their ``\\n``, read
    lazily and left to parse; a line over ``limit`` bytes is its error, read past.

    Raises:
        ExitError: the input cannot be opened (66) or reading it failed (74).
    """
    from fasttrack_rules.protocol import read_lines

    with _open(path) as stream:
        yield from _reading(read_lines(stream, limit))


def may_be_one_document(path: str, limit: int) -> bool:
    """Whether the input ``path`` (``-``: stdin) is a regular file of at most ``limit``
    bytes, which :func:`cases_in` may read whole as one pretty-printed case."""
    return is_a_file(path, limit)


def is_a_file(path: str, limit: int | None = None) -> bool:
    """Whether the input ``path`` (``-``: stdin) is a regular file (of at most ``limit``
    bytes), not a pipe or a terminal that a reader may be feeding line by line."""
    if path == "-":
        return sys.stdin is not None and _small_file(sys.stdin.buffer, limit)
    try:
        info = os.stat(path)
    except OSError:  # opening it will say why
        return False
    return stat.S_ISREG(info.st_mode) and (limit is None or info.st_size <= limit)


def _open(path: str) -> IO[bytes]:
    if path == "-":
        if sys.stdin is None:
            raise ExitError(exits.NOINPUT, "stdin is closed")
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as e:
        raise ExitError(exits.NOINPUT, f"cannot read {path}: {e.strerror or e}") from None


def _reading(cases: Iterator[T]) -> Iterator[T]:
    """``cases``, with a failed read (an I/O error, a folder given as the input) made
    an exit with a one-line message."""
    while True:
        try:
            item = next(cases)
        except StopIteration:
            return
        except OSError as e:
            raise ExitError(exits.IOERR, f"cannot read the input: {e.strerror or e}") from None
        yield item


def _small_file(stream: IO[bytes], limit: int | None) -> bool:
    """Whether ``stream`` is a regular file no larger than ``limit`` (then a single
    pretty-printed case may be read whole)."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return stat.S_ISREG(info.st_mode) and (limit is None or info.st_size <= limit)


def _cases(stream: IO[bytes], limit: int) -> Iterator[tuple[int, object]]:
    """Yield (line number, parsed JSON or the FasttrackError of the line) per case.

    JSON Lines, answered line by line as they are read (only ``\\n`` ends a line;
    a line over ``limit`` bytes is an error, read past without holding it). One
    exception: a regular file of at most ``limit`` bytes whose first non-blank line
    opens an object or array but does not close it is read whole, as one
    pretty-printed case, if it is one.
    """
    from fasttrack_rules.protocol import read_lines

    whole = _small_file(stream, limit)
    lines = read_lines(stream, limit)
    for number, line in enumerate(lines, 1):
        if isinstance(line, FasttrackError):
            yield number, line
            continue
        parsed = _parse(line)
        if whole and line.strip():
            whole = False  # only the first non-blank line may open a pretty-printed case
            if _opens_a_document(line, parsed):
                yield from _document(number, line, lines)
                return
        yield number, parsed


def _opens_a_document(line: bytes, parsed: object) -> bool:
    """Whether ``line`` opens an object or array that it does not close."""
    return isinstance(parsed, FasttrackError) and parsed.code == "INVALID_JSON" and line.lstrip()[:1] in b"{["


def _document(
    number: int, first: bytes, lines: Iterator[bytes | FasttrackError]
) -> Iterator[tuple[int, object]]:
    """The case of a small file read whole from its line ``number`` on: one case if the
    lines make one JSON document, else each line as it would have been answered."""
    rest = [line for line in lines if not isinstance(line, FasttrackError)]
    document = _parse(b"\n".join([first, *rest]))
    if not (isinstance(document, FasttrackError) and document.code == "INVALID_JSON"):
        yield number, document
        return
    for k, again in enumerate([first, *rest], number):
        yield k, _parse(again)


def _parse(line: bytes) -> object:
    """The JSON value of ``line``, or its typed error."""
    from fasttrack_rules.protocol import parse_line

    try:
        return parse_line(line)
    except FasttrackError as e:
        return e
