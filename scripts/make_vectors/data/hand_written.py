"""Vectors written by hand, each (subject, id, description, input, extra flags): the
combinations an implementer would otherwise have to guess, and errors beyond the table of
error cases. The builder computes each one's expected result."""

from __future__ import annotations

from typing import Any

from scripts.make_vectors.data.cases import BASE, OLD, SICK

HandWritten = tuple[str, str, str, Any, tuple[str, ...]]

WORKED_EXAMPLES: tuple[HandWritten, ...] = (
    (
        "meeting",
        "WE-RULES-7-1",
        "The specification's first worked example: window 2025-04-06, form 2025-03-20, doctor "
        "2025-03-27, meeting 2025-04-01, week 8 2025-04-27.",
        {**BASE},
        ("WORKED_EXAMPLE",),
    ),
)

COMBINATIONS: tuple[HandWritten, ...] = (
    (
        "meeting",
        "UT-PLAN-MISSING",
        "Track undetermined (the form awaited) but a meeting was held without a plan recorded: "
        "plan undetermined, plan_agreed missing beside consent.",
        {
            **BASE,
            "consent": None,
            "letter_sent": "2025-03-18",
            "first_meeting": "2025-03-19",
            "as_of": "2025-03-19",
        },
        ("MISSING_FACT",),
    ),
    (
        "consent",
        "UT-NO-FORM-LETTER-UNKNOWN-CONTINUES",
        "No form, the letter's date unknown, the municipality says it continues: the form may not be due "
        "yet and a refusal may still come, so the track is undetermined (letter_sent and consent missing). "
        "Found by the clean-room comparison.",
        {**BASE, "letter_sent": None, "consent": None, "municipality_continues": True, "as_of": "2025-04-10"},
        ("MISSING_FACT",),
    ),
    (
        "doctor",
        "UT-DOCTOR-REQUESTED",
        "Sick person's request, the 8-week forecast unknown, the consultation deadline passed: the track is "
        "undetermined, and doctor_requested is missing beside over_8_weeks.",
        {**SICK, "over_8_weeks": None, "as_of": "2025-04-10"},
        ("MISSING_FACT",),
    ),
    (
        "doctor",
        "DC-CONSENT-MISSING-CONTINUES",
        "No form at all, the municipality continues: the 2025 doctor rule has no start event yet.",
        {**BASE, "consent": None, "municipality_continues": True, "as_of": "2025-03-25"},
        (),
    ),
    (
        "doctor",
        "DC-CONSENT-MISSING-2024",
        "No form at all in 2024, the municipality continues: the 2015-2024 rule runs from the letter anyway.",
        {**OLD, "consent": None, "municipality_continues": True, "as_of": "2024-03-20"},
        (),
    ),
    (
        "meeting",
        "RC-MEETING-DAY",
        "Recovered on the day the meeting was held: not held before the recovery, so it lapses.",
        {
            **BASE,
            "first_meeting": "2025-03-25",
            "recovered": "2025-03-25",
            "plan_agreed": True,
            "as_of": "2025-03-26",
        },
        (),
    ),
)

ERRORS: tuple[HandWritten, ...] = (
    (
        "errors",
        "ER-LETTER-SICKROUTE",
        "letter_sent on the sick person's route: INVALID_VALUE on letter_sent.",
        {**SICK, "letter_sent": "2025-03-18"},
        (),
    ),
    (
        "errors",
        "ER-CONSENT-SICKROUTE",
        "consent on the sick person's route: INVALID_VALUE on consent.",
        {**SICK, "consent": {"answer": "agrees", "date": "2025-03-19"}},
        (),
    ),
    (
        "errors",
        "ER-FIRSTDAY-1999",
        "first_day_of_absence in 1999: OUT_OF_RANGE.",
        {**BASE, "first_day_of_absence": "1999-12-31", "request": None, "letter_sent": None, "consent": None},
        (),
    ),
    (
        "errors",
        "ER-INTEGER-2.0",
        "municipal_target_weeks 2.0 is the integer 2 (JSON numbers do not tell 2 from 2.0): a result, "
        "the policy meeting due 2025-04-01.",
        {
            **BASE,
            "request": {"by": "jobcenter", "date": "2025-03-18"},
            "letter_sent": None,
            "consent": None,
            "municipal_target_weeks": 2.0,
        },
        (),
    ),
    (
        "errors",
        "ER-COVERAGE-FIRSTDAY-ROLL",
        "First day of absence 2100-11-06 with roll = forward: its week-8 deadline 2100-12-31 is a closing "
        "day and rolls into 2101: OUT_OF_RANGE on first_day_of_absence.",
        {
            **BASE,
            "first_day_of_absence": "2100-11-06",
            "as_of": "2100-11-06",
            "request": None,
            "letter_sent": None,
            "consent": None,
            "interpretation": {"roll": "forward"},
        },
        ("BOUNDARY",),
    ),
    (
        "errors",
        "ER-COVERAGE-DOCTOR-UNDETERMINED",
        "Sick person's request 2100-12-25 on an undetermined track (no window, forecast unknown): the "
        "consultation deadline counted from it falls in 2101: OUT_OF_RANGE on request.date.",
        {
            **SICK,
            "first_day_of_absence": "2100-11-01",
            "request": {"by": "sick_person", "date": "2100-12-25"},
            "as_of": "2100-12-25",
            "over_8_weeks": None,
            "interpretation": {"sick_person_window": "none"},
        },
        (),
    ),
)
