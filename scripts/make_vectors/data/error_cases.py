"""The error cases: changes to the base case (``BASE`` in cases.py), each with the error
code and the field it must name. The tests check each against the library; the vector
builder freezes each as a vector of errors.json."""

from __future__ import annotations

from typing import Any

#: (changes to the base case, expected error code, expected field); also frozen as vectors.
ERROR_CASES: tuple[tuple[dict[str, Any], str, str], ...] = (
    ({"request": {"by": "employer", "date": "2025-03-21"}}, "EVENT_AFTER_AS_OF", "request.date"),
    ({"letter_sent": "2025-03-21"}, "EVENT_AFTER_AS_OF", "letter_sent"),
    ({"consent": {"answer": "agrees", "date": "2025-03-21"}}, "EVENT_AFTER_AS_OF", "consent.date"),
    ({"doctor_consultation": "2025-03-21"}, "EVENT_AFTER_AS_OF", "doctor_consultation"),
    ({"first_meeting": "2025-03-21"}, "EVENT_AFTER_AS_OF", "first_meeting"),
    ({"recovered": "2025-03-21"}, "EVENT_AFTER_AS_OF", "recovered"),
    ({"first_day_of_absence": "2025-03-21"}, "EVENT_AFTER_AS_OF", "first_day_of_absence"),
    ({"letter_sent": "2025-03-17"}, "INVALID_VALUE", "letter_sent"),
    ({"doctor_requested": "2025-03-21"}, "EVENT_AFTER_AS_OF", "doctor_requested"),
    ({"doctor_requested": "2025-03-17"}, "INVALID_VALUE", "doctor_requested"),  # before the request
    (
        {"request": None, "letter_sent": None, "consent": None, "doctor_requested": "2025-03-17"},
        "INVALID_VALUE",
        "doctor_requested",
    ),
    ({"doctor_requested": "2025-3-19"}, "INVALID_DATE", "doctor_requested"),
    ({"request": {"by": None, "date": "2025-03-18"}}, "MISSING_FIELD", "request.by"),
    ({"interpretation": {"roll": "sideways", "late_request": 1}}, "INVALID_VALUE", "interpretation.roll"),
    (
        {"interpretation": {"late_request": 1, "roll": "sideways"}},
        "INVALID_TYPE",
        "interpretation.late_request",
    ),
    ({"consent": {"answer": "agrees", "date": "2025-03-17"}}, "INVALID_VALUE", "consent.date"),
    ({"first_meeting": "2025-03-02"}, "INVALID_VALUE", "first_meeting"),
    ({"expected_recovery": "2025-03-03"}, "INVALID_VALUE", "expected_recovery"),
    ({"expected_recovery": "2025-04-01"}, "INVALID_VALUE", "expected_recovery"),  # contradicts true
    ({"as_of": "2101-01-01"}, "OUT_OF_RANGE", "as_of"),
    ({"expected_recovery": "2101-01-01", "over_8_weeks": None}, "OUT_OF_RANGE", "expected_recovery"),
    ({"municipal_target_weeks": 0}, "INVALID_VALUE", "municipal_target_weeks"),
    ({"calendar": {"extra_closed": ["2025-12-24"]}}, "INVALID_VALUE", "calendar.extra_closed[0]"),
    ({"calendar": {"open_on": ["2200-12-24"]}}, "OUT_OF_RANGE", "calendar.open_on[0]"),
    # the JSON protocol
    ({"colour": "red"}, "UNKNOWN_FIELD", "colour"),
    ({"request": {"by": "employer", "date": "2025-03-18", "via": "x"}}, "UNKNOWN_FIELD", "request.via"),
    ({"answers": {"boss": {}}}, "UNKNOWN_FIELD", "answers.boss"),
    ({"answers": {"employer": {"mood": "ok"}}}, "UNKNOWN_FIELD", "answers.employer.mood"),
    (
        {"answers": {"employer": {"affected_functions": 3}}},
        "INVALID_TYPE",
        "answers.employer.affected_functions",
    ),
    ({"interpretation": {"roll": "backward"}}, "INVALID_VALUE", "interpretation.roll"),
    ({"interpretation": {"rounding": "up"}}, "UNKNOWN_FIELD", "interpretation.rounding"),
    ({"as_of": None}, "MISSING_FIELD", "as_of"),
    ({"request": {"by": "employer"}}, "MISSING_FIELD", "request.date"),
    ({"as_of": "2025-02-30"}, "INVALID_DATE", "as_of"),
    ({"as_of": "20250320"}, "INVALID_DATE", "as_of"),
    ({"first_meeting": "2025-03-20T10:00"}, "INVALID_DATE", "first_meeting"),
    ({"as_of": 20250320}, "INVALID_TYPE", "as_of"),
    ({"over_8_weeks": "yes"}, "INVALID_TYPE", "over_8_weeks"),
    ({"over_8_weeks": 1}, "INVALID_TYPE", "over_8_weeks"),
    ({"standby": 0}, "INVALID_TYPE", "standby"),
    ({"sick_person": "boss"}, "INVALID_VALUE", "sick_person"),
    ({"sick_person": 7}, "INVALID_TYPE", "sick_person"),
    ({"request": {"by": "mayor", "date": "2025-03-18"}}, "INVALID_VALUE", "request.by"),
    ({"request": "2025-03-18"}, "INVALID_TYPE", "request"),
    ({"consent": {"answer": "maybe", "date": "2025-03-19"}}, "INVALID_VALUE", "consent.answer"),
    ({"calendar": {"extra_closed": "2025-05-30"}}, "INVALID_TYPE", "calendar.extra_closed"),
    ({"calendar": {"extra_closed": ["30/05/2025"]}}, "INVALID_DATE", "calendar.extra_closed[0]"),
    ({"id": 12}, "INVALID_TYPE", "id"),
    ({"municipal_target_weeks": 2.5}, "INVALID_TYPE", "municipal_target_weeks"),
    # an object-valued field given a value JSON reads as false is a type error, not "absent"
    ({"answers": False}, "INVALID_TYPE", "answers"),
    ({"request": 0}, "INVALID_TYPE", "request"),
    ({"consent": ""}, "INVALID_TYPE", "consent"),
    ({"interpretation": []}, "INVALID_TYPE", "interpretation"),
    ({"calendar": False}, "INVALID_TYPE", "calendar"),
    ({"answers": {"employer": False}}, "INVALID_TYPE", "answers.employer"),
    ({"answers": {"sick_person": []}}, "INVALID_TYPE", "answers.sick_person"),
    ({"municipal_target_weeks": True}, "INVALID_TYPE", "municipal_target_weeks"),
    ({"municipal_target_weeks": 53}, "INVALID_VALUE", "municipal_target_weeks"),
    ({"municipal_target_weeks": 10**6}, "INVALID_VALUE", "municipal_target_weeks"),
    ({"municipal_target_weeks": 4000.0}, "INVALID_VALUE", "municipal_target_weeks"),
)
