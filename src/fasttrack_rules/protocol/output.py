"""JSON out: a case's result, a typed error, an error line and a calendar's closed day as the
protocol writes them (docs/protocol.md, the error schema ``error.schema.json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from fasttrack_rules._validate import check_instance, check_int
from fasttrack_rules.calendars import ClosedDay
from fasttrack_rules.engine import assess
from fasttrack_rules.errors import FasttrackError
from fasttrack_rules.protocol.cases import case_from_json
from fasttrack_rules.protocol.fast import outcome_of_json, result_dict
from fasttrack_rules.protocol.results import assessment_json
from fasttrack_rules.reasons import check_lang
from fasttrack_rules.vocab import Lang

__all__ = ["assess_json", "closed_day_json", "error_json", "error_line", "error_text"]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def assess_json(obj: Mapping[str, object] | object, *, lang: Lang = "en") -> dict[str, object]:
    """Assess a JSON case and return the JSON result (see docs/protocol.md).

    Raises:
        FasttrackError: a typed error naming the field at fault (its ``code`` is the
            protocol's error code).
    """
    check_lang(lang)
    outcome = outcome_of_json(obj)
    if outcome is not None:  # the engine's fast path takes the case in its plain form
        return result_dict(outcome, lang)
    case, as_of = case_from_json(obj)
    return assessment_json(assess(case, as_of=as_of), lang=lang)


def error_json(error: FasttrackError) -> dict[str, object]:
    """The JSON error object for a typed error (used by the command line).

    Raises:
        InvalidTypeError: ``error`` is not a :class:`FasttrackError`.
    """
    check_instance("error", error, FasttrackError)
    return {"error": {"code": error.code, "field": error.field, "message": error.message}}


def error_line(number: int, error: FasttrackError, case: object = None) -> dict[str, object]:
    """The output line for input line ``number`` that is not a valid case: ``{"line", "id"?,
    "error"}`` (``error.schema.json``).

    ``case`` is the line's JSON, when it is JSON at all: its ``id`` is written when it is an
    object with a string ``id``.

    Raises:
        InvalidTypeError: ``number`` is not an int or ``error`` not a :class:`FasttrackError`.
        InvalidValueError: ``number`` is below 1 (lines are counted from 1).
    """
    check_int("number", number, minimum=1)
    line: dict[str, object] = {"line": number}
    case_id = _case_id(case)
    if case_id is not None:
        line["id"] = case_id
    line.update(error_json(error))
    return line


def error_text(number: int, error: FasttrackError, case: object = None) -> str:
    """The error line of :func:`error_line` as one line of text for a person, as ``explain``
    writes it: ``line 3 (id "a-7"): INVALID_DATE as_of: is not a real calendar date`` (the id
    as a JSON string; no field when the whole line is at fault).

    Raises:
        InvalidTypeError: ``number`` is not an int or ``error`` not a :class:`FasttrackError`.
        InvalidValueError: ``number`` is below 1 (lines are counted from 1).
    """
    check_int("number", number, minimum=1)
    check_instance("error", error, FasttrackError)
    case_id = _case_id(case)
    named = f" (id {json.dumps(case_id, ensure_ascii=False)})" if case_id is not None else ""
    field = f" {error.field}" if error.field is not None else ""
    return f"line {number}{named}: {error.code}{field}: {error.message}"


def closed_day_json(day: ClosedDay) -> dict[str, object]:
    """A calendar's closed day as ``fasttrack calendar closed`` writes it: ``{"date", "weekday",
    "name", "citations"}`` (the weekday in English, the citations as text).

    Raises:
        InvalidTypeError: ``day`` is not a :class:`ClosedDay`.
    """
    check_instance("day", day, ClosedDay)
    return {
        "date": day.date.isoformat(),
        "weekday": _WEEKDAYS[day.date.weekday()],
        "name": day.name,
        "citations": [str(citation) for citation in day.citations],
    }


def _case_id(case: object) -> str | None:
    """The ``id`` of a JSON case, when it is an object whose ``id`` is a string."""
    case_id = case.get("id") if type(case) is dict else None
    return case_id if type(case_id) is str else None
