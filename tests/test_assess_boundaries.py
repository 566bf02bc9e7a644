"""Boundary pairs for every deadline: the last compliant day is met, the first
non-compliant day is not. Due dates come from the independent reference, for start
events on all seven weekdays, around Easter, Christmas/New Year, 2023->2024 and
2024->2025."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests import reference_rules as ref
from tests.cases import run

D = dt.date
ONE = dt.timedelta(days=1)


def days(start: D, n: int) -> list[D]:
    return [start + dt.timedelta(i) for i in range(n)]


ANCHORS = [
    *days(D(2025, 3, 3), 7),  # Monday to Sunday of an ordinary week
    *days(D(2025, 4, 14), 7),  # Easter 2025 (Skærtorsdag 17 April, 2. påskedag 21 April)
    *days(D(2025, 12, 20), 14),  # Christmas and New Year 2025/26
    *days(D(2023, 12, 27), 7),  # 2023 -> 2024
    *days(D(2024, 12, 27), 7),  # 2024 -> 2025 (BEK 2014 -> BEK 2024)
    *days(D(2023, 4, 29), 7),  # Store bededag 5 May 2023
    *days(D(2024, 4, 20), 7),  # no Store bededag in 2024 (26 April)
]


def employer(first: D, request: D, **extra: Any) -> Any:
    return {
        "first_day_of_absence": first.isoformat(),
        "sick_person": "employee",
        "over_8_weeks": True,
        "request": {"by": "employer", "date": request.isoformat()},
        "letter_sent": request.isoformat(),
        **extra,
    }


def sick(first: D, request: D, **extra: Any) -> Any:
    return {
        "first_day_of_absence": first.isoformat(),
        "sick_person": "self_employed",
        "over_8_weeks": True,
        "request": {"by": "sick_person", "date": request.isoformat()},
        **extra,
    }


def deadline(case: dict[str, Any], name: str) -> Any:
    return run(case)["deadlines"][name]


@pytest.mark.parametrize("first", ANCHORS, ids=str)
@pytest.mark.parametrize("build", [employer, sick], ids=["employer", "sick_person"])
def test_request_window(first: D, build: Any) -> None:
    last = ref.window_last_day(first)
    inside = deadline(build(first, last, as_of=last.isoformat()), "request_window")
    outside = deadline(build(first, last + ONE, as_of=(last + ONE).isoformat()), "request_window")
    assert (inside["due"], inside["status"], outside["status"]) == (last.isoformat(), "met", "missed")


@pytest.mark.parametrize("letter", ANCHORS, ids=str)
def test_consent_form(letter: D) -> None:
    due = ref.nth_bank_day_after(letter, 2)

    def consent_on(day: D) -> Any:
        return deadline(
            employer(
                letter,
                letter,
                consent={"answer": "agrees", "date": day.isoformat()},
                as_of=day.isoformat(),
            ),
            "consent_form",
        )

    assert (consent_on(due)["due"], consent_on(due)["status"]) == (due.isoformat(), "met")
    assert consent_on(due + ONE)["status"] == "missed"
    # No answer: pending through the due day, missed from the day after.
    assert deadline(employer(letter, letter, as_of=due.isoformat()), "consent_form")["status"] == "pending"
    assert (
        deadline(employer(letter, letter, as_of=(due + ONE).isoformat()), "consent_form")["status"]
        == "missed"
    )


@pytest.mark.parametrize("request_day", ANCHORS, ids=str)
def test_doctor_consultation(request_day: D) -> None:
    first = request_day - dt.timedelta(10)
    returned = request_day  # form returned the day of the letter: always in time
    consent = {"answer": "agrees", "date": returned.isoformat()}
    if returned >= D(2025, 1, 1):
        earliest, due = None, ref.plus_days(returned, 8)
    else:
        earliest, due = ref.nth_bank_day_after(request_day, 6), ref.nth_bank_day_after(request_day, 8)

    def seen_on(day: D) -> Any:
        return deadline(
            employer(
                first,
                request_day,
                consent=consent,
                doctor_requested=request_day.isoformat(),
                doctor_consultation=day.isoformat(),
                as_of=(due + ONE).isoformat(),
            ),
            "doctor_consultation",
        )

    assert (seen_on(due)["due"], seen_on(due)["status"]) == (due.isoformat(), "met")
    assert seen_on(due + ONE)["status"] == "missed"
    if earliest is not None:
        assert seen_on(earliest)["status"] == "met"
        assert seen_on(earliest - ONE)["status"] == "missed"
    sick_due = ref.plus_days(request_day, 8)
    on_time = deadline(
        sick(first, request_day, doctor_consultation=sick_due.isoformat(), as_of=sick_due.isoformat()),
        "doctor_consultation",
    )
    late = deadline(
        sick(
            first,
            request_day,
            doctor_requested=request_day.isoformat(),
            doctor_consultation=(sick_due + ONE).isoformat(),
            as_of=(sick_due + ONE).isoformat(),
        ),
        "doctor_consultation",
    )
    assert (on_time["due"], on_time["status"], late["status"]) == (sick_due.isoformat(), "met", "missed")
    # Without the municipality's request to book, a late consultation shows no breach.
    unasked = deadline(
        sick(
            first,
            request_day,
            doctor_consultation=(sick_due + ONE).isoformat(),
            as_of=(sick_due + ONE).isoformat(),
        ),
        "doctor_consultation",
    )
    assert unasked["status"] == "undetermined"


@pytest.mark.parametrize("request_day", ANCHORS, ids=str)
def test_fast_track_meeting(request_day: D) -> None:
    first = request_day - dt.timedelta(10)
    due = ref.plus_days(request_day, 14)

    def held_on(day: D) -> Any:
        return deadline(
            sick(
                first,
                request_day,
                first_meeting=day.isoformat(),
                plan_agreed=True,
                as_of=day.isoformat(),
            ),
            "first_meeting",
        )

    assert (held_on(due)["due"], held_on(due)["status"]) == (due.isoformat(), "met")
    assert held_on(due)["latest_working_day"] == ref.last_municipal_on_or_before(due).isoformat()
    assert held_on(due + ONE)["status"] == "missed"
    assert deadline(sick(first, request_day, as_of=due.isoformat()), "first_meeting")["status"] == "pending"


@pytest.mark.parametrize("first", ANCHORS, ids=str)
def test_ordinary_meeting(first: D) -> None:
    due = ref.ordinary_due(first)

    def held_on(day: D) -> Any:
        return deadline(
            {
                "first_day_of_absence": first.isoformat(),
                "first_meeting": day.isoformat(),
                "plan_agreed": False,
                "as_of": day.isoformat(),
            },
            "first_meeting",
        )

    assert (held_on(due)["due"], held_on(due)["status"]) == (due.isoformat(), "met")
    assert held_on(due + ONE)["status"] == "missed"
