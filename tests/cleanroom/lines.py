"""The input lines (``specification.md#lines``): framing, then checks 1-6 of one line.

Clean-room: written from the oracle kit only. A line ends at ``\\n`` and nowhere else (a ``\\r`` before
it belongs to the line: JSON reads it as white space, and a line of only blanks is empty); a last line
without ``\\n`` counts. A line longer than ``LINE_LIMIT`` bytes is never held whole: the reader keeps at
most ``LINE_LIMIT + 1`` bytes of it and skips the rest in chunks.
"""

from collections.abc import Iterator
from typing import BinaryIO

from tests.cleanroom.strict_json import JsonError, read_json

LINE_LIMIT = 1_048_576
SKIP_CHUNK = 65_536
BLANKS = b" \t\r\x0b\x0c"


class TooLong:
    """Stands for a line of more than ``LINE_LIMIT`` bytes, which was skipped."""


TOO_LONG = TooLong()


def read_lines(stream: BinaryIO) -> Iterator[bytes | TooLong]:
    """Each line of ``stream`` without its ``\\n``, or ``TOO_LONG`` for a line over the limit."""
    while True:
        raw = stream.readline(LINE_LIMIT + 1)
        if not raw:
            return
        if raw.endswith(b"\n"):
            yield raw[:-1]
        elif len(raw) <= LINE_LIMIT:
            yield raw  # the last line, without its "\n" (a short read happens only at the end)
        else:
            while True:
                rest = stream.readline(SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield TOO_LONG


def decode_line(line: bytes | TooLong) -> object:
    """The JSON value of one line, or ``JsonError`` with the first failure of checks 1-6."""
    if isinstance(line, TooLong):
        raise JsonError("LINE_TOO_LONG", None, f"the line is longer than {LINE_LIMIT:,} bytes")
    if line.strip(BLANKS) == b"":
        raise JsonError("EMPTY_LINE", None, "the line is empty")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonError("INVALID_ENCODING", None, "the line is not UTF-8") from None
    return read_json(text)
