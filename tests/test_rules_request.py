"""The request step's rules at their boundaries: Fast track in force, the request window,
the subject of an employer's request, and the request step itself (the 8-week condition:
test_rules_condition.py). Every expected value is worked by hand from the specification
(section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import (
    CalendarRangeError,
    Case,
    Interpretation,
    Request,
    municipal_working_days,
    provision,
)
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.rules.request import (
    employer_subject,
    fast_track_in_force,
    request_step,
    request_window,
)

D = dt.date
MUNICIPAL = municipal_working_days()


def window(first: D, day: D, by: str = "employer", **interpretation: str) -> object:
    chosen = Interpretation(**interpretation)  # type: ignore[arg-type]
    return request_window(
        first,
        day,
        by,  # type: ignore[arg-type]
        employer_window=chosen.employer_window,
        sick_person_window=chosen.sick_person_window,
        policy=chosen.roll,
        municipal=MUNICIPAL,
    )


def test_fast_track_is_in_force_from_5_january_2015() -> None:
    # Request: "Fast track exists for requests made on or after 5 January 2015".
    assert not fast_track_in_force(D(2015, 1, 4))
    assert fast_track_in_force(D(2015, 1, 5))


def test_the_employer_window_is_the_first_five_weeks() -> None:
    # Counting: days 1-35; first day Wed 2025-01-08 -> last day Tue 2025-02-11.
    assert window(D(2025, 1, 8), D(2025, 2, 11)) == (D(2025, 2, 11), True, ("FT-REQUEST-IN-TIME",))
    assert window(D(2025, 1, 8), D(2025, 2, 12)) == (D(2025, 2, 11), False, ("FT-REQUEST-LATE",))


def test_five_weeks_after_is_one_day_longer() -> None:
    # Interpretation employer_window = "five_weeks_after": first day + 35.
    expected = (D(2025, 2, 12), True, ("FT-REQUEST-IN-TIME",))
    assert window(D(2025, 1, 8), D(2025, 2, 12), employer_window="five_weeks_after") == expected


def test_the_sick_persons_window_is_the_interpretations() -> None:
    # Interpretation sick_person_window: by default days 1-35, as for the employer.
    late = window(D(2025, 1, 8), D(2025, 2, 12), "sick_person")
    assert late == (D(2025, 2, 11), False, ("FT-SICK-PERSON-REQUEST-LATE",))
    in_time = window(D(2025, 1, 8), D(2025, 2, 11), "sick_person")
    assert in_time == (D(2025, 2, 11), True, ("FT-SICK-PERSON-REQUEST-IN-TIME",))
    # "none": § 7 e sets no time limit; a request on any day is in time.
    unlimited = window(D(2025, 1, 8), D(2025, 6, 30), "sick_person", sick_person_window="none")
    assert unlimited == (None, True, ("FT-SICK-PERSON-NO-TIME-LIMIT",))


def test_a_rolled_window_moves_to_the_next_working_day() -> None:
    # WE-EMPLOYER-2025: day 35 of an absence from Mon 2025-03-03 is Sun 2025-04-06; under
    # roll = forward it moves to Mon 2025-04-07 (interpretation roll), so a request that
    # Monday is in time.
    expected = (D(2025, 4, 7), True, ("FT-REQUEST-IN-TIME", "FT-DEADLINE-ROLLED-FORWARD"))
    assert window(D(2025, 3, 3), D(2025, 4, 7), roll="forward") == expected
    assert window(D(2025, 3, 3), D(2025, 4, 7)) == (D(2025, 4, 6), False, ("FT-REQUEST-LATE",))


def test_an_employer_may_ask_only_for_an_employee() -> None:
    # Request: SDL § 7 c, stk. 1; decision procedure 2.5 (the subject's verdict).
    assert employer_subject("employee") == (True, "")
    assert employer_subject("self_employed") == (False, "FT-EMPLOYER-SUBJECT-NOT-EMPLOYEE")
    assert employer_subject(None) == (None, "FT-SUBJECT-UNKNOWN")


AS_OF = D(2025, 3, 20)


def record(as_of: D = AS_OF, **facts: object) -> AssessmentRecord:
    case = Case(first_day_of_absence=D(2025, 3, 3), **facts)  # type: ignore[arg-type]
    return AssessmentRecord(case, as_of)


def codes(assessed: AssessmentRecord) -> list[str]:
    return [code for code, _ in assessed.reasons]


def test_a_jobcenters_target_is_policy_counted_in_weeks() -> None:
    # Jobcenter initiative: request Tue 2025-03-18 + 7 x 4 weeks = Tue 2025-04-15, citing
    # the interpretation policy_target_weeks, is_law false; the track is ordinary.
    assessed = record(request=Request(by="jobcenter", date=D(2025, 3, 18)), municipal_target_weeks=4)
    outcome = request_step(assessed)
    assert (outcome.applies, outcome.window.status, outcome.window.duty_of) == (
        False,
        "not_applicable",
        "sick_person",
    )
    target = assessed.policy_deadlines["policy_first_meeting"]
    assert (target.due, target.status, target.is_law) == (D(2025, 4, 15), "pending", False)
    assert target.citation == provision("interpretation:policy_target_weeks", D(2025, 3, 18))
    assert codes(assessed) == ["FT-JOBCENTER-INITIATIVE", "FT-POLICY-TARGET"]


def test_a_target_after_the_coverage_names_the_request() -> None:
    # Errors, cases, step 12.2: request Fri 2100-12-31 + 1 week falls in 2101.
    assessed = AssessmentRecord(
        Case(
            first_day_of_absence=D(2100, 12, 1),
            request=Request(by="jobcenter", date=D(2100, 12, 31)),
            municipal_target_weeks=1,
        ),
        D(2100, 12, 31),
    )
    with pytest.raises(CalendarRangeError) as raised:
        request_step(assessed)
    assert raised.value.field == "request.date"


def test_a_request_before_the_absence_misses_its_window() -> None:
    # Decision procedure 2.4: missed with no due day, citing § 7 e on the sick person's route.
    assessed = record(request=Request(by="sick_person", date=D(2025, 3, 2)))
    outcome = request_step(assessed)
    assert (outcome.applies, outcome.window.due, outcome.window.status) == (False, None, "missed")
    assert outcome.window.citation == provision("sick_person_request", D(2025, 3, 2))
    assert codes(assessed) == ["FT-REQUEST-BEFORE-ABSENCE"]


def test_no_request_and_a_request_before_2015_are_not_fast_track() -> None:
    # Decision procedure 2.1 and 2.2.
    assessed = record()
    assert request_step(assessed).applies is False
    early = AssessmentRecord(
        Case(first_day_of_absence=D(2014, 12, 1), request=Request(by="employer", date=D(2015, 1, 4))),
        D(2015, 1, 4),
    )
    assert request_step(early).applies is False
    assert codes(assessed) + codes(early) == ["FT-NO-REQUEST", "FT-NOT-IN-FORCE"]


def test_an_invalid_request_records_only_its_false_verdicts() -> None:
    # Decision procedure 2.5: late (after Sun 2025-04-06), the subject unknown and the
    # condition not met: only the window's and the false verdict's codes, nothing missing.
    assessed = record(
        as_of=D(2025, 4, 7), request=Request(by="employer", date=D(2025, 4, 7)), over_8_weeks=False
    )
    outcome = request_step(assessed)
    assert (outcome.applies, outcome.deferred, outcome.window.status) == (False, (), "missed")
    assert codes(assessed) == ["FT-REQUEST-LATE", "FT-CONDITION-NOT-MET"]
    assert assessed.missing == []


def test_a_valid_request_defers_its_verdicts() -> None:
    # Decision procedure 2.5: in time, subject unknown, condition met: recorded later.
    assessed = record(request=Request(by="employer", date=D(2025, 3, 18)), over_8_weeks=True)
    outcome = request_step(assessed)
    assert outcome.applies is None
    assert [(v.holds, v.code, v.fact) for v in outcome.deferred] == [
        (None, "FT-SUBJECT-UNKNOWN", "sick_person"),
        (True, "FT-CONDITION-MET", "over_8_weeks"),
    ]
    assert codes(assessed) == ["FT-REQUEST-IN-TIME"]


def test_without_a_time_limit_the_window_does_not_apply() -> None:
    # Decision procedure, details: under sick_person_window = "none" the window is
    # not_applicable with no due day, citing § 7 e (law); a jobcenter without a target
    # has no policy deadline.
    unlimited = record(
        request=Request(by="sick_person", date=D(2025, 3, 18)),
        interpretation=Interpretation(sick_person_window="none"),
    )
    outcome = request_step(unlimited)
    assert (outcome.window.due, outcome.window.status, outcome.window.is_law) == (
        None,
        "not_applicable",
        True,
    )
    assert outcome.window.citation == provision("sick_person_request", D(2025, 3, 18))
    jobcenter = record(request=Request(by="jobcenter", date=D(2025, 3, 18)))
    request_step(jobcenter)
    assert (jobcenter.policy_deadlines, codes(jobcenter)) == ({}, ["FT-JOBCENTER-INITIATIVE"])
