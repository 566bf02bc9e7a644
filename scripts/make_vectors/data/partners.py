"""The partner rules for the reason-code vectors. Each code's case (``BY_REASON``) gets a
partner without the code: for a code that no single date decides, the deciding fact is
flipped (``FLIPS``); for the others, one of ``MOVABLE_FIELDS`` is moved a day at a time
until the code disappears. ``SUBJECT_OF`` files a code by the word after ``FT-``."""

from __future__ import annotations

from typing import Any

SUBJECT_OF: dict[str, str] = {
    "REQUEST": "request_window",
    "SICK": "request_window",
    "EMPLOYER": "request_window",
    "SUBJECT": "request_window",
    "CONDITION": "request_window",
    "NO": "meeting",
    "NOT": "request_window",
    "JOBCENTER": "meeting",
    "POLICY": "meeting",
    "LETTER": "consent",
    "CONSENT": "consent",
    "MUNICIPALITY": "consent",
    "QUESTIONS": "questions",
    "DOCTOR": "doctor",
    "MEETING": "meeting",
    "DEADLINE": "meeting",
    "TRACK": "meeting",
    "PLAN": "meeting",
}
#: Codes that no single date decides: the facts that, changed, take the code away.
FLIPS: dict[str, dict[str, Any]] = {
    "FT-NO-REQUEST": {"request": {"by": "sick_person", "date": "2025-03-18"}, "sick_person": "employee"},
    "FT-JOBCENTER-INITIATIVE": {"request": {"by": "sick_person", "date": "2025-03-10"}},
    "FT-POLICY-TARGET": {"municipal_target_weeks": None},
    "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE": {"sick_person": "employee"},
    "FT-SUBJECT-UNKNOWN": {"sick_person": "employee"},
    "FT-CONDITION-UNKNOWN": {"over_8_weeks": True},
    "FT-LETTER-UNKNOWN": {"letter_sent": "2025-03-18"},
    "FT-CONSENT-REFUSED": {"consent": {"answer": "agrees", "date": "2025-03-19"}},
    "FT-MUNICIPALITY-CONTINUES": {"municipality_continues": False},
    "FT-MUNICIPALITY-STOPS": {"municipality_continues": True},
    "FT-MUNICIPALITY-DECISION-UNKNOWN": {"municipality_continues": True},
    "FT-QUESTIONS-COMPLETE": {"answers": {"employer": {"affected_functions": "lifting"}}},
    "FT-QUESTIONS-TO-OBTAIN": {
        "answers": {
            "sick_person": {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
        }
    },
    "FT-QUESTIONS-REQUESTER-MUST-ANSWER": {
        "answers": {
            "sick_person": {"affected_functions": "a", "affected_duration": "b", "adaptation_tried": "c"}
        }
    },
    "FT-DOCTOR-NOT-REQUIRED": {"standby": False},
    "FT-MEETING-NOT-REQUIRED": {"standby": False},
    "FT-TRACK-UNDETERMINED": {"sick_person": "employee"},
    "FT-PLAN-AGREED": {"plan_agreed": False},
    "FT-PLAN-NOT-AGREED": {"plan_agreed": True},
    "FT-PLAN-UNKNOWN": {"plan_agreed": True},
    "FT-SICK-PERSON-NO-TIME-LIMIT": {"interpretation": {"sick_person_window": "five_weeks"}},
    "FT-DEADLINE-ROLLED-FORWARD": {"interpretation": {"roll": "none"}},
    "FT-DOCTOR-AWAITS-FORM": {"consent": {"answer": "agrees", "date": "2025-03-21"}},
    "FT-MEETING-DUE-ORDINARY": {
        "request": {"by": "employer", "date": "2025-03-18"},
        "letter_sent": "2025-03-18",
        "consent": {"answer": "agrees", "date": "2025-03-19"},
    },
    "FT-PLAN-PENDING": {"first_meeting": "2025-03-20", "plan_agreed": True},
}
#: The fields a partner search moves, in the order it tries them: the dates, then the
#: dates inside request and consent.
MOVABLE_FIELDS: tuple[str, ...] = (
    "as_of",
    "first_day_of_absence",
    "expected_recovery",
    "letter_sent",
    "doctor_consultation",
    "first_meeting",
    "recovered",
    "request",
    "consent",
)
#: How many days a partner search moves a field at most, each way.
MAX_DAYS_MOVED = 40
