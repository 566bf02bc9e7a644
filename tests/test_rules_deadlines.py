"""What every dated duty shares, at its boundaries (specification: decision procedure,
"Status of a dated duty"; interpretation ``roll``): its status on the day of evaluation,
the roll of its due day, and ``is_law`` taken from its citation. Every expected value is
worked by hand from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import CalendarRangeError, Case, municipal_working_days, provision
from fasttrack_rules.rules.deadlines import apply_roll, cited_deadline, deadline_status, meeting_status

D = dt.date
MUNICIPAL = municipal_working_days()
DUE = D(2025, 4, 1)  # WE-EMPLOYER-2025: the meeting is due Tue 2025-04-01


@pytest.mark.parametrize(
    ("held", "as_of", "recovered", "status"),
    [
        (None, DUE, None, "pending"),  # not done, the due day is as_of
        (None, D(2025, 4, 2), None, "missed"),  # as_of past the due day
        (DUE, D(2025, 4, 2), None, "met"),  # done on the due day
        (D(2025, 4, 2), D(2025, 4, 2), None, "missed"),  # done a day late
        (None, D(2025, 4, 2), DUE, "lapsed"),  # recovered on the due day, before it was done
        (DUE, D(2025, 4, 2), DUE, "lapsed"),  # held on the day of recovery: not before it
        (D(2025, 3, 31), D(2025, 4, 2), DUE, "met"),  # held before the recovery
        (None, D(2025, 4, 3), D(2025, 4, 2), "missed"),  # recovered after the due day
    ],
)
def test_the_status_of_a_dated_duty(held: D | None, as_of: D, recovered: D | None, status: str) -> None:
    # Decision procedure, "Status of a dated duty"; Recovery and standby (SDL § 8, stk. 1).
    assert deadline_status(DUE, held, as_of, recovered=recovered, standby=False) == status


def test_standby_and_the_earliest_day() -> None:
    # Standby (SDL § 13 b, stk. 5): not_required; the 2015-2024 doctor window of
    # WE-DOCTOR-2024 is Tue 2024-03-12 .. Thu 2024-03-14.
    assert deadline_status(DUE, None, D(2025, 4, 2), recovered=None, standby=True) == "not_required"
    window = {"recovered": None, "standby": False, "earliest": D(2024, 3, 12)}
    assert deadline_status(D(2024, 3, 14), D(2024, 3, 11), D(2024, 3, 20), **window) == "missed"  # type: ignore[arg-type]
    assert deadline_status(D(2024, 3, 14), D(2024, 3, 12), D(2024, 3, 20), **window) == "met"  # type: ignore[arg-type]


def test_the_roll_moves_only_a_closed_day() -> None:
    # WE-MEETING-CHRISTMAS-2025(-FORWARD): Thu 2025-12-25 moves to Mon 2025-12-29.
    assert apply_roll(D(2025, 12, 25), "none", MUNICIPAL) == (D(2025, 12, 25), ())
    assert apply_roll(D(2025, 12, 25), "forward", MUNICIPAL) == (
        D(2025, 12, 29),
        ("FT-DEADLINE-ROLLED-FORWARD",),
    )
    assert apply_roll(D(2025, 12, 23), "forward", MUNICIPAL) == (D(2025, 12, 23), ())


def test_a_deadline_is_law_when_its_citation_is() -> None:
    # Decision procedure, details: is_law = whether the citation's kind is law or order;
    # the sick person's window cites an interpretation (Request).
    law = cited_deadline(DUE, "met", provision("employer_request", D(2025, 3, 18)), "employer")
    guidance = cited_deadline(DUE, "met", provision("interpretation:sick_person_window", DUE), "sick_person")
    assert (law.is_law, guidance.is_law) == (True, False)


@pytest.mark.parametrize(
    ("held", "recovered", "status"),
    [
        (D(2025, 3, 27), D(2025, 3, 28), "met"),  # held the day before the recovery
        (D(2025, 3, 28), D(2025, 3, 28), "lapsed"),  # held on the day of recovery
        (D(2025, 3, 29), D(2025, 3, 28), "lapsed"),  # held after the recovery
        (D(2025, 4, 3), D(2025, 4, 2), "missed"),  # recovered after the due day: the duty stood
        (None, D(2025, 3, 10), "lapsed"),  # recovered long before the due day
    ],
)
def test_recovery_on_or_before_the_due_day_lapses_a_duty_not_yet_done(
    held: D | None, recovered: D, status: str
) -> None:
    # Recovery and standby (SDL § 8, stk. 1); interpretation lapse_on_recovery.
    assert deadline_status(DUE, held, D(2025, 4, 10), recovered=recovered, standby=False) == status


@pytest.mark.parametrize(
    ("held", "recovered"), [(None, None), (DUE, None), (D(2025, 4, 5), DUE), (None, DUE)]
)
def test_standby_needs_no_duty_whatever_else_happened(held: D | None, recovered: D | None) -> None:
    # Standby (SDL § 13 b, stk. 5) comes first in the status of a dated duty.
    assert deadline_status(DUE, held, D(2025, 4, 10), recovered=recovered, standby=True) == "not_required"


@pytest.mark.parametrize(
    ("held", "status"),
    [
        (D(2024, 3, 11), "missed"),  # the 5th bank day: too early (doctor_too_early)
        (D(2024, 3, 12), "met"),  # the 6th
        (D(2024, 3, 14), "met"),  # the 8th
        (D(2024, 3, 15), "missed"),  # a day late
    ],
)
def test_a_duty_with_an_earliest_day_is_met_only_inside_its_window(held: D, status: str) -> None:
    # WE-DOCTOR-2024: the 6th to the 8th bank day after the letter, Tue 12 - Thu 14 March 2024.
    window = {"recovered": None, "standby": False, "earliest": D(2024, 3, 12)}
    assert deadline_status(D(2024, 3, 14), held, D(2024, 3, 20), **window) == status  # type: ignore[arg-type]


def test_a_window_of_one_day() -> None:
    assert deadline_status(DUE, DUE, DUE, recovered=None, standby=False, earliest=DUE) == "met"


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        ({}, "pending"),
        ({"first_meeting": D(2025, 3, 31)}, "met"),
        ({"first_meeting": D(2025, 4, 2)}, "missed"),
        ({"recovered": D(2025, 3, 31)}, "lapsed"),
        ({"standby": True, "first_meeting": D(2025, 4, 2)}, "not_required"),
    ],
)
def test_a_meeting_status_reads_the_meeting_the_recovery_and_standby_of_the_case(
    facts: dict[str, object], status: str
) -> None:
    case = Case(first_day_of_absence=D(2025, 3, 3), **facts)  # type: ignore[arg-type]
    assert meeting_status(DUE, case, D(2025, 4, 1)) == status


@pytest.mark.parametrize(
    ("unrolled", "rolled"),
    [
        (D(2025, 3, 22), D(2025, 3, 24)),  # Saturday -> Monday
        (D(2025, 5, 29), D(2025, 5, 30)),  # Kristi himmelfartsdag -> the Friday, a working day
        (D(2025, 6, 5), D(2025, 6, 6)),  # Grundlovsdag -> Friday
        (D(2025, 12, 24), D(2025, 12, 29)),  # 24-26 December and the weekend
    ],
)
def test_the_roll_forward_goes_to_the_next_municipal_working_day(unrolled: D, rolled: D) -> None:
    assert apply_roll(unrolled, "forward", MUNICIPAL) == (rolled, ("FT-DEADLINE-ROLLED-FORWARD",))
    assert apply_roll(unrolled, "none", MUNICIPAL) == (unrolled, ())


def test_the_roll_follows_the_cases_calendar() -> None:
    # calendar.extra_closed: Fri 2025-05-30 closed too, so Thursday's deadline goes to Monday.
    adjusted = municipal_working_days(extra_closed=[D(2025, 5, 30)])
    assert apply_roll(D(2025, 5, 29), "forward", adjusted) == (D(2025, 6, 2), ("FT-DEADLINE-ROLLED-FORWARD",))
    opened = municipal_working_days(open_on=[D(2025, 12, 24)])
    assert apply_roll(D(2025, 12, 24), "forward", opened) == (D(2025, 12, 24), ())


def test_the_roll_cannot_leave_the_calendar() -> None:
    # Fri 2100-12-31 is closed (31 December): its next working day is in 2101.
    with pytest.raises(CalendarRangeError):
        apply_roll(D(2100, 12, 31), "forward", MUNICIPAL)
    assert apply_roll(D(2100, 12, 31), "none", MUNICIPAL) == (D(2100, 12, 31), ())


def test_a_cited_deadline_keeps_every_day_given() -> None:
    citation = provision("doctor_employer_route", D(2024, 3, 4))
    deadline = cited_deadline(
        D(2024, 3, 14), "pending", citation, "sick_person", earliest=D(2024, 3, 12), latest_working_day=None
    )
    assert (deadline.due, deadline.status, deadline.citation, deadline.duty_of) == (
        D(2024, 3, 14),
        "pending",
        citation,
        "sick_person",
    )
    assert (deadline.is_law, deadline.earliest, deadline.latest_working_day) == (True, D(2024, 3, 12), None)
