"""Named example cases in their JSON form: the vector builder's inputs, read by the tests too.

``BASE`` is the specification's first worked example: an employer's request on an
employee's 16th day of absence, consent in time, evaluated two days after the request.
``BY_REASON`` gives one case per reason code, in which that code is among the result's reasons.
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
ALL_ANSWERS: dict[str, Any] = {
    "affected_functions": "lifting",
    "affected_duration": "3 weeks",
    "adaptation_tried": "no",
}
SICK: dict[str, Any] = {
    "first_day_of_absence": "2025-03-03",
    "sick_person": "unemployed",
    "over_8_weeks": True,
    "request": {"by": "sick_person", "date": "2025-03-18"},
    "as_of": "2025-03-20",
}
OLD: dict[str, Any] = {  # employer route under BEK 2014: letter Mon 2024-03-04
    **BASE,
    "first_day_of_absence": "2024-02-26",
    "request": {"by": "employer", "date": "2024-03-04"},
    "letter_sent": "2024-03-04",
    "consent": {"answer": "agrees", "date": "2024-03-05"},
    "as_of": "2024-03-06",
}

BY_REASON: dict[str, dict[str, Any]] = {
    "FT-NO-REQUEST": {**BASE, "request": None, "letter_sent": None, "consent": None},
    "FT-NOT-IN-FORCE": {
        **SICK,
        "first_day_of_absence": "2014-12-29",
        "request": {"by": "sick_person", "date": "2015-01-02"},
    },
    "FT-JOBCENTER-INITIATIVE": {**SICK, "request": {"by": "jobcenter", "date": "2025-03-10"}},
    "FT-POLICY-TARGET": {
        **SICK,
        "request": {"by": "jobcenter", "date": "2025-03-05"},
        "municipal_target_weeks": 2,
    },
    "FT-REQUEST-BEFORE-ABSENCE": {**SICK, "request": {"by": "sick_person", "date": "2025-03-01"}},
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": {**BASE, "sick_person": "self_employed"},
    "FT-SUBJECT-UNKNOWN": {**BASE, "sick_person": None},
    "FT-REQUEST-IN-TIME": {**BASE},
    "FT-REQUEST-LATE": {
        **BASE,
        "request": {"by": "employer", "date": "2025-04-07"},
        "letter_sent": "2025-04-07",
        "consent": None,
        "as_of": "2025-04-08",
    },
    "FT-SICK-PERSON-REQUEST-IN-TIME": {**SICK},
    "FT-SICK-PERSON-REQUEST-LATE": {
        **SICK,
        "request": {"by": "sick_person", "date": "2025-04-07"},
        "as_of": "2025-04-08",
    },
    "FT-SICK-PERSON-NO-TIME-LIMIT": {
        **SICK,
        "request": {"by": "sick_person", "date": "2025-04-07"},
        "as_of": "2025-04-08",
        "interpretation": {"sick_person_window": "none"},
    },
    "FT-CONDITION-MET": {**SICK, "over_8_weeks": None, "expected_recovery": "2025-04-29"},
    "FT-CONDITION-NOT-MET": {**SICK, "over_8_weeks": None, "expected_recovery": "2025-04-28"},
    "FT-CONDITION-UNKNOWN": {**SICK, "over_8_weeks": None},
    # A form returned on the 3rd bank day after the request: in time only if the letter
    # was sent after the request, so the letter's date decides.
    "FT-LETTER-UNKNOWN": {
        **BASE,
        "letter_sent": None,
        "consent": {"answer": "agrees", "date": "2025-03-21"},
        "as_of": "2025-03-21",
    },
    "FT-CONSENT-IN-TIME": {**BASE},
    "FT-CONSENT-IN-TIME-ANY-LETTER": {**BASE, "letter_sent": None},
    "FT-CONSENT-PENDING": {**BASE, "consent": None, "as_of": "2025-03-20"},
    "FT-CONSENT-LATE": {**BASE, "consent": {"answer": "agrees", "date": "2025-03-21"}, "as_of": "2025-03-21"},
    "FT-CONSENT-MISSING": {**BASE, "consent": None, "as_of": "2025-03-21"},
    "FT-CONSENT-REFUSED": {**BASE, "consent": {"answer": "refuses", "date": "2025-03-19"}},
    "FT-MUNICIPALITY-CONTINUES": {
        **BASE,
        "consent": {"answer": "agrees", "date": "2025-03-21"},
        "municipality_continues": True,
        "as_of": "2025-03-21",
    },
    "FT-MUNICIPALITY-STOPS": {
        **BASE,
        "consent": {"answer": "agrees", "date": "2025-03-21"},
        "municipality_continues": False,
        "as_of": "2025-03-21",
    },
    "FT-MUNICIPALITY-DECISION-UNKNOWN": {
        **BASE,
        "consent": {"answer": "agrees", "date": "2025-03-21"},
        "as_of": "2025-03-21",
    },
    "FT-QUESTIONS-COMPLETE": {**BASE, "answers": {"employer": ALL_ANSWERS}},
    "FT-QUESTIONS-TO-OBTAIN": {**BASE, "answers": {"employer": {**ALL_ANSWERS, "adaptation_tried": None}}},
    "FT-QUESTIONS-REQUESTER-MUST-ANSWER": {**SICK, "answers": {"employer": ALL_ANSWERS}},
    "FT-DOCTOR-RULE-2024": {**BASE},
    "FT-DOCTOR-RULE-2014": {**OLD},
    "FT-DOCTOR-RULE-SICK-PERSON": {**SICK},
    "FT-DOCTOR-AWAITS-FORM": {**BASE, "consent": None, "municipality_continues": True, "as_of": "2025-03-24"},
    "FT-DOCTOR-MET": {**BASE, "doctor_consultation": "2025-03-20"},
    "FT-DOCTOR-TOO-EARLY": {**OLD, "doctor_requested": "2024-03-05", "doctor_consultation": "2024-03-06"},
    "FT-DOCTOR-MISSED": {**BASE, "doctor_requested": "2025-03-19", "as_of": "2025-03-28"},
    "FT-DOCTOR-REQUEST-UNKNOWN": {**BASE, "as_of": "2025-03-28"},
    "FT-DOCTOR-PENDING": {**BASE},
    "FT-DOCTOR-LAPSED": {**BASE, "recovered": "2025-03-20"},
    "FT-DOCTOR-NOT-REQUIRED": {**BASE, "standby": True},
    "FT-QUESTIONS-NOT-REQUIRED": {**BASE, "standby": True},
    "FT-MEETING-DUE-FAST-TRACK": {**BASE},
    "FT-MEETING-DUE-ORDINARY": {**BASE, "request": None, "letter_sent": None, "consent": None},
    "FT-MEETING-CAPPED-AT-WEEK-8": {
        **SICK,
        "request": {"by": "sick_person", "date": "2025-04-20"},
        "as_of": "2025-04-21",
        "interpretation": {"sick_person_window": "none"},
    },
    "FT-DEADLINE-ROLLED-FORWARD": {
        **SICK,
        "first_day_of_absence": "2025-11-28",
        "request": {"by": "sick_person", "date": "2025-12-11"},
        "as_of": "2025-12-12",
        "interpretation": {"roll": "forward"},
    },
    "FT-MEETING-MET": {**BASE, "first_meeting": "2025-03-20", "plan_agreed": True},
    "FT-MEETING-MISSED": {**BASE, "as_of": "2025-04-02"},
    "FT-MEETING-PENDING": {**BASE},
    "FT-MEETING-LAPSED": {**BASE, "recovered": "2025-03-20"},
    "FT-MEETING-NOT-REQUIRED": {**BASE, "standby": True},
    "FT-TRACK-UNDETERMINED": {**BASE, "sick_person": None},
    "FT-PLAN-AGREED": {**BASE, "first_meeting": "2025-03-20", "plan_agreed": True},
    "FT-PLAN-NOT-AGREED": {**BASE, "first_meeting": "2025-03-20", "plan_agreed": False},
    "FT-PLAN-PENDING": {**BASE},
    "FT-PLAN-UNKNOWN": {**BASE, "first_meeting": "2025-03-20"},
}
