"""The JSON protocol: every conversion between Python values and JSON, in one package.

- :mod:`~fasttrack_rules.protocol.lines`: strict JSON Lines (bounded reading, I-JSON).
- :mod:`~fasttrack_rules.protocol.cases`: a JSON case in, a typed :class:`Case` out (and back).
- :mod:`~fasttrack_rules.protocol.results`: an assessment and its values as JSON.
- :mod:`~fasttrack_rules.protocol.output`: assessing a JSON case; typed errors and closed days as JSON.
- :mod:`~fasttrack_rules.protocol.fast`: the engine's fast path, a JSON case in, JSON out.
- :mod:`~fasttrack_rules.protocol.answers`: one input line in, one output line out.

The rules never see JSON; the command line never builds JSON itself.
"""

from __future__ import annotations

from fasttrack_rules._lazy import lazy_names

TYPE_CHECKING = False

# submodule -> the names it defines, loaded on first use: ``fasttrack assess`` reads its
# plain cases through ``answers`` and ``fast`` without importing the general path.
_MODULES: dict[str, tuple[str, ...]] = {
    "answers": ("Answer", "InternalError", "Options", "answer", "answer_line"),
    "cases": ("CASE_FIELDS", "case_from_json", "case_to_json", "parse_date"),
    "fast": ("facts_from_json", "outcome_of_json", "result_dict", "result_text"),
    "lines": (
        "MAX_LINE_BYTES",
        "has_surrogate",
        "json_lines",
        "json_text",
        "parse_line",
        "printable",
        "read_lines",
    ),
    "output": ("assess_json", "closed_day_json", "error_json", "error_line", "error_text"),
    "results": (
        "assessment_json",
        "citation_json",
        "compact_json",
        "deadline_json",
        "instrument_json",
        "interpretation_json",
        "short_reference",
        "versions_json",
    ),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "Answer",
    "CASE_FIELDS",
    "InternalError",
    "MAX_LINE_BYTES",
    "Options",
    "answer",
    "answer_line",
    "assess_json",
    "assessment_json",
    "case_from_json",
    "case_to_json",
    "citation_json",
    "closed_day_json",
    "compact_json",
    "deadline_json",
    "error_json",
    "error_line",
    "error_text",
    "facts_from_json",
    "has_surrogate",
    "instrument_json",
    "interpretation_json",
    "json_lines",
    "json_text",
    "outcome_of_json",
    "parse_date",
    "parse_line",
    "printable",
    "read_lines",
    "result_dict",
    "result_text",
    "short_reference",
    "versions_json",
]

__getattr__, __dir__ = lazy_names(__name__, _EXPORTS, globals())

if TYPE_CHECKING:
    from fasttrack_rules.protocol.answers import Answer, InternalError, Options, answer, answer_line
    from fasttrack_rules.protocol.cases import CASE_FIELDS, case_from_json, case_to_json, parse_date
    from fasttrack_rules.protocol.fast import facts_from_json, outcome_of_json, result_dict, result_text
    from fasttrack_rules.protocol.lines import (
        MAX_LINE_BYTES,
        has_surrogate,
        json_lines,
        json_text,
        parse_line,
        printable,
        read_lines,
    )
    from fasttrack_rules.protocol.output import (
        assess_json,
        closed_day_json,
        error_json,
        error_line,
        error_text,
    )
    from fasttrack_rules.protocol.results import (
        assessment_json,
        citation_json,
        compact_json,
        deadline_json,
        instrument_json,
        interpretation_json,
        short_reference,
        versions_json,
    )
