"""``python -m tests.cleanroom``: JSON Lines in, one JSON line out per input line.

Clean-room: written from the oracle kit only (``INTERPRETING.md#running``). Errors carry the input's
line number (``schemas/error.schema.json``).
"""

import json
import sys

from tests.cleanroom.impl import assess_line


def _strip_terminator(raw: bytes) -> bytes:
    """The line without its ``\\n`` (or ``\\r\\n``)."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw


def main() -> int:
    """Read cases from standard input until its end; write one line per input line."""
    out = sys.stdout.buffer
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        result = assess_line(_strip_terminator(raw))
        if "error" in result:
            result = {"line": number, **result}
        out.write(json.dumps(result, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
