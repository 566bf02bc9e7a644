"""fasttrack_rules: the Danish Fast track rules for sickness-benefit cases, as code.

The public names below are loaded on first use (PEP 562), so ``import fasttrack_rules``
costs about a millisecond and builds no holiday table; the first call that needs a
calendar builds it once.
"""

from __future__ import annotations

import importlib

from fasttrack_rules._version import __version__

# Not typing.TYPE_CHECKING: importing typing alone would triple the import time.
TYPE_CHECKING = False

# public name -> submodule that defines it
_EXPORTS: dict[str, str] = {
    "BEK_2024_START": "law",
    "Answers": "facts",
    "Assessment": "results",
    "CASE_FIELDS": "protocol",
    "CATALOGUE": "reasons",
    "CitedReason": "reasons",
    "Calendar": "calendars",
    "CalendarRangeError": "errors",
    "CalendarSpec": "facts",
    "Case": "facts",
    "Citation": "law",
    "ClosedDay": "calendars",
    "Consent": "facts",
    "DEADLINES": "vocab",
    "Deadline": "results",
    "FAST_TRACK_START": "law",
    "FIRST_YEAR": "calendars",
    "FasttrackError": "errors",
    "INSTRUMENTS": "law",
    "Instrument": "law",
    "FutureEventError": "errors",
    "Interpretation": "facts",
    "InvalidDateError": "errors",
    "InvalidTypeError": "errors",
    "InvalidValueError": "errors",
    "LAST_YEAR": "calendars",
    "MissingFieldError": "errors",
    "PARAMETERS": "law",
    "PROVISIONS": "law",
    "Parameter": "law",
    "QUESTIONS": "vocab",
    "QuestionState": "results",
    "ROLL_POLICIES": "vocab",
    "RULESET_VERSION": "law",
    "Reason": "reasons",
    "Request": "facts",
    "RollPolicy": "vocab",
    "RuleNotInForceError": "errors",
    "STATUSES": "vocab",
    "TRACKS": "vocab",
    "Track": "vocab",
    "UnknownFieldError": "errors",
    "Versions": "results",
    "assess": "rules",
    "assess_json": "protocol",
    "at_latest_bank_days_after": "periods",
    "at_latest_days_after": "periods",
    "at_latest_weeks_after": "periods",
    "before_end_of_week": "periods",
    "case_from_json": "protocol",
    "case_to_json": "protocol",
    "json_lines": "protocol",
    "parse_date": "protocol",
    "danish_bank_days": "calendars",
    "error_json": "protocol",
    "last_day_of_first_weeks": "periods",
    "latest_working_day_on_or_before": "periods",
    "municipal_working_days": "calendars",
    "parameter": "law",
    "provision": "law",
    "instrument_on": "law",
    "roll": "periods",
    "explain_markdown": "explain",
    "explain_mermaid": "explain",
    "explain_text": "explain",
    "DuplicateKeyError": "errors",
    "LineError": "errors",
    "EmptyLineError": "errors",
    "LineTooLongError": "errors",
    "InvalidEncodingError": "errors",
    "InvalidJsonError": "errors",
    "MAX_LINE_BYTES": "protocol",
    "parse_line": "protocol",
    "read_lines": "protocol",
}

__all__ = [
    "Answers",
    "Assessment",
    "BEK_2024_START",
    "CASE_FIELDS",
    "CATALOGUE",
    "Calendar",
    "CalendarRangeError",
    "CalendarSpec",
    "Case",
    "Citation",
    "CitedReason",
    "ClosedDay",
    "Consent",
    "DEADLINES",
    "Deadline",
    "DuplicateKeyError",
    "EmptyLineError",
    "FAST_TRACK_START",
    "FIRST_YEAR",
    "FasttrackError",
    "FutureEventError",
    "INSTRUMENTS",
    "Instrument",
    "Interpretation",
    "InvalidDateError",
    "InvalidEncodingError",
    "InvalidJsonError",
    "InvalidTypeError",
    "InvalidValueError",
    "LAST_YEAR",
    "LineError",
    "LineTooLongError",
    "MAX_LINE_BYTES",
    "MissingFieldError",
    "PARAMETERS",
    "PROVISIONS",
    "Parameter",
    "QUESTIONS",
    "QuestionState",
    "ROLL_POLICIES",
    "RULESET_VERSION",
    "Reason",
    "Request",
    "RollPolicy",
    "RuleNotInForceError",
    "STATUSES",
    "TRACKS",
    "Track",
    "UnknownFieldError",
    "Versions",
    "__version__",
    "assess",
    "assess_json",
    "at_latest_bank_days_after",
    "at_latest_days_after",
    "at_latest_weeks_after",
    "before_end_of_week",
    "case_from_json",
    "case_to_json",
    "danish_bank_days",
    "error_json",
    "explain_markdown",
    "explain_mermaid",
    "explain_text",
    "instrument_on",
    "json_lines",
    "last_day_of_first_weeks",
    "latest_working_day_on_or_before",
    "municipal_working_days",
    "parameter",
    "parse_date",
    "parse_line",
    "provision",
    "read_lines",
    "roll",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'fasttrack_rules' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"fasttrack_rules.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from typing import Any

    from fasttrack_rules.calendars import (
        FIRST_YEAR,
        LAST_YEAR,
        Calendar,
        ClosedDay,
        danish_bank_days,
        municipal_working_days,
    )
    from fasttrack_rules.errors import (
        CalendarRangeError,
        DuplicateKeyError,
        EmptyLineError,
        FasttrackError,
        FutureEventError,
        InvalidDateError,
        InvalidEncodingError,
        InvalidJsonError,
        InvalidTypeError,
        InvalidValueError,
        LineError,
        LineTooLongError,
        MissingFieldError,
        RuleNotInForceError,
        UnknownFieldError,
    )
    from fasttrack_rules.explain import explain_markdown, explain_mermaid, explain_text
    from fasttrack_rules.facts import (
        QUESTIONS,
        Answers,
        CalendarSpec,
        Case,
        Consent,
        Interpretation,
        Request,
    )
    from fasttrack_rules.law import (
        BEK_2024_START,
        FAST_TRACK_START,
        INSTRUMENTS,
        PARAMETERS,
        PROVISIONS,
        RULESET_VERSION,
        Citation,
        Instrument,
        Parameter,
        instrument_on,
        parameter,
        provision,
    )
    from fasttrack_rules.periods import (
        ROLL_POLICIES,
        RollPolicy,
        at_latest_bank_days_after,
        at_latest_days_after,
        at_latest_weeks_after,
        before_end_of_week,
        last_day_of_first_weeks,
        latest_working_day_on_or_before,
        roll,
    )
    from fasttrack_rules.protocol import (
        CASE_FIELDS,
        MAX_LINE_BYTES,
        assess_json,
        case_from_json,
        case_to_json,
        error_json,
        json_lines,
        parse_date,
        parse_line,
        read_lines,
    )
    from fasttrack_rules.reasons import (
        CATALOGUE,
        CitedReason,
        Reason,
    )
    from fasttrack_rules.results import Assessment, Deadline, QuestionState, Versions
    from fasttrack_rules.rules import assess
    from fasttrack_rules.vocab import DEADLINES, STATUSES, TRACKS, Track
