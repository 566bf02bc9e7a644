"""The first meeting at its boundaries: the week-8 date, the Fast track date and its cap,
and the meeting step (what every dated duty shares: test_rules_deadlines.py). Every
expected value is worked by hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import (
    CalendarRangeError,
    Case,
    Interpretation,
    Request,
    provision,
)
from fasttrack_rules.rules.meeting import meeting_due, meeting_step, ordinary_due
from fasttrack_rules.rules.record import AssessmentRecord

D = dt.date
DUE = D(2025, 4, 1)  # WE-EMPLOYER-2025: the meeting is due Tue 2025-04-01


def test_week_8_ends_on_day_56() -> None:
    # Counting: first day Thu 2025-05-01 -> Wed 2025-06-25 (first day + 55).
    assert ordinary_due(D(2025, 5, 1)) == D(2025, 6, 25)


def test_the_fast_track_meeting_is_due_2_weeks_after_the_request() -> None:
    # Counting: request Tue 2025-03-18 -> Tue 2025-04-01; week 8 of an absence from Mon
    # 2025-03-03 ends Sun 2025-04-27.
    assert meeting_due(D(2025, 3, 18), D(2025, 4, 27), "earliest") == (DUE, ("FT-MEETING-DUE-FAST-TRACK",))


def test_a_late_request_is_capped_at_week_8() -> None:
    # Interpretation late_request: request Sun 2025-04-13 + 14 = Sun 2025-04-27, the end of
    # week 8 itself: not capped; a day later it would be Mon 28 April: capped at 27 April.
    week_8 = D(2025, 4, 27)
    assert meeting_due(D(2025, 4, 13), week_8, "earliest") == (week_8, ("FT-MEETING-DUE-FAST-TRACK",))
    capped = (week_8, ("FT-MEETING-DUE-FAST-TRACK", "FT-MEETING-CAPPED-AT-WEEK-8"))
    assert meeting_due(D(2025, 4, 14), week_8, "earliest") == capped
    assert meeting_due(D(2025, 4, 14), week_8, "request") == (D(2025, 4, 28), ("FT-MEETING-DUE-FAST-TRACK",))


def record(as_of: D, **facts: object) -> AssessmentRecord:
    """A sick person's request of Thu 2025-12-11 after a first day Mon 2025-12-01."""
    given: dict[str, object] = {
        "first_day_of_absence": D(2025, 12, 1),
        "request": Request(by="sick_person", date=D(2025, 12, 11)),
        **facts,
    }
    return AssessmentRecord(Case(**given), as_of)  # type: ignore[arg-type]


def test_a_fast_track_meeting_and_the_week_8_meeting_beside_it() -> None:
    # WE-MEETING-CHRISTMAS-2025: due Thu 2025-12-25, latest working day Tue 2025-12-23;
    # week 8 from Mon 2025-12-01 ends Sun 2026-01-25, latest working day Fri 2026-01-23.
    assessed = record(D(2025, 12, 12))
    meeting, ordinary = meeting_step(assessed, "fast_track", D(2026, 1, 25))
    assert (meeting.due, meeting.latest_working_day, meeting.status) == (
        D(2025, 12, 25),
        D(2025, 12, 23),
        "pending",
    )
    assert meeting.citation == provision("fast_track_meeting", D(2025, 12, 11))
    assert (ordinary.due, ordinary.latest_working_day) == (D(2026, 1, 25), D(2026, 1, 23))
    assert ordinary.citation == provision("ordinary_first_meeting", D(2025, 12, 1))
    assert [code for code, _ in assessed.reasons] == ["FT-MEETING-DUE-FAST-TRACK", "FT-MEETING-PENDING"]


def test_a_rolled_meeting_records_the_roll_before_its_status() -> None:
    # WE-MEETING-CHRISTMAS-2025-FORWARD: Mon 2025-12-29; the comparison records nothing.
    assessed = record(D(2025, 12, 12), interpretation=Interpretation(roll="forward"))
    meeting, _ = meeting_step(assessed, "fast_track", D(2026, 1, 25))
    assert meeting.due == D(2025, 12, 29)
    codes = [code for code, _ in assessed.reasons]
    assert codes == ["FT-MEETING-DUE-FAST-TRACK", "FT-DEADLINE-ROLLED-FORWARD", "FT-MEETING-PENDING"]


def test_after_a_refusal_the_week_8_meeting_cites_13_b_stk_3() -> None:
    # WE-REFUSAL-2025: § 13 b, stk. 3, in the version in force on the request.
    assessed = record(D(2025, 12, 12))
    assessed.add_reason("FT-CONSENT-REFUSED")
    meeting, ordinary = meeting_step(assessed, "ordinary", D(2026, 1, 25))
    assert meeting == ordinary
    assert meeting.citation == provision("refusal_meeting", D(2025, 12, 11))
    assert assessed.reasons[1:] == [
        ("FT-MEETING-DUE-ORDINARY", (meeting.citation,)),
        ("FT-MEETING-PENDING", (meeting.citation,)),
    ]


def test_an_undetermined_track_has_no_meeting_deadline() -> None:
    meeting, _ = meeting_step(record(D(2025, 12, 12)), "undetermined", D(2026, 1, 25))
    assert (meeting.due, meeting.status, meeting.citation, meeting.duty_of) == (
        None,
        "undetermined",
        None,
        "municipality",
    )


def test_a_fast_track_meeting_after_the_coverage_names_the_request() -> None:
    # Errors, cases, step 12.5: request Fri 2100-12-24 + 14 is in 2101; uncapped under
    # late_request = "request" (capped, it would be due with week 8 on Sun 2100-12-26).
    late = record(
        D(2100, 12, 31),
        first_day_of_absence=D(2100, 11, 1),
        request=Request(by="sick_person", date=D(2100, 12, 24)),
        interpretation=Interpretation(late_request="request"),
    )
    with pytest.raises(CalendarRangeError) as raised:
        meeting_step(late, "fast_track", D(2100, 12, 26))
    assert raised.value.field == "request.date"
