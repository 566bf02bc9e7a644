"""The JSON protocol: every conversion between Python values and JSON, in one package.

- :mod:`~fasttrack_rules.protocol.lines`: strict JSON Lines (bounded reading, I-JSON).
- :mod:`~fasttrack_rules.protocol.cases`: a JSON case in, a typed :class:`Case` out (and back).
- :mod:`~fasttrack_rules.protocol.output`: results and typed errors as JSON.

The rules never see JSON; the command line never builds JSON itself.
"""

from __future__ import annotations

from fasttrack_rules.protocol.cases import CASE_FIELDS, case_from_json, case_to_json, parse_date
from fasttrack_rules.protocol.lines import MAX_LINE_BYTES, has_surrogate, json_lines, parse_line, read_lines
from fasttrack_rules.protocol.output import assess_json, closed_day_json, error_json, error_line, error_text

__all__ = [
    "CASE_FIELDS",
    "MAX_LINE_BYTES",
    "assess_json",
    "case_from_json",
    "case_to_json",
    "closed_day_json",
    "error_json",
    "error_line",
    "error_text",
    "has_surrogate",
    "json_lines",
    "parse_date",
    "parse_line",
    "read_lines",
]
