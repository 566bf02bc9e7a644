"""Chunks: consecutive input lines cut from a stream, and their answers as one piece of
output. What the parent and the workers share."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple, TypeAlias

from fasttrack_rules.errors import LineError
from fasttrack_rules.protocol.answers import Options, answer_line

__all__ = [
    "CHUNK_BYTES",
    "CHUNK_LINES",
    "Answered",
    "Chunk",
    "Line",
    "answer_chunk",
    "chunked",
    "next_chunk",
    "portable",
]

#: Lines per chunk: enough that sending a chunk, and its turn to be written, cost little
#: beside answering it (128 gave --jobs 2 about 1.5x, 256 about 1.7x), few enough that the
#: answers waiting to be written stay small (a result is about 8 KB).
CHUNK_LINES = 256
#: A chunk ends early once its lines hold this many bytes (long lines, fewer of them).
CHUNK_BYTES = 1 << 18

#: A line as it is read: its bytes, or the error that reading it gave (too long).
Line: TypeAlias = "bytes | LineError"
#: A line on its way to a worker: its bytes, or its error as (class, message).
Portable: TypeAlias = "bytes | tuple[type[LineError], str]"
#: A chunk on its way to a worker: the number of its first line, and its lines.
Chunk: TypeAlias = "tuple[int, list[Portable]]"


class Answered(NamedTuple):
    """The answers to consecutive input lines as ``fasttrack assess`` writes them (each
    JSON text and a newline, in UTF-8), and whether any is an error line."""

    output: bytes
    failed: bool


def next_chunk(source: Iterator[Line], most: int) -> list[Line]:
    """The next lines of ``source``: ``most`` of them, fewer once they hold
    :data:`CHUNK_BYTES` bytes or when ``source`` ends (none: it has ended)."""
    lines: list[Line] = []
    size = 0
    for line in source:
        lines.append(line)
        size += len(line) if isinstance(line, bytes) else 0
        if len(lines) >= most or size >= CHUNK_BYTES:
            break
    return lines


def chunked(source: Iterator[Line], number: int, most: int) -> Iterator[Chunk]:
    """Each chunk of ``source`` ready to send: the number of its first line (the first
    is ``number``) and its lines, made :func:`portable`."""
    while lines := next_chunk(source, most):
        yield number, portable(lines)
        number += len(lines)


def portable(lines: list[Line]) -> list[Portable]:
    """``lines`` as they can be sent to a worker: a line's error as its class and
    message (a :class:`LineError` does not survive pickling)."""
    return [line if isinstance(line, bytes) else (type(line), line.message) for line in lines]


def answer_chunk(first: int, lines: list[Portable], options: Options) -> Answered:
    """The answers to ``lines``, numbered from ``first``, encoded as ``fasttrack
    assess`` encodes its output (UTF-8, what cannot be encoded escaped)."""
    texts: list[str] = []
    failed = False
    for number, line in enumerate(lines, first):
        read = line if isinstance(line, bytes) else line[0](line[1])
        text, bad = answer_line(number, read, options)
        texts.append(text)
        failed = failed or bad
    texts.append("")
    return Answered("\n".join(texts).encode("utf-8", "backslashreplace"), failed)
