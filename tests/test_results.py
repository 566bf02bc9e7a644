"""The result types: the reason codes in order, the deadlines without a date, the
question states, and that a result is frozen."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from fasttrack_rules import Assessment, Case, Request, assess
from fasttrack_rules.results import NOT_APPLICABLE, QUESTION_STATES, UNDETERMINED, Deadline
from fasttrack_rules.vocab import ANSWERERS, DUTIES

D = dt.date


def test_reason_codes_follow_the_reasons() -> None:
    # The doctest case of assess: a sick person's request in time, condition met.
    case = Case(
        first_day_of_absence=D(2025, 3, 3),
        sick_person="unemployed",
        over_8_weeks=True,
        request=Request(by="sick_person", date=D(2025, 3, 18)),
    )
    result = assess(case, as_of=D(2025, 3, 20))
    assert result.reason_codes == tuple(reason.code for reason in result.reasons)
    # Decision procedure 2.5: the window, then the condition, in that order.
    assert result.reason_codes[:2] == ("FT-SICK-PERSON-REQUEST-IN-TIME", "FT-CONDITION-MET")


def test_a_result_is_frozen() -> None:
    result = assess(Case(first_day_of_absence=D(2025, 3, 3)), as_of=D(2025, 3, 20))
    assert isinstance(result, Assessment)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.track = "fast_track"  # type: ignore[misc]


def test_a_deadline_without_a_date_has_no_citation_and_is_law() -> None:
    # Decision procedure, details: due null, citation null, is_law true.
    for shared, status in ((NOT_APPLICABLE, "not_applicable"), (UNDETERMINED, "undetermined")):
        assert set(shared) == set(DUTIES)
        for duty, deadline in shared.items():
            assert deadline == Deadline(due=None, status=status, citation=None, duty_of=duty)  # type: ignore[arg-type]
            assert (deadline.is_law, deadline.earliest, deadline.latest_working_day) == (True, None, None)


def test_every_question_state_is_shared() -> None:
    assert len(QUESTION_STATES) == 2 * len(ANSWERERS)
    for (who, outstanding), state in QUESTION_STATES.items():
        assert (state.answered_by, state.outstanding) == (who, outstanding)
