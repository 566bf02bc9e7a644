"""``python -m tests.cleanroom``: JSON Lines in, one JSON line out per input line.

Clean-room: written from the oracle kit only (``INTERPRETING.md#running``, ``specification.md#lines``).
Error lines are ``{"line", "id", "error"}`` (``schemas/error.schema.json``). The exit status is 0, or 1
when some line gave an error object.
"""

import json
import sys

from tests.cleanroom.impl import assess_line
from tests.cleanroom.lines import read_lines


def main() -> int:
    """Read cases from standard input until its end; write one line per input line."""
    out = sys.stdout.buffer
    status = 0
    for number, line in enumerate(read_lines(sys.stdin.buffer), start=1):
        result = assess_line(line)
        if "error" in result:
            result = {"line": number, **result}
            status = 1
        out.write(json.dumps(result, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n")
        out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
