"""The plan for the return to work at its boundaries (specification: plan; decision
procedure, step 6): before the meeting, by the meeting's status; after it, by
``plan_agreed``, whatever the meeting's status. Every expected value is worked by hand
from the specification (section named in the comment)."""

from __future__ import annotations

import datetime as dt

import pytest

from fasttrack_rules import Case
from fasttrack_rules.results import NOT_APPLICABLE, UNDETERMINED, Deadline
from fasttrack_rules.rules.plan import plan_step
from fasttrack_rules.rules.record import AssessmentRecord
from fasttrack_rules.vocab import Status

D = dt.date


def record(**facts: object) -> AssessmentRecord:
    """A case evaluated on Thu 2025-03-20; the plan reads only the meeting held and
    ``plan_agreed``."""
    return AssessmentRecord(Case(first_day_of_absence=D(2025, 3, 3), **facts), D(2025, 3, 20))  # type: ignore[arg-type]


def codes(assessed: AssessmentRecord) -> list[str]:
    return [code for code, _ in assessed.reasons]


def meeting(status: Status) -> Deadline:
    return Deadline(due=D(2025, 4, 1), status=status, citation=None, duty_of="municipality")


MEETING = Deadline(due=D(2025, 4, 1), status="pending", citation=None, duty_of="municipality")


@pytest.mark.parametrize(
    ("meeting", "status", "code"),
    [
        (MEETING, "pending", ["FT-PLAN-PENDING"]),
        (UNDETERMINED["municipality"], "undetermined", []),
        (NOT_APPLICABLE["municipality"], "not_applicable", []),
        (
            Deadline(due=D(2025, 4, 1), status="lapsed", citation=None, duty_of="municipality"),
            "not_applicable",
            [],
        ),
    ],
)
def test_the_plan_before_the_meeting(meeting: Deadline, status: str, code: list[str]) -> None:
    # Plan; decision procedure 6: meeting not held.
    assessed = record()
    assert (plan_step(assessed, meeting), codes(assessed)) == (status, code)


def test_the_plan_after_the_meeting() -> None:
    # Decision procedure 6: whether a meeting was held counts, not its status.
    held = {"first_meeting": D(2025, 3, 20)}
    for agreed, status, code in (
        (True, "agreed", "FT-PLAN-AGREED"),
        (False, "not_agreed", "FT-PLAN-NOT-AGREED"),
    ):
        assessed = record(plan_agreed=agreed, **held)
        assert (plan_step(assessed, UNDETERMINED["municipality"]), codes(assessed)) == (status, [code])
    unknown = record(**held)
    assert plan_step(unknown, MEETING) == "undetermined"
    assert (codes(unknown), unknown.missing) == (["FT-PLAN-UNKNOWN"], ["plan_agreed"])


@pytest.mark.parametrize(
    ("status", "plan"),
    [
        ("missed", "pending"),  # a missed meeting is still to be held: the plan with it
        ("not_required", "not_applicable"),  # standby: no meeting, no plan
        ("met", "pending"),
    ],
)
def test_the_plan_before_a_meeting_of_any_other_status(status: Status, plan: str) -> None:
    # Decision procedure 6: pending unless the meeting is undetermined, not_applicable,
    # not_required or lapsed.
    assessed = record()
    assert plan_step(assessed, meeting(status)) == plan
    assert codes(assessed) == (["FT-PLAN-PENDING"] if plan == "pending" else [])


@pytest.mark.parametrize("status", ["lapsed", "missed", "not_applicable", "not_required", "undetermined"])
def test_a_held_meeting_decides_the_plan_whatever_its_status(status: Status) -> None:
    # Decision procedure, details: a meeting held on the day of recovery is lapsed, and the
    # plan still follows plan_agreed.
    assessed = record(first_meeting=D(2025, 3, 19), plan_agreed=False)
    assert (plan_step(assessed, meeting(status)), codes(assessed), assessed.missing) == (
        "not_agreed",
        ["FT-PLAN-NOT-AGREED"],
        [],
    )
