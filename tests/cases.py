"""Named example cases in their JSON form, shared by the tests (and the vector builder).

``BASE`` is the specification's first worked example: an employer's request on an
employee's 16th day of absence, consent in time, evaluated two days after the request.
"""

from __future__ import annotations

from typing import Any

BASE: dict[str, Any] = {
    "first_day_of_absence": "2025-03-03",
    "sick_person": "employee",
    "over_8_weeks": True,
    "request": {"by": "employer", "date": "2025-03-18"},
    "letter_sent": "2025-03-18",
    "consent": {"answer": "agrees", "date": "2025-03-19"},
    "as_of": "2025-03-20",
}
ALL_ANSWERS = {"affected_functions": "lifting", "affected_duration": "3 weeks", "adaptation_tried": "no"}
SICK = {
    "first_day_of_absence": "2025-03-03",
    "sick_person": "unemployed",
    "over_8_weeks": True,
    "request": {"by": "sick_person", "date": "2025-03-18"},
    "as_of": "2025-03-20",
}
OLD = {  # employer route under BEK 2014: letter Mon 2024-03-04
    **BASE,
    "first_day_of_absence": "2024-02-26",
    "request": {"by": "employer", "date": "2024-03-04"},
    "letter_sent": "2024-03-04",
    "consent": {"answer": "agrees", "date": "2024-03-05"},
    "as_of": "2024-03-06",
}


def case(base: dict[str, Any] = BASE, **changes: Any) -> dict[str, Any]:
    """A copy of ``base`` with top-level fields changed (``None`` removes nothing: it
    sets the field to null)."""
    return {**base, **changes}


#: One case per reason code: the code must be among the result's reasons.
BY_REASON: dict[str, dict[str, Any]] = {
    "FT-NO-REQUEST": case(request=None, letter_sent=None, consent=None),
    "FT-NOT-IN-FORCE": case(
        SICK, first_day_of_absence="2014-12-29", request={"by": "sick_person", "date": "2015-01-02"}
    ),
    "FT-JOBCENTER-INITIATIVE": case(SICK, request={"by": "jobcenter", "date": "2025-03-10"}),
    "FT-POLICY-TARGET": case(
        SICK, request={"by": "jobcenter", "date": "2025-03-05"}, municipal_target_weeks=2
    ),
    "FT-REQUEST-BEFORE-ABSENCE": case(SICK, request={"by": "sick_person", "date": "2025-03-01"}),
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": case(sick_person="self_employed"),
    "FT-SUBJECT-UNKNOWN": case(sick_person=None),
    "FT-REQUEST-IN-TIME": case(),
    "FT-REQUEST-LATE": case(
        request={"by": "employer", "date": "2025-04-07"},
        letter_sent="2025-04-07",
        consent=None,
        as_of="2025-04-08",
    ),
    "FT-SICK-PERSON-REQUEST-IN-TIME": case(SICK),
    "FT-SICK-PERSON-REQUEST-LATE": case(
        SICK, request={"by": "sick_person", "date": "2025-04-07"}, as_of="2025-04-08"
    ),
    "FT-SICK-PERSON-NO-TIME-LIMIT": case(
        SICK,
        request={"by": "sick_person", "date": "2025-04-07"},
        as_of="2025-04-08",
        interpretation={"sick_person_window": "none"},
    ),
    "FT-CONDITION-MET": case(SICK, over_8_weeks=None, expected_recovery="2025-04-29"),
    "FT-CONDITION-NOT-MET": case(SICK, over_8_weeks=None, expected_recovery="2025-04-28"),
    "FT-CONDITION-UNKNOWN": case(SICK, over_8_weeks=None),
    # A form returned on the 3rd bank day after the request: in time only if the letter
    # was sent after the request, so the letter's date decides.
    "FT-LETTER-UNKNOWN": case(
        letter_sent=None, consent={"answer": "agrees", "date": "2025-03-21"}, as_of="2025-03-21"
    ),
    "FT-CONSENT-IN-TIME": case(),
    "FT-CONSENT-IN-TIME-ANY-LETTER": case(letter_sent=None),
    "FT-CONSENT-PENDING": case(consent=None, as_of="2025-03-20"),
    "FT-CONSENT-LATE": case(consent={"answer": "agrees", "date": "2025-03-21"}, as_of="2025-03-21"),
    "FT-CONSENT-MISSING": case(consent=None, as_of="2025-03-21"),
    "FT-CONSENT-REFUSED": case(consent={"answer": "refuses", "date": "2025-03-19"}),
    "FT-MUNICIPALITY-CONTINUES": case(
        consent={"answer": "agrees", "date": "2025-03-21"}, municipality_continues=True, as_of="2025-03-21"
    ),
    "FT-MUNICIPALITY-STOPS": case(
        consent={"answer": "agrees", "date": "2025-03-21"}, municipality_continues=False, as_of="2025-03-21"
    ),
    "FT-MUNICIPALITY-DECISION-UNKNOWN": case(
        consent={"answer": "agrees", "date": "2025-03-21"}, as_of="2025-03-21"
    ),
    "FT-QUESTIONS-COMPLETE": case(answers={"employer": ALL_ANSWERS}),
    "FT-QUESTIONS-TO-OBTAIN": case(answers={"employer": {**ALL_ANSWERS, "adaptation_tried": None}}),
    "FT-QUESTIONS-REQUESTER-MUST-ANSWER": case(SICK, answers={"employer": ALL_ANSWERS}),
    "FT-DOCTOR-RULE-2024": case(),
    "FT-DOCTOR-RULE-2014": case(OLD),
    "FT-DOCTOR-RULE-SICK-PERSON": case(SICK),
    "FT-DOCTOR-AWAITS-FORM": case(consent=None, municipality_continues=True, as_of="2025-03-24"),
    "FT-DOCTOR-MET": case(doctor_consultation="2025-03-20"),
    "FT-DOCTOR-TOO-EARLY": case(OLD, doctor_requested="2024-03-05", doctor_consultation="2024-03-06"),
    "FT-DOCTOR-MISSED": case(doctor_requested="2025-03-19", as_of="2025-03-28"),
    "FT-DOCTOR-REQUEST-UNKNOWN": case(as_of="2025-03-28"),
    "FT-DOCTOR-PENDING": case(),
    "FT-DOCTOR-LAPSED": case(recovered="2025-03-20"),
    "FT-DOCTOR-NOT-REQUIRED": case(standby=True),
    "FT-QUESTIONS-NOT-REQUIRED": case(standby=True),
    "FT-MEETING-DUE-FAST-TRACK": case(),
    "FT-MEETING-DUE-ORDINARY": case(request=None, letter_sent=None, consent=None),
    "FT-MEETING-CAPPED-AT-WEEK-8": case(
        SICK,
        request={"by": "sick_person", "date": "2025-04-20"},
        as_of="2025-04-21",
        interpretation={"sick_person_window": "none"},
    ),
    "FT-DEADLINE-ROLLED-FORWARD": case(
        SICK,
        first_day_of_absence="2025-11-28",
        request={"by": "sick_person", "date": "2025-12-11"},
        as_of="2025-12-12",
        interpretation={"roll": "forward"},
    ),
    "FT-MEETING-MET": case(first_meeting="2025-03-20", plan_agreed=True),
    "FT-MEETING-MISSED": case(as_of="2025-04-02"),
    "FT-MEETING-PENDING": case(),
    "FT-MEETING-LAPSED": case(recovered="2025-03-20"),
    "FT-MEETING-NOT-REQUIRED": case(standby=True),
    "FT-TRACK-UNDETERMINED": case(sick_person=None),
    "FT-PLAN-AGREED": case(first_meeting="2025-03-20", plan_agreed=True),
    "FT-PLAN-NOT-AGREED": case(first_meeting="2025-03-20", plan_agreed=False),
    "FT-PLAN-PENDING": case(),
    "FT-PLAN-UNKNOWN": case(first_meeting="2025-03-20"),
}


_VALIDATOR: Any = None


def run(obj: object, **kwargs: Any) -> Any:
    """``assess_json`` typed loosely, so that tests can index into the JSON result; every
    result is also validated against the shipped output schema."""
    global _VALIDATOR
    from fasttrack_rules import assess_json

    if _VALIDATOR is None:
        from jsonschema import Draft202012Validator

        from fasttrack_rules.conformance import schema

        _VALIDATOR = Draft202012Validator(schema("output"))
    result = assess_json(obj, **kwargs)
    _VALIDATOR.validate(result)
    return result
