"""Entry points: assess one case given as a JSON value, or one raw input line.

Clean-room: written from the oracle kit only (``specification.md``, ``INTERPRETING.md`` and the
schemas). ``assess_json`` never raises: a case that cannot be assessed gives an error object (the
library raises instead; its test harness compares the error object).
"""

from tests.cleanroom.calendars import MunicipalCalendar, bank_hash
from tests.cleanroom.case import Case, CaseError, parse_case
from tests.cleanroom.lines import TooLong, decode_line
from tests.cleanroom.rules import Assessment, CoverageError
from tests.cleanroom.strict_json import JsonError

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
        return _assess(parse_case(case))
    except CaseError as failure:
        return error(failure.code, failure.field_path, failure.message)
    except CoverageError as failure:
        return error("OUT_OF_RANGE", failure.field_path, failure.message)
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


def _with_id(case_id: str | None, result: dict[str, object]) -> dict[str, object]:
    """An error object with the case's ``id`` in front when it is known."""
    return result if case_id is None else {"id": case_id, **result}


def assess_line(line: bytes | TooLong) -> dict[str, object]:
    """The output object for one input line (without its ``\n``), ``line`` number aside.

    An error object carries ``id`` when the line passed the line checks, is an object and its ``id`` is a
    string: never on an error of the line checks 1-6.
    """
    try:
        value = decode_line(line)
    except JsonError as failure:
        return error(failure.code, failure.field_path, failure.message)
    except Exception as failure:  # a defect must still give one line of output
        return error("INTERNAL_ERROR", None, f"{type(failure).__name__}: {failure}")
    result = assess_json(value)
    if "error" in result and isinstance(value, dict) and isinstance(value.get("id"), str):
        return _with_id(value["id"], result)
    return result
