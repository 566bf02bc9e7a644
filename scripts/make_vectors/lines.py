"""Vectors of errors.json whose input is a raw line rather than a JSON case (``line_hex``):
lines that are no JSON case, a number read as a double, and the line-length limit."""

from __future__ import annotations

import json
from typing import Any

from fasttrack_rules.protocol import MAX_LINE_BYTES
from scripts.make_vectors.data.raw_lines import CASE_LINE, RAW_LINES, TARGET_WEEKS_LINE
from scripts.make_vectors.vector import DEFAULT_CALENDARS, ERROR_CITATIONS, Filed, vector


def _line_error(
    vid: str,
    description: str,
    line: bytes,
    code: str,
    field: str | None,
    *,
    flags: tuple[str, ...] = ("ERROR",),
    padding: int | None = None,
) -> dict[str, Any]:
    """A raw-line vector expecting an error; ``padding`` blanks are sent after the line."""
    body: dict[str, Any] = {
        "id": vid,
        "description": description,
        "citations": list(ERROR_CITATIONS),
        "flags": list(flags),
        "calendar": dict(DEFAULT_CALENDARS),
        "line_hex": line.hex(),
    }
    if padding is not None:
        body["line_padding"] = padding
    return {**body, "expected": {"error": {"code": code, "field": field}}}


def _raw_lines() -> list[Filed]:
    return [
        Filed(
            "errors",
            _line_error(
                vid,
                f"A raw line, {what}: {code}, field {json.dumps(field)}; the stream goes on.",
                line,
                code,
                field,
            ),
        )
        for vid, line, code, field, what in RAW_LINES
    ]


def _integer_as_double() -> Filed:
    """A number read as a double: 2.0000000000000001 is the double 2.0, a whole number."""
    filed = vector(
        "errors",
        "RAW-INTEGER-AS-DOUBLE",
        "municipal_target_weeks 2.0000000000000001 is read as the double 2.0, the integer 2: a result, the "
        "policy meeting due 2025-04-01.",
        json.loads(TARGET_WEEKS_LINE + b"2}"),
    )
    del filed.vector["input"]
    filed.vector["line_hex"] = (TARGET_WEEKS_LINE + b"2.0000000000000001}").hex()
    return filed


def _line_limit() -> list[Filed]:
    """A case padded with blanks to exactly MAX_LINE_BYTES is read; one byte more is
    LINE_TOO_LONG (the padding is sent, not stored)."""
    line = CASE_LINE + b"}"
    at_limit = vector(
        "errors",
        "RAW-LINE-AT-LIMIT",
        f"A case padded with blanks to {MAX_LINE_BYTES:,} bytes, the longest line the protocol reads: "
        "a result.",
        json.loads(line),
        "BOUNDARY",
    )
    del at_limit.vector["input"]
    at_limit.vector.update(line_hex=line.hex(), line_padding=MAX_LINE_BYTES - len(line))
    too_long = _line_error(
        "RAW-LINE-TOO-LONG",
        f"The same case padded to {MAX_LINE_BYTES + 1:,} bytes, one over the limit: "
        "LINE_TOO_LONG, field null; the stream goes on.",
        line,
        "LINE_TOO_LONG",
        None,
        flags=("BOUNDARY", "ERROR"),
        padding=MAX_LINE_BYTES + 1 - len(line),
    )
    return [at_limit, Filed("errors", too_long)]


def raw_line_vectors() -> list[Filed]:
    """The raw lines, the number read as a double, and the line limit as a pair."""
    return [*_raw_lines(), _integer_as_double(), *_line_limit()]
