"""Entry points: assess one case given as a JSON value, or one raw input line.

Clean-room: written from the oracle kit only (``specification.md``, ``INTERPRETING.md`` and the
schemas). ``assess_json`` never raises: a case that cannot be assessed gives an error object.
"""

import json
from typing import Any

from tests.cleanroom.calendars import CalendarRangeError, MunicipalCalendar, bank_hash
from tests.cleanroom.case import Case, CaseError, parse_case
from tests.cleanroom.rules import Assessment

LIBRARY = "cleanroom"
RULESET = "2026.1"
DEADLINE_ORDER = (
    "request_window",
    "consent_form",
    "doctor_consultation",
    "first_meeting",
    "ordinary_first_meeting",
    "policy_first_meeting",
)


def error(code: str, field_path: str | None, message: str) -> dict[str, object]:
    """An error object."""
    return {"error": {"code": code, "field": field_path, "message": message}}


def assess_json(case: object) -> dict[str, object]:
    """The result object for ``case``, or an error object; never raises."""
    try:
        parsed = parse_case(case)
    except CaseError as failure:
        return error(failure.code, failure.field_path, failure.message)
    try:
        return _assess(parsed)
    except CalendarRangeError as failure:
        return error("OUT_OF_RANGE", "day", str(failure))
    except Exception as failure:  # a defect must still give one line of output
        return error("INTERNAL_ERROR", None, f"{type(failure).__name__}: {failure}")


def _assess(case: Case) -> dict[str, object]:
    """Run the decision procedure on a validated case."""
    run = Assessment(case)
    run.decide_request()
    run.decide_consent()
    run.decide_track()
    run.decide_doctor()
    run.decide_meetings()
    questions, to_obtain = run.questions()
    plan = run.plan()
    deadlines = {name: run.deadlines[name].to_json() for name in DEADLINE_ORDER if name in run.deadlines}
    return {
        "id": case.case_id,
        "as_of": case.as_of.isoformat(),
        "track": run.track,
        "route": run.route,
        "deadlines": deadlines,
        "days_earlier": run.days_earlier(),
        "questions": questions,
        "to_obtain": to_obtain,
        "plan": plan,
        "missing_facts": list(run.log.missing_facts),
        "breaches": run.breaches(),
        "reasons": [reason.to_json() for reason in run.log.reasons],
        "interpretation": dict(case.interpretation),
        "versions": _versions(run.calendar),
    }


def _versions(calendar: MunicipalCalendar) -> dict[str, object]:
    return {
        "library": LIBRARY,
        "ruleset": RULESET,
        "calendars": {
            "bank": {"id": "dk-bank", "content_hash": bank_hash()},
            "municipal": {"id": calendar.calendar_id, "content_hash": calendar.content_hash()},
        },
    }


def _reject_constant(name: str) -> Any:
    """``NaN``, ``Infinity`` and ``-Infinity`` are not JSON."""
    raise ValueError(f"{name} is not JSON")


def assess_line(raw: bytes) -> dict[str, object]:
    """The output object for one raw input line (without its line terminator)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return error("INVALID_ENCODING", None, "the line is not UTF-8")
    if text.strip() == "":
        return error("EMPTY_LINE", None, "the line is empty")
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return error("INVALID_JSON", None, "the line is not JSON")
    return assess_json(value)
