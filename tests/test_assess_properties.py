"""Hypothesis properties of assess (issue acceptance list, rules layer)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from fasttrack_rules import (
    Case,
    FasttrackError,
    assess,
    assess_json,
    case_from_json,
    case_to_json,
    danish_bank_days,
)
from fasttrack_rules.protocol import assessment_json
from fasttrack_rules.testing import cases, interpretations, invalid_json_cases

D = dt.date
WEEK = dt.timedelta(7)
BANK = danish_bank_days()


@given(cases(interpretation=interpretations().map(lambda i: attrs.evolve(i, late_request="earliest"))))
def test_fast_track_never_later_than_ordinary(pair: tuple[Case, D]) -> None:
    result = assess(pair[0], as_of=pair[1])
    meeting, ordinary = result.deadlines["first_meeting"], result.deadlines["ordinary_first_meeting"]
    if result.track == "fast_track" and ordinary.due is not None:
        assert meeting.due is not None
        assert meeting.due <= ordinary.due
        assert result.days_earlier is not None
        assert result.days_earlier >= 0


@given(cases(interpretation=interpretations()))
def test_json_round_trip_equals_typed(pair: tuple[Case, D]) -> None:
    case, as_of = pair
    as_json = case_to_json(case, as_of=as_of)
    assert case_from_json(as_json) == (case, as_of)
    assert assess_json(as_json) == assessment_json(assess(case, as_of=as_of))


def _dates(case: Case, as_of: D) -> list[D]:
    out = [as_of, case.first_day_of_absence]
    for value in (
        case.letter_sent,
        case.doctor_requested,
        case.doctor_consultation,
        case.first_meeting,
        case.recovered,
        case.expected_recovery,
    ):
        if value is not None:
            out.append(value)
    out += [x.date for x in (case.request, case.consent) if x is not None]
    return out


def _shift(case: Case, days: dt.timedelta) -> Case:
    def move(day: D | None) -> D | None:
        return None if day is None else day + days

    return attrs.evolve(
        case,
        first_day_of_absence=case.first_day_of_absence + days,
        request=None if case.request is None else attrs.evolve(case.request, date=case.request.date + days),
        consent=None if case.consent is None else attrs.evolve(case.consent, date=case.consent.date + days),
        letter_sent=move(case.letter_sent),
        doctor_requested=move(case.doctor_requested),
        doctor_consultation=move(case.doctor_consultation),
        first_meeting=move(case.first_meeting),
        recovered=move(case.recovered),
        expected_recovery=move(case.expected_recovery),
    )


SUMMER = st.integers(2015, 2030).flatmap(lambda y: st.dates(D(y, 6, 8), D(y, 7, 20)))


@given(cases(first_days=SUMMER, interpretation=interpretations()))
def test_shifting_a_week_without_holidays_shifts_every_deadline(pair: tuple[Case, D]) -> None:
    case, as_of = pair
    days = _dates(case, as_of)
    lo, hi = min(days) - WEEK, max(days) + 10 * WEEK
    span = [lo + dt.timedelta(i) for i in range((hi - lo).days + 1)]
    assume(all(BANK.is_open(d) for d in span if d.weekday() < 5))  # no closing day in the range
    assume(not any(lo <= boundary <= hi for boundary in (D(2015, 1, 5), D(2025, 1, 1))))
    before = assess(case, as_of=as_of)
    after = assess(_shift(case, WEEK), as_of=as_of + WEEK)
    assert (after.track, after.plan, after.reason_codes, after.missing_facts) == (
        before.track,
        before.plan,
        before.reason_codes,
        before.missing_facts,
    )
    for name, deadline in before.deadlines.items():
        moved = after.deadlines[name]
        assert moved.status == deadline.status
        for field in ("due", "earliest", "latest_working_day"):
            old = getattr(deadline, field)
            assert getattr(moved, field) == (None if old is None else old + WEEK)


_FACTS: dict[str, tuple[str, ...]] = {
    "sick_person": ("sick_person",),
    "over_8_weeks": ("over_8_weeks", "expected_recovery"),
    "letter_sent": ("letter_sent",),
    "municipality_continues": ("municipality_continues",),
    "plan_agreed": ("plan_agreed",),
}


@given(
    cases(complete=True, interpretation=interpretations()),
    st.sets(st.sampled_from(sorted(_FACTS)), min_size=1),
)
def test_supplying_a_missing_fact_never_adds_missing_facts(pair: tuple[Case, D], dropped: set[str]) -> None:
    full, as_of = pair
    blank: dict[str, Any] = {field: None for name in dropped for field in _FACTS[name]}
    partial = attrs.evolve(full, **blank)
    before = assess(partial, as_of=as_of)
    candidates = sorted(set(before.missing_facts) & dropped)
    assume(candidates)
    supplied = candidates[0]
    restored = attrs.evolve(partial, **{f: getattr(full, f) for f in _FACTS[supplied]})
    after = assess(restored, as_of=as_of)
    assert supplied not in after.missing_facts
    assert set(after.missing_facts) < set(before.missing_facts)
    if before.track != "undetermined":
        assert after.track == before.track


@given(invalid_json_cases())
def test_bad_json_gives_a_typed_error_or_a_result(obj: object) -> None:
    outcome: object
    try:
        outcome = assess_json(obj)
    except FasttrackError as error:  # the only exception a caller ever sees
        outcome = error
    if isinstance(outcome, FasttrackError):
        assert outcome.code
        assert isinstance(outcome.field, str)
    else:
        assert isinstance(outcome, dict)
        assert outcome["track"] in ("fast_track", "ordinary", "undetermined", "not_applicable")
